import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { ACTIVITY_ACTIONS } from '@wy/shared';
import { OkDto } from '../../common/dto.js';
import { Id, Me, OwnerOnly, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import {
  ActivityActionDto,
  ActivityCallbackDto,
  ActivityCallbacksDto,
  ActivityDetailDto,
  ActivityDetailsDto,
  ActivityPageDto,
  ActivityPlanDto,
  ActivityPlanQuery,
  ActivityQuery,
  ActivitySignupRowDto,
  FinalizePlanDto,
  MyActivityDetailDto,
  MyActivityPageDto,
  MyPollVoteFormDto,
  MySignupFormDto,
  PlanActivityDto,
} from './activities.dto.js';
import { ActivityMoves } from './moves.service.js';
import { ActivityPlanning } from './planning.service.js';
import { ActivityReader } from './reading.service.js';
import { ActivitySignups } from './signups.service.js';

/** 社区活动 in the console: the annual plan, the activities and their steps, sign-ups, callbacks. */
@ApiTags('activities')
@Controller()
export class ActivitiesController {
  constructor(
    @Inject(ActivityPlanning) private readonly planning: ActivityPlanning,
    @Inject(ActivityMoves) private readonly moves: ActivityMoves,
    @Inject(ActivityReader) private readonly reader: ActivityReader,
    @Inject(ActivitySignups) private readonly signups: ActivitySignups,
  ) {}

  @Get('activity-plans')
  @StaffOnly('activity.read')
  @ApiOkResponse({ type: ActivityPlanDto })
  plan(@Me() me: Principal, @Query() q: ActivityPlanQuery) {
    return this.reader.plan(me, q.projectId, q.year);
  }
  @Post('activity-plans/finalize')
  @StaffOnly('activity.publish')
  @HttpCode(200)
  @ApiOkResponse({ type: ActivityPlanDto })
  async finalize(@Me() me: Principal, @Body() b: FinalizePlanDto) {
    await this.planning.finalize(me, b);
    return this.reader.plan(me, b.projectId, b.year);
  }
  @Post('activities')
  @StaffOnly('activity.manage')
  @ApiOkResponse({ type: ActivityDetailDto })
  async create(@Me() me: Principal, @Body() b: PlanActivityDto) {
    return this.reader.detail(me, await this.planning.add(me, b));
  }
  @Get('activities')
  @StaffOnly('activity.read')
  @ApiOkResponse({ type: ActivityPageDto })
  list(@Me() me: Principal, @Query() q: ActivityQuery) {
    return this.reader.list(me, q);
  }
  @Get('activities/:id')
  @StaffOnly('activity.read')
  @ApiOkResponse({ type: ActivityDetailDto })
  detail(@Me() me: Principal, @Id() id: number) {
    return this.reader.detail(me, id);
  }
  @Put('activities/:id')
  @StaffOnly('activity.manage')
  @ApiOkResponse({ type: ActivityDetailDto })
  async edit(@Me() me: Principal, @Id() id: number, @Body() b: ActivityDetailsDto) {
    await this.moves.edit(me, id, b);
    return this.reader.detail(me, id);
  }
  @Post('activities/:id/actions/:action')
  @StaffOnly('activity.read')
  @HttpCode(200)
  @ApiParam({ name: 'action', enum: ACTIVITY_ACTIONS })
  @ApiOkResponse({ type: ActivityDetailDto })
  async act(@Me() me: Principal, @Id() id: number, @Param('action') action: string, @Body() b: ActivityActionDto) {
    await this.moves.act(me, id, action, b);
    return this.reader.detail(me, id);
  }
  @Get('activities/:id/signups')
  @StaffOnly('activity.read')
  @ApiOkResponse({ type: [ActivitySignupRowDto] })
  signupList(@Me() me: Principal, @Id() id: number) {
    return this.reader.signupList(me, id);
  }
  @Get('activities/:id/callbacks')
  @StaffOnly('activity.callback')
  @ApiOkResponse({ type: ActivityCallbacksDto })
  callbacks(@Me() me: Principal, @Id() id: number) {
    return this.reader.callbacks(me, id);
  }
  @Post('activities/:id/callbacks')
  @StaffOnly('activity.callback')
  @HttpCode(200)
  @ApiOkResponse({ type: ActivityCallbacksDto })
  async callback(@Me() me: Principal, @Id() id: number, @Body() b: ActivityCallbackDto) {
    await this.signups.callback(me, id, b);
    return this.reader.callbacks(me, id);
  }
}

/** 社区活动 in the mini-program: polls and activities of my projects, my answer, sign-up and cancel. */
@ApiTags('me')
@Controller('me/activities')
export class MyActivitiesController {
  constructor(
    @Inject(ActivityReader) private readonly reader: ActivityReader,
    @Inject(ActivitySignups) private readonly signups: ActivitySignups,
  ) {}

  @Get()
  @OwnerOnly()
  @ApiOkResponse({ type: MyActivityPageDto })
  list(@Me() me: Principal) {
    return this.reader.mine(me);
  }
  @Get(':id')
  @OwnerOnly()
  @ApiOkResponse({ type: MyActivityDetailDto })
  detail(@Me() me: Principal, @Id() id: number) {
    return this.reader.myDetail(me, id);
  }
  @Post(':id/poll')
  @OwnerOnly()
  @HttpCode(200)
  @ApiOkResponse({ type: MyActivityDetailDto })
  async vote(@Me() me: Principal, @Id() id: number, @Body() b: MyPollVoteFormDto) {
    await this.signups.vote(me, id, b);
    return this.reader.myDetail(me, id);
  }
  @Post(':id/signup')
  @OwnerOnly()
  @HttpCode(200)
  @ApiOkResponse({ type: MyActivityDetailDto })
  async signUp(@Me() me: Principal, @Id() id: number, @Body() b: MySignupFormDto) {
    await this.signups.signUp(me, id, b);
    return this.reader.myDetail(me, id);
  }
  @Post(':id/signup/cancel')
  @OwnerOnly()
  @HttpCode(200)
  @ApiOkResponse({ type: OkDto })
  async cancel(@Me() me: Principal, @Id() id: number) {
    await this.signups.cancel(me, id);
    return { ok: true };
  }
}
