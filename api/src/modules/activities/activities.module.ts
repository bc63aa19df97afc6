import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { OrgModule } from '../org/org.module.js';
import { PeopleModule } from '../people/people.module.js';
import { UploadsModule } from '../uploads/uploads.module.js';
import { ActivitiesController, MyActivitiesController } from './activities.controller.js';
import { ActivitiesRepository } from './activities.repository.js';
import { ActivitiesSubscriptions } from './activities.subscriptions.js';
import { ActivityMoves } from './moves.service.js';
import { ActivityPlanning } from './planning.service.js';
import { ActivityReader } from './reading.service.js';
import { ActivitySignups } from './signups.service.js';

/**
 * 社区活动 (R-ACT-01/02/03/05). How it works:
 * - R-ACT-01 the annual plan: from 1 December the desk (`activity.manage`) plans next year's activities —
 *   theme, purpose, month, budget (fen); the manager (`activity.publish`) finalises it (定稿). Activities added
 *   later are 计划外. The plan shows whether it is due (December) or late (the year began without 定稿).
 * - R-ACT-05 the desk asks finance for the budget (申请预算); finance (`activity.budget`) approves the amount
 *   asked or less, or returns it with a reason. Details (what owners read, time, place, capacity, people per
 *   household, safety measures, the poll) are edited until publication.
 * - R-ACT-02 the poll (a question and 2–6 options) opens to the project's owners before publication; each
 *   owner answers once (a unique key). The manager publishes only with the budget approved, safety measures,
 *   time/place/capacity and the poll asked, at least 3 days before the start (shared activityPublishProblem).
 *   Owners then sign up (a room of theirs in the project, a name, how many people): the places are taken by
 *   one conditional UPDATE (`signed_people + n <= capacity`), so two at once for the last place get one;
 *   one sign-up per owner (a unique key); cancelled before the start gives the places back.
 * - After it ends: the summary and photos (活动总结), R-ACT-03 callbacks to 10% of sign-ups (rounded up) in a
 *   fair order (shared activityCallbackOrder), satisfied or not, once per sign-up; the rate against 80%;
 *   归档 once the callbacks are made. Every step is audited (entity `activity`).
 * Reads rooms through PeopleLookup, zones and projects through OrgLookup, photos through UploadService.
 */
@Module({
  imports: [AuditModule, OrgModule, PeopleModule, UploadsModule],
  controllers: [ActivitiesController, MyActivitiesController],
  providers: [ActivitiesRepository, ActivityMoves, ActivityPlanning, ActivitySignups, ActivityReader, ActivitiesSubscriptions],
  exports: [],
})
export class ActivitiesModule {}
