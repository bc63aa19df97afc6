import { Inject, Injectable } from '@nestjs/common';
import {
  ACTIVITY_ACTIONS,
  ACTIVITY_ACTION_LABELS,
  ACTIVITY_EDITABLE,
  ACTIVITY_MACHINE,
  ACTIVITY_POLL_OPTIONS_MIN,
  ACTIVITY_STATUS_LABELS,
  activityMayTake,
  can,
  type ActivityAction,
  type ActivityStatus,
} from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import type { Principal, StaffPrincipal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import { Clock } from '../../infra/clock.js';
import { AuditService } from '../audit/audit.service.js';
import { UploadService } from '../uploads/uploads.service.js';
import { ACTIVITY_ACTION_DEFS } from './actions/index.js';
import type { ActivityActionDto, ActivityDetailsDto } from './activities.dto.js';
import { ActivitiesRepository } from './activities.repository.js';
import type { Activity } from './entities.js';

/**
 * Runs a step of an activity (actions/*.ts): load, check the state machine and the permission, let the
 * step check its input and describe the move, then one transaction: the conditional UPDATE on the version
 * (two at once: one wins, the other 409), the photos kept, the audit record. Also the details' edit.
 */
@Injectable()
export class ActivityMoves {
  constructor(
    @Inject(ActivitiesRepository) private readonly repo: ActivitiesRepository,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(UploadService) private readonly uploads: UploadService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async load(p: StaffPrincipal, id: number): Promise<Activity> {
    const a = await this.repo.byId(id);
    if (!a) throw notFound('活动');
    ensureProjectInScope(p, a.projectId, '活动');
    return a;
  }

  async act(p: Principal, id: number, name: string, input: ActivityActionDto): Promise<void> {
    const s = asStaff(p);
    if (!(ACTIVITY_ACTIONS as readonly string[]).includes(name)) throw badRequest(`未知的操作：${name}`);
    const action = name as ActivityAction;
    const a = await this.load(s, id);
    const label = ACTIVITY_ACTION_LABELS[action];
    const def = ACTIVITY_ACTION_DEFS[action];
    if (!can(s.roles, def.perm)) throw new AppError('FORBIDDEN', `您不能执行“${label}”`);
    const status = a.status as ActivityStatus;
    if (!activityMayTake(status, action))
      throw new AppError('CONFLICT', `${ACTIVITY_STATUS_LABELS[status] ?? status}的活动不能${label}`, { status, action });
    const now = this.clock.now();
    const [signups, callbacks] = await Promise.all([this.repo.activeSignupCount(a.id), this.repo.callbackCounts(a.id)]);
    const out = def.run({ p: s, a, input, now, signups, callbacksMade: callbacks.made });
    if (out.photoIds?.length) await this.uploads.checkOwned(s, out.photoIds);
    const to = ACTIVITY_MACHINE[action].to;
    await this.repo.transaction(async (em) => {
      if (!(await this.repo.move(em, a, { ...out.patch, status: to, updatedAt: now })))
        throw new AppError('CONFLICT', '该活动刚被其他人处理过，请刷新后重试');
      if (out.photoIds?.length) {
        await this.repo.addPhotos(em, a.id, out.photoIds);
        await this.uploads.markAttached(em, out.photoIds);
      }
      await this.audit.record(
        s,
        { projectId: a.projectId, entity: 'activity', entityId: a.id, action, from: a.status, to, note: out.note },
        em,
      );
    });
  }

  /** The details owners read and the checks before publication: edited until it is published. */
  async edit(p: Principal, id: number, b: ActivityDetailsDto): Promise<void> {
    const s = asStaff(p);
    if (!can(s.roles, 'activity.manage')) throw new AppError('FORBIDDEN', '您不能修改活动');
    const a = await this.load(s, id);
    if (!ACTIVITY_EDITABLE.includes(a.status as ActivityStatus))
      throw new AppError('CONFLICT', `${ACTIVITY_STATUS_LABELS[a.status as ActivityStatus] ?? a.status}的活动不能再修改`);
    if (!b.plannedMonth.startsWith(String(a.year))) throw badRequest(`计划月份须在${a.year}年内`);
    const startsAt = b.startsAt ? new Date(b.startsAt) : null;
    const endsAt = b.endsAt ? new Date(b.endsAt) : null;
    if (!startsAt !== !endsAt) throw badRequest('请同时填写开始时间和结束时间');
    if (startsAt && endsAt && endsAt <= startsAt) throw badRequest('结束时间须晚于开始时间');
    const now = this.clock.now();
    if (startsAt && startsAt <= now) throw badRequest('开始时间已过，请重新选择');
    const question = b.pollQuestion?.trim() || null;
    const options = (b.pollOptions ?? []).map((x) => x.trim()).filter(Boolean);
    if (question && options.length < ACTIVITY_POLL_OPTIONS_MIN) throw badRequest('意见征询至少需要2个选项');
    if (!question && options.length) throw badRequest('请填写征询问题');
    if (new Set(options).size !== options.length) throw badRequest('征询选项不能重复');
    // the poll opens once (owners answer it); its question and options stay as they were answered
    const pollOpen = !!a.pollOpenedAt;
    if (pollOpen && (question !== a.pollQuestion || JSON.stringify(options) !== JSON.stringify(a.pollOptions ?? [])))
      throw new AppError('CONFLICT', '意见征询已开启，问题和选项不能再修改');
    if (b.openPoll && !question) throw badRequest('开启意见征询前请填写问题和选项');
    if (a.budgetApprovedFen !== null && b.budgetFen !== a.budgetFen)
      throw new AppError('CONFLICT', '预算已经财务批准，不能再修改计划预算');
    const patch: Partial<Activity> = {
      theme: b.theme.trim(),
      purpose: b.purpose.trim(),
      plannedMonth: b.plannedMonth,
      budgetFen: b.budgetFen,
      description: b.description?.trim() || null,
      startsAt,
      endsAt,
      place: b.place?.trim() || null,
      capacity: b.capacity ?? null,
      maxPerSignup: b.maxPerSignup ?? a.maxPerSignup,
      safetyMeasures: b.safetyMeasures?.trim() || null,
      pollQuestion: question,
      pollOptions: options.length ? options : null,
      pollOpenedAt: a.pollOpenedAt ?? (b.openPoll ? now : null),
      updatedAt: now,
    };
    if (!patch.theme) throw badRequest('请填写活动主题');
    if (!patch.purpose) throw badRequest('请填写活动目的');
    await this.repo.transaction(async (em) => {
      if (!(await this.repo.move(em, a, patch))) throw new AppError('CONFLICT', '该活动刚被其他人修改过，请刷新后重试');
      await this.audit.record(
        s,
        {
          projectId: a.projectId,
          entity: 'activity',
          entityId: a.id,
          action: 'update',
          note: !a.pollOpenedAt && patch.pollOpenedAt ? '修改详情并开启意见征询' : '修改详情',
        },
        em,
      );
    });
  }

  /** The steps this staff member may take now (the console's buttons). */
  allowed(p: StaffPrincipal, a: Activity): ActivityAction[] {
    return ACTIVITY_ACTIONS.filter(
      (x) => activityMayTake(a.status as ActivityStatus, x) && can(p.roles, ACTIVITY_ACTION_DEFS[x].perm),
    );
  }
}
