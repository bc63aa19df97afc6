import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Id, Me, OwnerOnly, StaffOnly } from '../../common/decorators.js';
import { badRequest } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { RenoGuide } from './guide.service.js';
import { RenoIntake } from './intake.service.js';
import { RenoMoves } from './moves.service.js';
import {
  DeskRenoDetailDto,
  DeskRenoDto,
  RenoActionDto,
  RenoDto,
  RenoFormDto,
  RenoGuideDto,
  RenoInspectionDto,
  RenoInspectionPageDto,
  RenoInspectionQuery,
  RenoPageDto,
  RenoProjectQuery,
  RenoQuery,
  SaveRenoSettingsDto,
} from './renovation.dto.js';
import { InspectionList } from './inspections/inspection-list.js';
import { RecordInspection } from './inspections/record-inspection.js';
import { RenoReader } from './reading.service.js';

const DESK_ACTIONS = ['return', 'review', 'approve', 'refuse', 'permit', 'request_acceptance', 'fail_acceptance', 'accept', 'refund_deposits'];
const OWNER_ACTIONS = ['confirm', 'decline', 'cancel', 'request_acceptance'];

/** 装修管理: the list by status (late reviews flagged), the detail, walk-in applications, the steps, the guide and fees; 装修巡查 (R-REN-06). */
@ApiTags('renovations')
@Controller('renovations')
export class RenoDeskController {
  constructor(
    @Inject(RenoReader) private readonly reader: RenoReader,
    @Inject(RenoMoves) private readonly moves: RenoMoves,
    @Inject(RenoIntake) private readonly intake: RenoIntake,
    @Inject(RenoGuide) private readonly guide: RenoGuide,
    @Inject(InspectionList) private readonly inspectionList: InspectionList,
    @Inject(RecordInspection) private readonly recordInspection: RecordInspection,
  ) {}

  @Get()
  @StaffOnly('renovation.desk')
  @ApiOkResponse({ type: RenoPageDto })
  list(@Me() me: Principal, @Query() q: RenoQuery) {
    return this.reader.list(me, q);
  }
  @Post()
  @StaffOnly('renovation.desk')
  @ApiOkResponse({ type: DeskRenoDetailDto })
  async create(@Me() me: Principal, @Body() b: DeskRenoDto) {
    return this.reader.deskDetail(me, await this.intake.deskCreate(me, b));
  }
  @Get('guide')
  @StaffOnly('renovation.desk')
  @ApiOkResponse({ type: RenoGuideDto })
  getGuide(@Me() me: Principal, @Query() q: RenoProjectQuery) {
    return this.guide.forStaff(me, q.projectId);
  }
  @Put('guide')
  @StaffOnly('renovation.configure')
  @ApiOkResponse({ type: RenoGuideDto })
  saveGuide(@Me() me: Principal, @Body() b: SaveRenoSettingsDto) {
    return this.guide.save(me, b);
  }
  /** R-REN-06 今日巡查: the active renovations, due today or inspected, open notices and missed days */
  @Get('inspections')
  @StaffOnly('renovation.inspect')
  @ApiOkResponse({ type: RenoInspectionPageDto })
  inspections(@Me() me: Principal, @Query() q: RenoInspectionQuery) {
    return this.inspectionList.page(me, q);
  }
  /** R-REN-06 记录巡查 (one a day), a violation's rectification notice, the open notices re-inspected */
  @Post(':id/inspections')
  @StaffOnly('renovation.inspect')
  @ApiOkResponse({ type: DeskRenoDetailDto })
  async inspect(@Me() me: Principal, @Id() id: number, @Body() b: RenoInspectionDto) {
    await this.recordInspection.run(me, id, b);
    return this.reader.deskDetail(me, id);
  }
  @Get(':id')
  @StaffOnly('renovation.desk')
  @ApiOkResponse({ type: DeskRenoDetailDto })
  detail(@Me() me: Principal, @Id() id: number) {
    return this.reader.deskDetail(me, id);
  }
  @Post(':id/actions/:action')
  @StaffOnly('renovation.desk')
  @HttpCode(200)
  @ApiParam({ name: 'action', enum: DESK_ACTIONS })
  @ApiOkResponse({ type: DeskRenoDetailDto })
  async act(@Me() me: Principal, @Id() id: number, @Param('action') action: string, @Body() b: RenoActionDto) {
    if (!DESK_ACTIONS.includes(action)) throw badRequest(`未知的操作：${action}`);
    return this.reader.deskDto(me, await this.moves.act(me, id, action, b));
  }
}

/** The owner's renovations in the mini-program: the guide, applying, mine (and my rooms' to consent to), the steps, resubmitting. */
@ApiTags('me')
@Controller('me/renovations')
export class MyRenoController {
  constructor(
    @Inject(RenoReader) private readonly reader: RenoReader,
    @Inject(RenoMoves) private readonly moves: RenoMoves,
    @Inject(RenoIntake) private readonly intake: RenoIntake,
    @Inject(RenoGuide) private readonly guide: RenoGuide,
  ) {}

  @Get('guide')
  @OwnerOnly()
  @ApiOkResponse({ type: RenoGuideDto })
  getGuide(@Me() me: Principal, @Query() q: RenoProjectQuery) {
    return this.guide.forOwner(me, q.projectId);
  }
  @Post()
  @OwnerOnly()
  @ApiOkResponse({ type: RenoDto })
  async apply(@Me() me: Principal, @Body() b: RenoFormDto) {
    return this.reader.myDetail(me, await this.intake.apply(me, b));
  }
  @Get()
  @OwnerOnly()
  @ApiOkResponse({ type: [RenoDto] })
  mine(@Me() me: Principal) {
    return this.reader.mine(me);
  }
  @Get(':id')
  @OwnerOnly()
  @ApiOkResponse({ type: RenoDto })
  detail(@Me() me: Principal, @Id() id: number) {
    return this.reader.myDetail(me, id);
  }
  @Put(':id')
  @OwnerOnly()
  @ApiOkResponse({ type: RenoDto })
  async resubmit(@Me() me: Principal, @Id() id: number, @Body() b: RenoFormDto) {
    return this.reader.myDetail(me, await this.intake.resubmit(me, id, b));
  }
  @Post(':id/actions/:action')
  @OwnerOnly()
  @HttpCode(200)
  @ApiParam({ name: 'action', enum: OWNER_ACTIONS })
  @ApiOkResponse({ type: RenoDto })
  async act(@Me() me: Principal, @Id() id: number, @Param('action') action: string, @Body() b: RenoActionDto) {
    if (!OWNER_ACTIONS.includes(action)) throw badRequest(`未知的操作：${action}`);
    return this.reader.dto(me, await this.moves.act(me, id, action, b));
  }
}
