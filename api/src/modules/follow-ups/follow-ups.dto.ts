import { ApiProperty } from '@nestjs/swagger';
import {
  FOLLOW_UP_ALL_CHECKS,
  FOLLOW_UP_ALL_RESULTS,
  FOLLOW_UP_CHECK_LABELS,
  FOLLOW_UP_CHECKS,
  FOLLOW_UP_KIND_LABELS,
  FOLLOW_UP_KINDS,
  FOLLOW_UP_SUPERVISOR_KINDS,
  WEEKLY_DEPTH_MAX,
  FOLLOW_UP_RESULT_LABELS,
  FOLLOW_UP_SUBJECT_LABELS,
  FOLLOW_UP_SUBJECTS,
  type FollowUpCheck,
  type FollowUpKind,
  type FollowUpResult,
  type FollowUpSubject,
  type FollowUpSupervisorKind,
} from '@wy/shared';
import { nullable, PageQuery } from '../../common/dto.js';
import { Bool, DateOnly, Int, OneOf, Str, StrArray } from '../../common/validation.js';

export class FollowUpListQuery extends PageQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @OneOf('对象', FOLLOW_UP_SUBJECTS, { labels: FOLLOW_UP_SUBJECT_LABELS }) subject: FollowUpSubject;
  @OneOf('跟进类型', FOLLOW_UP_SUPERVISOR_KINDS, { labels: FOLLOW_UP_KIND_LABELS }) kind: FollowUpSupervisorKind;
  @Bool('只看未完成', { optional: true, description: '每日跟进：今天还没跟进的；验证关闭：还没验证的' }) pending?: boolean;
  @Bool('只看超时', { optional: true }) overdue?: boolean;
  @Bool('只看承诺今天到期或已过期', { optional: true, description: '每日跟进·投诉：有今天到期或已过期的承诺' })
  promiseDue?: boolean;
}
/** R-CMP-18 the weekly review list: the week's complaints (received or closed in it). */
export class WeeklyReviewQuery extends PageQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @DateOnly('周', { optional: true, description: '这一周里的任一天（YYYY-MM-DD），默认本周；每周从周一开始' }) week?: string;
  @Bool('只看未回顾', { optional: true }) pending?: boolean;
  @Bool('只看重大投诉', { optional: true }) classA?: boolean;
}
export class CreateWeeklyReviewDto {
  @Int('投诉ID', { min: 1 }) complaintId: number;
  @DateOnly('周', { optional: true, description: '这一周里的任一天（YYYY-MM-DD），默认本周' }) week?: string;
  @StrArray('核查内容', FOLLOW_UP_CHECKS.weekly, { max: 10 }) checks: FollowUpCheck[];
  @OneOf('结论', FOLLOW_UP_ALL_RESULTS, { labels: FOLLOW_UP_RESULT_LABELS }) result: FollowUpResult;
  @Str('说明', { optional: true, max: 500 }) note?: string;
  @Str('原因分析', { optional: true, max: WEEKLY_DEPTH_MAX, description: '重大（A 类）投诉必填' }) cause?: string;
  @Str('纠正措施', { optional: true, max: WEEKLY_DEPTH_MAX, description: '重大（A 类）投诉必填' }) measures?: string;
  @Str('预防措施', { optional: true, max: WEEKLY_DEPTH_MAX, description: '重大（A 类）投诉必填' }) prevention?: string;
}
export class FollowUpCountsQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
}
export class FollowUpHistoryQuery {
  @OneOf('对象', FOLLOW_UP_SUBJECTS, { labels: FOLLOW_UP_SUBJECT_LABELS }) subjectKind: FollowUpSubject;
  @Int('工单ID', { min: 1 }) subjectId: number;
}

export class CreateFollowUpDto {
  @OneOf('对象', FOLLOW_UP_SUBJECTS, { labels: FOLLOW_UP_SUBJECT_LABELS }) subjectKind: FollowUpSubject;
  @Int('工单ID', { min: 1 }) subjectId: number;
  @OneOf('跟进类型', FOLLOW_UP_SUPERVISOR_KINDS, { labels: FOLLOW_UP_KIND_LABELS }) kind: FollowUpSupervisorKind;
  @StrArray('核查内容', FOLLOW_UP_ALL_CHECKS, { max: 10 }) checks: FollowUpCheck[];
  @OneOf('结论', FOLLOW_UP_ALL_RESULTS, { labels: FOLLOW_UP_RESULT_LABELS }) result: FollowUpResult;
  @Str('说明', { optional: true, max: 500 }) note?: string;
}

