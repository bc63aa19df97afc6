import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { OrgModule } from '../org/org.module.js';
import { PeopleModule } from '../people/people.module.js';
import { SlaModule } from '../sla/sla.module.js';
import { StaffModule } from '../staff/staff.module.js';
import { UploadsModule } from '../uploads/uploads.module.js';
import { RequestAccess } from './access.js';
import { ActionRegistry } from './actions/registry.js';
import { CatalogueController, RepairCategoriesController } from './catalogue.controller.js';
import { CatalogueService } from './catalogue.service.js';
import { DeskController } from './desk.controller.js';
import { DeskService } from './desk.service.js';
import { ExtensionsController } from './extensions.controller.js';
import { RequestExtensions } from './extensions.service.js';
import { IntakeService } from './intake.service.js';
import { RequestMoves } from './moves.service.js';
import { RequestReader } from './reading.service.js';
import { RequestBills } from './request-bills.js';
import { MyRequestsController, ServiceRequestController } from './sr.controller.js';
import { ServiceRequestLookup } from './sr-lookup.service.js';
import { ServiceRequestRepository } from './sr.repository.js';
import { ServiceRequestSubscriptions } from './sr.subscriptions.js';
import { TechController } from './tech.controller.js';
import { TechnicianService } from './tech.service.js';
import { TimelineWriter } from './timeline.js';
import { RequestRoomHistory } from './room-history.repository.js';

/**
 * Service requests (R-SRV-*) and the repair flow on them (R-REP-*): intake, reading, the moves
 * (one file per action, run by RequestMoves), the timeline, the desk's queues and books, the
 * repair catalogue and extensions of promises. Announces request.filed, request.moved and
 * repair.finished; listens to project.created and bill.paid.
 */
@Module({
  imports: [AuditModule, OrgModule, PeopleModule, StaffModule, SlaModule, UploadsModule],
  controllers: [
    ServiceRequestController,
    MyRequestsController,
    DeskController,
    TechController,
    RepairCategoriesController,
    CatalogueController,
    ExtensionsController,
  ],
  providers: [
    RequestRoomHistory,
    ServiceRequestRepository,
    ActionRegistry,
    RequestAccess,
    TimelineWriter,
    RequestReader,
    RequestBills,
    IntakeService,
    RequestMoves,
    DeskService,
    TechnicianService,
    CatalogueService,
    RequestExtensions,
    ServiceRequestLookup,
    ServiceRequestSubscriptions,
  ],
  exports: [ServiceRequestLookup, RequestBills],
})
export class ServiceRequestsModule {}
