import { Inject, Injectable } from '@nestjs/common';
import { effectiveDue, encodeCursor, localDayStart, mayRevealPersonalData, mayHandOverAny, type Satisfaction } from '@wy/shared';
import { AppError, badRequest } from '../../common/app-error.js';
import { pageRequest } from '../../common/paging.js';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import { Clock } from '../../infra/clock.js';
import { PiiCipher } from '../../infra/pii.js';
import { AuditService } from '../audit/audit.service.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import { SlaService } from '../sla/sla.service.js';
import { StaffLookup } from '../staff/staff-lookup.service.js';
import { RequestAccess } from './access.js';
import { awaitsReview } from './actions/review.js';
import { RequestReader } from './reading.service.js';
import type {
  CallbackCountsDto,
  CallbackPageDto,
  CallbackQuery,
  DeskCountsDto,
  DutyEntryDto,
  RequestDetailDto,
  RequestSummaryDto,
  RevealPhoneDto,
  WorkOrderPrintContentsDto,
  WorkOrderPrintDto,
} from './sr.dto.js';
import { ServiceRequestRepository } from './sr.repository.js';
import { actorOf, TimelineWriter } from './timeline.js';

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);
/** The callback queue's "due soon": within the next 6 hours. */
const CALLBACK_SOON_MS = 6 * 3600_000;

/**
 * The service desk's work around requests: first-contact handover (R-SRV-03), the callback queue
 * (R-REP-09/10) with the requester's phone through the audited reveal, the 工作台 counts, the
 * duty log and the shift handover (R-SRV-02/04).
 */
