import { Inject, Injectable } from '@nestjs/common';
import { effectiveDue, maskPhone, type Satisfaction, type TimelineAudience } from '@wy/shared';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import { Clock } from '../../infra/clock.js';
import { PiiCipher } from '../../infra/pii.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import { SlaService, type SlaClockRecord, type SlaExtensionRecord } from '../sla/sla.service.js';
import { StaffLookup } from '../staff/staff-lookup.service.js';
import { uploadUrls } from '../uploads/thumbnail.js';
import { RequestAccess } from './access.js';
import { ServiceRequest, type RepairCategory, type RequestEvent } from './entities.js';
import { RequestBills, type RequestBill } from './request-bills.js';
import type {
  FinishChecklistDto,
  RequestDetailDto,
  RequestPageDto,
  RequestQuery,
  RequestSummaryDto,
  WorkRoundDto,
} from './sr.dto.js';
import { ServiceRequestRepository, type DetailRow } from './sr.repository.js';
import { timelineFor } from './timeline.js';

/** Masked phones kept (`RequestReader.masked`). */
const MASKED_KEPT = 10_000;
const iso = (d: Date | null | undefined) => (d ? (d instanceof Date ? d : new Date(d)).toISOString() : null);
const photo = (id: number) => ({ id, ...uploadUrls(id) });

type Material = { name: string; spec?: string; quantity: number; unit?: string };
/** The rounds of work from the timeline's finish steps, oldest first (each keeps its own materials). */
function roundsOf(events: RequestEvent[]): WorkRoundDto[] {
  return events
    .filter((e) => e.action === 'finish')
    .map((e, i) => {
      const d = (e.data ?? {}) as {
        materials?: Material[];
        feeFen?: number | null;
        result?: string;
        checklist?: FinishChecklistDto | null;
      };
      return {
        round: i + 1,
        finishedAt: iso(e.at)!,
        actorName: e.actorName,
        result: d.result ?? e.note,
        materials: d.materials ?? [],
        feeFen: d.feeFen === undefined || d.feeFen === null ? null : Number(d.feeFen),
        checklist: d.checklist ?? null,
      };
    });
}

/** What a detail is built from (read, or right after intake, written). */
export interface DetailParts {
  events: RequestEvent[];
  clocks: SlaClockRecord[];
  cat: RepairCategory | null;
  extensions: Map<number, SlaExtensionRecord>;
  staff: Map<number, string>;
  bill: RequestBill | null;
  /** the request's room label and key-customer flag, when read already */
  rooms?: Map<number, { label: string }>;
  keyCustomers?: Set<number>;
}

/**
 * Reading requests: the desk's list, summary rows, and the detail — for staff every timeline
 * step with its notes; for the owner only owner steps in owner words, and none of the centre's
 * remarks (callback answer, extension reasons).
 */
@Injectable()
export class RequestReader {
  constructor(
    @Inject(ServiceRequestRepository) private readonly repo: ServiceRequestRepository,
    @Inject(RequestAccess) private readonly access: RequestAccess,
    @Inject(SlaService) private readonly sla: SlaService,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(StaffLookup) private readonly staff: StaffLookup,
    @Inject(RequestBills) private readonly bills: RequestBills,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /**
   * Every summary shows its requester's phone masked, which takes decrypting it (AES-GCM, 2 % of the API's
   * time under the bench). The stored form has its own random IV, so it names one phone for good: the
   * masked form is kept per stored form (only the masked one: no phone in clear stays in memory), at most
   * MASKED_KEPT, oldest forgotten first.
   */
  private readonly maskedPhones = new Map<string, string | null>();
  private masked(stored: string | null): string | null {
    if (!stored) return maskPhone(null);
    const m = this.maskedPhones.get(stored);
    return m === undefined ? this.keepMasked(stored, maskPhone(this.pii.decrypt(stored))) : m;
  }
  private keepMasked(stored: string, m: string | null): string | null {
    if (this.maskedPhones.size >= MASKED_KEPT) this.maskedPhones.delete(this.maskedPhones.keys().next().value!);
    this.maskedPhones.set(stored, m);
    return m;
  }
  /** A phone just stored (intake, which encrypted it): its masked form is known without decrypting it again. */
  storedPhone(stored: string | null, phone: string | null): void {
    if (stored) this.keepMasked(stored, maskPhone(phone));
  }

  async list(p: Principal, q: RequestQuery): Promise<RequestPageDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    const page = await this.repo.page(q, this.clock.now());
    return { items: await this.summaries(page.rows), nextCursor: page.nextCursor };
  }

  /** What an owner has filed, newest first. */
  async mine(p: Principal): Promise<RequestSummaryDto[]> {
    return this.summaries(await this.repo.requestsOf(p.id));
  }

