import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { enquiryEventAudience } from '@wy/shared';
import type { EventActor } from '../../events/events.js';
import { EnquiriesRepository } from './enquiries.repository.js';

/** The one writer of suggestion and inquiry timelines: the audience follows from the step (shared enquiryEventAudience). */
@Injectable()
export class EnquiryTimeline {
  constructor(@Inject(EnquiriesRepository) private readonly repo: EnquiriesRepository) {}

  write(
    em: EntityManager,
    e: {
      enquiryId: number;
      projectId: number;
      actor: EventActor;
      action: string;
      at: Date;
      note?: string | null;
      ownerNote?: string | null;
    },
  ): Promise<void> {
    const audience = enquiryEventAudience(e.action);
    return this.repo.insertEvent(em, {
      enquiryId: e.enquiryId,
      projectId: e.projectId,
      at: e.at,
      actorKind: e.actor.kind,
      actorId: e.actor.id,
      actorName: e.actor.name,
      action: e.action,
      note: e.note ? e.note.slice(0, 500) : null,
      audience,
      ownerNote: audience === 'owner' && e.ownerNote ? e.ownerNote.slice(0, 1000) : null,
    });
  }
}
