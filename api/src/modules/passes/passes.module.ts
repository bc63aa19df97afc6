import { Module } from '@nestjs/common';
import { BillingModule } from '../billing/billing.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrgModule } from '../org/org.module.js';
import { PeopleModule } from '../people/people.module.js';
import { StaffModule } from '../staff/staff.module.js';
import { PassGuide } from './guide.service.js';
import { PassIntake } from './intake.service.js';
import { PassMoves } from './moves.service.js';
import { MyPassesController, PassDeskController, PassGateController } from './passes.controller.js';
import { PassesRepository } from './passes.repository.js';
import { PassReader } from './reading.service.js';
import { PassProjects } from './settings.js';
import { PassTimeline } from './timeline.js';

/**
 * Release passes (物品放行, R-PAS-01…04). How it works, as decided:
 * - An owner, member or tenant bound (approved) to the room applies in the mini-program (pkg-pass): the
 *   moving day (today or later in the project's zone) and an optional window, the item list (1…30 rows,
 *   quantity 1…999), plate, carrier and phone (encrypted), the reason. The owner's own application is
 *   confirmed by itself and waits for the desk; a member's or tenant's waits for an approved owner of the
 *   room to confirm or decline it in the app (办理). The applicant may withdraw it until it is issued.
 * - The desk (pass.desk) may make a pass for an owner at the counter, naming the identity document seen:
 *   it is confirmed at once.
 * - 签发 (R-PAS-02) shows who applied, their binding role and who confirmed, and the room's arrears (bills
 *   past their due day unpaid, owed today, read through BillingService). In arrears the pass is refused
 *   unless the clerk chooses 仍然签发 with a reason; the amount and reason stay on the pass. The pass gets
 *   its code (FX + project + yymmdd + serial, daily counter, unique column) and is valid on the moving day.
 * - The gate (pass.gate, the security supervisor among others) looks the pass up by its code, ticks every
 *   item, and records the release once (conditional update: two guards at once, one release). A pass not
 *   issued, declined, rejected, withdrawn, used, or not for today is refused with the reason (R-PAS-03).
 *   The release log lists every release by day.
 * - R-PAS-04 the guide (所需资料和流程) is a per-project text (project setting `pass`) with a default.
 * Every step is on the pass's timeline (owner words apart) and announced as pass.moved; the desk's bell
 * rings when an owner's pass comes to wait for it.
 */
@Module({
  imports: [OrgModule, PeopleModule, BillingModule, NotificationsModule, StaffModule],
  controllers: [PassDeskController, PassGateController, MyPassesController],
  providers: [PassesRepository, PassProjects, PassTimeline, PassMoves, PassIntake, PassReader, PassGuide],
  exports: [],
})
export class PassesModule {}
