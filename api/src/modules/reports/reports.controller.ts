import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Me, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import { CollectionQuery, CollectionReportDto, KpiQuery, RepairKpisDto } from './reports.dto.js';
import { ReportsService } from './reports.service.js';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(@Inject(ReportsService) private readonly reports: ReportsService) {}

  @Get('repair-kpis')
  @StaffOnly('request.desk')
  @ApiOkResponse({ type: RepairKpisDto })
  repairKpis(@Me() me: Principal, @Query() q: KpiQuery) {
    return this.reports.repairKpis(me, q.projectId, q.month);
  }

  @Get('collection')
  @StaffOnly('billing.report')
  @ApiOkResponse({ type: CollectionReportDto })
  collection(@Me() me: Principal, @Query() q: CollectionQuery) {
    return this.reports.collection(me, q);
  }
}
