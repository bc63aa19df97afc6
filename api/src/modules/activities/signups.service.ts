import { Inject, Injectable } from '@nestjs/common';
import { activityCallbackOrder, activityCallbackQuota, activitySignupProblem } from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { asStaff } from '../../common/scope.js';
import { isUniqueViolation } from '../../database/errors.js';
import { Clock } from '../../infra/clock.js';
import { AuditService } from '../audit/audit.service.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import type { ActivityCallbackDto, MyPollVoteFormDto, MySignupFormDto } from './activities.dto.js';
import { ActivitiesRepository } from './activities.repository.js';
import type { Activity } from './entities.js';
import { ActivityMoves } from './moves.service.js';

/**
 * What owners do with an activity (R-ACT-02): answer its poll once, sign up (a room they hold, a name, how
 * many people) within the places left — taken by one conditional UPDATE, so the last place goes to one of
 * two owners at once — and cancel before it starts. And the desk's callbacks after it (R-ACT-03).
 */
@Injectable()
export class ActivitySignups {
  constructor(
    @Inject(ActivitiesRepository) private readonly repo: ActivitiesRepository,
    @Inject(ActivityMoves) private readonly moves: ActivityMoves,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** The activity as an owner may reach it: of a project where they hold a room, and shown to owners. */
  async ownerActivity(p: Principal, id: number): Promise<Activity> {
    if (p.kind !== 'owner') throw new AppError('FORBIDDEN');
    const a = await this.repo.byId(id);
    const rooms = await this.people.approvedRooms(p.id);
    const shown = a && (a.publishedAt || (a.pollOpenedAt && a.status !== 'cancelled'));
    if (!a || !shown || !rooms.some((r) => r.projectId === a.projectId)) throw notFound('活动');
    return a;
  }

  async vote(p: Principal, id: number, b: MyPollVoteFormDto): Promise<void> {
    const a = await this.ownerActivity(p, id);
    if (!a.pollOpenedAt || a.publishedAt || a.status === 'cancelled') throw new AppError('CONFLICT', '意见征询已结束');
    if (b.option >= (a.pollOptions?.length ?? 0)) throw badRequest('请选择一个选项');
    if (!(await this.repo.insertVote({ activityId: a.id, personId: p.id, choice: b.option, createdAt: this.clock.now() })))
      throw new AppError('CONFLICT', '您已提交过意见，感谢参与');
  }

  async signUp(p: Principal, id: number, b: MySignupFormDto): Promise<void> {
    const a = await this.ownerActivity(p, id);
    const now = this.clock.now();
    const problem = activitySignupProblem(a, now);
    if (problem) throw new AppError('CONFLICT', problem);
    const binding = await this.people.approvedBinding(p.id, b.roomId);
    if (!binding || binding.projectId !== a.projectId) throw badRequest('请选择您在本项目的房屋');
    const name = b.name.trim();
    if (!name) throw badRequest('请填写报名人姓名');
    if (b.people > a.maxPerSignup) throw badRequest(`每户最多报名${a.maxPerSignup}人`);
    await this.repo.transaction(async (em) => {
      const had = await this.repo.signupOf(a.id, p.id, em);
      if (had?.status === 'active') throw new AppError('CONFLICT', '您已报名该活动');
      if (!(await this.repo.takePlaces(em, a.id, b.people, now)))
        throw new AppError('CONFLICT', b.people > 1 ? '名额不足，请减少人数或选择其他活动' : '名额已满');
      const row = { roomId: b.roomId, name, people: b.people, createdAt: now };
      if (had) {
        if (!(await this.repo.reviveSignup(em, had.id, row))) throw new AppError('CONFLICT', '您已报名该活动');
      } else {
        try {
          await this.repo.insertSignup(em, { ...row, activityId: a.id, personId: p.id, status: 'active', cancelledAt: null });
        } catch (e) {
          // the same owner twice at once: the unique key keeps one, and this transaction (places too) rolls back
          if (isUniqueViolation(e)) throw new AppError('CONFLICT', '您已报名该活动');
          throw e;
        }
      }
    });
  }

  async cancel(p: Principal, id: number): Promise<void> {
    const a = await this.ownerActivity(p, id);
    const now = this.clock.now();
    const problem = activitySignupProblem(a, now);
    if (problem) throw new AppError('CONFLICT', problem === '活动已开始，报名已截止' ? '活动已开始，不能取消报名' : problem);
    await this.repo.transaction(async (em) => {
      const s = await this.repo.signupOf(a.id, p.id, em);
      if (!s || s.status !== 'active' || !(await this.repo.cancelSignup(em, s.id, now)))
        throw new AppError('CONFLICT', '您没有报名该活动');
      await this.repo.givePlaces(em, a.id, s.people, now);
    });
  }

  /** R-ACT-03 records one callback of a participant (once per sign-up), after the activity. */
  async callback(p: Principal, id: number, b: ActivityCallbackDto): Promise<void> {
    const s = asStaff(p);
    const a = await this.moves.load(s, id);
    if (
      a.status !== 'finished' &&
      a.status !== 'archived' &&
      !(a.status === 'published' && a.endsAt && this.clock.now() >= a.endsAt)
    )
      throw new AppError('CONFLICT', '活动结束后才能回访');
    if (a.status === 'archived') throw new AppError('CONFLICT', '活动已归档，不能再登记回访');
    const signups = await this.repo.signups(a.id, true);
    if (!signups.some((x) => x.id === b.signupId)) throw badRequest('该报名记录不属于本活动或已取消');
    const now = this.clock.now();
    await this.repo.transaction(async (em) => {
      const ok = await this.repo.insertCallback(em, {
        activityId: a.id,
        signupId: b.signupId,
        satisfied: b.satisfied,
        note: b.note?.trim() || null,
        staffId: s.id,
        staffName: s.name,
        calledAt: now,
      });
      if (!ok) throw new AppError('CONFLICT', '该户已回访');
      await this.audit.record(
        s,
        {
          projectId: a.projectId,
          entity: 'activity',
          entityId: a.id,
          action: 'callback',
          note: `回访报名 ${b.signupId}：${b.satisfied ? '满意' : '不满意'}${b.note?.trim() ? `，${b.note.trim()}` : ''}`,
        },
        em,
      );
    });
  }

  /** R-ACT-03 who to call: every active sign-up in the fair order, the first 10% (rounded up) required. */
  async callbackList(p: Principal, id: number) {
    const s = asStaff(p);
    const a = await this.moves.load(s, id);
    const [signups, calls] = await Promise.all([this.repo.signups(a.id, true), this.repo.callbacks(a.id)]);
    const order = activityCallbackOrder(
      a.id,
      signups.map((x) => x.id),
    );
    const quota = activityCallbackQuota(signups.length);
    return { a, signups, calls, order, quota };
  }
}
