import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Id, Me, OwnerOnly, StaffOnly } from '../../common/decorators.js';
import { badRequest } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { PassGuide } from './guide.service.js';
import { PassIntake } from './intake.service.js';
import { PassMoves } from './moves.service.js';
import {
  DeskPassDetailDto,
  DeskPassDto,
  GatePassDto,
  GuideDto,
  GuideQuery,
  MyPassApplyDto,
  PassActionDto,
  PassDto,
  PassPageDto,
  PassQuery,
  ReleaseLogQuery,
  SaveGuideDto,
} from './passes.dto.js';
import { PassReader } from './reading.service.js';

/** The desk's release passes: the queue, the detail with the room's arrears, issue or reject, walk-in passes, the guide. */
@ApiTags('passes')
@Controller('passes')
export class PassDeskController {
  constructor(
    @Inject(PassReader) private readonly reader: PassReader,
    @Inject(PassMoves) private readonly moves: PassMoves,
    @Inject(PassIntake) private readonly intake: PassIntake,
    @Inject(PassGuide) private readonly guide: PassGuide,
  ) {}

  @Get()
  @StaffOnly('pass.desk')
  @ApiOkResponse({ type: PassPageDto })
  list(@Me() me: Principal, @Query() q: PassQuery) {
    return this.reader.list(me, q);
  }
  @Post()
  @StaffOnly('pass.desk')
  @ApiOkResponse({ type: DeskPassDetailDto })
  async create(@Me() me: Principal, @Body() b: DeskPassDto) {
    return this.reader.deskDetail(me, await this.intake.deskCreate(me, b));
  }
  @Get('guide')
  @StaffOnly('pass.desk')
  @ApiOkResponse({ type: GuideDto })
  getGuide(@Me() me: Principal, @Query() q: GuideQuery) {
    return this.guide.forStaff(me, q.projectId);
  }
  @Put('guide')
  @StaffOnly('pass.configure')
  @ApiOkResponse({ type: GuideDto })
  saveGuide(@Me() me: Principal, @Body() b: SaveGuideDto) {
    return this.guide.save(me, b);
  }
  @Get(':id')
  @StaffOnly('pass.desk')
  @ApiOkResponse({ type: DeskPassDetailDto })
  detail(@Me() me: Principal, @Id() id: number) {
    return this.reader.deskDetail(me, id);
  }
  @Post(':id/actions/:action')
  @StaffOnly('pass.desk')
  @HttpCode(200)
  @ApiParam({ name: 'action', enum: ['issue', 'reject'] })
  @ApiOkResponse({ type: DeskPassDetailDto })
  async act(@Me() me: Principal, @Id() id: number, @Param('action') action: string, @Body() b: PassActionDto) {
    if (action !== 'issue' && action !== 'reject') throw badRequest(`未知的操作：${action}`);
    return this.reader.deskDto(me, await this.moves.act(me, id, action, b));
  }
}

/** R-PAS-03 the gate: a pass by its code, its release (once), the release log. */
@ApiTags('passes')
@Controller('pass-gate')
export class PassGateController {
  constructor(
    @Inject(PassReader) private readonly reader: PassReader,
    @Inject(PassMoves) private readonly moves: PassMoves,
  ) {}

  @Get('releases')
  @StaffOnly('pass.gate')
  @ApiOkResponse({ type: PassPageDto })
  releases(@Me() me: Principal, @Query() q: ReleaseLogQuery) {
    return this.reader.releases(me, q);
  }
  @Get(':code')
  @StaffOnly('pass.gate')
  @ApiOkResponse({ type: GatePassDto })
  byCode(@Me() me: Principal, @Param('code') code: string) {
    return this.reader.byCode(me, code);
  }
  @Post(':code/release')
  @StaffOnly('pass.gate')
  @HttpCode(200)
  @ApiOkResponse({ type: GatePassDto })
  release(@Me() me: Principal, @Param('code') code: string, @Body() b: PassActionDto) {
    return this.reader.gateRelease(me, code, (pass) => this.moves.run(me, pass, 'release', b));
  }
}

/** The owner's release passes in the mini-program: the guide, applying, mine (and my rooms' to confirm), the steps. */
@ApiTags('me')
@Controller('me/passes')
export class MyPassesController {
  constructor(
    @Inject(PassReader) private readonly reader: PassReader,
    @Inject(PassMoves) private readonly moves: PassMoves,
    @Inject(PassIntake) private readonly intake: PassIntake,
    @Inject(PassGuide) private readonly guide: PassGuide,
  ) {}

  @Get('guide')
  @OwnerOnly()
  @ApiOkResponse({ type: GuideDto })
  getGuide(@Me() me: Principal, @Query() q: GuideQuery) {
    return this.guide.forOwner(me, q.projectId);
  }
  @Post()
  @OwnerOnly()
  @ApiOkResponse({ type: PassDto })
  async apply(@Me() me: Principal, @Body() b: MyPassApplyDto) {
    return this.reader.myDetail(me, await this.intake.apply(me, b));
  }
  @Get()
  @OwnerOnly()
  @ApiOkResponse({ type: [PassDto] })
  mine(@Me() me: Principal) {
    return this.reader.mine(me);
  }
  @Get(':id')
  @OwnerOnly()
  @ApiOkResponse({ type: PassDto })
  detail(@Me() me: Principal, @Id() id: number) {
    return this.reader.myDetail(me, id);
  }
  @Post(':id/actions/:action')
  @OwnerOnly()
  @HttpCode(200)
  @ApiParam({ name: 'action', enum: ['confirm', 'decline', 'cancel'] })
  @ApiOkResponse({ type: PassDto })
  async act(@Me() me: Principal, @Id() id: number, @Param('action') action: string, @Body() b: PassActionDto) {
    if (!['confirm', 'decline', 'cancel'].includes(action)) throw badRequest(`未知的操作：${action}`);
    return this.reader.dto(me, await this.moves.act(me, id, action, b));
  }
}
