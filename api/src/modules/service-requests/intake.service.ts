import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { formatLocal, localDate, maskPhone, OPEN_REPAIR_STATUSES, repairCodePrefix, repairRequiredBy } from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import { nextDailyCode } from '../../common/daily-code.js';
import { isUniqueViolation } from '../../database/errors.js';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import { EventBus } from '../../events/event-bus.js';
import { Clock } from '../../infra/clock.js';
import { PiiCipher } from '../../infra/pii.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import { SlaService, type SlaClockRecord } from '../sla/sla.service.js';
import { UploadService } from '../uploads/uploads.service.js';
import { RequestAccess } from './access.js';
import { ServiceRequest, type RequestEvent } from './entities.js';
import { RequestReader, type DetailParts } from './reading.service.js';
import { requestRef } from './request-ref.js';
import type { CreateRequestDto, LinkReportDto, RequestDetailDto, RequestSummaryDto } from './sr.dto.js';
import { ServiceRequestRepository } from './sr.repository.js';
import { actorOf, TimelineWriter } from './timeline.js';

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
  /** R-REP-01: the desk agrees the visit with the customer (an in-home repair needs its window) */
  needsAppointment?: boolean;
  /** R-SRV-05: the clerk checked that an open request at the same spot is another problem */
  notDuplicate?: boolean;
}

/**
 * The keys an intake claims (RequestIntakeKey): the same problem — project, room or spot, category and
 * description (spacing aside) — in this minute and the next. Two identical intakes less than a minute
 * apart share a key, whatever the minute boundary; more than two minutes apart they never do.
 */
export function intakeKeys(
  d: { projectId: number; roomId?: number | null; location?: string | null; categoryId: number; description: string },
  now: Date,
): string[] {
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const minute = Math.floor(now.getTime() / 60_000);
  return [minute, minute + 1].map((m) =>
    createHash('sha256')
      .update(JSON.stringify([d.projectId, d.roomId ?? null, norm(d.location), d.categoryId, norm(d.description), m]))
      .digest('hex'),
  );
}

/**
 * Intake (R-SRV-01/02/05/06): a request filed by the desk on anyone's behalf or by an owner in
 * the mini-program, with its duty-log line; duplicates found and linked instead of filed twice.
 */
@Injectable()
export class IntakeService {
  constructor(
    @Inject(ServiceRequestRepository) private readonly repo: ServiceRequestRepository,
    @Inject(RequestAccess) private readonly access: RequestAccess,
    @Inject(RequestReader) private readonly reader: RequestReader,
    @Inject(TimelineWriter) private readonly timeline: TimelineWriter,
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(SlaService) private readonly sla: SlaService,
    @Inject(UploadService) private readonly uploads: UploadService,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async createByStaff(p: Principal, dto: CreateRequestDto): Promise<RequestDetailDto> {
    ensureProjectInScope(p, dto.projectId, '项目');
    // the room's label and the requester's key-customer flag read here are the answer's too
    const rooms: Map<number, { label: string; projectId: number }> = dto.roomId
      ? await this.people.roomLabels([dto.roomId])
      : new Map();
    if (dto.roomId && rooms.get(dto.roomId)?.projectId !== dto.projectId) throw notFound('房屋');
    const keyCustomers = new Set<number>();
    if (dto.requesterPersonId) {
      // the requester on whose behalf the desk files must be of this project (of this room when one is given)
      const bound = await this.people.boundInProject(dto.requesterPersonId, dto.projectId, dto.roomId);
      if (!bound) throw badRequest('报修人不是该房屋/项目已绑定的住户');
      if (bound.keyCustomer) keyCustomers.add(dto.requesterPersonId);
    }
    return this.intake(
      p,
      { ...dto, requesterStaffId: dto.channel === 'patrol' ? p.id : null, needsAppointment: true },
      { rooms, keyCustomers },
    );
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
      notDuplicate?: boolean;
    },
  ): Promise<RequestDetailDto> {
    const binding = await this.people.approvedBinding(p.id, dto.roomId);
    if (!binding) throw notFound('房屋');
    const person = await this.people.personById(p.id);
    const keyCustomers = new Set<number>(person?.isKeyCustomer ? [p.id] : []);
    return this.intake(
      p,
      {
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
        notDuplicate: dto.notDuplicate,
      },
      { keyCustomers },
    );
  }

