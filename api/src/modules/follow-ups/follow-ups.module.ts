import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { FollowUpsController } from './follow-ups.controller.js';
import { FollowUpsRepository } from './follow-ups.repository.js';
import { FollowUpsService } from './follow-ups.service.js';

/**
 * R-REP-17 the supervisor's follow-ups: reads repairs and complaints (plain SQL over their tables, with
 * each module's own definition of late, as reports do) and owns its follow_up records. Neither the
 * repairs nor the complaints module knows about it.
 */
@Module({
  imports: [AuditModule],
  controllers: [FollowUpsController],
  providers: [FollowUpsRepository, FollowUpsService],
})
export class FollowUpsModule {}
