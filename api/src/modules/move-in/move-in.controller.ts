import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { MOVEIN_ACTIONS } from '@wy/shared';
import { Id, Me, OwnerOnly, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import { MoveInBatches } from './batches.service.js';
import { MoveInDefects } from './defects.service.js';
import { MoveInLimits } from './limits.service.js';
import { MoveInBooking } from './booking.service.js';
import {
  BatchQuery,
  BookMoveInDto,
  CreateMoveInBatchDto,
  DefectMoveDto,
  LimitsQuery,
  MonthQuery,
  MoveInBatchDto,
  MoveInBatchPageDto,
  MoveInDto,
  MoveInLimitsDto,
  MoveInLimitsOutDto,
  MoveInMonthDto,
  MoveInPageDto,
  MoveInQuery,
  MoveInStepDto,
  MyMoveInDto,
  SendDefectsDto,
  UpdateMoveInBatchDto,
} from './move-in.dto.js';
import { MoveInMoves } from './moves.service.js';
import { MoveInReader } from './reading.service.js';

/** R-MOV-01/05 move-in batches: the rooms handed over with their buyers, the published guide and notes, the fees. */
@ApiTags('move-in')
@Controller('move-in-batches')
export class MoveInBatchesController {
  constructor(@Inject(MoveInBatches) private readonly batches: MoveInBatches) {}

  @Get()
  @StaffOnly('movein.desk')
  @ApiOkResponse({ type: MoveInBatchPageDto })
  list(@Me() me: Principal, @Query() q: BatchQuery) {
    return this.batches.list(me, q);
  }
  @Post()
  @StaffOnly('movein.configure')
  @ApiOkResponse({ type: MoveInBatchDto })
  create(@Me() me: Principal, @Body() b: CreateMoveInBatchDto) {
    return this.batches.create(me, b);
  }
  @Get(':id')
  @StaffOnly('movein.desk')
  @ApiOkResponse({ type: MoveInBatchDto })
  detail(@Me() me: Principal, @Id() id: number) {
    return this.batches.detail(me, id);
  }
  @Put(':id')
  @StaffOnly('movein.configure')
  @ApiOkResponse({ type: MoveInBatchDto })
  update(@Me() me: Principal, @Id() id: number, @Body() b: UpdateMoveInBatchDto) {
    return this.batches.update(me, id, b);
  }
  @Post(':id/publish')
  @StaffOnly('movein.configure')
  @HttpCode(200)
  @ApiOkResponse({ type: MoveInBatchDto })
  publish(@Me() me: Principal, @Id() id: number) {
    return this.batches.publish(me, id);
  }
}

/** R-MOV-02…05 the desk: a room's move-in through its five steps, its bills, the times, the defects sheet. */
@ApiTags('move-in')
@Controller('move-ins')
export class MoveInDeskController {
  constructor(
    @Inject(MoveInReader) private readonly reader: MoveInReader,
    @Inject(MoveInMoves) private readonly moves: MoveInMoves,
    @Inject(MoveInDefects) private readonly defects: MoveInDefects,
    @Inject(MoveInLimits) private readonly limits: MoveInLimits,
  ) {}

  @Get()
  @StaffOnly('movein.desk')
  @ApiOkResponse({ type: MoveInPageDto })
  list(@Me() me: Principal, @Query() q: MoveInQuery) {
    return this.reader.list(me, q);
  }
  @Get('month')
  @StaffOnly('movein.desk')
  @ApiOkResponse({ type: MoveInMonthDto })
  month(@Me() me: Principal, @Query() q: MonthQuery) {
    return this.reader.month(me, q.projectId, q.month);
  }
  @Get('limits')
  @StaffOnly('movein.desk')
  @ApiOkResponse({ type: MoveInLimitsOutDto })
  getLimits(@Me() me: Principal, @Query() q: LimitsQuery) {
    return this.limits.read(me, q.projectId);
  }
  @Put('limits')
  @StaffOnly('movein.configure')
  @ApiOkResponse({ type: MoveInLimitsOutDto })
  saveLimits(@Me() me: Principal, @Body() b: MoveInLimitsDto) {
    return this.limits.save(me, b);
  }
  @Get(':id')
  @StaffOnly('movein.desk')
  @ApiOkResponse({ type: MoveInDto })
  detail(@Me() me: Principal, @Id() id: number) {
    return this.reader.detail(me, id);
  }
  @Post(':id/actions/:action')
  @StaffOnly('movein.desk')
  @HttpCode(200)
  @ApiParam({ name: 'action', enum: MOVEIN_ACTIONS })
  @ApiOkResponse({ type: MoveInDto })
  async act(@Me() me: Principal, @Id() id: number, @Param('action') action: string, @Body() b: MoveInStepDto) {
    return this.reader.dto(me, await this.moves.act(me, id, action, b));
  }
  @Post(':id/bills')
  @StaffOnly('movein.desk')
  @HttpCode(200)
  @ApiOkResponse({ type: MoveInDto })
  async charge(@Me() me: Principal, @Id() id: number) {
    return this.reader.dto(me, await this.moves.charge(me, id));
  }
  @Post(':id/defects-sent')
  @StaffOnly('movein.desk')
  @HttpCode(200)
  @ApiOkResponse({ type: MoveInDto })
  async sent(@Me() me: Principal, @Id() id: number, @Body() b: SendDefectsDto) {
    return this.reader.dto(me, await this.defects.send(me, id, b));
  }
}

/** R-MOV-04 the centre records the developer's progress on a defect line. */
@ApiTags('move-in')
@Controller('move-in-defects')
export class MoveInDefectsController {
  constructor(
    @Inject(MoveInReader) private readonly reader: MoveInReader,
    @Inject(MoveInDefects) private readonly defects: MoveInDefects,
  ) {}

  @Post(':id/progress')
  @StaffOnly('movein.desk')
  @HttpCode(200)
  @ApiOkResponse({ type: MoveInDto })
  async progress(@Me() me: Principal, @Id() id: number, @Body() b: DefectMoveDto) {
    return this.reader.detail(me, (await this.defects.moveByStaff(me, id, b)).id);
  }
}

/** The owner's move-in in the mini-program: the notice with the guide and notes, the steps, the defects' progress. */
@ApiTags('me')
@Controller('me/move-ins')
export class MyMoveInsController {
  constructor(
    @Inject(MoveInReader) private readonly reader: MoveInReader,
    @Inject(MoveInDefects) private readonly defects: MoveInDefects,
    @Inject(MoveInBooking) private readonly booking: MoveInBooking,
  ) {}

  @Get()
  @OwnerOnly()
  @ApiOkResponse({ type: [MyMoveInDto] })
  mine(@Me() me: Principal) {
    return this.reader.mine(me);
  }
  @Get(':id')
  @OwnerOnly()
  @ApiOkResponse({ type: MyMoveInDto })
  detail(@Me() me: Principal, @Id() id: number) {
    return this.reader.myDetail(me, id);
  }
  @Post(':id/booking')
  @OwnerOnly()
  @HttpCode(200)
  @ApiOkResponse({ type: MyMoveInDto })
  async book(@Me() me: Principal, @Id() id: number, @Body() b: BookMoveInDto) {
    await this.booking.book(me, id, b);
    return this.reader.myDetail(me, id);
  }
  @Post(':id/defects/:defectId/progress')
  @OwnerOnly()
  @HttpCode(200)
  @ApiOkResponse({ type: MyMoveInDto })
  async progress(@Me() me: Principal, @Id() id: number, @Id('defectId') defectId: number, @Body() b: DefectMoveDto) {
    await this.defects.moveByOwner(me, id, defectId, b);
    return this.reader.myDetail(me, id);
  }
}
