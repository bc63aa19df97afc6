import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type EventActor, stepColumns, type TimelineStep } from '../../events/events.js';
import { EventBus } from '../../events/event-bus.js';
import type { ParkingApplication } from './entities.js';
import { ParkingRepository } from './parking.repository.js';

/** a step of an application; the reminders' job acts as the system */
export type ParkingStep = TimelineStep<EventActor | { kind: 'system'; id: null; name: string }>;

/**
 * Writes a step of an application, in the step's transaction: the timeline row with its audience
 * (owner when there are owner words, else staff; owner words and staff notes kept apart) and the
 * parking.moved event.
 */
@Injectable()
export class ParkingTimeline {
  constructor(
    @Inject(ParkingRepository) private readonly repo: ParkingRepository,
    @Inject(EventBus) private readonly events: EventBus,
  ) {}

  async write(em: EntityManager, a: ParkingApplication, s: ParkingStep): Promise<void> {
    await this.repo.insertEvent(em, {
      applicationId: a.id,
      projectId: a.projectId,
      ...stepColumns(s),
    });
    await this.events.publish(em, 'parking.moved', {
      applicationId: a.id,
      projectId: a.projectId,
      personId: a.personId,
      action: s.action,
      from: s.from,
      to: s.to,
      actor: s.actor.kind === 'system' ? { kind: 'staff', id: 0, name: s.actor.name } : s.actor,
      at: s.at,
    });
  }
}
