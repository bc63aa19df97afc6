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
import { FeeChangesService } from './records/fee-changes.service.js';
import { RecordsController } from './records/records.controller.js';
import { RecordsRepository } from './records/records.repository.js';
import { RecordsService } from './records/records.service.js';

/**
 * The company, projects, clusters, buildings and rooms (property codes), and per-project settings; the
 * governance of a room's base record (records/: R-OWN-02/04/09, R-ORG-05).
 */
@Module({
  imports: [AuditModule],
  controllers: [OrgController, DirectoryController, RecordsController],
  providers: [
    OrgRepository,
    OrgService,
    DirectoryService,
    OrgLookup,
    OwnerModulesService,
    RoomOccupancy,
    RoomHistory,
    RecordsRepository,
    RecordsService,
    FeeChangesService,
  ],
  exports: [OrgLookup, OwnerModulesService, RoomOccupancy, RoomHistory],
})
export class OrgModule {}
