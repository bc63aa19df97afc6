import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ComplaintsModule } from '../complaints/complaints.module.js';
import { OrgModule } from '../org/org.module.js';
import { PeopleModule } from '../people/people.module.js';
import { ReportsModule } from '../reports/reports.module.js';
import { MyWorkReportsController, WorkReportsController } from './work-reports.controller.js';
import { WorkReportsRepository } from './work-reports.repository.js';
import { WorkReportsService } from './work-reports.service.js';

/**
 * 月度工作报告 (R-RPT-02: the monthly report done by the 28th goes to the owners' committee and is
 * published after its review). The manager's office (`work_report.write`: 客服主管, 经理, 总部) writes
 * 本月工作 and 下月计划 beside the month's figures, which it reads from reports (repair KPIs, 收缴率) and
 * complaints (R-RPT-01 statistics) through their exported services; the manager or head office
 * (`work_report.send`) submits it (the figures frozen), records the committee's review or its sending
 * back, and publishes it; owners read the published reports of the projects where they hold a room
 * (anything else 404). One per project and month (unique key). Every step is audited.
 */
@Module({
  imports: [AuditModule, OrgModule, PeopleModule, ReportsModule, ComplaintsModule],
  controllers: [WorkReportsController, MyWorkReportsController],
  providers: [WorkReportsRepository, WorkReportsService],
  exports: [],
})
export class WorkReportsModule {}
