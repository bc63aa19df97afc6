import { Inject, Injectable } from '@nestjs/common';
import { activityPlanWindow, can, localDate } from '@wy/shared';
import { AppError, badRequest } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import { Clock } from '../../infra/clock.js';
import { AuditService } from '../audit/audit.service.js';
import { OrgLookup } from '../org/org-lookup.service.js';
import type { FinalizePlanDto, PlanActivityDto } from './activities.dto.js';
import { ActivitiesRepository } from './activities.repository.js';

/**
 * R-ACT-01 the annual plan: each December the desk plans next year's activities (theme, purpose, month,
 * budget) and the manager finalises it (定稿). A plan is not started before December of the year before;
 * an activity added after 定稿 is kept as 计划外.
 */
@Injectable()
export class ActivityPlanning {
  constructor(
    @Inject(ActivitiesRepository) private readonly repo: ActivitiesRepository,
    @Inject(OrgLookup) private readonly org: OrgLookup,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** Today's local date in the project's zone. */
  async today(projectId: number, now: Date): Promise<{ today: string; timeZone: string }> {
    const timeZone = await this.org.projectTimezone(projectId);
    return { today: localDate(now, timeZone), timeZone };
  }

  async add(p: Principal, b: PlanActivityDto): Promise<number> {
    const s = asStaff(p);
    ensureProjectInScope(s, b.projectId, '项目');
    if (!can(s.roles, 'activity.manage')) throw new AppError('FORBIDDEN', '您不能编制活动计划');
    const now = this.clock.now();
    const { today } = await this.today(b.projectId, now);
    if (activityPlanWindow(b.year, today, false) === 'early')
      throw new AppError('CONFLICT', `${b.year}年度活动计划须在${b.year - 1}年12月起编制`);
    if (+today.slice(0, 4) > b.year) throw new AppError('CONFLICT', `${b.year}年已结束，不能再增加该年度的活动`);
    if (!b.plannedMonth.startsWith(`${b.year}-`)) throw badRequest(`计划月份须在${b.year}年内`);
    const theme = b.theme.trim();
    const purpose = b.purpose.trim();
    if (!theme) throw badRequest('请填写活动主题');
    if (!purpose) throw badRequest('请填写活动目的');
    return this.repo.transaction(async (em) => {
      const plan = await this.repo.ensurePlan(em, b.projectId, b.year, now);
      const id = await this.repo.insert(em, {
        projectId: b.projectId,
        planId: plan.id,
        year: b.year,
        extra: !!plan.finalizedAt,
        theme,
        purpose,
        plannedMonth: b.plannedMonth,
        budgetFen: b.budgetFen,
        status: 'planned',
        description: null,
        startsAt: null,
        endsAt: null,
        place: null,
        capacity: null,
        maxPerSignup: 4,
        signedPeople: 0,
        safetyMeasures: null,
        pollQuestion: null,
        pollOptions: null,
        pollOpenedAt: null,
        budgetRequestedFen: null,
        budgetNote: null,
        budgetApprovedFen: null,
        budgetApprovedByName: null,
        budgetApprovedAt: null,
        budgetRejectReason: null,
        publishedAt: null,
        publishedByName: null,
        summary: null,
        finishedAt: null,
        archivedAt: null,
        archivedByName: null,
        cancelReason: null,
        createdByStaffId: s.id,
        createdByName: s.name,
        version: 0,
        createdAt: now,
        updatedAt: now,
      });
      await this.audit.record(
        s,
        {
          projectId: b.projectId,
          entity: 'activity',
          entityId: id,
          action: 'plan',
          to: 'planned',
          note: `${b.year}年度${plan.finalizedAt ? '计划外' : ''}活动：${theme}`,
        },
        em,
      );
      return id;
    });
  }

  /** 定稿: the manager closes the plan of the year (once); later additions are 计划外. */
  async finalize(p: Principal, b: FinalizePlanDto): Promise<void> {
    const s = asStaff(p);
    ensureProjectInScope(s, b.projectId, '项目');
    const now = this.clock.now();
    const plan = await this.repo.plan(b.projectId, b.year);
    if (!plan) throw new AppError('CONFLICT', `${b.year}年度活动计划还没有活动，不能定稿`);
    await this.repo.transaction(async (em) => {
      if (!(await this.repo.finalizePlan(em, plan.id, s.name, now)))
        throw new AppError('CONFLICT', `${b.year}年度活动计划已经定稿`);
      await this.audit.record(
        s,
        {
          projectId: b.projectId,
          entity: 'activity_plan',
          entityId: plan.id,
          action: 'finalize',
          note: `${b.year}年度活动计划定稿`,
        },
        em,
      );
    });
  }
}
