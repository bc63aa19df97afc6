import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { DirectoryService } from './directory.service.js';
import { OrgLookup } from './org-lookup.service.js';
import { DirectoryController, OrgController } from './org.controller.js';
import { OrgRepository } from './org.repository.js';
import { OrgService } from './org.service.js';
import { OwnerModulesService } from './owner-modules.service.js';
import { RoomOccupancy } from './room-occupancy.js';
import { RoomHistory } from './room-history.js';

/** The company, projects, clusters, buildings and rooms (property codes), and per-project settings. */
@Module({
  imports: [AuditModule],
  controllers: [OrgController, DirectoryController],
  providers: [OrgRepository, OrgService, DirectoryService, OrgLookup, OwnerModulesService, RoomOccupancy, RoomHistory],
  exports: [OrgLookup, OwnerModulesService, RoomOccupancy, RoomHistory],
})
export class OrgModule {}
