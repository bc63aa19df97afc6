import { Body, Controller, Get, Inject, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Me, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import {
  CreateFollowUpDto,
  FollowUpCountsDto,
  FollowUpCountsQuery,
  FollowUpHistoryQuery,
  FollowUpListQuery,
  FollowUpPageDto,
  FollowUpRecordDto,
} from './follow-ups.dto.js';
import { FollowUpsService } from './follow-ups.service.js';

/** R-REP-17 the supervisor's daily follow-up (每日跟进) and closure verification (验证关闭). */
@ApiTags('follow-ups')
@Controller('follow-ups')
export class FollowUpsController {
  constructor(@Inject(FollowUpsService) private readonly followUps: FollowUpsService) {}

  @Get('items')
  @StaffOnly('followup.supervise')
  @ApiOkResponse({ type: FollowUpPageDto })
  items(@Me() me: Principal, @Query() q: FollowUpListQuery) {
    return this.followUps.list(me, q);
  }
  @Get('counts')
  @StaffOnly('followup.supervise')
  @ApiOkResponse({ type: FollowUpCountsDto })
  counts(@Me() me: Principal, @Query() q: FollowUpCountsQuery) {
    return this.followUps.counts(me, q.projectId);
  }
  @Get()
  @StaffOnly('followup.supervise')
  @ApiOkResponse({ type: [FollowUpRecordDto] })
  history(@Me() me: Principal, @Query() q: FollowUpHistoryQuery) {
    return this.followUps.history(me, q.subjectKind, q.subjectId);
  }
  @Post()
  @StaffOnly('followup.supervise')
  @ApiOkResponse({ type: FollowUpRecordDto })
  create(@Me() me: Principal, @Body() b: CreateFollowUpDto) {
    return this.followUps.create(me, b);
  }
}
