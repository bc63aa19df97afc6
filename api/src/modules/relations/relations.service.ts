import { Inject, Injectable } from '@nestjs/common';
import {
  COMMUNICATION_CHANNEL_LABELS,
  CONTACT_PERIODS,
  KEY_CUSTOMER_KIND_LABELS,
  comingFestival,
  contactDueBy,
  contactState,
  contactStateBounds,
  festivalByKey,
  greetableFestivals,
  localDate,
  maskPhone,
  mayRevealPersonalData,
  quarterRange,
  recordDayProblem,
  type CommunicationChannel,
  type FestivalOccurrence,
  type KeyCustomerKind,
} from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import { Clock } from '../../infra/clock.js';
import { PiiCipher } from '../../infra/pii.js';
import { AuditService } from '../audit/audit.service.js';
import { OrgLookup } from '../org/org-lookup.service.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import type { CommunicationRecord, FestivalGreeting, KeyCustomer } from './entities.js';
import type {
  CommunicationDto,
  CommunicationFormDto,
  CommunicationPageDto,
  CommunicationPrintDto,
  CommunicationQuery,
  CreateKeyCustomerDto,
  FestivalDto,
  GreetDto,
  GreetingBoardDto,
  GreetingDto,
  KeyCustomerDto,
  KeyCustomerFormDto,
  KeyCustomerPageDto,
  KeyCustomerQuery,
  KeyCustomerRevealDto,
} from './relations.dto.js';
import { RelationsRepository } from './relations.repository.js';

const iso = (d: Date) => new Date(d).toISOString();
const channelLabel = (c: string) => COMMUNICATION_CHANNEL_LABELS[c as CommunicationChannel] ?? c;
const kindLabel = (k: string) => KEY_CUSTOMER_KIND_LABELS[k as KeyCustomerKind] ?? k;
const festivalDto = (f: FestivalOccurrence): FestivalDto => ({ key: f.key, label: f.label, date: f.date });

/**
 * 重点客户与沟通记录 (R-RPT-04): the list per project (committee members among it), each person's contact
 * state (shared `contactState`: committee monthly, key customers quarterly, in the project's zone), the
 * communication records and the quarter's printed 沟通记录, and festival greetings (once per person and
 * festival: the unique key) with who is not yet greeted for the coming festival. Every write is audited.
 */
@Injectable()
export class RelationsService {
  constructor(
    @Inject(RelationsRepository) private readonly repo: RelationsRepository,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(OrgLookup) private readonly org: OrgLookup,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  private async today(projectId: number): Promise<string> {
    return localDate(this.clock.now(), await this.org.projectTimezone(projectId));
  }
  private async customerInScope(p: Principal, id: number): Promise<KeyCustomer> {
    const k = await this.repo.customer(id);
    if (!k) throw notFound('重点客户');
    ensureProjectInScope(p, k.projectId, '重点客户');
    return k;
  }
  /** The room, when given, is one of the project's. */
  private async checkRoom(projectId: number, roomId: number | undefined): Promise<void> {
    if (!roomId) return;
    const room = (await this.people.roomLabels([roomId])).get(roomId);
    if (!room || room.projectId !== projectId) throw badRequest('所选房屋不属于本项目');
  }

  // ---- the list ----
  async list(p: Principal, q: KeyCustomerQuery): Promise<KeyCustomerPageDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    const today = await this.today(q.projectId);
    const page = await this.repo.customerPage({ ...q, bounds: contactStateBounds(today) });
    return { items: await this.customerDtos(page.rows, today), nextCursor: page.nextCursor };
  }

  async create(p: Principal, dto: CreateKeyCustomerDto): Promise<KeyCustomerDto> {
    const s = asStaff(p);
    ensureProjectInScope(p, dto.projectId, '项目');
    await this.checkRoom(dto.projectId, dto.roomId);
    const today = await this.today(dto.projectId);
    const now = this.clock.now();
    const id = await this.repo.transaction(async (em) => {
      const id = await this.repo.insertCustomer(em, {
        projectId: dto.projectId,
        kind: dto.kind,
        name: dto.name.trim(),
        roomId: dto.roomId ?? null,
        committeeRole: dto.kind === 'committee' ? dto.committeeRole?.trim() || '委员' : null,
        reason: dto.reason.trim(),
        phoneEnc: this.pii.encrypt(dto.phone?.trim() || null),
        listedOn: today,
        lastContactOn: null,
        dueBy: contactDueBy(dto.kind, null, today),
        createdByName: s.name.slice(0, 50),
        version: 0,
        createdAt: now,
        updatedAt: now,
      });
      await this.audit.record(
        p,
        {
          projectId: dto.projectId,
          entity: 'key_customer',
          entityId: id,
          action: 'create',
          note: `${kindLabel(dto.kind)} ${dto.name.trim()}`,
        },
        em,
      );
      return id;
    });
    return this.detail(p, id);
  }

