import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { VISITOR_GATE_ACTIONS, VISITOR_OWNER_ACTIONS } from '@wy/shared';
import { badRequest } from '../../common/app-error.js';
import { Id, Me, OwnerOnly, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import { VisitorIntake } from './intake.service.js';
import { VisitorMoves } from './moves.service.js';
import { VisitorReader } from './reading.service.js';
import {
  GateVisitorDto,
  HostsQuery,
  InviteVisitorDto,
  RegisterVisitorDto,
  VisitorActionDto,
  VisitorDto,
  VisitorHostDto,
  VisitorPageDto,
  VisitorQuery,
  VisitorRevealDto,
} from './visitors.dto.js';

/** 访客登记 at the lobby or gate (R-PAS-05): today's visitors, registration, the host's phone confirmation, entry, leaving, codes. */
@ApiTags('visitors')
@Controller('visitors')
export class VisitorGateController {
  constructor(
    @Inject(VisitorReader) private readonly reader: VisitorReader,
    @Inject(VisitorMoves) private readonly moves: VisitorMoves,
    @Inject(VisitorIntake) private readonly intake: VisitorIntake,
  ) {}

  @Get()
  @StaffOnly('visitor.gate')
  @ApiOkResponse({ type: VisitorPageDto })
  list(@Me() me: Principal, @Query() q: VisitorQuery) {
    return this.reader.list(me, q);
  }
  @Post()
  @StaffOnly('visitor.gate')
  @ApiOkResponse({ type: VisitorDto })
  async register(@Me() me: Principal, @Body() b: RegisterVisitorDto) {
    return this.reader.detail(me, await this.intake.register(me, b));
  }
  @Get('hosts')
  @StaffOnly('visitor.gate')
  @ApiOkResponse({ type: [VisitorHostDto] })
  hosts(@Me() me: Principal, @Query() q: HostsQuery) {
    return this.reader.hosts(me, q.roomId);
  }
  @Get('code/:code')
  @StaffOnly('visitor.gate')
  @ApiOkResponse({ type: GateVisitorDto })
  byCode(@Me() me: Principal, @Param('code') code: string) {
    return this.reader.byCode(me, code);
  }
  @Get(':id')
  @StaffOnly('visitor.gate')
  @ApiOkResponse({ type: VisitorDto })
  detail(@Me() me: Principal, @Id() id: number) {
    return this.reader.detail(me, id);
  }
  @Post(':id/reveal')
  @StaffOnly('visitor.gate')
  @HttpCode(200)
  @ApiOkResponse({ type: VisitorRevealDto })
  reveal(@Me() me: Principal, @Id() id: number) {
    return this.reader.reveal(me, id);
  }
  @Post(':id/actions/:action')
  @StaffOnly('visitor.gate')
  @HttpCode(200)
  @ApiParam({ name: 'action', enum: VISITOR_GATE_ACTIONS })
  @ApiOkResponse({ type: VisitorDto })
  async act(@Me() me: Principal, @Id() id: number, @Param('action') action: string, @Body() b: VisitorActionDto) {
    if (!VISITOR_GATE_ACTIONS.includes(action as never)) throw badRequest(`未知的操作：${action}`);
    return this.reader.dto(me, await this.moves.act(me, id, action, b));
  }
}

/** 访客登记 in the mini-program: my rooms' visitors (pending ones to confirm), inviting one in advance, cancelling. */
@ApiTags('me')
@Controller('me/visitors')
export class MyVisitorsController {
  constructor(
    @Inject(VisitorReader) private readonly reader: VisitorReader,
    @Inject(VisitorMoves) private readonly moves: VisitorMoves,
    @Inject(VisitorIntake) private readonly intake: VisitorIntake,
  ) {}

  @Get()
  @OwnerOnly()
  @ApiOkResponse({ type: [VisitorDto] })
  mine(@Me() me: Principal) {
    return this.reader.mine(me);
  }
  @Post()
  @OwnerOnly()
  @ApiOkResponse({ type: VisitorDto })
  async invite(@Me() me: Principal, @Body() b: InviteVisitorDto) {
    return this.reader.detail(me, await this.intake.invite(me, b));
  }
  @Get(':id')
  @OwnerOnly()
  @ApiOkResponse({ type: VisitorDto })
  detail(@Me() me: Principal, @Id() id: number) {
    return this.reader.detail(me, id);
  }
  @Post(':id/actions/:action')
  @OwnerOnly()
  @HttpCode(200)
  @ApiParam({ name: 'action', enum: VISITOR_OWNER_ACTIONS })
  @ApiOkResponse({ type: VisitorDto })
  async act(@Me() me: Principal, @Id() id: number, @Param('action') action: string, @Body() b: VisitorActionDto) {
    if (!VISITOR_OWNER_ACTIONS.includes(action as never)) throw badRequest(`未知的操作：${action}`);
    return this.reader.dto(me, await this.moves.act(me, id, action, b));
  }
}
