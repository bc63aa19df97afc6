import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { complaintEventAudience } from '@wy/shared';
import type { EventActor } from '../../events/events.js';
import { ComplaintsRepository } from './complaints.repository.js';
import type { ComplaintEvent } from './entities.js';

const cut = (s: string | null | undefined) => (s ? s.slice(0, 500) : null);

/**
 * The one writer of complaint timelines. The audience follows from the step (shared
 * complaintEventAudience): the complainant reads only owner steps, under the owner step name and
 * the owner note; the grading, the code, forwarding and staff notes stay on the staff side.
 */
@Injectable()
export class ComplaintTimeline {
  constructor(@Inject(ComplaintsRepository) private readonly repo: ComplaintsRepository) {}

  write(
    em: EntityManager,
    e: {
      complaintId: number;
      projectId: number;
      actor: EventActor;
      action: string;
      from: string | null;
      to: string | null;
      at: Date;
      note?: string | null;
      ownerNote?: string | null;
      data?: Record<string, unknown> | null;
    },
  ): Promise<ComplaintEvent> {
    const audience = complaintEventAudience(e.action);
    return this.repo.insertEvent(em, {
      complaintId: e.complaintId,
      projectId: e.projectId,
      at: e.at,
      actorKind: e.actor.kind,
      actorId: e.actor.id,
      actorName: e.actor.name,
      action: e.action,
      fromStatus: e.from,
      toStatus: e.to,
      note: cut(e.note),
      audience,
      ownerNote: audience === 'owner' ? cut(e.ownerNote) : null,
      data: (e.data ?? null) as never,
    });
  }
}