@Injectable()
export class DeskService {
  constructor(
    @Inject(ServiceRequestRepository) private readonly repo: ServiceRequestRepository,
    @Inject(RequestAccess) private readonly access: RequestAccess,
    @Inject(RequestReader) private readonly reader: RequestReader,
    @Inject(TimelineWriter) private readonly timeline: TimelineWriter,
    @Inject(SlaService) private readonly sla: SlaService,
    @Inject(StaffLookup) private readonly staff: StaffLookup,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** R-SRV-03: first-contact responsibility stays with one person until formally handed over. */
  async handover(p: Principal, id: number, toStaffId: number, note?: string): Promise<RequestDetailDto> {
    const r = await this.access.load(p, id);
    if (!this.access.actors(p, r).includes('centre')) throw new AppError('FORBIDDEN');
    if (awaitsReview(r)) throw new AppError('CONFLICT', '该小程序报修尚未审核：审核人即为首问负责人');
    // the first-contact owner hands over their own request; a supervisor or manager may reassign anyone's
    if (p.kind !== 'staff' || (r.ownerStaffId !== p.id && !mayHandOverAny(p.roles)))
      throw new AppError('FORBIDDEN', '只有首问负责人本人或客服主管、管理处经理可以移交首问责任');
    const toStaff = await this.staff.memberOfProject(toStaffId, r.projectId);
    if (!toStaff || toStaff.archivedAt) throw badRequest('接手员工不属于本项目');
    await this.repo.transaction(async (em) => {
      await this.repo.setOwnerStaff(em, id, toStaffId, this.clock.now());
      await this.timeline.note(
        em,
        p,
        r,
        'handover',
        this.clock.now(),
        `首问责任移交给 ${toStaff.name}${note ? '：' + note : ''}`,
      );
    });
    return this.reader.detail(p, id);
  }

  /**
   * R-REP-04: the work order (处理派工单) is printed at once after the duplicate check; each print is
   * recorded on the timeline (staff only) with what was on the paper, and the first print time is kept.
   */
  async print(p: Principal, id: number): Promise<WorkOrderPrintDto> {
    const r = await this.access.load(p, id);
    if (!this.access.actors(p, r).includes('centre')) throw new AppError('FORBIDDEN', '只有客服中心可以打印派工单');
    const d = await this.reader.detail(p, id);
    const contents: WorkOrderPrintContentsDto = {
      code: d.code,
      categoryName: d.categoryName,
      scope: d.scope,
      roomLabel: d.roomLabel,
      location: d.location,
      description: d.description,
      requesterName: d.requesterName,
      phoneMasked: d.phoneMasked,
      urgency: d.urgency,
      receivedAt: d.receivedAt,
      appointmentStart: d.appointmentStart,
      appointmentEnd: d.appointmentEnd,
      requiredBy: d.requiredBy,
      assigneeName: d.assigneeName,
      chargeKind: d.chargeKind,
      priceFen: d.priceFen,
      rounds: d.rounds,
    };
    const now = this.clock.now();
    const count = d.events.filter((e) => e.action === 'print').length + 1;
    await this.repo.transaction(async (em) => {
      await this.repo.markPrinted(em, id, now);
      await this.timeline.write(em, {
        requestId: id,
        projectId: r.projectId,
        actor: actorOf(p),
        action: 'print',
        from: r.status,
        to: r.status,
        at: now,
        note: `打印派工单（第 ${count} 次）`,
        data: { contents } as unknown as Record<string, unknown>,
      });
    });
    return {
      printedAt: now.toISOString(),
      firstPrintedAt: d.times.printedAt ?? now.toISOString(),
      printCount: count,
      contents,
    };
  }

  // ---------- queues ----------
  /** The callback queue, one page (keyset on due time and clock id), soonest due first. */
  async callbacks(p: Principal, q: CallbackQuery): Promise<CallbackPageDto> {
    const { projectId, due = 'all' } = q;
    ensureProjectInScope(p, projectId, '项目');
    const now = this.clock.now();
    const { limit, after: key } = pageRequest(q, ['number', 'number'] as const);
    const after = key && { due: new Date(key[0]), id: key[1] };
    // the second callback comes up once the first has been made; "soon" is within the next 6 hours
    const clocks = await this.sla.callbacksDue(
      projectId,
      due === 'overdue'
        ? { dueBefore: now }
        : due === 'soon'
          ? { dueFrom: now, dueBefore: new Date(now.getTime() + CALLBACK_SOON_MS) }
          : {},
      limit + 1,
      after,
    );
    const more = clocks.length > limit;
    if (more) clocks.pop();
    if (!clocks.length) return { items: [], nextCursor: null };
    const last = clocks[clocks.length - 1]!;
    const nextCursor = more ? encodeCursor([effectiveDue(last).getTime(), last.id]) : null;
    const reqs = await this.repo.requestsByIds(clocks.map((c) => c.requestId));
    const sums = new Map((await this.reader.summaries(reqs)).map((s) => [s.id, s]));
    const items = clocks.map((c) => {
      const r = reqs.find((x) => x.id === c.requestId)!;
      const s = sums.get(c.requestId)!;
      return {
        requestId: c.requestId,
        code: s.code,
        kind: c.kind,
        dueAt: iso(effectiveDue(c))!,
        overdue: effectiveDue(c) < now,
        requesterName: s.requesterName,
        phoneMasked: s.phoneMasked,
        roomLabel: s.roomLabel,
        categoryName: s.categoryName,
        finishedAt: iso(r.finishedAt),
        // the owner's own rating of the cycle being called back (a second callback: the first cycle's is on the record)
        ownerSatisfaction: c.cycle === r.cycle ? (r.ownerSatisfaction as Satisfaction | null) : null,
      };
    });
    return { items, nextCursor };
  }

  /** The callback queue's tabs: all waiting, due soon, late. */
  async callbackCounts(p: Principal, projectId: number): Promise<CallbackCountsDto> {
    ensureProjectInScope(p, projectId, '项目');
    return this.sla.callbackCounts(projectId, this.clock.now(), CALLBACK_SOON_MS);
  }

  /**
   * The requester's full phone number, for the clerk who calls back (R-REP-09) or follows up: only desk
   * roles of the request's project, and every view is written to the audit trail (R-OWN-06).
   */
  async revealPhone(p: Principal, id: number): Promise<RevealPhoneDto> {
    const r = await this.access.load(p, id);
    if (p.kind !== 'staff' || !this.access.actors(p, r).includes('centre') || !mayRevealPersonalData(p.roles))
      throw new AppError('FORBIDDEN', '您的角色无权查看报修人的完整手机号');
    await this.audit.record(p, {
      projectId: r.projectId,
      entity: 'service_request',
      entityId: id,
      action: 'reveal_pii',
      note: `查看报修人完整手机号（${r.code ?? id}）`,
    });
    return { phone: this.pii.decrypt(r.requesterPhoneEnc) };
  }

  async deskCounts(p: Principal, projectId: number): Promise<DeskCountsDto> {
    ensureProjectInScope(p, projectId, '项目');
    const now = this.clock.now();
    // each module counts its own: requests here, callbacks and extensions in sla, bindings in people
    const [requests, callbacks, pendingExtensions, pendingBindings] = await Promise.all([
      this.repo.requestCounts(projectId, now),
      this.sla.callbackCounts(projectId, now, CALLBACK_SOON_MS),
      this.sla.pendingExtensions(projectId),
      this.people.pendingBindings(projectId),
    ]);
    return { ...requests, callbacksDue: callbacks.all, callbacksOverdue: callbacks.overdue, pendingExtensions, pendingBindings };
  }

  async dutyLog(p: Principal, projectId: number, date: string): Promise<DutyEntryDto[]> {
    ensureProjectInScope(p, projectId, '项目');
    const { calendar } = await this.sla.settings(projectId);
    // the local day [00:00, next 00:00) in the project zone, as UTC instants
    const start = localDayStart(date, calendar.timeZone);
    const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const end = localDayStart(next, calendar.timeZone);
    const rows = await this.repo.dutyEntries(projectId, start, end);
    const reqIds = rows.map((r) => r.requestId).filter((x): x is number => !!x);
    const codes = new Map((await this.repo.requestsByIds(reqIds)).map((r) => [r.id, r.code]));
    return rows.map((d) => ({
      id: d.id,
      at: iso(d.at)!,
      staffName: d.staffName,
      kind: d.kind,
      requestId: d.requestId,
      requestCode: d.requestId ? (codes.get(d.requestId) ?? null) : null,
      content: d.content,
    }));
  }

  async addDuty(
    p: Principal,
    projectId: number,
    content: string,
    kind = 'note',
    requestId: number | null = null,
  ): Promise<DutyEntryDto> {
    ensureProjectInScope(p, projectId, '项目');
    const now = this.clock.now();
    const id = await this.repo.insertDutyEntry({
      projectId,
      at: now,
      staffId: p.id,
      staffName: p.name,
      kind,
      requestId,
      content,
    });
    return {
      id,
      at: iso(now)!,
      staffName: p.name,
      kind,
      requestId,
      requestCode: null,
      content,
    };
  }

  /** R-SRV-04: every open repair goes on the handover list. */
  async openForHandover(p: Principal, projectId: number): Promise<RequestSummaryDto[]> {
    ensureProjectInScope(p, projectId, '项目');
    return this.reader.summaries(await this.repo.openRequests(projectId));
  }

  async recordHandover(p: Principal, projectId: number, toStaffId: number, note?: string): Promise<DutyEntryDto> {
    const open = await this.openForHandover(p, projectId);
    const toStaff = await this.staff.memberOfProject(toStaffId, projectId);
    if (!toStaff || toStaff.archivedAt) throw badRequest('接班员工不属于本项目');
    const content = `交接班给 ${toStaff.name}：未完成报修 ${open.length} 单${
      open.length
        ? '（' +
          open
            .map((o) => o.code)
            .join('、')
            .slice(0, 300) +
          '）'
        : ''
    }${note ? '；' + note : ''}`;
    return this.addDuty(p, projectId, content.slice(0, 500), 'handover');
  }
}
