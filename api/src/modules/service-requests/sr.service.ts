import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  allowedRepairActions,
  ASSIGNABLE_ROLES,
  callbackOutcome,
  effectiveDue,
  formatLocal,
  CALLBACK_METHOD_LABELS,
  SATISFACTION_LABELS,
  localDate,
  localDayStart,
  maskPhone,
  nextRepairStatus,
  OPEN_REPAIR_STATUSES,
  REPAIR_ACTION_LABELS,
  REPAIR_MACHINE,
  REPAIR_STATUS_LABELS,
  repairCodePrefix,
  roundRobinPick,
  SERVICE_DESK_ROLES,
  type Actor,
  type RepairAction,
  type RepairStatus,
  type StaffRole,
} from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import { nextDailyCode } from '../../common/daily-code.js';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import { Clock } from '../../infra/clock.js';
import { PiiCipher } from '../../infra/pii.js';
import { OrgRepository } from '../org/org.repository.js';
import { PeopleRepository } from '../people/people.repository.js';
import type { SlaClock, SlaExtension } from '../sla/entities.js';
import { SlaService } from '../sla/sla.service.js';
import { BillingService } from '../billing/billing.service.js';
import { RequestEvent, ServiceRequest, type RepairCategory } from './entities.js';
import { ServiceRequestRepository } from './sr.repository.js';
import { UploadService } from './upload.service.js';
import type {
  ActionDto,
  CallbackItemDto,
  CreateRequestDto,
  DeskCountsDto,
  DutyEntryDto,
  LinkReportDto,
  RepairCategoryDto,
  RequestDetailDto,
  RequestPageDto,
  RequestQuery,
  RequestSummaryDto,
  TechStatsDto,
} from './sr.dto.js';

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);
/** A category as the catalogue publishes it (R-REP-02). */
export const categoryDto = (c: RepairCategory): RepairCategoryDto => ({
  id: c.id,
  projectId: c.projectId,
  code: c.code,
  name: c.name,
  scope: c.scope,
  paid: !!c.paid,
  priceFen: c.priceFen === null ? null : Number(c.priceFen),
  priceNote: c.priceNote,
});
/** Whose turn it is on a category's rota (an empty rota: every technician of the project, by id). */
export function rotaTurn(cat: Pick<RepairCategory, 'rota' | 'rotaCursor'>, availableIds: number[]): number | null {
  const order = cat.rota?.length ? cat.rota : [...availableIds].sort((x, y) => x - y);
  return roundRobinPick(order, availableIds, cat.rotaCursor);
}
/** A round-robin turn taken by a concurrent dispatch of the same category (retried). */
class RotaTaken extends Error {}
const DESK = SERVICE_DESK_ROLES as readonly string[];
/** What a technician's own list shows: dispatched to them up to finished (awaiting confirmation). */
const TECH_LIST_STATUSES = ['dispatched', 'accepted', 'arrived', 'paused', 'finished'] as const;

interface IntakeInput {
  projectId: number;
  channel: string;
  categoryId: number;
  description: string;
  urgency: string;
  roomId?: number | null;
  location?: string | null;
  requesterPersonId?: number | null;
  requesterStaffId?: number | null;
  requesterName: string;
  requesterPhone?: string | null;
  appointmentStart?: string;
  appointmentEnd?: string;
  receivedAt?: string;
  promisedAt?: string;
  isImportant?: boolean;
  photoIds?: number[];
}

/**
 * Service requests (R-SRV-*) and the repair flow on them (R-REP-*). Every move goes through the
 * shared state machine, is one conditional UPDATE on the row's version (two people acting at
 * once: one wins, the other gets 409), writes a timeline event, and starts or stops SLA clocks.
 */
@Injectable()
export class ServiceRequestService {
  constructor(
    @Inject(ServiceRequestRepository) private readonly repo: ServiceRequestRepository,
    @Inject(OrgRepository) private readonly org: OrgRepository,
    @Inject(PeopleRepository) private readonly people: PeopleRepository,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(SlaService) private readonly sla: SlaService,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
    @Inject(UploadService) private readonly uploads: UploadService,
    @Inject(BillingService) private readonly billing: BillingService,
  ) {}

  // ---------- catalogue ----------
  categories(projectId: number): Promise<RepairCategoryDto[]> {
    return this.repo.activeCategories(projectId).then((rows) => rows.map(categoryDto));
  }

  // ---------- intake ----------
  async createByStaff(p: Principal, dto: CreateRequestDto): Promise<RequestDetailDto> {
    ensureProjectInScope(p, dto.projectId, '项目');
    if (dto.roomId) {
      const room = await this.org.room(dto.roomId);
      if (!room || room.projectId !== dto.projectId) throw notFound('房屋');
    }
    if (dto.requesterPersonId) {
      // the requester on whose behalf the desk files must be of this project (of this room when one is given)
      if (!(await this.repo.isBoundInProject(dto.requesterPersonId, dto.projectId, dto.roomId)))
        throw badRequest('报修人不是该房屋/项目已绑定的住户');
    }
    return this.intake(p, { ...dto, requesterStaffId: dto.channel === 'patrol' ? p.id : null });
  }