  /**
   * Summary rows. A caller that has already read some of what they need (the detail reads the
   * category, all clocks and staff names anyway) hands them in, so nothing is read twice.
   */
  async summaries(
    rows: ServiceRequest[],
    known: {
      cats?: RepairCategory[];
      clocks?: SlaClockRecord[];
      staff?: Map<number, string>;
      rooms?: Map<number, { label: string }>;
      keyCustomers?: Set<number>;
    } = {},
  ): Promise<RequestSummaryDto[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const [cats, rooms, staff, clocks, persons] = await Promise.all([
      known.cats ?? this.repo.categoriesByIds(rows.map((r) => r.categoryId)),
      known.rooms ?? this.people.roomLabels(rows.map((r) => r.roomId).filter((x): x is number => !!x)),
      known.staff ?? this.staff.names(rows.map((r) => r.assigneeStaffId).filter((x): x is number => !!x)),
      known.clocks ? known.clocks.filter((c) => !c.metAt) : this.sla.runningClocks(ids),
      known.keyCustomers ?? this.people.keyCustomers(rows.map((r) => r.requesterPersonId).filter((x): x is number => !!x)),
    ]);
    const now = this.clock.now();
    return rows.map((r) => this.summaryOf(r, { cats, rooms, staff, clocks, persons }, now));
  }

  /** One summary row from what has been read (`clocks`: running ones). */
  private summaryOf(
    r: ServiceRequest,
    k: {
      cats: RepairCategory[];
      rooms: Map<number, { label: string }>;
      staff: Map<number, string>;
      clocks: SlaClockRecord[];
      persons: Set<number>;
    },
    now: Date,
  ): RequestSummaryDto {
    const { cats, rooms, staff, clocks, persons } = k;
    const open = clocks.filter((c) => c.requestId === r.id && c.cycle === r.cycle && !c.pausedAt);
    const next = open.sort((a, b) => effectiveDue(a).getTime() - effectiveDue(b).getTime())[0] ?? null;
    const due = next ? effectiveDue(next) : null;
    return {
      id: r.id,
      code: r.code ?? String(r.id),
      type: r.type,
      status: r.status,
      channel: r.channel,
      projectId: r.projectId,
      roomId: r.roomId,
      roomLabel: r.roomId ? (rooms.get(r.roomId)?.label ?? null) : null,
      location: r.location,
      categoryId: r.categoryId,
      categoryName: cats.find((c) => c.id === r.categoryId)?.name ?? '',
      scope: r.scope,
      urgency: r.urgency,
      summary: r.description.slice(0, 60),
      requesterName: r.requesterName,
      phoneMasked: this.masked(r.requesterPhoneEnc),
      assigneeName: r.assigneeStaffId ? (staff.get(r.assigneeStaffId) ?? null) : r.inPool ? '抢单池' : r.assigneeTeam,
      assigneeKind: r.assigneeStaffId ? 'staff' : r.inPool ? 'pool' : r.assigneeTeam ? 'team' : null,
      receivedAt: iso(r.receivedAt)!,
      promisedAt: iso(r.promisedAt),
      requiredBy: iso(r.requiredBy),
      appointmentStart: iso(r.appointmentStart),
      appointmentEnd: iso(r.appointmentEnd),
      dueAt: iso(due),
      dueKind: next?.kind ?? null,
      overdue: open.some((c) => !!c.breachedAt) || (!!due && due < now),
      isImportant: !!r.isImportant,
      isKeyCustomer: !!r.requesterPersonId && persons.has(r.requesterPersonId),
    };
  }

  /** The detail, read afresh: the session, the detail row, then the timeline, clocks and bill in one statement. */
  async detail(p: Principal, id: number): Promise<RequestDetailDto> {
    return this.detailOfRow(p, this.access.readable(p, await this.repo.detailRow(id)));
  }

  /**
   * The request as its mover sees it right after the move, even when the move took it out of their
   * hands (a technician who returns or transfers it): they acted on it a moment ago, so they get the
   * outcome (with no buttons left) instead of a 404 for a move that succeeded. Built from the row the
   * move read and the patch its conditional UPDATE wrote (no re-read): `names` holds the staff names
   * read so far; one the move brought in unread (rare) is read here.
   */
  async detailAfterMove(
    p: Principal,
    row: DetailRow,
    patch: Partial<ServiceRequest>,
    names: Map<number, string>,
  ): Promise<RequestDetailDto> {
    const r = Object.assign(new ServiceRequest(), row.r, patch);
    if (p.kind === 'staff' && !names.has(p.id)) names.set(p.id, p.name);
    const unnamed = [r.assigneeStaffId, r.ownerStaffId, r.countersignedByStaffId].filter(
      (x): x is number => !!x && !names.has(x),
    );
    if (unnamed.length) for (const [k, v] of await this.staff.names(unnamed)) names.set(k, v);
    return this.detailOfRow(p, { ...row, r, staffNames: names });
  }

