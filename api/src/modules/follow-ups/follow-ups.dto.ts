import { ApiProperty } from '@nestjs/swagger';
import {
  FOLLOW_UP_ALL_CHECKS,
  FOLLOW_UP_ALL_RESULTS,
  FOLLOW_UP_CHECK_LABELS,
  FOLLOW_UP_KIND_LABELS,
  FOLLOW_UP_KINDS,
  FOLLOW_UP_RESULT_LABELS,
  FOLLOW_UP_SUBJECT_LABELS,
  FOLLOW_UP_SUBJECTS,
  type FollowUpCheck,
  type FollowUpKind,
  type FollowUpResult,
  type FollowUpSubject,
} from '@wy/shared';
import { nullable, PageQuery } from '../../common/dto.js';
import { Bool, Int, OneOf, Str, StrArray } from '../../common/validation.js';

export class FollowUpListQuery extends PageQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @OneOf('对象', FOLLOW_UP_SUBJECTS, { labels: FOLLOW_UP_SUBJECT_LABELS }) subject: FollowUpSubject;
  @OneOf('跟进类型', FOLLOW_UP_KINDS, { labels: FOLLOW_UP_KIND_LABELS }) kind: FollowUpKind;
  @Bool('只看未完成', { optional: true, description: '每日跟进：今天还没跟进的；验证关闭：还没验证的' }) pending?: boolean;
  @Bool('只看超时', { optional: true }) overdue?: boolean;
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
  @OneOf('跟进类型', FOLLOW_UP_KINDS, { labels: FOLLOW_UP_KIND_LABELS }) kind: FollowUpKind;
  @StrArray('核查内容', FOLLOW_UP_ALL_CHECKS, { max: 10 }) checks: FollowUpCheck[];
  @OneOf('结论', FOLLOW_UP_ALL_RESULTS, { labels: FOLLOW_UP_RESULT_LABELS }) result: FollowUpResult;
  @Str('说明', { optional: true, max: 500 }) note?: string;
}

export class FollowUpRecordDto {
  @ApiProperty() id: number;
  @ApiProperty({ enum: FOLLOW_UP_SUBJECTS }) subjectKind: FollowUpSubject;
  @ApiProperty() subjectId: number;
  @ApiProperty({ enum: FOLLOW_UP_KINDS }) kind: FollowUpKind;
  @ApiProperty({ enum: FOLLOW_UP_ALL_CHECKS, isArray: true, description: FOLLOW_UP_CHECKS_DOC() }) checks: FollowUpCheck[];
  @ApiProperty({ enum: FOLLOW_UP_ALL_RESULTS }) result: FollowUpResult;
  @nullable() note: string | null;
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
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: '要求完成 / 承诺答复时间' })
  dueAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) closedAt: string | null;
  @ApiProperty({ description: '重要报修或重大（A 类）投诉' }) important: boolean;
  @ApiProperty() overdue: boolean;
  @ApiProperty({ description: '每日跟进：今天已跟进；验证关闭：本次关闭已验证' }) done: boolean;
  @ApiProperty({ type: FollowUpRecordDto, nullable: true, description: '最近一次（本类型的）跟进' })
  last: FollowUpRecordDto | null;
}
export class FollowUpPageDto {
  @ApiProperty({ type: [FollowUpItemDto] }) items: FollowUpItemDto[];
  @nullable() nextCursor: string | null;
}
export class FollowUpCountsDto {
  @ApiProperty({ description: '今天还没跟进的未完成报修' }) repairDaily: number;
  @ApiProperty({ description: '今天还没跟进的未完结投诉' }) complaintDaily: number;
  @ApiProperty({ description: '还没验证的已关闭报修（近 30 天）' }) repairClosure: number;
  @ApiProperty({ description: '还没验证的已结案投诉（近 30 天）' }) complaintClosure: number;
}
