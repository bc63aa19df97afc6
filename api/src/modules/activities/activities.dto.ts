import { ApiProperty } from '@nestjs/swagger';
import {
  ACTIVITY_ACTIONS,
  ACTIVITY_PEOPLE_MAX,
  ACTIVITY_PLAN_WINDOW_LABELS,
  ACTIVITY_POLL_OPTIONS_MAX,
  ACTIVITY_STATUSES,
  ACTIVITY_STATUS_LABELS,
  ACTIVITY_TEXT_MAX,
  ACTIVITY_THEME_MAX,
  type ActivityStatus,
} from '@wy/shared';
import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery, nullable, nullableInt } from '../../common/dto.js';
import { Bool, Instant, Int, IntArray, MonthOnly, OneOf, Str } from '../../common/validation.js';

/** A list of short texts (the poll's options). */
function Texts(label: string, o: { max: number; each: number }) {
  return applyDecorators(
    ApiProperty({ type: [String], required: false, description: label }),
    IsOptional(),
    IsArray({ message: `${label}必须是列表` }),
    ArrayMaxSize(o.max, { message: `${label}最多${o.max}项` }),
    IsString({ each: true, message: `${label}必须是文字` }),
    MaxLength(o.each, { each: true, message: `${label}每项不能超过${o.each}个字` }),
  );
}

// ---------- the plan ----------
export class ActivityPlanQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @Int('年度', { min: 2000, max: 2100 }) year: number;
}
export class FinalizePlanDto {
  @Int('项目ID', { min: 1 }) projectId: number;
  @Int('年度', { min: 2000, max: 2100 }) year: number;
}

/** R-ACT-01 an activity of the annual plan: theme, purpose, month, budget. */
export class PlanActivityDto {
  @Int('项目ID', { min: 1 }) projectId: number;
  @Int('年度', { min: 2000, max: 2100 }) year: number;
  @Str('活动主题', { max: ACTIVITY_THEME_MAX }) theme: string;
  @Str('活动目的', { max: 500 }) purpose: string;
  @MonthOnly('计划月份') plannedMonth: string;
  @Int('预算（分）', { min: 0, max: 100_000_000 }) budgetFen: number;
}

/** The details, edited until it is published: what owners read, time, place, capacity, safety, the poll. */
export class ActivityDetailsDto {
  @Str('活动主题', { max: ACTIVITY_THEME_MAX }) theme: string;
  @Str('活动目的', { max: 500 }) purpose: string;
  @MonthOnly('计划月份') plannedMonth: string;
  @Int('预算（分）', { min: 0, max: 100_000_000 }) budgetFen: number;
  @Str('活动介绍', { optional: true, max: ACTIVITY_TEXT_MAX }) description?: string;
  @Instant('开始时间', { optional: true }) startsAt?: string;
  @Instant('结束时间', { optional: true }) endsAt?: string;
  @Str('地点', { optional: true, max: 100 }) place?: string;
  @Int('名额（人）', { optional: true, min: 1, max: 10000 }) capacity?: number;
  @Int('每户最多人数', { optional: true, min: 1, max: ACTIVITY_PEOPLE_MAX }) maxPerSignup?: number;
  @Str('安全措施', { optional: true, max: ACTIVITY_TEXT_MAX }) safetyMeasures?: string;
  @Str('征询问题', { optional: true, max: 100 }) pollQuestion?: string;
  @Texts('征询选项', { max: ACTIVITY_POLL_OPTIONS_MAX, each: 30 }) pollOptions?: string[];
  @Bool('开启意见征询', { optional: true }) openPoll?: boolean;
}

/** A step's input: the budget asked (申请预算), approved (批准预算), a reason (退回/取消), the summary and photos (活动总结). */
export class ActivityActionDto {
  @Int('申请/批准金额（分）', { optional: true, min: 1, max: 100_000_000 }) amountFen?: number;
  @Str('说明', { optional: true, max: 200 }) note?: string;
  @Str('原因', { optional: true, max: 200 }) reason?: string;
  @Str('活动总结', { optional: true, max: ACTIVITY_TEXT_MAX }) summary?: string;
  @IntArray('活动照片', { optional: true, max: 12 }) photoIds?: number[];
}

export class ActivityQuery extends PageQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @Int('年度', { optional: true, min: 2000, max: 2100 }) year?: number;
  @OneOf('状态', ACTIVITY_STATUSES, { optional: true, labels: ACTIVITY_STATUS_LABELS }) status?: ActivityStatus;
  @Str('主题', { optional: true, max: 40 }) keyword?: string;
}

export class ActivityCallbackDto {
  @Int('报名记录', { min: 1 }) signupId: number;
  @Bool('是否满意') satisfied: boolean;
  @Str('回访记录', { optional: true, max: 200 }) note?: string;
}

