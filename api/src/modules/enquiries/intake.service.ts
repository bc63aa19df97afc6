import { Inject, Injectable } from '@nestjs/common';
import {
  dueAt,
  formatLocal,
  INQUIRY_REPLY,
  SUGGESTION_FORWARD,
  SUGGESTION_REPLY,
  type EnquiryType,
  type ReplyWay,
} from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import { EventBus } from '../../events/event-bus.js';
import { Clock } from '../../infra/clock.js';
import { PiiCipher } from '../../infra/pii.js';
import { OrgLookup } from '../org/org-lookup.service.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import { SlaService } from '../sla/sla.service.js';
import { replyOutcome } from './actions/reply.js';
import type { CreateEnquiryDto, MyCreateEnquiryDto } from './enquiries.dto.js';
import { EnquiriesRepository } from './enquiries.repository.js';
import { Enquiry } from './entities.js';
import { EnquiryMoves } from './moves.service.js';
import { EnquiryTimeline } from './timeline.js';

/**
 * Intake of a suggestion (R-SUG-01/02) or an inquiry (R-INQ-01/02): who, what, the way they want
 * the answer (R-SUG-05) and the reply time agreed with them. A suggestion's agreed time is at most
 * 3 days unless the customer agreed to later (recorded), and it is owed to its handler within 2
 * hours; an inquiry is answered at once (from the FAQ with one click, R-FAQ-03) or gets a reply time.
 */
