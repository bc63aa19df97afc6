import { Inject, Injectable } from '@nestjs/common';
import {
  complaintCode,
  JOINT_COMPLAINT_MIN,
  OPEN_COMPLAINT_STATUSES,
  parseComplaintCode,
  projectScope,
  type ComplaintStatus,
} from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import type { Principal, StaffPrincipal } from '../../common/principal.js';
import { asStaff } from '../../common/scope.js';
import { isUniqueViolation } from '../../database/errors.js';
import { EventBus } from '../../events/event-bus.js';
import type { EventActor } from '../../events/events.js';
import { Clock } from '../../infra/clock.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import { ComplaintAccess } from './access.js';
import type { AddPartyDto, ComplaintDetailDto, JoinComplaintDto, MyComplaintDto } from './complaints.dto.js';
import { ComplaintsRepository } from './complaints.repository.js';
import type { Complaint } from './entities.js';
import { ComplaintMoves } from './moves.service.js';
import { ComplaintReader } from './reading.service.js';
import { ComplaintTimeline } from './timeline.js';

/** Who raises a joint complaint to class A (the rule, not a person). */
const SYSTEM: StaffPrincipal = {
  kind: 'staff',
  id: 0,
  sessionId: 'system',
  name: '系统',
  username: 'system',
  roles: ['head_office'],
  scope: projectScope(['head_office'], []),
};

/**
 * Joint complaints (联名投诉, R-CMP-14): neighbours join an open complaint with its join code in the
 * mini-program, or the desk records a co-complainant. At three people it is class A (R-CMP-03) — a
 * graded one is re-graded to A at once (serial kept, the manager told) — and it is escalated in
 * writing to the company's complaint department the same day (head office is told at once).
 */
@Injectable()
export class ComplaintJoint {
  constructor(
    @Inject(ComplaintsRepository) private readonly repo: ComplaintsRepository,
    @Inject(ComplaintAccess) private readonly access: ComplaintAccess,
    @Inject(ComplaintTimeline) private readonly timeline: ComplaintTimeline,
    @Inject(ComplaintMoves) private readonly moves: ComplaintMoves,
    @Inject(ComplaintReader) private readonly reader: ComplaintReader,
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async joinByOwner(p: Principal, b: JoinComplaintDto): Promise<MyComplaintDto> {
    const binding = await this.people.approvedBinding(p.id, b.roomId);
    if (!binding) throw notFound('房屋');
    const c = await this.repo.byJoinCode(b.joinCode.toUpperCase());
    if (!c || c.projectId !== binding.projectId) throw notFound('联名码对应的投诉');
    if (c.complainantPersonId === p.id) throw new AppError('CONFLICT', '这是您本人提交的投诉');
    const person = await this.people.personById(p.id);
    await this.add(c, { personId: p.id, roomId: b.roomId, name: person?.name ?? p.name, via: 'miniapp' }, p);
    return this.reader.myDetail(p, c.id);
  }

  async addAtDesk(p: Principal, id: number, b: AddPartyDto): Promise<ComplaintDetailDto> {
    const s = asStaff(p);
    const c = await this.access.load(s, id);
    if (b.personId && !(await this.people.isBoundInProject(b.personId, c.projectId, b.roomId)))
      throw badRequest('联名人不是本项目已绑定的住户');
    if (b.personId && b.personId === c.complainantPersonId) throw new AppError('CONFLICT', '联名人就是投诉人本人');
    await this.add(c, { personId: b.personId ?? null, roomId: b.roomId ?? null, name: b.name, via: 'desk' }, s);
    return this.reader.detail(s, id);
  }

  private async add(
    c: Complaint,
    party: { personId: number | null; roomId: number | null; name: string; via: string },
    p: Principal,
  ): Promise<void> {
    if (!(OPEN_COMPLAINT_STATUSES as readonly string[]).includes(c.status as ComplaintStatus))
      throw new AppError('CONFLICT', '该投诉已结束，不能再联名');
    const now = this.clock.now();
    const actor: EventActor = { kind: p.kind, id: p.id, name: p.name };
    const count = c.jointCount + 1;
    const reaches = count >= JOINT_COMPLAINT_MIN && !c.companyReportedAt;
    // the code it is reported under: class A (a graded one is re-graded right after, its serial kept)
    const parsed = c.code ? parseComplaintCode(c.code) : null;
    const codeA = parsed ? complaintCode(parsed.projectCode, 'A', parsed.category, parsed.serial) : null;
    await this.repo.transaction(async (em) => {
      try {
        await this.repo.insertParty(em, { complaintId: c.id, projectId: c.projectId, ...party, joinedAt: now });
      } catch (e) {
        if (isUniqueViolation(e)) throw new AppError('CONFLICT', '已经联名过了');
        throw e;
      }
      const patch: Partial<Complaint> = { jointCount: count, updatedAt: now, ...(reaches ? { companyReportedAt: now } : {}) };
      if (!(await this.repo.move(em, c, patch))) throw new AppError('CONFLICT', '投诉刚被其他人处理过，请重试');
      const base = { complaintId: c.id, projectId: c.projectId, actor, at: now, from: c.status, to: c.status };
      await this.timeline.write(em, { ...base, action: 'join', note: `${party.name}加入联名（共 ${count} 人）` });
      if (reaches) {
        const report = `联名投诉（${count} 人）${codeA ?? ''}：${c.problem}。已于当天书面上报公司投诉管理部门。`;
        await this.timeline.write(em, {
          ...base,
          action: 'joint',
          note: report,
          ownerNote: '这件投诉已作为联名投诉上报公司，我们会加快处理并答复您',
        });
        await this.events.publish(em, 'complaint.joint_escalated', {
          complaintId: c.id,
          projectId: c.projectId,
          code: codeA,
          count,
          report,
          at: now,
        });
      }
    });
    // a graded complaint becomes class A at once (the serial stays, the manager is told); an ungraded one is graded A at its review
    if (count >= JOINT_COMPLAINT_MIN && c.code && c.importance !== 'A') {
      const fresh = (await this.repo.byId(c.id))!;
      const { ctx, out } = await this.moves.prepare(SYSTEM, fresh, 'regrade', {
        importance: 'A',
        reason: `联名投诉达 ${count} 人`,
      });
      await this.moves.commit(ctx, 'regrade', out);
    }
  }
}