  async createByOwner(
    p: Principal,
    dto: {
      roomId: number;
      categoryId: number;
      description: string;
      appointmentStart?: string;
      appointmentEnd?: string;
      photoIds?: number[];
    },
  ): Promise<RequestDetailDto> {
    const binding = await this.repo.approvedBinding(p.id, dto.roomId);
    if (!binding) throw notFound('房屋');
    const person = await this.people.person(p.id);
    return this.intake(p, {
      projectId: binding.projectId,
      channel: 'miniapp',
      categoryId: dto.categoryId,
      description: dto.description,
      urgency: 'normal',
      roomId: dto.roomId,
      requesterPersonId: p.id,
      requesterName: person?.name ?? p.name,
      requesterPhone: this.pii.decrypt(person?.phoneEnc),
      appointmentStart: dto.appointmentStart,
      appointmentEnd: dto.appointmentEnd,
      photoIds: dto.photoIds,
    });
  }

  /** Files a request; answers with what it wrote, so the detail needs (almost) no reading back. */
  private async intake(p: Principal, d: IntakeInput): Promise<RequestDetailDto> {
    const now = this.clock.now();
    const category = await this.repo.category(d.categoryId);
    if (!category || category.projectId !== d.projectId || !category.active) throw badRequest('报修类别不存在');
    if (!d.roomId && !d.location) throw badRequest('请选择房屋或填写公共部位位置');
    // R-REP-03: an in-home repair is for a room (its fee, if any, is owed by that room)
    if (category.scope === 'in_home' && !d.roomId) throw badRequest(`“${category.name}”是户内报修，请先选择房屋`);
    const receivedAt = d.receivedAt ? new Date(d.receivedAt) : now;
    if (receivedAt > now) throw badRequest('收到时间不能晚于现在');
    const [aStart, aEnd] = [
      d.appointmentStart ? new Date(d.appointmentStart) : null,
      d.appointmentEnd ? new Date(d.appointmentEnd) : null,
    ];
    if (aStart && aEnd && aEnd <= aStart) throw badRequest('预约结束时间必须晚于开始时间');
    if ((aStart && !aEnd) || (!aStart && aEnd)) throw badRequest('预约时间需要开始和结束');
    if (d.photoIds?.length) await this.checkUploads(p, d.photoIds);
    const settings = await this.sla.settings(d.projectId);
    const scope = category.scope;
    const chargeKind = scope === 'public' ? 'free' : category.paid ? 'paid' : 'free';
    const urgency = d.urgency as 'emergency' | 'urgent' | 'normal';
    let requiredBy = this.sla.due(now, settings.repair.resolve[urgency], settings.calendar);
    if (aEnd && aEnd > requiredBy) requiredBy = aEnd;
    const actorName = await this.actorName(p);

    const written: { request?: ServiceRequest; event?: RequestEvent } = {};
    const id = await this.repo.transaction(async (em) => {
      const row = {
        projectId: d.projectId,
        type: 'repair',
        channel: d.channel,
        roomId: d.roomId ?? null,
        location: d.location ?? null,
        requesterPersonId: d.requesterPersonId ?? null,
        requesterStaffId: d.requesterStaffId ?? null,
        requesterName: d.requesterName,
        requesterPhoneEnc: this.pii.encrypt(d.requesterPhone ?? null),
        categoryId: category.id,
        scope,
        chargeKind,
        urgency,
        description: d.description,
        status: 'received',
        receivedAt,
        enteredAt: now,
        enteredByStaffId: p.kind === 'staff' ? p.id : null,
        ownerStaffId: p.kind === 'staff' ? p.id : null,
        appointmentStart: aStart,
        appointmentEnd: aEnd,
        promisedAt: d.promisedAt ? new Date(d.promisedAt) : requiredBy,
        requiredBy,
        assigneeStaffId: null,
        assigneeTeam: null,
        inPool: false,
        dispatchedAt: null,
        acceptedAt: null,
        arrivedAt: null,
        finishedAt: null,
        confirmedAt: null,
        closedAt: null,
        feeFen: null,
        materials: null,
        result: null,
        photoIds: d.photoIds ?? null,
        isImportant: d.isImportant ?? false,
        satisfaction: null,
        callbackComment: null,
        cycle: 0,
        version: 0,
        updatedAt: now,
      };
      const code = await nextDailyCode(em, repairCodePrefix(settings.projectCode, localDate(now, settings.calendar.timeZone)));
      const id = await this.repo.insertRequest(em, { ...row, code });
      written.request = Object.assign(new ServiceRequest(), row, { id, code, orderReturnedAt: null, signatureUploadId: null });
      written.event = await this.event(em, {
        requestId: id,
        projectId: d.projectId,
        p,
        actorName,
        action: 'intake',
        from: null,
        to: 'received',
        note: `${category.name}：${d.description}`.slice(0, 500),
        photoIds: d.photoIds,
      });
      // R-SRV-02: the duty log gets the request at once; entry within 2 h of receipt is a clock met now
      await this.repo.insertDutyEntry(
        {
          projectId: d.projectId,
          at: now,
          staffId: p.kind === 'staff' ? p.id : null,
          staffName: actorName,
          kind: 'request',
          requestId: id,
          content: `受理${code}：${category.name}，${d.requesterName}`,
        },
        em,
      );
      await this.sla.startAll(em, [
        {
          requestId: id,
          projectId: d.projectId,
          kind: 'entry',
          cycle: 0,
          startedAt: receivedAt,
          dueAt: this.sla.due(receivedAt, settings.repair.entry, settings.calendar),
          metAt: now,
        },
        {
          requestId: id,
          projectId: d.projectId,
          kind: 'dispatch',
          cycle: 0,
          startedAt: now,
          dueAt: this.sla.due(now, settings.repair.dispatch, settings.calendar),
        },
        { requestId: id, projectId: d.projectId, kind: 'resolve', cycle: 0, startedAt: now, dueAt: requiredBy },
      ]);
      if (d.requesterPersonId)
        await this.notifyOwner(
          em,
          id,
          d.requesterPersonId,
          'accepted',
          code,
          category.name,
          '已受理',
          now,
          settings.calendar.timeZone,
        );
      return id;
    });
    const staff = new Map<number, string>(p.kind === 'staff' ? [[p.id, actorName]] : []);
    return this.detailOf(p, written.request!, {
      events: [written.event!],
      clocks: await this.sla.clocks(id),
      cat: category,
      extensions: new Map(),
      staff,
      bill: null,
    });
  }

