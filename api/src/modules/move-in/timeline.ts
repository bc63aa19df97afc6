import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TimelineStep } from '../../events/events.js';
import { EventBus } from '../../events/event-bus.js';
import type { MoveIn } from './entities.js';
import { MoveInRepository } from './move-in.repository.js';

/**
 * The one writer of a move-in's timeline, in the step's transaction: the row with its audience (owner words
 * and staff notes kept apart) and the movein.moved event.
 */
@Injectable()
export class MoveInTimeline {
  constructor(
    @Inject(MoveInRepository) private readonly repo: MoveInRepository,
    @Inject(EventBus) private readonly events: EventBus,
  ) {}

  async write(em: EntityManager, m: MoveIn, s: TimelineStep): Promise<void> {
    await this.repo.insertEvent(em, {
      moveInId: m.id,
      projectId: m.projectId,
      at: s.at,
      actorKind: s.actor.kind,
      actorId: s.actor.id,
      actorName: s.actor.name.slice(0, 50),
      action: s.action,
      fromStatus: s.from || null,
      toStatus: s.to || null,
      note: s.note?.slice(0, 1000) ?? null,
      audience: s.ownerNote ? 'owner' : 'staff',
      ownerNote: s.ownerNote?.slice(0, 1000) ?? null,
    });
    await this.events.publish(em, 'movein.moved', {
      moveInId: m.id,
      projectId: m.projectId,
      roomId: m.roomId,
      action: s.action,
      from: s.from,
      to: s.to,
      actor: s.actor,
      at: s.at,
    });
  }
}
