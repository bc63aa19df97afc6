import { Inject, Injectable } from '@nestjs/common';
import {
  can,
  ENQUIRY_ACTIONS,
  ENQUIRY_ACTION_LABELS,
  ENQUIRY_STATUS_LABELS,
  ENQUIRY_MACHINE,
  enquiryMayTake,
  type EnquiryAction,
  type EnquiryStatus,
  type EnquiryType,
} from '@wy/shared';
import { AppError, badRequest } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import { EventBus } from '../../events/event-bus.js';
import { Clock } from '../../infra/clock.js';
import { FaqLookup } from '../faq/faq-lookup.service.js';
import { SlaService } from '../sla/sla.service.js';
import { StaffLookup } from '../staff/staff-lookup.service.js';
import type { EnquiryContext, EnquiryOutcome, EnquiryTools } from './actions/action.js';
import { ENQUIRY_ACTION_DEFS } from './actions/index.js';
import type { EnquiryActionDto } from './enquiries.dto.js';
import { EnquiriesRepository } from './enquiries.repository.js';
import type { Enquiry } from './entities.js';
import { EnquiryTimeline } from './timeline.js';

/**
 * Runs a step of a suggestion or inquiry (actions/*.ts): load, check the state machine, the
 * permission, let the step check its input and describe the move, then one transaction: the
 * conditional UPDATE on the version (two at once: one wins, the other 409), the timeline, the events.
 */
@Injectable()
export class EnquiryMoves {
  readonly tools: EnquiryTools;
  constructor(
    @Inject(EnquiriesRepository) private readonly repo: EnquiriesRepository,
    @Inject(EnquiryTimeline) private readonly timeline: EnquiryTimeline,
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(SlaService) private readonly sla: SlaService,
    @Inject(StaffLookup) staff: StaffLookup,
    @Inject(FaqLookup) faq: FaqLookup,
  ) {
    this.tools = {
      memberOfProject: (staffId, projectId) => staff.memberOfProject(staffId, projectId),
      faqAnswer: (projectId, entryId) => faq.answer(projectId, entryId),
    };
  }

  async load(p: Principal, id: number): Promise<Enquiry> {
    const e = await this.repo.byId(id);
    if (!e) throw new AppError('NOT_FOUND', '记录不存在');
    if (p.kind === 'owner') {
      if (e.personId !== p.id) throw new AppError('NOT_FOUND', '记录不存在');
    } else ensureProjectInScope(p, e.projectId, '记录');
    return e;
  }

  async act(p: Principal, id: number, name: string, input: EnquiryActionDto): Promise<void> {
    const s = asStaff(p);
    if (!(ENQUIRY_ACTIONS as readonly string[]).includes(name)) throw badRequest(`未知的操作：${name}`);
    const action = name as EnquiryAction;
    const e = await this.load(s, id);
    const label = ENQUIRY_ACTION_LABELS[action];
    if (!enquiryMayTake(e.type as EnquiryType, e.status as EnquiryStatus, action))
      throw new AppError(
        'ENQ_ILLEGAL_TRANSITION',
        `${ENQUIRY_STATUS_LABELS[e.status as EnquiryStatus] ?? e.status}的${e.type === 'suggestion' ? '建议' : '咨询'}不能${label}`,
        { status: e.status, action },
      );
    const def = ENQUIRY_ACTION_DEFS[action];
    if (!can(s.roles, def.perm)) throw new AppError('FORBIDDEN', `您不能执行“${label}”`);
    const { calendar } = await this.sla.settings(e.projectId);
    const ctx: EnquiryContext = { p: s, e, input, now: this.clock.now(), timeZone: calendar.timeZone, tools: this.tools };
    const out = await def.run(ctx);
    await this.commit(ctx, action, out);
  }

  async commit(ctx: EnquiryContext, action: EnquiryAction, out: EnquiryOutcome): Promise<void> {
    const { e, now, p } = ctx;
    const m = ENQUIRY_MACHINE[action];
    const to = out.to ?? (m.to === 'same' ? (e.status as EnquiryStatus) : m.to);
    const actor = { kind: p.kind, id: p.id, name: p.name };
    await this.repo.transaction(async (em) => {
      if (!(await this.repo.move(em, e, { ...out.patch, status: to, updatedAt: now })))
        throw new AppError('CONFLICT', '该记录刚被其他人处理过，请刷新后重试');
      await this.timeline.write(em, {
        enquiryId: e.id,
        projectId: e.projectId,
        actor,
        action,
        at: now,
        note: out.note,
        ownerNote: out.ownerNote,
      });
      if (action === 'reply') await this.publishReplied(em, { ...e, ...out.patch } as Enquiry, now);
      if (out.assignedTo)
        await this.events.publish(em, 'enquiry.forwarded', {
          enquiryId: e.id,
          projectId: e.projectId,
          type: e.type,
          handlerStaffId: out.assignedTo,
          content: e.content,
          at: now,
        });
    });
  }

  /** R-FAQ-03 a reply announced: an inquiry answered in the staff member's own words, or not at all, feeds the FAQ. */
  publishReplied(em: Parameters<EventBus['publish']>[0], e: Enquiry, at: Date) {
    return this.events.publish(em, 'enquiry.replied', {
      enquiryId: e.id,
      projectId: e.projectId,
      type: e.type,
      question: e.content,
      answer: e.replyText,
      outcome: e.outcome,
      faqEntryId: e.faqEntryId,
      at,
    });
  }
}