  /** Files a request; answers with what it wrote, so the detail needs (almost) no reading back. */
  private async intake(
    p: Principal,
    d: IntakeInput,
    known: Pick<DetailParts, 'rooms' | 'keyCustomers'>,
  ): Promise<RequestDetailDto> {
    const now = this.clock.now();
    const category = await this.repo.categoryForIntake(d.categoryId);
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
    // R-REP-01: the desk agrees the visit time with the customer when it takes an in-home repair
    if (d.needsAppointment && category.scope === 'in_home' && !aStart)
      throw badRequest(`“${category.name}”是户内维修，请与客户约定上门时间（预约开始和结束）`);
    if (d.photoIds?.length) await this.uploads.checkOwned(p, d.photoIds);
    const settings = await this.sla.settings(d.projectId);
    const scope = category.scope;
    // R-REP-03: public areas are free; an in-home repair is paid, or free under the warranty (an unpaid in-home item)
    const chargeKind = scope === 'public' ? 'free' : category.paid ? 'paid' : 'warranty';
    const urgency = d.urgency as 'emergency' | 'urgent' | 'normal';
    const requiredBy = repairRequiredBy(settings.repair, settings.calendar, urgency, now, aEnd);
    const actor = actorOf(p);
    // R-SRV-05: the same problem already reported and still open is linked to, not filed twice
    const open = await this.repo.duplicates({
      projectId: d.projectId,
      categoryId: category.id,
      roomId: d.roomId ?? undefined,
      location: d.location ?? undefined,
    });
    if (open.length && !d.notDuplicate)
      throw new AppError(
        'SRV_DUPLICATE',
        p.kind === 'owner'
          ? `该问题已有报修正在处理（工单 ${open[0]!.code}），无需重复报修；如是另一个问题，请确认后再提交`
          : `同一位置的“${category.name}”已有未完成的工单 ${open.map((o) => o.code).join('、')}，请关联到该工单，或核实是另一问题后再新建`,
        { duplicates: open.map((o) => ({ id: o.id, code: o.code, status: o.status })) },
      );
    const promisedAt = d.promisedAt ? new Date(d.promisedAt) : requiredBy;

    const written: { request?: ServiceRequest; event?: RequestEvent; clocks?: SlaClockRecord[] } = {};
    // the day's counter row is opened before the transaction: inside it, that would take a second connection
    const codePrefix = repairCodePrefix(settings.projectCode, localDate(now, settings.calendar.timeZone));
    const keys = intakeKeys({ ...d, categoryId: category.id }, now);
    const phoneEnc = this.pii.encrypt(d.requesterPhone ?? null);
    this.reader.storedPhone(phoneEnc, d.requesterPhone ?? null);
    const id = await this.repo
      .transactionTakingCode(codePrefix, async (em) => {
        const row = {
          projectId: d.projectId,
          type: 'repair',
          channel: d.channel,
          roomId: d.roomId ?? null,
          location: d.location ?? null,
          requesterPersonId: d.requesterPersonId ?? null,
          requesterStaffId: d.requesterStaffId ?? null,
          requesterName: d.requesterName,
          requesterPhoneEnc: phoneEnc,
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
          promisedAt,
          requiredBy,
          assigneeStaffId: null,
          assigneeTeam: null,
          inPool: false,
          dispatchedAt: null,
          contactedAt: null,
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
          ownerSatisfaction: null,
          satisfaction: null,
          callbackComment: null,
          cycle: 0,
          version: 0,
          updatedAt: now,
        };
        const code = await nextDailyCode(em, codePrefix);
        const id = await this.repo.insertRequest(em, { ...row, code });
        // the same problem filed twice at once (a double tap, two clerks on one call): the second insert fails here
        await this.repo.claimIntakeKeys(em, keys, id, now);
        written.request = Object.assign(new ServiceRequest(), row, {
          id,
          code,
          orderReturnedAt: null,
          signatureUploadId: null,
          leftAt: null,
          countersignedByStaffId: null,
          countersignedAt: null,
          printedAt: null,
        });
        // R-SRV-06: the customer is told the time by which it will be handled (and it is stored: promisedAt)
        const promise = `预计 ${formatLocal(promisedAt, settings.calendar.timeZone)} 前处理完毕`;
        const note = `${category.name}：${d.description}；${promise}${open.length ? '（已核实非重复报修）' : ''}`;
        written.event = await this.timeline.write(em, {
          requestId: id,
          projectId: d.projectId,
          actor,
          action: 'intake',
          from: null,
          to: 'received',
          at: now,
          note,
          ownerNote: `${category.name}：${d.description}；${promise}`,
          photoIds: d.photoIds,
          data: { promisedAt: promisedAt.toISOString(), ...(open.length ? { notDuplicateOf: open.map((o) => o.id) } : {}) },
        });
        // R-SRV-02: the duty log gets the request at once; entry within 2 h of receipt is a clock met now
        await this.repo.insertDutyEntry(
          {
            projectId: d.projectId,
            at: now,
            staffId: p.kind === 'staff' ? p.id : null,
            staffName: p.name,
            kind: 'request',
            requestId: id,
            content: `受理${code}：${category.name}，${d.requesterName}`,
          },
          em,
        );
        // R-SRV-02 entry (met now), R-REP-04 dispatch and R-REP-13 resolve start; the owner is told; the desk rings
        await this.events.publish(em, 'request.filed', {
          ...requestRef({ ...row, id, code }, category, settings),
          requesterName: d.requesterName,
          byOwner: p.kind === 'owner',
          actor,
          at: now,
          clocks: [
            { op: 'start', kind: 'entry', from: receivedAt, metAt: now },
            { op: 'start', kind: 'dispatch', from: now },
            { op: 'start', kind: 'resolve', from: now, dueAt: requiredBy },
          ],
        });
        written.clocks = this.sla.startedIn(em);
        return id;
      })
      .catch(async (e: unknown) => {
        const first = isUniqueViolation(e) ? await this.repo.intakeKeyOwner(keys) : null;
        if (!first) throw e;
        throw new AppError('SRV_DUPLICATE', `同一问题刚刚已受理（工单 ${first.code ?? first.id}），请勿重复提交`, {
          duplicates: [{ id: first.id, code: first.code, status: first.status }],
        });
      });
    const staff = new Map<number, string>(p.kind === 'staff' ? [[p.id, p.name]] : []);
    return this.reader.detailOf(p, written.request!, {
      events: [written.event!],
      clocks: written.clocks?.length ? written.clocks : await this.sla.clocks(id),
      cat: category,
      extensions: new Map(),
      staff,
      bill: null,
      ...known,
    });
  }

  async duplicates(
    p: Principal,
    q: { projectId: number; categoryId: number; roomId?: number; location?: string },
  ): Promise<RequestSummaryDto[]> {
    ensureProjectInScope(p, q.projectId, '项目');
    if (!q.roomId && !q.location) throw badRequest('请提供房屋或公共部位位置');
    return this.reader.summaries(await this.repo.duplicates(q));
  }

  /** R-SRV-05: a second report of the same problem is linked to the open request, not duplicated. */
  async linkReport(p: Principal, id: number, dto: LinkReportDto): Promise<RequestDetailDto> {
    const req = await this.access.load(p, id);
    if (!(OPEN_REPAIR_STATUSES as readonly string[]).includes(req.status))
      throw new AppError('CONFLICT', '该工单已完成或取消，请新建工单');
    await this.repo.transaction(async (em) => {
      await this.timeline.note(
        em,
        p,
        req,
        'link_report',
        this.clock.now(),
        `重复报修：${dto.requesterName}${dto.requesterPhone ? '（' + maskPhone(dto.requesterPhone) + '）' : ''} 经${dto.channel}${dto.note ? '，' + dto.note : ''}`,
      );
    });
    return this.reader.detail(p, id);
  }
}
