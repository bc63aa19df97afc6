import { ApiProperty } from '@nestjs/swagger';
import {
  WORK_REPORT_ACTIONS,
  WORK_REPORT_OPINION_MAX,
  WORK_REPORT_STATUSES,
  WORK_REPORT_STATUS_LABELS,
  WORK_REPORT_TEXT_MAX,
  type WorkReportStatus,
} from '@wy/shared';
import { PageQuery, nullable, nullableInt } from '../../common/dto.js';
import { DateOnly, Int, MonthOnly, OneOf, Str } from '../../common/validation.js';

/** What the office writes: 本月工作 and 下月计划 (edited only while a draft). */
export class WorkReportFormDto {
  @Str('本月工作', { optional: true, max: WORK_REPORT_TEXT_MAX }) summary?: string;
  @Str('下月计划', { optional: true, max: WORK_REPORT_TEXT_MAX }) plan?: string;
}
export class CreateWorkReportDto {
  @Int('项目ID', { min: 1 }) projectId: number;
  @MonthOnly('月份') month: string;
}
/** A step's input: the committee's reason (退回), its reviewer, day and opinion (登记审核意见). */
export class WorkReportActionDto {
  @Str('原因', { optional: true, max: WORK_REPORT_OPINION_MAX }) reason?: string;
  @Str('审核委员', { optional: true, max: 50 }) reviewerName?: string;
  @DateOnly('审核日期', { optional: true }) reviewedOn?: string;
  @Str('审核意见', { optional: true, max: WORK_REPORT_OPINION_MAX }) opinion?: string;
}
export class WorkReportQuery extends PageQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @OneOf('状态', WORK_REPORT_STATUSES, { optional: true, labels: WORK_REPORT_STATUS_LABELS }) status?: WorkReportStatus;
}

export class RepairFiguresDto {
  @ApiProperty() received: number;
  @ApiProperty() resolved: number;
  @nullableInt('报修处理及时率（%）') timelyRate: number | null;
  @nullableInt('回访率（%）') callbackRate: number | null;
  @nullableInt('满意率（%）') satisfactionRate: number | null;
}
export class ComplaintFiguresDto {
  @ApiProperty() received: number;
  @nullableInt('投诉处理及时率（%）') timelyRate: number | null;
  @nullableInt('回访率（%）') callbackRate: number | null;
  @nullableInt('满意率（%）') satisfactionRate: number | null;
}
export class CollectionFiguresDto {
  @ApiProperty({ description: '应收（分）' }) billedFen: number;
  @ApiProperty({ description: '实收（分）' }) collectedFen: number;
  @nullableInt('收缴率（%）') ratePct: number | null;
}
export class WorkReportFiguresDto {
  @ApiProperty({ type: RepairFiguresDto }) repairs: RepairFiguresDto;
  @ApiProperty({ type: ComplaintFiguresDto }) complaints: ComplaintFiguresDto;
  @ApiProperty({ type: CollectionFiguresDto }) collection: CollectionFiguresDto;
}

export class WorkReportSummaryDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @ApiProperty({ description: 'YYYY-MM（项目所在时区）' }) month: string;
  @ApiProperty({ enum: WORK_REPORT_STATUSES }) status: WorkReportStatus;
  @ApiProperty({ format: 'date-time', description: '应提交业委会的时间（当月28日结束）' }) dueAt: string;
  @ApiProperty({ description: '逾期：28日结束前未提交，或提交时已过' }) late: boolean;
  @nullable('提交业委会时间') submittedAt: string | null;
  @nullable('公示时间') publishedAt: string | null;
  @ApiProperty() createdByName: string;
}
export class WorkReportPageDto {
  @ApiProperty({ type: [WorkReportSummaryDto] }) items: WorkReportSummaryDto[];
  @nullable() nextCursor: string | null;
}
export class WorkReportDetailDto extends WorkReportSummaryDto {
  @ApiProperty() projectName: string;
  @ApiProperty() summary: string;
  @ApiProperty() plan: string;
  @ApiProperty({ type: WorkReportFiguresDto, description: '草稿时为实时数据，提交业委会后为提交时的数据' })
  figures: WorkReportFiguresDto;
  @ApiProperty({ description: '数据是否已在提交业委会时固定' }) figuresFrozen: boolean;
  @nullable() submittedByName: string | null;
  @nullable('业委会退回的原因') returnReason: string | null;
  @nullable() reviewerName: string | null;
  @nullable('业委会审核日期') reviewedAt: string | null;
  @nullable() reviewOpinion: string | null;
  @nullable() publishedByName: string | null;
  @ApiProperty({ enum: WORK_REPORT_ACTIONS, isArray: true }) allowedActions: string[];
}

/** What owners read: a published report, its figures and the committee's opinion (no staff names). */
export class MyWorkReportDto {
  @ApiProperty() id: number;
  @ApiProperty() projectName: string;
  @ApiProperty() month: string;
  @ApiProperty({ format: 'date-time' }) publishedAt: string;
}
export class MyWorkReportPageDto {
  @ApiProperty({ type: [MyWorkReportDto] }) items: MyWorkReportDto[];
  @nullable() nextCursor: string | null;
}
export class MyWorkReportDetailDto extends MyWorkReportDto {
  @ApiProperty() summary: string;
  @ApiProperty() plan: string;
  @ApiProperty({ type: WorkReportFiguresDto }) figures: WorkReportFiguresDto;
  @ApiProperty({ format: 'date-time' }) reviewedAt: string;
  @ApiProperty() reviewOpinion: string;
}
