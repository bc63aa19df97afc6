import { Body, Controller, Get, Inject, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Me, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import {
  CreateFollowUpDto,
  CreateWeeklyReviewDto,
  FollowUpCountsDto,
  FollowUpCountsQuery,
  FollowUpHistoryQuery,
  FollowUpListQuery,
  FollowUpPageDto,
  FollowUpRecordDto,
  WeeklyReviewPageDto,
  WeeklyReviewQuery,
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
  /** R-CMP-18 the quality supervisor's weekly review of the week's complaints (每周回顾), class A in depth. */
  @Get('weekly')
  @StaffOnly('complaint.weekly_review')
  @ApiOkResponse({ type: WeeklyReviewPageDto })
  weekly(@Me() me: Principal, @Query() q: WeeklyReviewQuery) {
    return this.followUps.weekly(me, q);
  }
  @Post('weekly')
  @StaffOnly('complaint.weekly_review')
  @ApiOkResponse({ type: FollowUpRecordDto })
  createWeekly(@Me() me: Principal, @Body() b: CreateWeeklyReviewDto) {
    return this.followUps.createWeekly(me, b);
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
