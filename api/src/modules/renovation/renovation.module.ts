import { Module } from '@nestjs/common';
import { BillingModule } from '../billing/billing.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { PaymentsModule } from '../payments/payments.module.js';
import { OrgModule } from '../org/org.module.js';
import { PeopleModule } from '../people/people.module.js';
import { SlaModule } from '../sla/sla.module.js';
import { StaffModule } from '../staff/staff.module.js';
import { UploadsModule } from '../uploads/uploads.module.js';
import { RenoGuide } from './guide.service.js';
import { InspectionList } from './inspections/inspection-list.js';
import { RecordInspection } from './inspections/record-inspection.js';
import { RenoIntake } from './intake.service.js';
import { RenoMoves } from './moves.service.js';
import { MyRenoController, RenoDeskController } from './renovation.controller.js';
import { RenovationRepository } from './renovation.repository.js';
import { RenoSubscriptions } from './renovation.subscriptions.js';
import { RenoReader } from './reading.service.js';
import { RenoProjects } from './settings.js';
import { RenoTimeline } from './timeline.js';

/**
 * Renovation (装修报备, R-REN-01…08). How it works, as decided:
 * - R-REN-01 the guide (流程、资料), the fees, the working hours and the supervision phone are a per-project
 *   setting (`renovation`) with defaults, shown before an owner applies. An owner, member or tenant bound to
 *   the room applies in the mini-program (pkg-reno, a wizard whose draft is kept on the phone): the works
 *   period, the contractor (company, person in charge, phone — encrypted), the workers (name, phone, ID
 *   number — encrypted, shown masked), the plan's items and the changes to water, power and gas as explicit
 *   choices, photos and drawings (uploads). The desk may file one for an owner at the counter.
 * - R-REN-02 a member's or tenant's application waits for an approved owner of the room to consent in the app.
 * - R-REN-03 the desk returns an application with a problem (退回补正) with the reason the applicant reads at
 *   once; the applicant fixes it and submits again.
 * - R-REN-04 on (re)submission the review clock starts: due at the earlier of 2 working days and 3 calendar
 *   days in the project's zone with its holiday calendar (sla's), stored on the application; the list and the
 *   detail say when it is late. The engineering supervisor's bell rings; the supervisor ticks refusal grounds
 *   (any → refused, the grounds shown to the owner) or passes it to the manager, whose bell rings.
 * - R-REN-05 the manager's approval makes the charges (management fee, the two deposits, the rubble removal
 *   when asked) the room's bills through billing (source renovation_fee); a paid bill (bill.paid, desk or
 *   online) is recorded on the charge; only when all are paid may the desk issue the permit (code ZX +
 *   project + yymmdd + serial, unique) and a pass for each worker (permit code + number).
 * - R-REN-06 装修巡查: every active renovation (permitted, not yet accepted) is due an inspection each local day
 *   from the later of the permit's day and the works' start; one per renovation and day (unique). A violation
 *   (shared list of kinds) issues a 整改通知书 (code ZG + project + yymmdd + serial, unique) with a deadline the
 *   owner reads on H5; the next visits re-inspect it: 已整改, or after the deadline 拒不整改 — reported to the
 *   authorities, who and when recorded. Days without an inspection show as missed.
 * - R-REN-07 the owner (or the desk) asks for the acceptance; it is due 3 days later (shared, stored, late
 *   flagged); a failure records written requirements with a deadline (printed) and the owner asks again; a pass
 *   needs the permit and every worker pass ticked as collected back.
 * - R-REN-08 on the pass the deposits' refund is due to start within 1 day and finish within 3 working days (the
 *   sla calendar; both stored, late flagged); the desk starts it once, each deposit less an optional deduction
 *   with its reason, through payments' RefundRequests (finance's second person decides); payment.refunded marks
 *   each deposit back.
 * Every step is one conditional update on the version (two at once: one wins, nothing written twice), on the
 * timeline (owner words apart) and announced as renovation.moved.
 */
@Module({
  imports: [OrgModule, PeopleModule, BillingModule, PaymentsModule, NotificationsModule, StaffModule, SlaModule, UploadsModule],
  controllers: [RenoDeskController, MyRenoController],
  providers: [
    RenovationRepository,
    RenoProjects,
    RenoTimeline,
    RenoMoves,
    RenoIntake,
    RenoReader,
    RenoGuide,
    RenoSubscriptions,
    InspectionList,
    RecordInspection,
  ],
  exports: [],
})
export class RenovationModule {}
