import { Module } from '@nestjs/common';
import { BillingModule } from '../billing/billing.module.js';
import { OrgModule } from '../org/org.module.js';
import { PeopleModule } from '../people/people.module.js';
import { UploadsModule } from '../uploads/uploads.module.js';
import { MoveInBatches } from './batches.service.js';
import { MoveInBooking } from './booking.service.js';
import { MoveInDefects } from './defects.service.js';
import { MoveInLimits } from './limits.service.js';
import { MoveInBatchesController, MoveInDefectsController, MoveInDeskController, MyMoveInsController } from './move-in.controller.js';
import { MoveInRepository } from './move-in.repository.js';
import { MoveInMoves } from './moves.service.js';
import { MoveInReader } from './reading.service.js';
import { MoveInProjects } from './settings.js';
import { MoveInTimeline } from './timeline.js';

/**
 * Move-in (入伙, R-MOV-01…05). How it works, as decided:
 * - A batch (movein.configure) lists the rooms handed over with their buyers (the developer's list: name and
 *   phone, encrypted with a keyed hash), the period, the developer, the guide (办理流程及注意事项), renovation
 *   notes and payment notice, and the move-in fee rates. Published, a buyer who signs in with that phone (or
 *   anyone holding the room) reads it in the mini-program (服务 → 入伙办理, shown only when they have one).
 * - The desk (movein.desk) registers the buyer's arrival, starts (R-MOV-03 the wait is arrival → start, the
 *   handling start → keys; limits per project, default 15 and 30 minutes) and takes the five steps in order,
 *   one file each under actions/: 核验身份, 资料与协议, 缴费 (the bills raised through billing's chargeSource and
 *   paid at the 收银台 or online; the step passes only when billing says all are paid), 验房 (meters, defect
 *   lines, the owner's signature on screen or paper), 交钥匙 (the signed register). A later step before an
 *   earlier one is refused with the reason; each step is a conditional update on the version (two clerks at
 *   once: one wins). The keys announce movein.completed: people makes the buyer the room's approved owner.
 * - R-MOV-04 the defects go to the developer on the printed 房屋遗留问题登记表 (sending recorded once); the centre
 *   records each line's progress, the owner confirms it in the app (or sends it back with their words).
 * Every step is on the move-in's timeline (owner words apart) and announced as movein.moved.
 */
@Module({
  imports: [OrgModule, PeopleModule, BillingModule, UploadsModule],
  controllers: [MoveInBatchesController, MoveInDeskController, MoveInDefectsController, MyMoveInsController],
  providers: [MoveInBooking, MoveInRepository, MoveInProjects, MoveInTimeline, MoveInMoves, MoveInReader, MoveInBatches, MoveInDefects, MoveInLimits],
  exports: [],
})
export class MoveInModule {}
