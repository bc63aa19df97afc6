import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { BillingModule } from '../billing/billing.module.js';
import { OrgModule } from '../org/org.module.js';
import { PeopleModule } from '../people/people.module.js';
import { ArrearsController } from './arrears.controller.js';
import { ArrearsRepository } from './arrears.repository.js';
import { ArrearsLedger } from './ledger.js';
import { ArrearsMoves } from './moves.service.js';
import { ArrearsReader } from './reading.service.js';
import { ArrearsRoomHistory } from './room-history.repository.js';

/**
 * 欠费催缴, arrears collection (R-ARR-01…07), finance's work; the desk reads it.
 *
 * - Age: whole months since the room's oldest unpaid bill fell due (its due date; a bill with none, e.g. a
 *   repair, is not counted), counted on the project's calendar (shared `arrearsAgeMonths`, pinned clock in
 *   tests). A household is in arrears once a bill is past its due date; the ladder starts at a month.
 * - The ladder is one shared pure function (`arrearsStage`, `arrearsDue`): reminders and a written notice each
 *   month from 1 to under 6 months; lawyer's letters at 6 and 12 (two in all, by express, a tracking number
 *   required, a third refused); suit from 18. Large customers (R-ARR-04): letter from 3, suit from 6. A large
 *   customer is a room finance flags (PUT rooms/:id/large-customer); the per-mille share of top payers is
 *   not computed yet — the flag is the list.
 * - Owed = what billing's read port (BillingService.overdueBills, through owed()) says the overdue bills owe
 *   today: principal after approved adjustments plus today's late fee, integer fen. Bills are never read here
 *   otherwise. The list is computed per request from the project's overdue bills and paged on the server
 *   (keyset on the sort value and room id).
 * - Actions (one file per step in actions/): reminders (口头/电话/短信/小程序消息) any number a month; the written
 *   notice, lawyer's letter and instruction to sue once per room and month (unique key, so two clerks or two
 *   printed batches at once record one; a second one by hand is refused with 409); 诉讼跟进/保全申请 only after
 *   the instruction to sue (R-ARR-05). A promised pay date (R-ARR-07) stays open until an action is recorded
 *   on or after it, or the household pays; open promises due today or earlier are the follow-up list.
 * - R-ARR-06: over 3 months is flagged on the list and on the room sheet (GET rooms/:id); the room's actions
 *   appear in its household history (360° view).
 * - 催缴通知单: printed per building for households in arrears a month or more (bills with period, amount, late
 *   fee so far and the rule in words, total, how to pay with the mini-program's bill page, a signature line).
 *   The console records the batch (POST notices) before the browser prints: each printed household gets this
 *   month's written notice, those that had it already are skipped.
 */
@Module({
  imports: [AuditModule, OrgModule, PeopleModule, BillingModule],
  controllers: [ArrearsController],
  providers: [ArrearsRepository, ArrearsLedger, ArrearsReader, ArrearsMoves, ArrearsRoomHistory],
  exports: [],
})
export class ArrearsModule {}
