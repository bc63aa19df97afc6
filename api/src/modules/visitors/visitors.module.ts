import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { OrgModule } from '../org/org.module.js';
import { PeopleModule } from '../people/people.module.js';
import { VisitorIntake } from './intake.service.js';
import { VisitorMoves } from './moves.service.js';
import { VisitorReader } from './reading.service.js';
import { MyVisitorsController, VisitorGateController } from './visitors.controller.js';
import { VisitorsRepository } from './visitors.repository.js';

/**
 * 访客登记 (R-PAS-05). How it works, as decided:
 * - At the lobby or gate the guard (`visitor.gate`: 秩序主管, the front desk, supervisors, the manager, head
 *   office) registers a visitor: name, ID number (encrypted; answers carry it masked, the roles of R-OWN-06
 *   reveal it and each view is audited), the room and whom they visit (an approved occupant of it, picked from
 *   the room's list), how many, plate, reason. The visitor waits 待住户确认.
 * - The host confirms in the mini-program (a pending card: 同意 / 拒绝; an owner of the room may answer too),
 *   or the guard phones and records the answer and who answered. Only a confirmed visitor goes in (entry time),
 *   then leaves (leaving time). A refused one does not.
 * - An occupant may invite a visitor in advance (name, phone, day within 30 days, count, plate): an eight-digit
 *   code, random and unique (the unique column draws again on a clash: six at once get six codes), valid on the
 *   visiting day only in the project's zone; the guard looks it up, records the ID number and lets the visitor
 *   in once (the conditional update on the version: two guards at once, one entry). The inviter may cancel.
 * - Occupants see only the visitors of the rooms they hold (anything else 404); the code only the inviter.
 * Every step is audited (entity 'visitor') and announced as visitor.moved.
 */
@Module({
  imports: [AuditModule, OrgModule, PeopleModule],
  controllers: [VisitorGateController, MyVisitorsController],
  providers: [VisitorsRepository, VisitorMoves, VisitorIntake, VisitorReader],
  exports: [],
})
export class VisitorsModule {}