// ---------- answers ----------
export class ActivitySummaryDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @ApiProperty() year: number;
  @ApiProperty({ description: '计划外（定稿后增加）' }) extra: boolean;
  @ApiProperty() theme: string;
  @ApiProperty() purpose: string;
  @ApiProperty() plannedMonth: string;
  @ApiProperty() budgetFen: number;
  @ApiProperty({ enum: ACTIVITY_STATUSES }) status: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) startsAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) endsAt: string | null;
  @nullable() place: string | null;
  @nullableInt() capacity: number | null;
  @ApiProperty({ description: '已报名人数' }) signedPeople: number;
  @nullableInt('批准预算（分）') budgetApprovedFen: number | null;
}
export class ActivityPageDto {
  @ApiProperty({ type: [ActivitySummaryDto] }) items: ActivitySummaryDto[];
  @nullable() nextCursor: string | null;
}
export class ActivityPlanDto {
  @ApiProperty() projectId: number;
  @ApiProperty() year: number;
  @ApiProperty({ enum: Object.keys(ACTIVITY_PLAN_WINDOW_LABELS) }) window: string;
  @ApiProperty() windowLabel: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) finalizedAt: string | null;
  @nullable() finalizedByName: string | null;
  @ApiProperty({ description: '计划预算合计（分）' }) budgetTotalFen: number;
  @ApiProperty({ type: [ActivitySummaryDto] }) items: ActivitySummaryDto[];
  @ApiProperty({ description: '可以定稿' }) mayFinalize: boolean;
}
export class PollOptionCountDto {
  @ApiProperty() label: string;
  @ApiProperty() votes: number;
}
export class ActivityPhotoDto {
  @ApiProperty() id: number;
  @ApiProperty() url: string;
  @ApiProperty() thumbUrl: string;
}
export class ActivityDetailDto extends ActivitySummaryDto {
  @nullable() description: string | null;
  @ApiProperty() maxPerSignup: number;
  @nullable() safetyMeasures: string | null;
  @nullable() pollQuestion: string | null;
  @ApiProperty({ type: [PollOptionCountDto] }) poll: PollOptionCountDto[];
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) pollOpenedAt: string | null;
  @nullableInt() budgetRequestedFen: number | null;
  @nullable() budgetNote: string | null;
  @nullable() budgetApprovedByName: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) budgetApprovedAt: string | null;
  @nullable() budgetRejectReason: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) publishedAt: string | null;
  @nullable() publishedByName: string | null;
  @nullable() summary: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) finishedAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) archivedAt: string | null;
  @nullable() archivedByName: string | null;
  @nullable() cancelReason: string | null;
  @ApiProperty() createdByName: string;
  @ApiProperty({ description: '报名户数' }) signups: number;
  @ApiProperty({ description: '应回访户数（报名户数的10%，向上取整）' }) callbackQuota: number;
  @ApiProperty({ description: '已回访户数' }) callbacksMade: number;
  @ApiProperty() callbacksSatisfied: number;
  @nullableInt('满意率（%）') satisfactionRate: number | null;
  @ApiProperty({ description: '满意率目标（%）' }) satisfactionTarget: number;
  @ApiProperty({ type: [ActivityPhotoDto] }) photos: ActivityPhotoDto[];
  @ApiProperty({ type: [String], enum: ACTIVITY_ACTIONS }) allowedActions: string[];
  @ApiProperty({ description: '可以修改详情' }) editable: boolean;
  @ApiProperty() timeZone: string;
}
export class ActivitySignupRowDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty() roomLabel: string;
  @ApiProperty() people: number;
  @ApiProperty({ enum: ['active', 'cancelled'] }) status: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
export class ActivityCallbackRowDto {
  @ApiProperty() signupId: number;
  @ApiProperty() name: string;
  @ApiProperty() roomLabel: string;
  @ApiProperty() people: number;
  @ApiProperty({ description: '公平抽取的回访顺序（从1起）' }) rank: number;
  @ApiProperty({ description: '在应回访名单内' }) required: boolean;
  @ApiProperty({ nullable: true, type: Boolean }) satisfied: boolean | null;
  @nullable() note: string | null;
  @nullable() staffName: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) calledAt: string | null;
}
export class ActivityCallbacksDto {
  @ApiProperty() quota: number;
  @ApiProperty() made: number;
  @nullableInt('满意率（%）') satisfactionRate: number | null;
  @ApiProperty() target: number;
  @ApiProperty({ type: [ActivityCallbackRowDto] }) rows: ActivityCallbackRowDto[];
}

// ---------- owners ----------
export class MyActivitySignupDto {
  @ApiProperty() roomId: number;
  @ApiProperty() roomLabel: string;
  @ApiProperty() name: string;
  @ApiProperty() people: number;
}
export class MySignupFormDto {
  @Int('房屋', { min: 1 }) roomId: number;
  @Str('报名人姓名', { max: 50 }) name: string;
  @Int('人数', { min: 1, max: ACTIVITY_PEOPLE_MAX }) people: number;
}
export class MyPollVoteFormDto {
  @Int('选项', { min: 0, max: ACTIVITY_POLL_OPTIONS_MAX - 1 }) option: number;
}
export class MyActivityDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @ApiProperty() theme: string;
  @ApiProperty({
    enum: ['poll', 'open', 'full', 'closed', 'ended', 'cancelled'],
    description: '征求意见 / 报名中 / 已满 / 报名截止 / 已结束 / 已取消',
  })
  phase: string;
  @ApiProperty() phaseLabel: string;
  @ApiProperty() plannedMonth: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) startsAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) endsAt: string | null;
  @nullable() place: string | null;
  @nullableInt() capacity: number | null;
  @ApiProperty() signedPeople: number;
  @ApiProperty() projectName: string;
  @ApiProperty() timeZone: string;
  @ApiProperty({ description: '我已报名' }) signedUp: boolean;
}
export class MyActivityPageDto {
  @ApiProperty({ type: [MyActivityDto] }) items: MyActivityDto[];
}
export class MyActivityDetailDto extends MyActivityDto {
  @ApiProperty() purpose: string;
  @nullable() description: string | null;
  @ApiProperty() maxPerSignup: number;
  @nullable() pollQuestion: string | null;
  @ApiProperty({ type: [PollOptionCountDto] }) poll: PollOptionCountDto[];
  @nullableInt('我的选择（从0起）') myVote: number | null;
  @ApiProperty({ type: MyActivitySignupDto, nullable: true }) mySignup: MyActivitySignupDto | null;
}
