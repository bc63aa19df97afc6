/** Monthly service KPIs (R-REP-12 repair timeliness, R-REP-09 callbacks, satisfaction) for the dashboard and reports. */
import { Controller, Get, Inject, Injectable, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { localDate, localMonthRange, REPAIR_KPI_TARGETS, repairKpis } from '@wy/shared';
import { notFound } from '../../common/app-error.js';
import { Me, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import { Int, Str } from '../../common/validation.js';
import { Clock } from '../../infra/clock.js';
import { ReportsRepository } from './reports.repository.js';

export class KpiQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @Str('月份', { optional: true, max: 7, pattern: /^\d{4}-(0[1-9]|1[0-2])$/, patternMessage: '月份格式为 YYYY-MM，如 2026-12' })
  month?: string;
}
const rate = () => ApiProperty({ type: Number, nullable: true, description: '百分比，一位小数，向下取整；无数据为 null' });
export class RepairKpisDto {
  @ApiProperty({ description: 'YYYY-MM（项目所在时区）' }) month: string;
  @ApiProperty() received: number;
  @ApiProperty() resolved: number;
  @ApiProperty() resolvedOnTime: number;
  @ApiProperty() callbacksDue: number;
  @ApiProperty() callbacksDone: number;
  @ApiProperty() callbacksOnTime: number;
  @ApiProperty() rated: number;
  @ApiProperty() satisfied: number;
  @ApiProperty({ description: '当前未完成且已超时的工单' }) openOverdue: number;
  @rate() timelyRate: number | null;
  @rate() callbackRate: number | null;
  @rate() callbackTimelyRate: number | null;
  @rate() satisfactionRate: number | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'R-REP-12 维修及时率是否达到 100% 目标' }) timelyTargetMet:
    boolean | null;
  @ApiProperty({ description: '目标（%）' }) timelyTarget: number;
  @ApiProperty({ description: '目标（%）' }) callbackTarget: number;
}

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

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(@Inject(ReportsService) private readonly reports: ReportsService) {}

  @Get('repair-kpis')
  @StaffOnly()
  @ApiOkResponse({ type: RepairKpisDto })
  repairKpis(@Me() me: Principal, @Query() q: KpiQuery) {
    return this.reports.repairKpis(me, q.projectId, q.month);
  }
}
