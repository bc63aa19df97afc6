import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OWNER_EVENT_LABELS, TIMELINE_EVENT_LABELS, timelineAudience, type TimelineAudience } from '@wy/shared';
import type { Principal } from '../../common/principal.js';
import type { EventActor } from '../../events/events.js';
import { uploadUrls } from '../uploads/thumbnail.js';
import { UploadService } from '../uploads/uploads.service.js';
import { RequestEvent, type ServiceRequest } from './entities.js';
import type { TimelineEventDto } from './sr.dto.js';
import { ServiceRequestRepository } from './sr.repository.js';

/** One step on a request's timeline (R-SRV-07): who, when, what, the notes, the photos. */
export interface TimelineEntry {
  requestId: number;
  projectId: number;
  actor: EventActor;
  action: string;
  from: string | null;
  to: string | null;
  at: Date;
  /** the centre's words (reasons, remarks) */
  note?: string | null;
  /** what the owner reads instead (owner-audience steps only; none: the owner step name alone) */
  ownerNote?: string | null;
  photoIds?: number[];
  data?: Record<string, unknown> | null;
}

const photo = (id: number) => ({ id, ...uploadUrls(id) });
/** The caller as the timeline and the events name them. */
export const actorOf = (p: Principal): EventActor => ({ kind: p.kind, id: p.id, name: p.name, rid: p.rid });
const cut = (s: string | null | undefined) => (s ? s.slice(0, 500) : null);

/**
 * The one writer of request timelines: every module that has something to put on a request's
 * timeline does it through here (moves, intake, extensions; payments through bill.paid). The
 * audience of a step follows from its action (shared timelineAudience): owners read only
 * owner-audience steps, under the owner step name and the owner-safe note.
 */
@Injectable()
export class TimelineWriter {
  constructor(
    @Inject(ServiceRequestRepository) private readonly repo: ServiceRequestRepository,
    @Inject(UploadService) private readonly uploads: UploadService,
  ) {}

  async write(em: EntityManager, e: TimelineEntry): Promise<RequestEvent> {
    const audience = timelineAudience(e.action);
    const row = {
      requestId: e.requestId,
      projectId: e.projectId,
      at: e.at,
      actorKind: e.actor.kind,
      actorId: e.actor.id,
      actorName: e.actor.name,
      action: e.action,
      fromStatus: e.from,
      toStatus: e.to,
      note: cut(e.note),
      data: (e.data ?? null) as never,
      photoIds: e.photoIds?.length ? e.photoIds : null,
      audience,
      ownerNote: audience === 'owner' ? cut(e.ownerNote) : null,
    };
    const id = await this.repo.insertEvent(row, em);
    // the photos become the request's: readable by whoever may read the request
    await this.repo.attach(em, e.requestId, e.photoIds ?? []);
    await this.uploads.markAttached(em, e.photoIds ?? []);
    return Object.assign(new RequestEvent(), row, { id });
  }

  /** A step that does not move the request (a linked report, a handover, an extension): its status stays. */
  note(
    em: EntityManager,
    p: Principal,
    r: Pick<ServiceRequest, 'id' | 'projectId' | 'status'>,
    action: string,
    at: Date,
    note: string,
  ): Promise<RequestEvent> {
    return this.write(em, {
      requestId: r.id,
      projectId: r.projectId,
      actor: actorOf(p),
      action,
      from: r.status,
      to: r.status,
      at,
      note,
    });
  }
}

/** A request's timeline as `viewer` reads it: staff see every step in staff words; owners only theirs, in owner words. */
export function timelineFor(events: RequestEvent[], viewer: TimelineAudience): TimelineEventDto[] {
  const shown = viewer === 'staff' ? events : events.filter((e) => e.audience === 'owner');
  return shown.map((e) => ({
    id: e.id,
    at: new Date(e.at).toISOString(),
    action: e.action,
    label: viewer === 'owner' ? (OWNER_EVENT_LABELS[e.action] ?? e.action) : (TIMELINE_EVENT_LABELS[e.action] ?? e.action),
    audience: e.audience as TimelineAudience,
    actorKind: e.actorKind,
    actorName: e.actorName,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    note: viewer === 'owner' ? e.ownerNote : e.note,
    photos: (e.photoIds ?? []).map(photo),
  }));
}