  async duplicates(
    p: Principal,
    q: { projectId: number; categoryId: number; roomId?: number; location?: string },
  ): Promise<RequestSummaryDto[]> {
    ensureProjectInScope(p, q.projectId, '项目');
    if (!q.roomId && !q.location) throw badRequest('请提供房屋或公共部位位置');
    return this.summaries(await this.repo.duplicates(q));
  }

  /** R-SRV-05: a second report of the same problem is linked to the open request, not duplicated. */
  async linkReport(p: Principal, id: number, dto: LinkReportDto): Promise<RequestDetailDto> {
    const req = await this.load(p, id);
    if (!(OPEN_REPAIR_STATUSES as readonly string[]).includes(req.status))
      throw new AppError('CONFLICT', '该工单已完成或取消，请新建工单');
    await this.repo.transaction(async (em) => {
      await this.event(em, {
        requestId: id,
        projectId: req.projectId,
        p,
        actorName: await this.actorName(p),
        action: 'link_report',
        from: req.status,
        to: req.status,
        note: `重复报修：${dto.requesterName}${dto.requesterPhone ? '（' + maskPhone(dto.requesterPhone) + '）' : ''} 经${dto.channel}${dto.note ? '，' + dto.note : ''}`,
      });
    });
    return this.detail(p, id);
  }