  async update(p: Principal, id: number, dto: KeyCustomerFormDto): Promise<KeyCustomerDto> {
    const k = await this.customerInScope(p, id);
    await this.checkRoom(k.projectId, dto.roomId);
    const now = this.clock.now();
    await this.repo.transaction(async (em) => {
      const ok = await this.repo.updateCustomer(em, k, {
        kind: dto.kind,
        name: dto.name.trim(),
        roomId: dto.roomId ?? null,
        committeeRole: dto.kind === 'committee' ? dto.committeeRole?.trim() || '委员' : null,
        reason: dto.reason.trim(),
        ...(dto.phone !== undefined ? { phoneEnc: this.pii.encrypt(dto.phone.trim() || null) } : {}),
        dueBy: contactDueBy(dto.kind, k.lastContactOn, k.listedOn),
        updatedAt: now,
      });
      if (!ok) throw new AppError('CONFLICT', '该记录刚被他人修改，请刷新后重试');
      await this.audit.record(
        p,
        { projectId: k.projectId, entity: 'key_customer', entityId: id, action: 'update', from: k.kind, to: dto.kind },
        em,
      );
    });
    return this.detail(p, id);
  }

  async detail(p: Principal, id: number): Promise<KeyCustomerDto> {
    const k = await this.customerInScope(p, id);
    return (await this.customerDtos([k], await this.today(k.projectId)))[0]!;
  }

  /** R-OWN-06 the full contact phone, every view logged. */
  async reveal(p: Principal, id: number): Promise<KeyCustomerRevealDto> {
    const s = asStaff(p);
    if (!mayRevealPersonalData(s.roles)) throw new AppError('FORBIDDEN', '您的角色无权查看完整个人信息');
    const k = await this.customerInScope(p, id);
    await this.audit.record(p, {
      projectId: k.projectId,
      entity: 'key_customer',
      entityId: id,
      action: 'reveal_pii',
      note: '查看完整联系电话',
    });
    return { phone: this.pii.decrypt(k.phoneEnc) };
  }

  private async customerDtos(rows: KeyCustomer[], today: string): Promise<KeyCustomerDto[]> {
    const rooms = await this.people.roomLabels(rows.map((k) => k.roomId).filter((x): x is number => !!x));
    return rows.map((k) => {
      const st = contactState(k.kind as KeyCustomerKind, k.lastContactOn, k.listedOn, today);
      return {
        id: k.id,
        projectId: k.projectId,
        kind: k.kind,
        kindLabel: kindLabel(k.kind),
        name: k.name,
        roomId: k.roomId,
        roomLabel: k.roomId ? (rooms.get(k.roomId)?.label ?? null) : null,
        committeeRole: k.committeeRole,
        reason: k.reason,
        phoneMasked: maskPhone(this.pii.decrypt(k.phoneEnc)),
        listedOn: k.listedOn,
        lastContactOn: k.lastContactOn,
        dueBy: st.dueBy,
        contactState: st.state,
        contactStateLabel: st.label,
        createdAt: iso(k.createdAt),
      };
    });
  }

