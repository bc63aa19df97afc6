import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { StaffLookup } from './staff-lookup.service.js';
import { StaffController } from './staff.controller.js';
import { StaffRepository } from './staff.repository.js';
import { StaffService } from './staff.service.js';

/** Staff accounts, roles and project assignments (R-ORG-03). */
@Module({
  imports: [AuditModule],
  controllers: [StaffController],
  providers: [StaffRepository, StaffService, StaffLookup],
  exports: [StaffLookup],
})
export class StaffModule {}
