import { Inject, Injectable } from '@nestjs/common';
import {
  can,
  COMPLAINT_ACTIONS,
  COMPLAINT_EVENT_LABELS,
  COMPLAINT_MACHINE,
  COMPLAINT_STATUS_LABELS,
  complaintCode,
  type ComplaintAction,
  type ComplaintStatus,
} from '@wy/shared';
import { AppError, badRequest } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { asStaff } from '../../common/scope.js';
import { EventBus } from '../../events/event-bus.js';
import { Clock } from '../../infra/clock.js';
import { BillingService } from '../billing/billing.service.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import { StaffLookup } from '../staff/staff-lookup.service.js';
import { ComplaintAccess } from './access.js';
import type { ComplaintContext, ComplaintOutcome, ComplaintTools } from './actions/action.js';
import { COMPLAINT_ACTION_DEFS } from './actions/index.js';
import { ComplaintClocks } from './clocks.js';
import type { ComplaintActionDto, ComplaintDetailDto } from './complaints.dto.js';
import { ComplaintsRepository } from './complaints.repository.js';
import type { Complaint } from './entities.js';
import { ComplaintReader } from './reading.service.js';
import { ComplaintSettings, type ComplaintProjectSettings } from './settings.js';
import { ComplaintTimeline } from './timeline.js';

/**
 * Runs a step of a complaint (actions/*.ts): load, check the state machine, the permission and
 * the reason, let the step check its input and describe the move, then one transaction: the
 * code's serial (R-CMP-02), the conditional UPDATE on the version (two at once: one wins, the
 * other 409), the clocks, the timeline, the events.
 */
@Injectable()
export class ComplaintMoves {
  readonly tools: ComplaintTools;
  constructor(
    @Inject(ComplaintsRepository) private readonly repo: ComplaintsRepository,
    @Inject(ComplaintAccess) private readonly access: ComplaintAccess,
    @Inject(ComplaintClocks) private readonly clocks: ComplaintClocks,
    @Inject(ComplaintTimeline) private readonly timeline: ComplaintTimeline,
    @Inject(ComplaintReader) private readonly reader: ComplaintReader,
    @Inject(ComplaintSettings) private readonly settings: ComplaintSettings,
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(StaffLookup) staff: StaffLookup,
    @Inject(PeopleLookup) people: PeopleLookup,
    @Inject(BillingService) billing: BillingService,
  ) {
    this.tools = {
      due: () => {
        throw new Error('bound per project');
      },
      memberOfProject: (staffId, projectId) => staff.memberOfProject(staffId, projectId),
      classItem: (id) => repo.classItem(id),
      clocks: (id) => repo.clocks(id),
      identity: async (c) => {
        const binding = c.complainantPersonId && c.roomId ? await people.approvedBinding(c.complainantPersonId, c.roomId) : null;
        const unpaid = c.roomId ? await billing.unpaidOfRoom(c.roomId) : { count: 0, fen: 0 };
        return { relation: binding?.kind ?? null, unpaidFen: unpaid.fen, unpaidCount: unpaid.count };
      },
    };
  }

  async act(p: Principal, id: number, name: string, input: ComplaintActionDto): Promise<ComplaintDetailDto> {
    const s = asStaff(p);
    if (!(COMPLAINT_ACTIONS as readonly string[]).includes(name)) throw badRequest(`未知的操作：${name}`);
    const action = name as ComplaintAction;
    const c = await this.access.load(s, id);
    const { ctx, out } = await this.prepare(s, c, action, input);
    await this.commit(ctx, action, out);
    return this.reader.detail(s, id);
  }