export class WeeklyDepthDto {
  @ApiProperty({ description: '原因分析' }) cause: string;
  @ApiProperty({ description: '纠正措施' }) measures: string;
  @ApiProperty({ description: '预防措施' }) prevention: string;
}
export class FollowUpRecordDto {
  @ApiProperty() id: number;
  @ApiProperty({ enum: FOLLOW_UP_SUBJECTS }) subjectKind: FollowUpSubject;
  @ApiProperty() subjectId: number;
  @ApiProperty({ enum: FOLLOW_UP_KINDS }) kind: FollowUpKind;
  @ApiProperty({ enum: FOLLOW_UP_ALL_CHECKS, isArray: true, description: FOLLOW_UP_CHECKS_DOC() }) checks: FollowUpCheck[];
  @ApiProperty({ enum: FOLLOW_UP_ALL_RESULTS }) result: FollowUpResult;
  @nullable() note: string | null;
  @ApiProperty({ type: WeeklyDepthDto, nullable: true, description: '重大（A 类）投诉每周回顾的深入内容' })
  depth: WeeklyDepthDto | null;
  @ApiProperty() staffName: string;
  @ApiProperty({ format: 'date-time' }) at: string;
}
function FOLLOW_UP_CHECKS_DOC() {
  return Object.entries(FOLLOW_UP_CHECK_LABELS)
    .map(([k, v]) => `${k} ${v}`)
    .join('；');
}

export class FollowUpItemDto {
  @ApiProperty({ enum: FOLLOW_UP_SUBJECTS }) subjectKind: FollowUpSubject;
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @nullable('工单号或投诉编码') code: string | null;
  @ApiProperty() status: string;
  @ApiProperty({ description: '报修类别，或投诉的类别' }) title: string;
  @ApiProperty({ description: '报修描述或投诉内容（截短）' }) summary: string;
  @ApiProperty({ description: '报修人或投诉人' }) person: string;
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: '报修：要求完成时间；投诉：最近一项未兑现承诺的到期时间（没有时为告知的答复时间）',
  })
  dueAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) closedAt: string | null;
  @ApiProperty({ description: '重要报修或重大（A 类）投诉' }) important: boolean;
  @nullable('投诉的重要程度 A/B/C（报修为空）') importance: string | null;
  @ApiProperty({ description: '投诉：有今天到期或已过期、尚未兑现的承诺' }) promiseDue: boolean;
  @ApiProperty() overdue: boolean;
  @ApiProperty({ description: '每日跟进：今天已跟进；验证关闭：本次关闭已验证' }) done: boolean;
  @ApiProperty({ type: FollowUpRecordDto, nullable: true, description: '最近一次（本类型的）跟进' })
  last: FollowUpRecordDto | null;
}
export class FollowUpPageDto {
  @ApiProperty({ type: [FollowUpItemDto] }) items: FollowUpItemDto[];
  @nullable() nextCursor: string | null;
}
/** R-CMP-18 the week reviewed and its complaints. */
export class WeeklyReviewPageDto {
  @ApiProperty({ description: '本周周一（项目所在时区）', format: 'date' }) weekStart: string;
  @ApiProperty({ description: '本周周日', format: 'date' }) weekEnd: string;
  @ApiProperty({ description: '本周投诉中还没回顾的件数' }) pendingCount: number;
  @ApiProperty({ type: [FollowUpItemDto] }) items: FollowUpItemDto[];
  @nullable() nextCursor: string | null;
}
export class FollowUpCountsDto {
  @ApiProperty({ description: '今天还没跟进的未完成报修' }) repairDaily: number;
  @ApiProperty({ description: '今天还没跟进的未完结投诉' }) complaintDaily: number;
  @ApiProperty({ description: '还没验证的已关闭报修（近 30 天）' }) repairClosure: number;
  @ApiProperty({ description: '还没验证的已结案投诉（近 30 天）' }) complaintClosure: number;
}
