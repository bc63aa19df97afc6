import { Inject, Injectable } from '@nestjs/common';
import {
  ENQUIRY_ACTIONS,
  ENQUIRY_EVENT_LABELS,
  ENQUIRY_OWNER_EVENT_LABELS,
  ENQUIRY_OWNER_STATUS_LABELS,
  ENQUIRY_STATUS_LABELS,
  ENQUIRY_TYPE_LABELS,
  can,
  enquiryMayTake,
  localDayStart,
  maskPhone,
  type EnquiryStatus,
  type EnquiryType,
} from '@wy/shared';
import type { Principal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import { Clock } from '../../infra/clock.js';
import { PiiCipher } from '../../infra/pii.js';
import { SlaService } from '../sla/sla.service.js';
import { StaffLookup } from '../staff/staff-lookup.service.js';
import { ENQUIRY_ACTION_DEFS } from './actions/index.js';
import type {
  EnquiryDetailDto,
  EnquiryPageDto,
  EnquiryQuery,
  EnquiryRateDto,
  EnquirySummaryDto,
  MyEnquiryDto,
} from './enquiries.dto.js';
import { EnquiriesRepository } from './enquiries.repository.js';
import type { Enquiry } from './entities.js';
import { EnquiryMoves } from './moves.service.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const pct = (n: number, of: number) => (of ? Math.round((n * 1000) / of) / 10 : null);

/** The queues, a record's detail for the desk, the monthly reply rates, and the customer's own view. */
@Injectable()
export class EnquiryReader {
  constructor(
    @Inject(EnquiriesRepository) private readonly repo: EnquiriesRepository,
    @Inject(EnquiryMoves) private readonly moves: EnquiryMoves,
    @Inject(StaffLookup) private readonly staff: StaffLookup,
    @Inject(SlaService) private readonly sla: SlaService,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async list(p: Principal, q: EnquiryQuery): Promise<EnquiryPageDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    const now = this.clock.now();
    const page = await this.repo.page({ ...q, overdueAt: q.overdue ? now : undefined });
    return { items: page.rows.map((e) => this.summary(e, now)), nextCursor: page.nextCursor };
  }

  private summary(e: Enquiry, now: Date): EnquirySummaryDto {
    const forwardLate = !!e.forwardDueAt && (e.forwardedAt ?? now) > e.forwardDueAt;
    return {
      id: e.id,
      projectId: e.projectId,
      type: e.type,
      status: e.status,
      statusLabel: ENQUIRY_STATUS_LABELS[e.status as EnquiryStatus] ?? e.status,
      channel: e.channel,
      name: e.name,
      content: e.content,
      replyWay: e.replyWay,
      receivedAt: e.receivedAt.toISOString(),
      agreedReplyAt: e.agreedReplyAt.toISOString(),
      forwardDueAt: iso(e.forwardDueAt),
      repliedAt: iso(e.repliedAt),
      forwardLate,
      replyLate: (e.repliedAt ?? now) > e.agreedReplyAt,
      aboutDeveloper: e.aboutDeveloper,
      adopted: e.adopted,
    };
  }

  async detail(p: Principal, id: number): Promise<EnquiryDetailDto> {
    const s = asStaff(p);
    const e = await this.moves.load(s, id);
    const [events, names] = await Promise.all([
      this.repo.events(e.id),
      this.staff.names(e.handlerStaffId ? [e.handlerStaffId] : []),
    ]);
    return {
      ...this.summary(e, this.clock.now()),
      roomId: e.roomId,
      phoneMasked: maskPhone(this.pii.decrypt(e.phoneEnc)),
      email: this.pii.decrypt(e.emailEnc) ?? null,
      laterAgreed: e.laterAgreed,
      forwardedAt: iso(e.forwardedAt),
      handlerStaffId: e.handlerStaffId,
      handlerName: e.handlerStaffId ? (names.get(e.handlerStaffId) ?? null) : null,
      consultedAt: iso(e.consultedAt),
      developerAskedAt: iso(e.developerAskedAt),
      developerLetter: e.developerLetter,
      repliedVia: e.repliedVia,
      replyText: e.replyText,
      outcome: e.outcome,
      referTo: e.referTo,
      notAdoptedReason: e.notAdoptedReason,
      faqEntryId: e.faqEntryId,
      thankedAt: iso(e.thankedAt),
      events: events.map((x) => ({
        at: x.at.toISOString(),
        actorName: x.actorName,
        action: x.action,
        label: ENQUIRY_EVENT_LABELS[x.action] ?? x.action,
        note: x.note,
        audience: x.audience,
      })),
      allowedActions: ENQUIRY_ACTIONS.filter(
        (a) =>
          enquiryMayTake(e.type as EnquiryType, e.status as EnquiryStatus, a) &&
          can(s.roles, ENQUIRY_ACTION_DEFS[a].perm) &&
          (a !== 'thank' || (!!e.adopted && !e.thankedAt)) &&
          (a !== 'ask_developer' || (e.aboutDeveloper && !e.developerAskedAt)),
      ),
    };
  }

  /** R-SUG-04 R-INQ-01 a month's reply rates (target 100%), per type, counted in SQL. */
  async stats(p: Principal, projectId: number, month: string): Promise<EnquiryRateDto[]> {
    ensureProjectInScope(p, projectId, '项目');
    const { calendar } = await this.sla.settings(projectId);
    const [y, m] = month.split('-').map(Number) as [number, number];
    const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    const rows = await this.repo.stats(
      projectId,
      localDayStart(`${month}-01`, calendar.timeZone),
      localDayStart(`${next}-01`, calendar.timeZone),
    );
    return (['suggestion', 'inquiry'] as const).map((type) => {
      const r = rows.find((x) => x.type === type) ?? { type, received: 0, replied: 0, inTime: 0, forwardedInTime: 0, adopted: 0 };
      return { ...r, replyRate: pct(r.replied, r.received), timelyRate: pct(r.inTime, r.received) };
    });
  }

  // ---------- the customer ----------
  async mine(p: Principal): Promise<MyEnquiryDto[]> {
    return (await this.repo.ofPerson(p.id)).map((e) => this.ownerView(e, []));
  }
  async myDetail(p: Principal, id: number): Promise<MyEnquiryDto> {
    const e = await this.moves.load(p, id);
    return this.ownerView(e, await this.repo.events(e.id, 'owner'));
  }
  private ownerView(e: Enquiry, events: Awaited<ReturnType<EnquiriesRepository['events']>>): MyEnquiryDto {
    return {
      id: e.id,
      type: e.type,
      typeLabel: ENQUIRY_TYPE_LABELS[e.type as EnquiryType] ?? e.type,
      statusLabel: ENQUIRY_OWNER_STATUS_LABELS[e.status as EnquiryStatus] ?? '处理中',
      content: e.content,
      receivedAt: e.receivedAt.toISOString(),
      agreedReplyAt: e.agreedReplyAt.toISOString(),
      replyText: e.replyText,
      events: events
        .filter((x) => x.audience === 'owner')
        .map((x) => ({ at: x.at.toISOString(), label: ENQUIRY_OWNER_EVENT_LABELS[x.action] ?? '处理进展', note: x.ownerNote })),
    };
  }
}
