import { ApiProperty } from '@nestjs/swagger';
import {
  ARREARS_ACTION_KINDS,
  ARREARS_ACTION_KIND_LABELS,
  ARREARS_DUE,
  ARREARS_SORTS,
  ARREARS_SORT_LABELS,
  ARREARS_STAGES,
  ARREARS_STAGE_LABELS,
  type ArrearsActionKind,
  type ArrearsDue,
  type ArrearsSort,
  type ArrearsStage,
} from '@wy/shared';
import { PageQuery, nullable } from '../../common/dto.js';
import { Bool, DateOnly, Int, IntArray, OneOf, Str } from '../../common/validation.js';

// ---------- the list ----------
export class ArrearsQuery extends PageQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @Int('楼栋', { optional: true, min: 1 }) buildingId?: number;
  @OneOf('催缴阶段', ARREARS_STAGES, { optional: true, labels: ARREARS_STAGE_LABELS }) stage?: ArrearsStage;
  /** only households with an action due this month (本月待办) */
  @Bool('本月待办', { optional: true }) todo?: boolean;
  /** R-ARR-07 only households whose promised pay date is today or past and not yet followed up */
  @Bool('承诺到期', { optional: true }) promiseDue?: boolean;
  @OneOf('排序', ARREARS_SORTS, { optional: true, labels: ARREARS_SORT_LABELS }) sort?: ArrearsSort;
}

export class ArrearsActionDto {
  @ApiProperty() id: number;
  @ApiProperty() roomId: number;
  @ApiProperty({ enum: ARREARS_ACTION_KINDS }) kind: ArrearsActionKind;
  @ApiProperty() kindLabel: string;
  @ApiProperty() doneOn: string;
  @nullable() note: string | null;
  @ApiProperty({ nullable: true, type: Boolean }) signed: boolean | null;
  @nullable() trackingNo: string | null;
  @nullable() promisedOn: string | null;
  @ApiProperty() owedFen: number;
  @ApiProperty() ageMonths: number;
  @ApiProperty() byName: string;
  @ApiProperty() createdAt: string;
}

/** A household's place on the ladder today (the list's row and the room sheet share it). */
export class ArrearsStatusDto {
  @ApiProperty() roomId: number;
  @ApiProperty() ageMonths: number;
  @ApiProperty({ enum: ARREARS_STAGES }) stage: ArrearsStage;
  @ApiProperty() stageLabel: string;
  @ApiProperty({ enum: ARREARS_DUE }) due: ArrearsDue;
  @ApiProperty() dueLabel: string;
  /** principal + late fee owed today (fen) */
  @ApiProperty() owedFen: number;
  @ApiProperty() largeCustomer: boolean;
  /** R-ARR-06 over three months */
  @ApiProperty() flagged: boolean;
  /** R-ARR-07 the open promised pay date, if any */
  @nullable() promisedOn: string | null;
  @ApiProperty() promiseDue: boolean;
}

export class ArrearsRowDto extends ArrearsStatusDto {
  @ApiProperty() roomLabel: string;
  @ApiProperty() propertyCode: string;
  @ApiProperty() buildingId: number;
  @nullable() ownerName: string | null;
  @nullable() ownerPhoneMasked: string | null;
  @ApiProperty() bills: number;
  @ApiProperty() oldestDueOn: string;
  @ApiProperty() principalFen: number;
  @ApiProperty() lateFeeFen: number;
  @ApiProperty({ type: ArrearsActionDto, nullable: true }) lastAction: ArrearsActionDto | null;
}

export class ArrearsPageDto {
  @ApiProperty({ type: [ArrearsRowDto] }) items: ArrearsRowDto[];
  @nullable() nextCursor: string | null;
  /** households matching the filters (all pages) and what they owe in all */
  @ApiProperty() total: number;
  @ApiProperty() totalOwedFen: number;
  /** the project's local date the ages are counted to */
  @ApiProperty() today: string;
}

// ---------- recording ----------
export class RecordArrearsActionDto {
  @Int('房屋', { min: 1 }) roomId: number;
  @OneOf('催缴方式', ARREARS_ACTION_KINDS, { labels: ARREARS_ACTION_KIND_LABELS }) kind: ArrearsActionKind;
  @DateOnly('催缴日期', { optional: true }) doneOn?: string;
  @Str('说明', { optional: true, max: 200 }) note?: string;
  @Bool('客户已签收', { optional: true }) signed?: boolean;
  @Str('快递单号', { optional: true, max: 40, pattern: /^[A-Za-z0-9-]+$/, patternMessage: '快递单号只能是字母、数字和横线' })
  trackingNo?: string;
  @DateOnly('承诺缴费日期', { optional: true }) promisedOn?: string;
}

export class LargeCustomerDto {
  @Bool('大客户') large: boolean;
}

// ---------- a room ----------
export class RoomArrearsDto extends ArrearsStatusDto {
  @ApiProperty() inArrears: boolean;
  @ApiProperty({ type: [ArrearsActionDto] }) actions: ArrearsActionDto[];
}

// ---------- written notices (催缴通知单) ----------
export class NoticeQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @Int('楼栋', { min: 1 }) buildingId: number;
}
export class NoticeBillDto {
  @ApiProperty() billId: number;
  @ApiProperty() title: string;
  @nullable() period: string | null;
  @ApiProperty() dueOn: string;
  @ApiProperty() principalFen: number;
  @ApiProperty() lateFeeFen: number;
  @ApiProperty() totalFen: number;
  @ApiProperty() lateFeeRule: string;
}
export class NoticeDto {
  @ApiProperty() roomId: number;
  @ApiProperty() roomLabel: string;
  @ApiProperty() propertyCode: string;
  @nullable() ownerName: string | null;
  @ApiProperty() ageMonths: number;
  @ApiProperty({ type: [NoticeBillDto] }) bills: NoticeBillDto[];
  @ApiProperty() principalFen: number;
  @ApiProperty() lateFeeFen: number;
  @ApiProperty() totalFen: number;
  /** already recorded as this month's written notice */
  @ApiProperty() noticedThisMonth: boolean;
}
export class NoticeBatchDto {
  @ApiProperty() projectName: string;
  @ApiProperty() companyName: string;
  @nullable() servicePhone: string | null;
  @ApiProperty() buildingName: string;
  @ApiProperty() today: string;
  /** how to pay, with where the mini-program's bill page is (the QR code's place on paper) */
  @ApiProperty() payInstructions: string;
  @ApiProperty() payLink: string;
  @ApiProperty({ type: [NoticeDto] }) notices: NoticeDto[];
}
export class RecordNoticesDto {
  @Int('项目ID', { min: 1 }) projectId: number;
  @Int('楼栋', { min: 1 }) buildingId: number;
  @IntArray('房屋', { max: 500 }) roomIds: number[];
}
export class RecordedNoticesDto {
  @ApiProperty() recorded: number;
  /** households that already had this month's written notice (left as they were) */
  @ApiProperty() skipped: number;
}