  /** From the request's detail row (the request, its category, room label, key-customer flag and staff names, one query). */
  private async detailOfRow(p: Principal, row: DetailRow): Promise<RequestDetailDto> {
    const { r, category: cat, staffNames: staff } = row;
    const id = r.id;
    const rooms = new Map<number, { label: string }>(
      r.roomId && row.room ? [[r.roomId, { label: this.people.roomLabelOf(row.room) }]] : [],
    );
    const keyCustomers = new Set<number>(r.requesterPersonId && row.keyCustomer ? [r.requesterPersonId] : []);
    // only a paid repair that has been finished (a bill is made at its finish) can have a bill; its room and
    // request are this detail's, read above
    const billRead =
      r.chargeKind === 'paid' && (r.finishedAt || r.cycle > 0)
        ? this.bills.readFor(r.id, {
            requests: [{ id: r.id, code: r.code ?? String(r.id), requesterName: r.requesterName }],
            roomLabels: rooms,
          })
        : null;
    // the timeline, the clocks and the bill in one statement; extension reasons are the centre's: an owner's
    // detail shows none, so none are read for it
    const [events, { clocks, extensions }, ...billRows] = await this.repo.eventsWith(
      id,
      this.sla.clocksPart(id, p.kind !== 'owner'),
      ...(billRead?.parts ?? []),
    );
    const bill = billRead ? await billRead.finish(billRows) : null;
    return this.detailOf(p, r, { events, clocks, cat, extensions, staff, bill, rooms, keyCustomers });
  }

  /** The detail from what has been read (or, right after intake, written): no query of its own but the summary's. */
  async detailOf(p: Principal, r: ServiceRequest, d: DetailParts): Promise<RequestDetailDto> {
    const { events, clocks, cat, extensions, staff, bill, rooms, keyCustomers } = d;
    const viewer: TimelineAudience = p.kind === 'owner' ? 'owner' : 'staff';
    const staffSide = viewer === 'staff';
    // with the room label and key-customer flag known (every detail but intake's), nothing is left to read
    const summary =
      rooms && keyCustomers
        ? this.summaryOf(
            r,
            { cats: cat ? [cat] : [], clocks: clocks.filter((c) => !c.metAt), staff, rooms, persons: keyCustomers },
            this.clock.now(),
          )
        : (await this.summaries([r], { cats: cat ? [cat] : [], clocks, staff, rooms, keyCustomers }))[0];
    return {
      ...summary!,
      description: r.description,
      chargeKind: r.chargeKind,
      // R-REP-03: a repair under warranty costs nothing, and says so
      priceFen:
        r.chargeKind === 'warranty' ? 0 : cat?.priceFen === null || cat?.priceFen === undefined ? null : Number(cat.priceFen),
      feeFen: r.feeFen === null ? null : Number(r.feeFen),
      materials: r.materials ?? [],
      result: r.result,
      photos: (r.photoIds ?? []).map(photo),
      firstContactName: r.ownerStaffId ? (staff.get(r.ownerStaffId) ?? null) : null,
      allowedActions: this.access.allowed(p, r),
      events: timelineFor(events, viewer),
      clocks: clocks.map((c) => {
        const x = staffSide ? extensions.get(c.id) : undefined; // extension reasons are the centre's
        return {
          id: c.id,
          cycle: c.cycle,
          dispatchRound: c.dispatchRound,
          kind: c.kind,
          startedAt: iso(c.startedAt)!,
          dueAt: iso(effectiveDue(c))!,
          metAt: iso(c.metAt),
          pausedAt: iso(c.pausedAt),
          breachedAt: iso(c.breachedAt),
          cancelledAt: iso(c.cancelledAt),
          extension: x ? { id: x.id, status: x.status, until: iso(x.until)!, reason: x.reason } : null,
        };
      }),
      ownerSatisfaction: r.ownerSatisfaction as Satisfaction | null,
      // the callback's answer and remarks are the centre's record
      callbackSatisfaction: staffSide ? (r.satisfaction as Satisfaction | null) : null,
      callbackComment: staffSide ? r.callbackComment : null,
      times: {
        dispatchedAt: iso(r.dispatchedAt),
        contactedAt: iso(r.contactedAt),
        acceptedAt: iso(r.acceptedAt),
        arrivedAt: iso(r.arrivedAt),
        finishedAt: iso(r.finishedAt),
        orderReturnedAt: iso(r.orderReturnedAt),
        confirmedAt: iso(r.confirmedAt),
        closedAt: iso(r.closedAt),
        printedAt: iso(r.printedAt),
        leftAt: iso(r.leftAt),
        countersignedAt: iso(r.countersignedAt),
      },
      countersignedByName: r.countersignedByStaffId ? (staff.get(r.countersignedByStaffId) ?? null) : null,
      // each finish is a round: a redo after a reopen adds one, the earlier rounds' materials are kept
      rounds: roundsOf(events),
      signature: r.signatureUploadId ? photo(r.signatureUploadId) : null,
      bill,
    };
  }
}
