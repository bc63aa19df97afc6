import { Inject, Injectable } from '@nestjs/common';
import {
  can,
  COMPLAINT_ACTIONS,
  COMPLAINT_EVENT_LABELS,
  COMPLAINT_HANDLER_ROLES,
  COMPLAINT_MACHINE,
  COMPLAINT_OWNER_CLOCK_LABELS,
  COMPLAINT_OWNER_EVENT_LABELS,
  COMPLAINT_OWNER_STATUS_LABELS,
  COMPLAINT_STATUS_LABELS,
  OPEN_COMPLAINT_STATUSES,
  maskPhone,
  needsAcknowledgment,
  needsIdentityCheck,
  needsSecondCallback,
  type ComplaintAction,
  type ComplaintClockKind,
  type ComplaintImportance,
  type ComplaintStatus,
} from '@wy/shared';
import type { Principal, StaffPrincipal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope, scopeIds } from '../../common/scope.js';
import { Clock } from '../../infra/clock.js';
import { PiiCipher } from '../../infra/pii.js';
import { StaffLookup } from '../staff/staff-lookup.service.js';
import { COMPLAINT_ACTION_DEFS } from './actions/index.js';
import { ComplaintAccess } from './access.js';
import { dueInForce, isLate } from './clocks.js';
import type {
  ComplaintClockDto,
  ComplaintDetailDto,
  ComplaintPageDto,
  ComplaintQuery,
  ComplaintSummaryDto,
  HandlerDto,
  MyComplaintDto,
} from './complaints.dto.js';
import { ComplaintsRepository } from './complaints.repository.js';
import type { Complaint, ComplaintClock } from './entities.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The register, a complaint's detail for the desk, the escalation inbox, and the complainant's own view. */
@Injectable()
export class ComplaintReader {
  constructor(
    @Inject(ComplaintsRepository) private readonly repo: ComplaintsRepository,
    @Inject(ComplaintAccess) private readonly access: ComplaintAccess,
    @Inject(StaffLookup) private readonly staff: StaffLookup,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async list(p: Principal, q: ComplaintQuery): Promise<ComplaintPageDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    const now = this.clock.now();
    const page = await this.repo.page({ ...q, overdueAt: q.overdue ? now : undefined });
    return { items: await this.summaries(page.rows, now), nextCursor: page.nextCursor };
  }

  /** R-CMP-08 class A complaints with a promise past due, in the projects the caller covers (or one of them). */
  async escalations(p: Principal, projectId?: number): Promise<ComplaintSummaryDto[]> {
    if (projectId) ensureProjectInScope(p, projectId, '项目');
    const now = this.clock.now();
    return this.summaries(await this.repo.escalations(projectId ? [projectId] : scopeIds(p), now), now);
  }

  private async summaries(rows: Complaint[], now: Date): Promise<ComplaintSummaryDto[]> {
    const running = await this.repo.runningClocks(rows.map((r) => r.id));
    return rows.map((c) =>
      this.summary(
        c,
        running.filter((k) => k.complaintId === c.id),
        now,
      ),
    );
  }

  private summary(c: Complaint, clocks: ComplaintClock[], now: Date): ComplaintSummaryDto {
    const running = clocks.filter((k) => !k.metAt).map((k) => this.clockDto(k, now));
    return {
      id: c.id,
      projectId: c.projectId,
      code: c.code,
      status: c.status,
      statusLabel: COMPLAINT_STATUS_LABELS[c.status as ComplaintStatus] ?? c.status,
      importance: c.importance,
      category: c.category,
      kind: c.kind,
      channel: c.channel,
      complainantName: c.complainantName,
      problem: c.problem,
      immediate: c.immediate ?? [],
      receivedAt: c.receivedAt.toISOString(),
      promisedAt: c.promisedAt.toISOString(),
      handlerStaffId: c.handlerStaffId,
      running,
      late: running.some((k) => k.late),
    };
  }

  private clockDto(k: ComplaintClock, now: Date): ComplaintClockDto {
    return {
      kind: k.kind,
      cycle: k.cycle,
      startedAt: k.startedAt.toISOString(),
      dueAt: dueInForce(k).toISOString(),
      metAt: iso(k.metAt),
      late: isLate(k, now),
      extendedUntil: iso(k.extendedUntil),
      extensionReason: k.extensionReason,
      cancelled: !!k.cancelledAt,
    };
  }

