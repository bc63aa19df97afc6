import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { stepColumns, type TimelineStep } from '../../events/events.js';
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
      ...stepColumns(s),
      toStatus: s.to || null,
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
