import { Controller, Get, Header, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
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
  /** 收缴率 as an Excel sheet (all buildings or fee items of the months) */
  @Get('collection/export')
  @StaffOnly('billing.report')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @Header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @Header(
    'content-disposition',
    'attachment; filename="collection-rate.xlsx"; filename*=UTF-8\'\'%E6%94%B6%E7%BC%B4%E7%8E%87.xlsx',
  )
  exportCollection(@Me() me: Principal, @Query() q: CollectionQuery) {
    return this.reports.workbook(me, q);
  }
}