  /** Checks a step and describes it, without writing (the desk's intake checks its review before filing). */
  async prepare(
    p: Principal,
    c: Complaint,
    action: ComplaintAction,
    input: ComplaintActionDto,
    settings?: ComplaintProjectSettings,
  ) {
    const s = asStaff(p);
    const label = COMPLAINT_EVENT_LABELS[action] ?? action;
    const m = COMPLAINT_MACHINE[action];
    const from = c.status as ComplaintStatus;
    if (!m.from.includes(from))
      throw new AppError('CMP_ILLEGAL_TRANSITION', `投诉${COMPLAINT_STATUS_LABELS[from] ?? from}，不能${label}`, {
        status: from,
        action,
      });
    const def = COMPLAINT_ACTION_DEFS[action];
    if (!can(s.roles, def.perm)) throw new AppError('FORBIDDEN', `您不能对投诉执行“${label}”`);
    if (m.needsReason && !input.reason?.trim()) throw badRequest(`${label}需要填写原因`);
    const st = settings ?? (await this.settings.of(c.projectId));
    const ctx: ComplaintContext & { st: ComplaintProjectSettings } = {
      p: s,
      c,
      input,
      now: this.clock.now(),
      sla: st.sla,
      calendar: st.calendar,
      tools: { ...this.tools, due: st.due },
      managerCompensationFen: st.managerCompensationFen,
      st,
    };
    const out = await def.run(ctx);
    return { ctx, out };
  }

  /** The step in one transaction. */
  async commit(ctx: ComplaintContext & { st: ComplaintProjectSettings }, action: ComplaintAction, out: ComplaintOutcome) {
    const { c, now, p, st } = ctx;
    const from = c.status as ComplaintStatus;
    const m = COMPLAINT_MACHINE[action];
    const to = out.to ?? (m.to === 'same' ? from : m.to);
    const actor = { kind: p.kind, id: p.id, name: p.name };
    // the serial counter's row is opened before the transaction (see daily-code.ts)
    if (out.grade && c.serial === null) await this.repo.openSerials(c.projectId);
    await this.repo.transaction(async (em) => {
      const patch: Partial<Complaint> = { ...out.patch, status: to, updatedAt: now };
      let code = c.code;
      if (out.grade) {
        const serial = c.serial ?? (await this.repo.nextSerial(em, c.projectId));
        code = complaintCode(st.projectCode, out.grade.importance, out.grade.category, serial);
        Object.assign(patch, { serial, code, importance: out.grade.importance, category: out.grade.category });
        // R-CMP-02 a re-grading keeps the serial and records the old code
        if (c.code && c.code !== code) patch.codeHistory = [...(c.codeHistory ?? []), c.code];
      }
      if (out.escalate) patch.escalatedAt = now;
      if (!(await this.repo.move(em, c, patch))) throw new AppError('CONFLICT', '投诉刚被其他人处理过，请刷新后重试');
      await this.clocks.apply(em, c, out.patch.cycle ?? c.cycle, out.clocks ?? [], now);
      await this.timeline.write(em, {
        complaintId: c.id,
        projectId: c.projectId,
        actor,
        action: out.event ?? action,
        from,
        to,
        at: now,
        note: out.note,
        ownerNote: out.ownerNote,
        data: { ...(out.data ?? {}), ...(out.grade ? { code } : {}) },
      });
      if (out.escalate && code) {
        await this.timeline.write(em, {
          complaintId: c.id,
          projectId: c.projectId,
          actor,
          action: 'escalate',
          from: to,
          to,
          at: now,
          note: `重大投诉 ${code} 已上报管理处经理`,
        });
        await this.events.publish(em, 'complaint.escalated', {
          complaintId: c.id,
          projectId: c.projectId,
          code,
          problem: c.problem,
          at: now,
        });
      }
      if (out.compensation)
        await this.events.publish(em, 'complaint.compensation_promised', {
          complaintId: c.id,
          projectId: c.projectId,
          code,
          amountFen: out.compensation.amountFen,
          note: out.compensation.note,
          promisedBy: actor,
          promiserRoles: p.roles,
          at: now,
        });
      await this.events.publish(em, 'complaint.moved', {
        complaintId: c.id,
        projectId: c.projectId,
        code,
        action,
        from,
        to,
        actor,
        at: now,
        assignedTo: out.assignedTo ?? null,
      });
    });
  }
}
