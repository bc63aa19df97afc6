import { Inject, Injectable } from '@nestjs/common';
import { localDate, localMonthRange, REPAIR_KPI_TARGETS, repairKpis } from '@wy/shared';
import { notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import { Clock } from '../../infra/clock.js';
import type { RepairKpisDto } from './reports.dto.js';
import { ReportsRepository } from './reports.repository.js';

/** Monthly service KPIs (R-REP-12 repair timeliness, R-REP-09 callbacks, satisfaction) for the dashboard and reports. */
@Injectable()
export class ReportsService {
  constructor(
    @Inject(ReportsRepository) private readonly repo: ReportsRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async repairKpis(p: Principal, projectId: number, month?: string): Promise<RepairKpisDto> {
    ensureProjectInScope(p, projectId, '项目');
    const tz = await this.repo.projectTimezone(projectId);
    if (!tz) throw notFound('项目');
    const now = this.clock.now();
    const m = month ?? localDate(now, tz).slice(0, 7);
    const { start, end } = localMonthRange(m, tz);
    const k = repairKpis(await this.repo.repairCounts(projectId, start, end, now));
    return { month: m, ...k, timelyTarget: REPAIR_KPI_TARGETS.timelyRate, callbackTarget: REPAIR_KPI_TARGETS.callbackRate };
  }
}
