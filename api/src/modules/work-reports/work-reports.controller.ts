import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { WORK_REPORT_ACTIONS } from '@wy/shared';
import { PageQuery } from '../../common/dto.js';
import { Id, Me, OwnerOnly, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import {
  CreateWorkReportDto,
  MyWorkReportDetailDto,
  MyWorkReportPageDto,
  WorkReportActionDto,
  WorkReportDetailDto,
  WorkReportFormDto,
  WorkReportPageDto,
  WorkReportQuery,
} from './work-reports.dto.js';
import { WorkReportsService } from './work-reports.service.js';

/** 月度工作报告 (R-RPT-02): written by the manager's office, reviewed by the owners' committee, published. */
@ApiTags('work-reports')
@Controller('work-reports')
export class WorkReportsController {
  constructor(@Inject(WorkReportsService) private readonly reports: WorkReportsService) {}

  @Post()
  @StaffOnly('work_report.write')
  @ApiOkResponse({ type: WorkReportDetailDto })
  async create(@Me() me: Principal, @Body() b: CreateWorkReportDto) {
    return this.reports.detail(me, await this.reports.create(me, b));
  }
  @Get()
  @StaffOnly('work_report.write')
  @ApiOkResponse({ type: WorkReportPageDto })
  list(@Me() me: Principal, @Query() q: WorkReportQuery) {
    return this.reports.list(me, q);
  }
  @Get(':id')
  @StaffOnly('work_report.write')
  @ApiOkResponse({ type: WorkReportDetailDto })
  detail(@Me() me: Principal, @Id() id: number) {
    return this.reports.detail(me, id);
  }
  @Put(':id')
  @StaffOnly('work_report.write')
  @ApiOkResponse({ type: WorkReportDetailDto })
  async update(@Me() me: Principal, @Id() id: number, @Body() b: WorkReportFormDto) {
    await this.reports.update(me, id, b);
    return this.reports.detail(me, id);
  }
  @Post(':id/actions/:action')
  @StaffOnly('work_report.write')
  @HttpCode(200)
  @ApiParam({ name: 'action', enum: WORK_REPORT_ACTIONS })
  @ApiOkResponse({ type: WorkReportDetailDto })
  async act(@Me() me: Principal, @Id() id: number, @Param('action') action: string, @Body() b: WorkReportActionDto) {
    await this.reports.act(me, id, action, b);
    return this.reports.detail(me, id);
  }
}

/** 月度工作报告 in the mini-program: the published reports of my projects. */
@ApiTags('me')
@Controller('me/work-reports')
export class MyWorkReportsController {
  constructor(@Inject(WorkReportsService) private readonly reports: WorkReportsService) {}

  @Get()
  @OwnerOnly()
  @ApiOkResponse({ type: MyWorkReportPageDto })
  list(@Me() me: Principal, @Query() q: PageQuery) {
    return this.reports.mine(me, q);
  }
  @Get(':id')
  @OwnerOnly()
  @ApiOkResponse({ type: MyWorkReportDetailDto })
  detail(@Me() me: Principal, @Id() id: number) {
    return this.reports.myDetail(me, id);
  }
}