  // ---- communication records ----
  async communications(p: Principal, q: CommunicationQuery): Promise<CommunicationPageDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    const span = q.quarter ? quarterRange(q.quarter) : null;
    const page = await this.repo.communicationPage({ ...q, from: span?.start, to: span?.end });
    return { items: await this.communicationDtos(page.rows), nextCursor: page.nextCursor };
  }

  async record(p: Principal, dto: CommunicationFormDto): Promise<CommunicationDto> {
    const s = asStaff(p);
    const k = await this.customerInScope(p, dto.keyCustomerId);
    const today = await this.today(k.projectId);
    const bad = recordDayProblem(dto.contactOn, today, '沟通日期');
    if (bad) throw badRequest(bad);
    const now = this.clock.now();
    const id = await this.repo.transaction(async (em) => {
      const id = await this.repo.insertCommunication(em, {
        projectId: k.projectId,
        keyCustomerId: k.id,
        contactOn: dto.contactOn,
        staffName: dto.staffName?.trim() || s.name.slice(0, 50),
        withName: dto.withName?.trim() || k.name,
        channel: dto.channel,
        topic: dto.topic.trim(),
        summary: dto.summary.trim(),
        followUp: dto.followUp?.trim() || null,
        createdByStaffId: s.id,
        createdAt: now,
      });
      await this.repo.contacted(em, k.id, dto.contactOn, contactDueBy(k.kind as KeyCustomerKind, dto.contactOn, k.listedOn));
      await this.audit.record(
        p,
        {
          projectId: k.projectId,
          entity: 'key_customer',
          entityId: k.id,
          action: 'communicate',
          note: `${dto.contactOn} ${dto.topic.trim()}`,
        },
        em,
      );
      return id;
    });
    return (await this.communicationDtos([(await this.repo.communication(id))!]))[0]!;
  }

  /** The printed 沟通记录 of a quarter (A4): every record in date order, and each person's count against what is required. */
  async print(p: Principal, projectId: number, quarter: string): Promise<CommunicationPrintDto> {
    ensureProjectInScope(p, projectId, '项目');
    const span = quarterRange(quarter);
    const [records, people, [project]] = await Promise.all([
      this.repo.communicationsBetween(projectId, span.start, span.end),
      this.repo.allCustomers(projectId),
      this.org.projectsByIds([projectId]),
    ]);
    const counts = new Map<number, number>();
    for (const r of records) counts.set(r.keyCustomerId, (counts.get(r.keyCustomerId) ?? 0) + 1);
    return {
      projectId,
      projectName: project?.name ?? '',
      quarter,
      quarterLabel: span.label,
      from: span.start,
      to: span.end,
      items: await this.communicationDtos(records, people),
      coverage: people
        .filter((k) => k.listedOn <= span.end)
        .map((k) => ({
          keyCustomerId: k.id,
          name: k.name,
          kindLabel: kindLabel(k.kind),
          count: counts.get(k.id) ?? 0,
          required: CONTACT_PERIODS[k.kind as KeyCustomerKind] === 'month' ? 3 : 1,
        })),
    };
  }

  private async communicationDtos(rows: CommunicationRecord[], known: KeyCustomer[] = []): Promise<CommunicationDto[]> {
    const have = new Map(known.map((k) => [k.id, k]));
    const missing = [...new Set(rows.map((r) => r.keyCustomerId))].filter((id) => !have.has(id));
    for (const k of await this.repo.customersByIds(missing)) have.set(k.id, k);
    return rows.map((r) => {
      const k = have.get(r.keyCustomerId);
      return {
        id: r.id,
        keyCustomerId: r.keyCustomerId,
        customerName: k?.name ?? '',
        customerKindLabel: k ? kindLabel(k.kind) : '',
        contactOn: r.contactOn,
        staffName: r.staffName,
        withName: r.withName,
        channel: r.channel,
        channelLabel: channelLabel(r.channel),
        topic: r.topic,
        summary: r.summary,
        followUp: r.followUp,
        createdAt: iso(r.createdAt),
      };
    });
  }

  // ---- festival greetings ----
  /** The greetings of a festival (the coming one by default) and who is not yet greeted. */
  async greetings(p: Principal, projectId: number, key?: string): Promise<GreetingBoardDto> {
    ensureProjectInScope(p, projectId, '项目');
    const today = await this.today(projectId);
    const festival = key ? festivalByKey(key) : comingFestival(today);
    if (!festival) throw badRequest('没有这个节日');
    const [greetings, people] = await Promise.all([
      this.repo.greetingsOf(projectId, festival.key),
      this.repo.allCustomers(projectId),
    ]);
    const greeted = new Set(greetings.map((g) => g.keyCustomerId));
    const byId = new Map(people.map((k) => [k.id, k]));
    return {
      festival: festivalDto(festival),
      festivals: greetableFestivals(today).map(festivalDto),
      greeted: greetings.map((g) => this.greetingDto(g, byId.get(g.keyCustomerId))),
      notGreeted: await this.customerDtos(
        people.filter((k) => !greeted.has(k.id) && k.listedOn <= festival.date),
        today,
      ),
    };
  }

  /** Records a greeting, once per person and festival: a second (or two at once) is refused with 409. */
  async greet(p: Principal, dto: GreetDto): Promise<GreetingDto> {
    const s = asStaff(p);
    const k = await this.customerInScope(p, dto.keyCustomerId);
    const today = await this.today(k.projectId);
    const festival = festivalByKey(dto.festival);
    if (!festival || !greetableFestivals(today).some((f) => f.key === festival.key))
      throw badRequest('只能登记即将到来的节日或近60天内节日的问候');
    const bad = recordDayProblem(dto.greetedOn, today, '问候日期');
    if (bad) throw badRequest(bad);
    const row = {
      projectId: k.projectId,
      keyCustomerId: k.id,
      festival: festival.key,
      greetedOn: dto.greetedOn,
      channel: dto.channel,
      note: dto.note?.trim() || null,
      byName: s.name.slice(0, 50),
      createdAt: this.clock.now(),
    };
    const id = await this.repo.insertGreeting(row, (em, gid) =>
      this.audit.record(
        p,
        {
          projectId: k.projectId,
          entity: 'key_customer',
          entityId: k.id,
          action: 'greet',
          note: `${festival.label}问候（${gid}）`,
        },
        em,
      ),
    );
    if (id === null) throw new AppError('CONFLICT', `已登记过对${k.name}的${festival.label}问候`);
    return this.greetingDto({ ...row, id }, k);
  }

  private greetingDto(g: FestivalGreeting, k: KeyCustomer | undefined): GreetingDto {
    return {
      id: g.id,
      keyCustomerId: g.keyCustomerId,
      customerName: k?.name ?? '',
      kindLabel: k ? kindLabel(k.kind) : '',
      festival: g.festival,
      festivalLabel: festivalByKey(g.festival)?.label ?? g.festival,
      greetedOn: g.greetedOn,
      channel: g.channel,
      channelLabel: channelLabel(g.channel),
      note: g.note,
      byName: g.byName,
    };
  }
}
