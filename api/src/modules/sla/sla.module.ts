import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { OrgModule } from '../org/org.module.js';
import { SlaSettingsService } from './sla-settings.service.js';
import { SlaController } from './sla.controller.js';
import { SlaRepository } from './sla.repository.js';
import { SlaService } from './sla.service.js';
import { SlaSubscriptions } from './sla.subscriptions.js';

/**
 * SLA clocks (start, meet, pause, resume, extensions) and the breach job, with per-project
 * durations and holiday calendars. Moves tell it what they do to the clocks (request.filed,
 * request.moved); it announces broken promises (sla.clock_breached).
 */
@Module({
  imports: [OrgModule, AuditModule],
  controllers: [SlaController],
  providers: [SlaRepository, SlaService, SlaSettingsService, SlaSubscriptions],
  exports: [SlaService],
})
export class SlaModule {}