  // ---------- reading ----------
  async list(p: Principal, q: RequestQuery): Promise<RequestPageDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    const page = await this.repo.page(q, this.clock.now());
    return { items: await this.summaries(page.rows), nextCursor: page.nextCursor };
  }

  /**
   * Summary rows. A caller that has already read some of what they need (the detail reads the
   * category, all clocks and staff names anyway) hands them in, so nothing is read twice.
   */
  async summaries(
    rows: ServiceRequest[],
    known: { cats?: RepairCategory[]; clocks?: SlaClock[]; staff?: Map<number, string> } = {},
  ): Promise<RequestSummaryDto[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const [cats, rooms, staff, clocks, persons] = await Promise.all([
      known.cats ?? this.repo.categoriesByIds(rows.map((r) => r.categoryId)),
      this.people.roomLabels(rows.map((r) => r.roomId).filter((x): x is number => !!x)),
      known.staff ?? this.repo.staffNames(rows.map((r) => r.assigneeStaffId).filter((x): x is number => !!x)),
      known.clocks ? known.clocks.filter((c) => !c.metAt) : this.repo.runningClocks(ids),
      this.repo.keyCustomers(rows.map((r) => r.requesterPersonId).filter((x): x is number => !!x)),
    ]);
    const now = this.clock.now();
    return rows.map((r) => {
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
        phoneMasked: maskPhone(this.pii.decrypt(r.requesterPhoneEnc)),
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
    });
  }

  /** Loads a request the principal may see: staff in its project, the requester, or its technician. */
  private async load(p: Principal, id: number): Promise<ServiceRequest> {
    const r = await this.repo.request(id);
    if (!r) throw notFound('工单');
    if (p.kind === 'owner') {
      if (r.requesterPersonId !== p.id) throw notFound('工单');
    } else {
      ensureProjectInScope(p, r.projectId, '工单');
    }
    return r;
  }

  actors(p: Principal, r: ServiceRequest): Actor[] {
    if (p.kind === 'owner') return r.requesterPersonId === p.id ? ['requester'] : [];
    const a: Actor[] = [];
    const roles = p.roles as readonly StaffRole[];
    if (roles.some((x) => DESK.includes(x))) a.push('centre');
    if (r.assigneeStaffId === p.id || (r.inPool && roles.some((x) => (ASSIGNABLE_ROLES as readonly string[]).includes(x))))
      a.push('technician');
    // a team or an outside vendor has no app: the centre records its steps on its behalf
    else if (r.assigneeTeam && a.includes('centre')) a.push('technician');
    if (r.requesterStaffId === p.id) a.push('requester'); // R-REP-15: the housekeeper who raised it accepts it
    return a;
  }

  allowed(p: Principal, r: ServiceRequest): RepairAction[] {
    const set = new Set<RepairAction>();
    for (const actor of this.actors(p, r)) for (const a of allowedRepairActions(r.status as RepairStatus, actor)) set.add(a);
    if (!r.inPool) set.delete('grab');
    if (r.orderReturnedAt) set.delete('hand_in'); // handed in once
    if (r.inPool || (!r.assigneeTeam && r.assigneeStaffId !== (p.kind === 'staff' ? p.id : -1))) set.delete('accept');
    if (r.status === 'dispatched' && r.inPool && !this.actors(p, r).includes('centre')) {
      set.delete('transfer');
      set.delete('return');
      set.delete('reschedule');
    }
    return [...set];
  }

  async detail(p: Principal, id: number): Promise<RequestDetailDto> {
    const r = await this.load(p, id);
    const [events, clocks, cat, extensions, staff, bill] = await Promise.all([
      this.repo.events(id),
      this.sla.clocks(id),
      this.repo.category(r.categoryId),
      this.sla.latestExtensions(id),
      this.repo.staffNames([r.assigneeStaffId, r.ownerStaffId].filter((x): x is number => !!x)),
      // only a paid repair can have a bill
      r.chargeKind === 'paid' ? this.billing.forRequests([r.id]).then((m) => m.get(r.id) ?? null) : Promise.resolve(null),
    ]);
    return this.detailOf(p, r, { events, clocks, cat, extensions, staff, bill });
  }

  /** The detail from what has been read (or, right after intake, written): no query of its own but the summary's. */
  private async detailOf(
    p: Principal,
    r: ServiceRequest,
    d: {
      events: RequestEvent[];
      clocks: SlaClock[];
      cat: RepairCategory | null;
      extensions: Map<number, SlaExtension>;
      staff: Map<number, string>;
      bill: RequestDetailDto['bill'];
    },
  ): Promise<RequestDetailDto> {
    const { events, clocks, cat, extensions, staff, bill } = d;
    const [summary] = await this.summaries([r], { cats: cat ? [cat] : [], clocks, staff });
    const firstContact = r.ownerStaffId ? (staff.get(r.ownerStaffId) ?? null) : null;
    const photo = (pid: number) => ({ id: pid, url: `/api/v1/uploads/${pid}` });
    return {
      ...summary!,
      description: r.description,
      chargeKind: r.chargeKind,
      priceFen: cat?.priceFen === null || cat?.priceFen === undefined ? null : Number(cat.priceFen),
      feeFen: r.feeFen === null ? null : Number(r.feeFen),
      materials: r.materials ?? [],
      result: r.result,
      photos: (r.photoIds ?? []).map(photo),
      firstContactName: firstContact,
      allowedActions: this.allowed(p, r),
      events: events.map((e) => ({
        id: e.id,
        at: iso(e.at)!,
        action: e.action,
        actorKind: e.actorKind,
        actorName: e.actorName,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        note: e.note,
        photos: (e.photoIds ?? []).map(photo),
      })),
      clocks: clocks.map((c) => ({
        id: c.id,
        cycle: c.cycle,
        kind: c.kind,
        startedAt: iso(c.startedAt)!,
        dueAt: iso(effectiveDue(c))!,
        metAt: iso(c.metAt),
        pausedAt: iso(c.pausedAt),
        breachedAt: iso(c.breachedAt),
        extension: extensions.has(c.id)
          ? (({ id, status, until, reason }) => ({ id, status, until: iso(until)!, reason }))(extensions.get(c.id)!)
          : null,
      })),
      satisfaction: r.satisfaction,
      callbackComment: r.callbackComment,
      times: {
        dispatchedAt: iso(r.dispatchedAt),
        acceptedAt: iso(r.acceptedAt),
        arrivedAt: iso(r.arrivedAt),
        finishedAt: iso(r.finishedAt),
        orderReturnedAt: iso(r.orderReturnedAt),
        confirmedAt: iso(r.confirmedAt),
        closedAt: iso(r.closedAt),
      },
      signature: r.signatureUploadId ? photo(r.signatureUploadId) : null,
      bill,
    };
  }

  // ---------- moves ----------
  async act(p: Principal, id: number, action: RepairAction, b: ActionDto): Promise<RequestDetailDto> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.actOnce(p, id, action, b);
      } catch (e) {
        if (!(e instanceof RotaTaken)) throw e;
        if (attempt >= 4) throw new AppError('CONFLICT', '同时派单的人较多，请重试');
      }
    }
  }

  private async actOnce(p: Principal, id: number, action: RepairAction, b: ActionDto): Promise<RequestDetailDto> {
    const r = await this.load(p, id);
    const move = REPAIR_MACHINE[action];
    const to = nextRepairStatus(r.status as RepairStatus, action);
    if (!to) {
      throw new AppError(
        'SRV_ILLEGAL_TRANSITION',
        `工单${REPAIR_STATUS_LABELS[r.status as RepairStatus] ?? r.status}，不能${REPAIR_ACTION_LABELS[action]}`,
        { status: r.status, action },
      );
    }
    if (action === 'hand_in' && r.orderReturnedAt) throw new AppError('CONFLICT', '该工单已交回');
    if (!this.allowed(p, r).includes(action))
      throw new AppError('FORBIDDEN', `您不能对该工单执行“${REPAIR_ACTION_LABELS[action]}”`);
    if (move.needsReason && !b.reason?.trim()) throw badRequest(`${REPAIR_ACTION_LABELS[action]}需要填写原因`);
    const now = this.clock.now();
    const settings = await this.sla.settings(r.projectId);
    const patch: Partial<ServiceRequest> = { status: to, updatedAt: now };
    let note = b.reason ?? b.note ?? null;
    let nextCycle = r.cycle;
    /** round-robin: the rota cursor this dispatch read, advanced in the same transaction */
    let rota: { categoryId: number; cursor: number } | null = null;
    let signaturePhoto: number | null = null;

    const assign = async () => {
      const n = [b.assigneeStaffId, b.assigneeTeam, b.toPool, b.roundRobin].filter(Boolean).length;
      if (n !== 1) throw badRequest('请指定一位技工、一个班组/外包单位、放入抢单池，或按类别轮派（四选一）');
      if (b.roundRobin) {
        const cat = (await this.repo.category(r.categoryId))!;
        const techs = await this.technicians(p, r.projectId);
        const available = techs.map((t) => t.id);
        const pick = rotaTurn(cat, available);
        if (pick === null) throw badRequest(`“${cat.name}”的轮派名单中没有可派的技工，请先设置轮派名单或直接指派`);
        rota = { categoryId: cat.id, cursor: cat.rotaCursor };
        Object.assign(patch, { assigneeStaffId: pick, assigneeTeam: null, inPool: false });
        return `按类别轮派给 ${techs.find((t) => t.id === pick)!.name}`;
      }
      if (b.assigneeStaffId) {
        const tech = await this.repo.staffOfProject(b.assigneeStaffId, r.projectId);
        if (!tech || tech.archivedAt || !tech.roles.some((x) => (ASSIGNABLE_ROLES as readonly string[]).includes(x)))
          throw badRequest('该员工不是本项目的技工');
        Object.assign(patch, { assigneeStaffId: tech.id, assigneeTeam: null, inPool: false });
        return `派给 ${tech.name}`;
      }
      if (b.assigneeTeam) {
        Object.assign(patch, { assigneeStaffId: null, assigneeTeam: b.assigneeTeam, inPool: false });
        return `派给 ${b.assigneeTeam}`;
      }
      Object.assign(patch, { assigneeStaffId: null, assigneeTeam: null, inPool: true });
      return '放入抢单池';
    };

    switch (action) {
      case 'dispatch': {
        const who = await assign();
        patch.dispatchedAt = now;
        if (b.requiredBy) {
          const req = new Date(b.requiredBy);
          if (req <= now) throw badRequest('要求完成时间必须晚于现在');
          patch.requiredBy = req;
        }
        note = [who, patch.requiredBy ? `要求 ${formatLocal(patch.requiredBy, settings.calendar.timeZone)} 前完成` : null, b.note]
          .filter(Boolean)
          .join('；');
        break;
      }
      case 'transfer':
        note = `${await assign()}；原因：${b.reason}`;
        break;
      case 'grab':
        Object.assign(patch, { assigneeStaffId: p.id, inPool: false, assigneeTeam: null, acceptedAt: now });
        break;
      case 'accept':
        patch.acceptedAt = now;
        if (r.assigneeTeam) note = `代${r.assigneeTeam}接单${b.note ? '：' + b.note : ''}`;
        break;
      case 'return':
        Object.assign(patch, { assigneeStaffId: null, assigneeTeam: null, inPool: false, acceptedAt: null, arrivedAt: null });
        break;
      case 'arrive':
        patch.arrivedAt = now;
        break;
      case 'reschedule': {
        if (!b.appointmentStart || !b.appointmentEnd) throw badRequest('改约需要新的预约时间');
        const [s, e] = [new Date(b.appointmentStart), new Date(b.appointmentEnd)];
        if (e <= s) throw badRequest('预约结束时间必须晚于开始时间');
        Object.assign(patch, { appointmentStart: s, appointmentEnd: e });
        note = `致歉并改约至 ${formatLocal(s, settings.calendar.timeZone)}；原因：${b.reason}`;
        break;
      }
      case 'resume':
        // R-REP-14: the work goes on only with the owner's recorded consent
        if (!b.note?.trim()) throw badRequest('继续处理前请记录业主的同意（如：业主电话同意更换方案）');
        note = `业主同意：${b.note}`;
        break;
      case 'hand_in':
        // R-REP-05: the work order comes back to the centre with any receipts
        patch.orderReturnedAt = now;
        note = ['工单已交回客服中心', b.note].filter(Boolean).join('：');
        break;
      case 'finish': {
        if (!b.result?.trim()) throw badRequest('完工需要填写处理结果');
        if (r.chargeKind === 'paid' && (b.feeFen === undefined || b.feeFen === null)) throw badRequest('有偿维修需要填写费用');
        if (b.photoIds?.length) await this.checkUploads(p, b.photoIds);
        Object.assign(patch, {
          finishedAt: now,
          result: b.result,
          materials: b.materials ?? [],
          feeFen: r.chargeKind === 'paid' ? b.feeFen : null,
        });
        note = b.result;
        break;
      }
      case 'confirm':
        if (p.kind === 'staff' && r.requesterStaffId !== p.id && !b.signature) throw badRequest('请业主在屏幕上签字确认');
        patch.confirmedAt = now;
        if (b.satisfaction) patch.satisfaction = b.satisfaction;
        if (b.signature) {
          // R-REP-06: the signature is kept with the work order, readable like its photos
          const png = b.signature.replace(/^data:image\/png;base64,/, '');
          const up = await this.uploads.put(p, { fileName: 'signature.png', contentType: 'image/png', contentBase64: png });
          patch.signatureUploadId = up.id;
          signaturePhoto = up.id;
        }
        note = [
          b.signature ? '业主签字确认' : '业主确认完工',
          b.satisfaction ? `评价：${SATISFACTION_LABELS[b.satisfaction]}` : null,
          b.comment,
        ]
          .filter(Boolean)
          .join('；');
        break;
      case 'callback': {
        if (!b.method || !b.satisfaction) throw badRequest('回访需要记录方式和满意度');
        Object.assign(patch, { satisfaction: b.satisfaction, callbackComment: b.comment ?? null });
        note = `回访（${CALLBACK_METHOD_LABELS[b.method]}）：${SATISFACTION_LABELS[b.satisfaction]}${b.comment ? '，' + b.comment : ''}`;
        if (r.status === 'finished') {
          // not confirmed in the app: the owner confirms completion on the callback (recorded as such)
          patch.confirmedAt = now;
          note = `业主在回访中确认完工；${note}`;
        }
        if (callbackOutcome(b.satisfaction) === 'reopen') {
          patch.status = 'received';
          nextCycle = r.cycle + 1;
          Object.assign(patch, {
            assigneeStaffId: null,
            assigneeTeam: null,
            inPool: false,
            cycle: nextCycle,
            finishedAt: null,
            confirmedAt: null,
          });
        } else patch.closedAt = now;
        break;
      }
      case 'reopen':
        nextCycle = r.cycle + 1;
        Object.assign(patch, {
          assigneeStaffId: null,
          assigneeTeam: null,
          inPool: false,
          cycle: nextCycle,
          finishedAt: null,
          confirmedAt: null,
          closedAt: null,
        });
        break;
      default:
        break;
    }

    await this.repo.transaction(async (em) => {
      if (!(await this.repo.move(em, r, patch))) throw new AppError('CONFLICT', '工单刚被其他人处理过，请刷新后重试');
      if (rota) {
        const { categoryId, cursor } = rota;
        // another dispatch of this category took this turn at the same moment: this one rolls back and retries
        if (!(await this.repo.advanceRota(em, categoryId, cursor))) throw new RotaTaken();
      }
      await this.event(em, {
        requestId: id,
        projectId: r.projectId,
        p,
        actorName: await this.actorName(p),
        action,
        from: r.status,
        to: patch.status!,
        note,
        photoIds: signaturePhoto ? [signaturePhoto] : b.photoIds,
        data:
          action === 'finish'
            ? { materials: b.materials ?? [], feeFen: b.feeFen ?? null }
            : action === 'confirm' && b.signature
              ? { signature: true }
              : action === 'callback'
                ? { method: b.method, satisfaction: b.satisfaction }
                : null,
      });
      const cycle = r.cycle;
      switch (action) {
        case 'dispatch':
          await this.sla.meet(em, id, 'dispatch', cycle, now);
          if (patch.requiredBy) await this.sla.setDue(em, id, 'resolve', cycle, patch.requiredBy);
          break;
        case 'pause':
          await this.sla.pause(em, id, cycle, now);
          break;
        case 'resume':
          await this.sla.resume(em, id, cycle, now);
          break;
        case 'hand_in':
          // handed in before the completion was entered: the details are due within 2 h (R-REP-05)
          if (r.status === 'arrived' || r.status === 'paused')
            await this.sla.start(em, {
              requestId: id,
              projectId: r.projectId,
              kind: 'completion_entry',
              cycle,
              startedAt: now,
              dueAt: this.sla.due(now, settings.repair.completionEntry, settings.calendar),
            });
          break;
        case 'finish':
          await this.sla.meet(em, id, 'resolve', cycle, now);
          await this.sla.meet(em, id, 'completion_entry', cycle, now);
          if (r.chargeKind === 'paid' && r.roomId)
            await this.billing.chargeRepair(em, {
              projectId: r.projectId,
              roomId: r.roomId,
              requestId: id,
              code: r.code ?? String(id),
              categoryName: (await this.repo.category(r.categoryId, em))?.name ?? '报修',
              feeFen: b.feeFen ?? 0,
            });
          await this.sla.start(em, {
            requestId: id,
            projectId: r.projectId,
            kind: 'callback',
            cycle,
            startedAt: now,
            dueAt: this.sla.due(now, settings.repair.callback, settings.calendar),
          });
          if (r.isImportant)
            await this.sla.start(em, {
              requestId: id,
              projectId: r.projectId,
              kind: 'second_callback',
              cycle,
              startedAt: now,
              dueAt: this.sla.due(now, settings.repair.secondCallback, settings.calendar),
            });
          break;
        case 'callback':
          await this.recordCallback(em, p, r, 'callback', cycle, b, now);
          await this.sla.meet(em, id, 'callback', cycle, now);
          break;
        case 'cancel':
          await this.sla.cancel(em, id, ['dispatch', 'resolve', 'completion_entry'], cycle, now);
          break;
        default:
          break;
      }
      if (nextCycle !== cycle) {
        // R-SRV-08 handled again: the promises start over
        await this.sla.cancel(em, id, ['dispatch', 'resolve', 'completion_entry', 'callback', 'second_callback'], cycle, now);
        await this.sla.start(em, {
          requestId: id,
          projectId: r.projectId,
          kind: 'dispatch',
          cycle: nextCycle,
          startedAt: now,
          dueAt: this.sla.due(now, settings.repair.dispatch, settings.calendar),
        });
        await this.sla.start(em, {
          requestId: id,
          projectId: r.projectId,
          kind: 'resolve',
          cycle: nextCycle,
          startedAt: now,
          dueAt: this.sla.due(now, settings.repair.resolve[r.urgency as 'normal'], settings.calendar),
        });
      }
      const cat = await this.repo.category(r.categoryId, em);
      if (r.requesterPersonId && action === 'dispatch')
        await this.notifyOwner(
          em,
          id,
          r.requesterPersonId,
          'dispatched',
          r.code!,
          cat?.name ?? '报修',
          '已派单',
          now,
          settings.calendar.timeZone,
        );
      if (r.requesterPersonId && action === 'finish')
        await this.notifyOwner(
          em,
          id,
          r.requesterPersonId,
          'finished',
          r.code!,
          cat?.name ?? '报修',
          '已完工',
          now,
          settings.calendar.timeZone,
        );
      if (patch.assigneeStaffId && patch.assigneeStaffId !== p.id) {
        await this.sla.notifyStaff(em, [patch.assigneeStaffId], {
          projectId: r.projectId,
          title: `新工单 ${r.code}`,
          body: `${cat?.name ?? ''}：${r.description.slice(0, 60)}`,
          link: `/requests/${id}`,
        });
      }
    });
    return this.detail(p, id);
  }

  /** R-REP-10: the second callback on an important request, about how the fix holds. */
  async secondCallback(p: Principal, id: number, b: ActionDto): Promise<RequestDetailDto> {
    const r = await this.load(p, id);
    if (!this.actors(p, r).includes('centre')) throw new AppError('FORBIDDEN');
    if (!b.method || !b.satisfaction) throw badRequest('回访需要记录方式和满意度');
    const clock = await this.repo.runningClock(id, 'second_callback');
    if (!clock) throw new AppError('SRV_ILLEGAL_TRANSITION', '该工单没有待进行的二次回访');
    const now = this.clock.now();
    await this.repo.transaction(async (em) => {
      await this.recordCallback(em, p, r, 'second_callback', clock.cycle, b, now);
      if (!(await this.sla.meet(em, id, 'second_callback', clock.cycle, now)))
        throw new AppError('CONFLICT', '二次回访刚被其他人记录，请刷新');
      await this.event(em, {
        requestId: id,
        projectId: r.projectId,
        p,
        actorName: await this.actorName(p),
        action: 'second_callback',
        from: r.status,
        to: r.status,
        note: `二次回访（${CALLBACK_METHOD_LABELS[b.method!]}）：${SATISFACTION_LABELS[b.satisfaction!]}${b.comment ? '，' + b.comment : ''}`,
        data: { method: b.method, satisfaction: b.satisfaction },
      });
    });
    if (callbackOutcome(b.satisfaction) === 'reopen' && r.status === 'closed')
      return this.act(p, id, 'reopen', { reason: `二次回访不满意：${b.comment ?? ''}` });
    return this.detail(p, id);
  }

  /** R-SRV-03: first-contact responsibility stays with one person until formally handed over. */
  async handover(p: Principal, id: number, toStaffId: number, note?: string): Promise<RequestDetailDto> {
    const r = await this.load(p, id);
    if (!this.actors(p, r).includes('centre')) throw new AppError('FORBIDDEN');
    const toStaff = await this.repo.staffOfProject(toStaffId, r.projectId);
    if (!toStaff || toStaff.archivedAt) throw badRequest('接手员工不属于本项目');
    await this.repo.transaction(async (em) => {
      await this.repo.setOwnerStaff(em, id, toStaffId, this.clock.now());
      await this.event(em, {
        requestId: id,
        projectId: r.projectId,
        p,
        actorName: await this.actorName(p),
        action: 'handover',
        from: r.status,
        to: r.status,
        note: `首问责任移交给 ${toStaff.name}${note ? '：' + note : ''}`,
      });
    });
    return this.detail(p, id);
  }

  // ---------- queues ----------
  async callbacks(p: Principal, projectId: number, due: 'soon' | 'overdue' | 'all' = 'all'): Promise<CallbackItemDto[]> {
    ensureProjectInScope(p, projectId, '项目');
    const now = this.clock.now();
    // the second callback comes up once the first has been made; "soon" is within the next 6 hours
    const clocks = await this.repo.callbacksDue(
      projectId,
      due === 'overdue'
        ? { dueBefore: now }
        : due === 'soon'
          ? { dueFrom: now, dueBefore: new Date(now.getTime() + 6 * 3600_000) }
          : {},
    );
    if (!clocks.length) return [];
    const reqs = await this.repo.requestsByIds(clocks.map((c) => c.requestId));
    const sums = new Map((await this.summaries(reqs)).map((s) => [s.id, s]));
    return clocks.map((c) => {
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
      };
    });
  }

  async deskCounts(p: Principal, projectId: number): Promise<DeskCountsDto> {
    ensureProjectInScope(p, projectId, '项目');
    return this.repo.deskCounts(projectId, this.clock.now());
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
      staffName: await this.actorName(p),
      kind,
      requestId,
      content,
    });
    return {
      id,
      at: iso(now)!,
      staffName: await this.actorName(p),
      kind,
      requestId,
      requestCode: null,
      content,
    };
  }

  /** R-SRV-04: every open repair goes on the handover list. */
  async openForHandover(p: Principal, projectId: number): Promise<RequestSummaryDto[]> {
    ensureProjectInScope(p, projectId, '项目');
    return this.summaries(await this.repo.openRequests(projectId));
  }

  async recordHandover(p: Principal, projectId: number, toStaffId: number, note?: string): Promise<DutyEntryDto> {
    const open = await this.openForHandover(p, projectId);
    const toStaff = await this.repo.staffOfProject(toStaffId, projectId);
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

  async technicians(p: Principal, projectId: number) {
    ensureProjectInScope(p, projectId, '项目');
    const staff = await this.repo.projectStaff(projectId);
    if (!staff.length) return [];
    const techs = staff.filter((s) => !s.archivedAt && s.roles.some((x) => (ASSIGNABLE_ROLES as readonly string[]).includes(x)));
    const counts = await this.repo.openOrderCounts(projectId);
    return techs.map((t) => ({ id: t.id, name: t.name, openOrders: counts.get(t.id) ?? 0 }));
  }

  async techOrders(p: Principal, scope: 'mine' | 'pool'): Promise<RequestSummaryDto[]> {
    if (p.kind !== 'staff') throw new AppError('FORBIDDEN');
    if (scope === 'mine') return this.summaries(await this.repo.assignedTo(p.id, TECH_LIST_STATUSES));
    if (p.scope !== 'all' && !p.scope.length) return [];
    return this.summaries(await this.repo.inPool(p.scope));
  }

  async techStats(p: Principal): Promise<TechStatsDto> {
    const mine = await this.techOrders(p, 'mine');
    const { calendar } =
      p.kind === 'staff' && p.scope !== 'all' && p.scope[0]
        ? await this.sla.settings(p.scope[0])
        : { calendar: { timeZone: 'Asia/Shanghai' } };
    const today = localDate(this.clock.now(), calendar.timeZone);
    return {
      toAccept: mine.filter((o) => o.status === 'dispatched').length + (await this.techOrders(p, 'pool')).length,
      inProgress: mine.filter((o) => ['accepted', 'arrived', 'paused'].includes(o.status)).length,
      todayAppointments: mine.filter(
        (o) => o.appointmentStart && localDate(new Date(o.appointmentStart), calendar.timeZone) === today,
      ).length,
      overdue: mine.filter((o) => o.overdue).length,
    };
  }

  async mine(p: Principal): Promise<RequestSummaryDto[]> {
    return this.summaries(await this.repo.requestsOf(p.id));
  }

  // ---------- helpers ----------
  /** R-REP-09/10: one callback row (method, satisfaction, on time or not) — what the KPIs count. */
  private async recordCallback(
    em: EntityManager,
    p: Principal,
    r: ServiceRequest,
    kind: 'callback' | 'second_callback',
    cycle: number,
    b: ActionDto,
    now: Date,
  ): Promise<void> {
    const clock = await this.repo.clock(em, r.id, kind, cycle);
    const due = clock ? (clock.extendedUntil && clock.extendedUntil > clock.dueAt ? clock.extendedUntil : clock.dueAt) : null;
    await this.repo.insertCallbackRecord(em, {
      projectId: r.projectId,
      requestId: r.id,
      cycle,
      kind,
      at: now,
      staffId: p.id,
      staffName: p.name,
      method: b.method!,
      satisfaction: b.satisfaction!,
      comment: b.comment ?? null,
      onTime: !!due && now <= due && !clock?.breachedAt,
    });
  }

  private async checkUploads(p: Principal, ids: number[]): Promise<void> {
    const rows = await this.repo.uploadOwners(ids);
    if (rows.length !== new Set(ids).size || rows.some((r) => r.ownerKind !== p.kind || r.ownerId !== p.id))
      throw badRequest('照片不存在或不是您上传的');
  }

  private async actorName(p: Principal): Promise<string> {
    return p.name;
  }

  private async event(
    em: EntityManager,
    e: {
      requestId: number;
      projectId: number;
      p: Principal;
      actorName: string;
      action: string;
      from: string | null;
      to: string | null;
      note?: string | null;
      photoIds?: number[];
      data?: Record<string, unknown> | null;
    },
  ): Promise<RequestEvent> {
    const row = {
      requestId: e.requestId,
      projectId: e.projectId,
      at: this.clock.now(),
      actorKind: e.p.kind,
      actorId: e.p.id,
      actorName: e.actorName,
      action: e.action,
      fromStatus: e.from,
      toStatus: e.to,
      note: e.note ? e.note.slice(0, 500) : null,
      data: (e.data ?? null) as never,
      photoIds: e.photoIds?.length ? e.photoIds : null,
    };
    const id = await this.repo.insertEvent(row, em);
    // the photos become the request's: readable by its project's staff and its requester
    await this.repo.attach(em, e.requestId, e.photoIds ?? []);
    return Object.assign(new RequestEvent(), row, { id });
  }

  private async notifyOwner(
    em: EntityManager,
    requestId: number,
    personId: number,
    template: 'accepted' | 'dispatched' | 'finished',
    code: string,
    categoryName: string,
    phrase: string,
    at: Date,
    timeZone: string,
  ): Promise<void> {
    await this.sla.enqueue(em, `req:${requestId}:${template}:${at.getTime()}`, 'wechat', {
      personId,
      template,
      page: `pkg-repair/detail/index?id=${requestId}`,
      data: {
        character_string1: { value: code },
        thing2: { value: categoryName.slice(0, 20) },
        phrase3: { value: phrase.slice(0, 5) },
        time4: { value: formatLocal(at, timeZone) },
      },
    });
  }
}
