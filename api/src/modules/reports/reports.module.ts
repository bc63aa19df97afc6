import { Module } from '@nestjs/common';
import { ReportsController } from './reports.controller.js';
import { ReportsRepository } from './reports.repository.js';
import { ReportsService } from './reports.service.js';

/**
 * Reports: plain aggregates over requests, SLA clocks and callback records (read-only SQL over
 * those tables, with sla's definition of late from clock-sql.ts).
 */
@Module({ controllers: [ReportsController], providers: [ReportsRepository, ReportsService], exports: [ReportsService] })
export class ReportsModule {}
