import { Module } from '@nestjs/common';
import { BillingModule } from '../billing/billing.module.js';
import { OrgModule } from '../org/org.module.js';
import { PeopleModule } from '../people/people.module.js';
import { SlaModule } from '../sla/sla.module.js';
import { StaffModule } from '../staff/staff.module.js';
import { ComplaintAccess } from './access.js';
import { ComplaintBreaches } from './breaches.js';
import { ComplaintClasses } from './classes.service.js';
import { ComplaintClocks } from './clocks.js';
import { ComplaintClassesController, ComplaintsController, MyComplaintsController } from './complaints.controller.js';
import { ComplaintsRepository } from './complaints.repository.js';
import { ComplaintGuide } from './guide.service.js';
import { ComplaintIntake } from './intake.service.js';
import { ComplaintJoint } from './joint.service.js';
import { ComplaintMoves } from './moves.service.js';
import { ComplaintReader } from './reading.service.js';
import { ComplaintSettings } from './settings.js';
import { ComplaintStats } from './stats.service.js';
import { ComplaintTimeline } from './timeline.js';
import { ComplaintRoomHistory } from './room-history.repository.js';

/**
 * Complaints (R-CMP-*): intake, review and grading with the code (project-class-category-serial),
 * the A/B/C promises and their breach job, one file per step (actions/), the timeline with its audience, the
 * classification table. Announces complaint.filed, complaint.moved, complaint.escalated, complaint.clock_breached.
 *
 * Why its own tables beside service_request: the service-request core's table, desk counts, queues
 * and KPIs are repair-shaped (a category of the repair catalogue, urgency, dispatch; every row
 * counts as a work order), and its clocks' breach events are read as work orders by notifications.
 * A complaint has none of that; it keeps its own row, timeline and promises (complaint_clock, due
 * times from the shared SLA arithmetic on the project's calendar that the sla module keeps), and
 * depends on the core's lower modules only through their exported services.
 */
@Module({
  imports: [OrgModule, PeopleModule, StaffModule, SlaModule, BillingModule],
  controllers: [ComplaintsController, ComplaintClassesController, MyComplaintsController],
  providers: [
    ComplaintRoomHistory,
    ComplaintsRepository,
    ComplaintAccess,
    ComplaintClocks,
    ComplaintTimeline,
    ComplaintSettings,
    ComplaintReader,
    ComplaintMoves,
    ComplaintIntake,
    ComplaintClasses,
    ComplaintJoint,
    ComplaintStats,
    ComplaintBreaches,
    ComplaintGuide,
  ],
  // the month's statistics feed the monthly work report (work-reports)
  exports: [ComplaintStats],
})
export class ComplaintsModule {}