@Injectable()
export class EnquiryIntake {
  constructor(
    @Inject(EnquiriesRepository) private readonly repo: EnquiriesRepository,
    @Inject(EnquiryTimeline) private readonly timeline: EnquiryTimeline,
    @Inject(EnquiryMoves) private readonly moves: EnquiryMoves,
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(SlaService) private readonly sla: SlaService,
    @Inject(OrgLookup) private readonly org: OrgLookup,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async createByStaff(p: Principal, b: CreateEnquiryDto): Promise<number> {
    const s = asStaff(p);
    ensureProjectInScope(s, b.projectId, '项目');
    if (b.roomId) {
      const room = await this.org.room(b.roomId);
      if (!room || room.projectId !== b.projectId) throw notFound('房屋');
    }
    if (b.personId && !(await this.people.isBoundInProject(b.personId, b.projectId, b.roomId)))
      throw badRequest('客户不是该房屋/项目已绑定的住户');
    if (b.replyWay === 'email' && !b.email) throw badRequest('客户要求电子邮件答复，请填写电子邮箱');
    if (b.replyWay === 'phone' && !b.phone) throw badRequest('客户要求电话答复，请填写联系电话');
    if (b.replyWay === 'miniapp' && !b.personId) throw badRequest('小程序答复只适用于已绑定房屋的住户');
    const now = this.clock.now();
    const receivedAt = b.receivedAt ? new Date(b.receivedAt) : now;
    if (receivedAt > now) throw badRequest('收到时间不能晚于现在');
    const { calendar } = await this.sla.settings(b.projectId);
    const due = (d: typeof SUGGESTION_REPLY) => dueAt(receivedAt, d, calendar);
    const answeredAtOnce = b.type === 'inquiry' && !!(b.answer?.trim() || b.faqEntryId);
    let agreed = b.agreedReplyAt ? new Date(b.agreedReplyAt) : null;
    if (agreed && agreed <= receivedAt) throw badRequest('约定的答复时间必须晚于收到时间');
    if (b.type === 'suggestion') {
      if (b.answer || b.faqEntryId) throw badRequest('建议须转交处理人后再答复');
      // R-SUG-02 at most 3 days unless the customer agreed to later
      if (agreed && agreed > due(SUGGESTION_REPLY) && !b.laterAgreed)
        throw badRequest('约定的答复时间超过3天，须经客户同意并记录');
      agreed ??= due(SUGGESTION_REPLY);
    } else if (!answeredAtOnce) {
      // R-INQ-01 answered at once, or a reply time agreed
      if (!agreed) throw badRequest('不能当场答复的咨询，请与客户约定答复时间');
    } else {
      if (b.aboutDeveloper) throw new AppError('CONFLICT', '涉及建设单位的咨询，须先书面询问建设单位后再答复');
      agreed = now;
    }
    const row = this.row(s, {
      projectId: b.projectId,
      type: b.type,
      channel: b.channel,
      roomId: b.roomId ?? null,
      personId: b.personId ?? null,
      name: b.name,
      phone: b.phone ?? null,
      email: b.email ?? null,
      content: b.content,
      replyWay: b.replyWay,
      receivedAt,
      agreedReplyAt: agreed,
      laterAgreed: b.type === 'suggestion' && !!b.laterAgreed,
      forwardDueAt: b.type === 'suggestion' ? due(SUGGESTION_FORWARD) : null,
      aboutDeveloper: b.type === 'inquiry' && !!b.aboutDeveloper,
      now,
    });
    // the answer given at once is checked before anything is written
    const draft = Object.assign(new Enquiry(), row, { id: 0 });
    const answer = answeredAtOnce
      ? await replyOutcome({ e: draft, input: { note: b.answer, faqEntryId: b.faqEntryId }, now, tools: this.moves.tools })
      : null;
    return this.file(
      s,
      answer ? { ...row, ...answer.patch, status: 'replied' } : row,
      calendar.timeZone,
      answer?.note,
      answer?.ownerNote,
    );
  }

  async createByOwner(p: Principal, b: MyCreateEnquiryDto): Promise<number> {
    const binding = await this.people.approvedBinding(p.id, b.roomId);
    if (!binding) throw notFound('房屋');
    const person = await this.people.personById(p.id);
    const now = this.clock.now();
    const { calendar } = await this.sla.settings(binding.projectId);
    const type = b.type as EnquiryType;
    const row = this.row(p, {
      projectId: binding.projectId,
      type,
      channel: 'miniapp',
      roomId: b.roomId,
      personId: p.id,
      name: person?.name ?? p.name,
      phone: this.pii.decrypt(person?.phoneEnc) ?? null,
      email: null,
      content: b.content,
      replyWay: b.replyWay ?? 'miniapp',
      receivedAt: now,
      agreedReplyAt: dueAt(now, type === 'suggestion' ? SUGGESTION_REPLY : INQUIRY_REPLY, calendar),
      laterAgreed: false,
      forwardDueAt: type === 'suggestion' ? dueAt(now, SUGGESTION_FORWARD, calendar) : null,
      aboutDeveloper: false,
      now,
    });
    return this.file(p, row, calendar.timeZone);
  }

  private row(
    p: Principal,
    d: {
      projectId: number;
      type: EnquiryType;
      channel: string;
      roomId: number | null;
      personId: number | null;
      name: string;
      phone: string | null;
      email: string | null;
      content: string;
      replyWay: ReplyWay;
      receivedAt: Date;
      agreedReplyAt: Date;
      laterAgreed: boolean;
      forwardDueAt: Date | null;
      aboutDeveloper: boolean;
      now: Date;
    },
  ): Omit<Enquiry, 'id'> {
    return {
      projectId: d.projectId,
      type: d.type,
      status: 'received',
      channel: d.channel,
      roomId: d.roomId,
      personId: d.personId,
      name: d.name,
      phoneEnc: this.pii.encrypt(d.phone),
      emailEnc: this.pii.encrypt(d.email),
      content: d.content,
      replyWay: d.replyWay,
      receivedAt: d.receivedAt,
      enteredAt: d.now,
      takerStaffId: p.kind === 'staff' ? p.id : null,
      agreedReplyAt: d.agreedReplyAt,
      laterAgreed: d.laterAgreed,
      forwardDueAt: d.forwardDueAt,
      forwardedAt: null,
      handlerStaffId: null,
      consultedAt: null,
      aboutDeveloper: d.aboutDeveloper,
      developerAskedAt: null,
      developerLetter: null,
      repliedAt: null,
      repliedVia: null,
      replyText: null,
      outcome: null,
      referTo: null,
      adopted: null,
      notAdoptedReason: null,
      faqEntryId: null,
      thankedAt: null,
      version: 0,
      updatedAt: d.now,
    };
  }

  /** Files it: the row, the intake step (the customer is told the reply time), the answer given at once. */
  private file(
    p: Principal,
    row: Omit<Enquiry, 'id'>,
    timeZone: string,
    replyNote?: string | null,
    replyOwnerNote?: string | null,
  ) {
    const actor = { kind: p.kind, id: p.id, name: p.name };
    const now = row.enteredAt;
    return this.repo.transaction(async (em) => {
      const id = await this.repo.insert(em, row);
      const what = row.type === 'suggestion' ? '建议' : '咨询';
      const answered = row.status === 'replied';
      await this.timeline.write(em, {
        enquiryId: id,
        projectId: row.projectId,
        actor,
        action: 'intake',
        at: now,
        note: `${row.name}：${row.content}`,
        ownerNote: answered
          ? `已收到您的${what}`
          : `已收到您的${what}，我们将于 ${formatLocal(row.agreedReplyAt, timeZone)} 前答复您`,
      });
      if (answered) {
        await this.timeline.write(em, {
          enquiryId: id,
          projectId: row.projectId,
          actor,
          action: 'reply',
          at: now,
          note: replyNote,
          ownerNote: replyOwnerNote,
        });
        await this.moves.publishReplied(em, { ...row, id } as Enquiry, now);
      }
      await this.events.publish(em, 'enquiry.filed', {
        enquiryId: id,
        projectId: row.projectId,
        type: row.type,
        byOwner: p.kind === 'owner',
        content: row.content,
        at: now,
      });
      return id;
    });
  }
}