  async detail(p: Principal, id: number): Promise<ComplaintDetailDto> {
    const s = asStaff(p);
    const c = await this.access.load(s, id);
    const now = this.clock.now();
    const [clocks, events, names, parties] = await Promise.all([
      this.repo.clocks(c.id),
      this.repo.events(c.id),
      this.staff.names(c.handlerStaffId ? [c.handlerStaffId] : []),
      this.repo.parties(c.id),
    ]);
    return {
      ...this.summary(c, clocks, now),
      codeHistory: c.codeHistory ?? [],
      classItemId: c.classItemId,
      roomId: c.roomId,
      complainantPhoneMasked: maskPhone(this.pii.decrypt(c.complainantPhoneEnc)),
      asks: c.asks,
      askedBy: iso(c.askedBy),
      invalidReason: c.invalidReason,
      escalatedAt: iso(c.escalatedAt),
      handlerName: c.handlerStaffId ? (names.get(c.handlerStaffId) ?? null) : null,
      result: c.result,
      satisfaction: c.satisfaction,
      cycle: c.cycle,
      clocks: clocks.map((k) => this.clockDto(k, now)),
      events: events.map((e) => ({
        id: e.id,
        at: e.at.toISOString(),
        actorName: e.actorName,
        action: e.action,
        label: COMPLAINT_EVENT_LABELS[e.action] ?? e.action,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        note: e.note,
        audience: e.audience,
      })),
      allowedActions: this.allowed(s, c, clocks),
      compensationFen: c.compensationFen,
      compensationNote: c.compensationNote,
      transferredTo: c.transferredTo,
      transferNote: c.transferNote,
      identityCheckedAt: iso(c.identityCheckedAt),
      needsIdentityCheck: needsIdentityCheck(c.category),
      jointCount: c.jointCount,
      parties: parties.map((x) => ({ name: x.name, via: x.via, joinedAt: x.joinedAt.toISOString() })),
      companyReportedAt: iso(c.companyReportedAt),
    };
  }

  /** The steps the caller may take now: the state machine, the permission, and the step's own condition. */
  private allowed(p: StaffPrincipal, c: Complaint, clocks: ComplaintClock[]): ComplaintAction[] {
    const runs = (k: ComplaintClockKind) => clocks.some((x) => x.kind === k && !x.metAt);
    const extra: Partial<Record<ComplaintAction, boolean>> = {
      acknowledge: needsAcknowledgment(c.channel) && runs('acknowledge'),
      answer: c.importance === 'A' && runs('answer'),
      second_callback: needsSecondCallback(c.importance as ComplaintImportance) && runs('second_callback'),
      extend: clocks.some((x) => !x.metAt),
      compensate: c.compensationFen === null,
      transfer: !c.transferredTo,
      verify_identity: !c.identityCheckedAt,
      handle: !(needsIdentityCheck(c.category) && !c.identityCheckedAt),
    };
    return COMPLAINT_ACTIONS.filter(
      (a) =>
        COMPLAINT_MACHINE[a].from.includes(c.status as ComplaintStatus) &&
        can(p.roles, COMPLAINT_ACTION_DEFS[a].perm) &&
        (extra[a] ?? true),
    );
  }

  /** R-CMP-07 the supervisors of the project a complaint may be given to. */
  async handlers(p: Principal, projectId: number): Promise<HandlerDto[]> {
    ensureProjectInScope(p, projectId, '项目');
    const roles: readonly string[] = COMPLAINT_HANDLER_ROLES;
    return (await this.staff.ofProject(projectId))
      .filter((x) => !x.archivedAt && x.roles.some((r) => roles.includes(r)))
      .map((x) => ({ id: x.id, name: x.name, roles: x.roles.filter((r) => roles.includes(r)) }));
  }

  // ---------- the complainant ----------
  async mine(p: Principal): Promise<MyComplaintDto[]> {
    const rows = await this.repo.ofPerson(p.id);
    const clocks = await this.repo.runningClocks(rows.map((r) => r.id));
    return rows.map((c) =>
      this.ownerView(
        p.id,
        c,
        clocks.filter((k) => k.complaintId === c.id),
        [],
      ),
    );
  }
  async myDetail(p: Principal, id: number): Promise<MyComplaintDto> {
    const c = await this.access.load(p, id);
    const [clocks, events] = await Promise.all([this.repo.clocks(c.id), this.repo.events(c.id, 'owner')]);
    return this.ownerView(p.id, c, clocks, events);
  }
  /** Owner words only: no code, no grading, no staff notes; the promised times they were told. */
  private ownerView(
    personId: number,
    c: Complaint,
    clocks: ComplaintClock[],
    events: Awaited<ReturnType<ComplaintsRepository['events']>>,
  ): MyComplaintDto {
    return {
      id: c.id,
      statusLabel: COMPLAINT_OWNER_STATUS_LABELS[c.status as ComplaintStatus] ?? '处理中',
      problem: c.problem,
      asks: c.asks,
      receivedAt: c.receivedAt.toISOString(),
      promisedAt: c.promisedAt.toISOString(),
      promises: clocks
        .filter((k) => !k.cancelledAt && COMPLAINT_OWNER_CLOCK_LABELS[k.kind as ComplaintClockKind])
        .map((k) => ({
          label: COMPLAINT_OWNER_CLOCK_LABELS[k.kind as ComplaintClockKind]!,
          dueAt: dueInForce(k).toISOString(),
          done: !!k.metAt,
        })),
      events: events
        .filter((e) => e.audience === 'owner')
        .map((e) => ({ at: e.at.toISOString(), label: COMPLAINT_OWNER_EVENT_LABELS[e.action] ?? '处理进展', note: e.ownerNote })),
      // R-CMP-14 the complainant hands the code to neighbours while it is open
      joinCode:
        c.complainantPersonId === personId && (OPEN_COMPLAINT_STATUSES as readonly string[]).includes(c.status)
          ? c.joinCode
          : null,
      jointCount: c.jointCount,
    };
  }
}
