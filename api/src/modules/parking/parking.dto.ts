import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import {
  MANUAL_SPACE_STATES,
  PARKING_APP_STATUSES,
  PARKING_APP_STATUS_LABELS,
  PARKING_DOCS,
  PARKING_DOC_LABELS,
  PARKING_DOC_VERDICTS,
  PARKING_DOC_VERDICT_LABELS,
  PARKING_SPACE_KINDS,
  PARKING_SPACE_KIND_LABELS,
  PARKING_SPACE_STATES,
  PARKING_SPACE_STATE_LABELS,
  PARKING_TERMS,
  PARKING_TERM_LABELS,
  RENTABLE_SPACE_KINDS,
  isPlate,
} from '@wy/shared';
import { nullable, nullableInt, PageOf, ProjectIdQuery, ProjectListQuery, StepEventDto } from '../../common/dto.js';
import { Check, DateOnly, Instant, Int, IntArray, OneOf, Str } from '../../common/validation.js';

type SpaceKind = (typeof PARKING_SPACE_KINDS)[number];
type Rentable = (typeof RENTABLE_SPACE_KINDS)[number];
type Term = (typeof PARKING_TERMS)[number];
type Doc = (typeof PARKING_DOCS)[number];

const nested = (cls: () => new () => unknown, label: string, max: number, optional = false) =>
  applyDecorators(
    ApiProperty({ type: [cls()], required: !optional, description: label }),
    ...(optional ? [IsOptional()] : []),
    IsArray({ message: `${label}必须是列表` }),
    ArrayMaxSize(max, { message: `${label}最多${max}项` }),
    ValidateNested({ each: true }),
    Type(cls),
  );

// ---------- areas and spaces ----------
export class CreateAreaDto {
  @Int('项目ID', { min: 1 }) projectId: number;
  @Str('区域编码', { max: 10, pattern: /^[A-Za-z0-9-]+$/, patternMessage: '区域编码只能是字母、数字和横线' }) code: string;
  @Str('区域名称', { max: 40 }) name: string;
  @Int('排序', { optional: true, min: 0, max: 999 }) sort?: number;
}
export class AreaDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty() sort: number;
}
export class AreaQuery extends ProjectIdQuery {}

/** Spaces added to an area in one go: numbers prefix + from…to (B1-001 … B1-050), of one kind. */
export class CreateSpacesDto {
  @Int('区域', { min: 1 }) areaId: number;
  @OneOf('车位类型', PARKING_SPACE_KINDS, { labels: PARKING_SPACE_KIND_LABELS }) kind: SpaceKind;
  @Str('编号前缀', { optional: true, max: 10, pattern: /^[A-Za-z0-9-]*$/, patternMessage: '编号前缀只能是字母、数字和横线' })
  prefix?: string;
  @Int('起始编号', { min: 1, max: 9999 }) from: number;
  @Int('结束编号', { min: 1, max: 9999 }) to: number;
}
export class SpaceQuery extends ProjectListQuery({ label: '车位编号', max: 20 }) {
  @Int('区域', { optional: true, min: 1 }) areaId?: number;
  @OneOf('车位类型', PARKING_SPACE_KINDS, { optional: true, labels: PARKING_SPACE_KIND_LABELS }) kind?: SpaceKind;
  @OneOf('车位状态', PARKING_SPACE_STATES, { optional: true, labels: PARKING_SPACE_STATE_LABELS })
  state?: (typeof PARKING_SPACE_STATES)[number];
}
export class SpaceStateDto {
  @OneOf('车位状态', MANUAL_SPACE_STATES) state: (typeof MANUAL_SPACE_STATES)[number];
  @Str('说明', { optional: true, max: 100 }) note?: string;
}
export class SpaceDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @ApiProperty() areaId: number;
  @ApiProperty() areaName: string;
  @ApiProperty() no: string;
  @ApiProperty({ enum: PARKING_SPACE_KINDS }) kind: string;
  @ApiProperty({ enum: PARKING_SPACE_STATES }) state: string;
  @nullable() note: string | null;
  @nullableInt() holderApplicationId: number | null;
  @nullable('租用车牌') plate: string | null;
  @nullable('租用人') holderName: string | null;
  @nullable('到期日') endOn: string | null;
}
export class SpacePageDto extends PageOf(SpaceDto) {}
export class SpaceCountDto {
  @ApiProperty() areaId: number;
  @ApiProperty() kind: string;
  @ApiProperty() state: string;
  @ApiProperty() n: number;
}
export class SpaceCreatedDto {
  @ApiProperty() created: number;
}

// ---------- the plan and its prices (R-PRK-01) ----------
export class PriceDto {
  @OneOf('车位类型', RENTABLE_SPACE_KINDS, { labels: PARKING_SPACE_KIND_LABELS as Record<Rentable, string> }) kind: Rentable;
  @OneOf('租期', PARKING_TERMS, { labels: PARKING_TERM_LABELS }) term: Term;
  @Int('价格（分）', { min: 1, max: 100_000_000 }) amountFen: number;
}
export class SavePlanDto {
  @Int('项目ID', { min: 1 }) projectId: number;
  @Str('方案名称', { max: 60 }) title: string;
  @DateOnly('业主大会通过日期') approvedOn: string;
  @Str('业主大会决议文件', { max: 100 }) approvalDocument: string;
  @Str('办理流程', { max: 2000 }) process: string;
  @nested(() => PriceDto, '价格', 30) prices: PriceDto[];
}
export class PlanQuery extends ProjectIdQuery {}
export class PlanDocDto {
  @ApiProperty() kind: string;
  @ApiProperty() kindLabel: string;
  @ApiProperty({ type: [String] }) owner: string[];
  @ApiProperty({ type: [String] }) tenant: string[];
}
export class PlanPriceDto {
  @ApiProperty() kind: string;
  @ApiProperty() kindLabel: string;
  @ApiProperty() term: string;
  @ApiProperty() termLabel: string;
  @ApiProperty() amountFen: number;
}
export class PlanDto {
  @ApiProperty() projectId: number;
  @ApiProperty() projectName: string;
  @ApiProperty() title: string;
  @ApiProperty() approvedOn: string;
  @ApiProperty() approvalDocument: string;
  @ApiProperty() process: string;
  @nullable() publishedAt: string | null;
  @ApiProperty({ type: [PlanPriceDto] }) prices: PlanPriceDto[];
  @ApiProperty({ type: [PlanDocDto], description: '各类车位需提交的资料' }) documents: PlanDocDto[];
  @ApiProperty({ description: '办理时限（分钟）' }) handlingMinutes: number;
}

// ---------- applications ----------
export class DocPhotosDto {
  @OneOf('资料', PARKING_DOCS, { labels: PARKING_DOC_LABELS }) doc: Doc;
  @IntArray('照片', { max: 6 }) uploadIds: number[];
}
export class MyApplyDto {
  @Int('房屋', { min: 1 }) roomId: number;
  @Str('车牌号', { max: 10 })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Check('plate', (v) => isPlate(v), '请输入正确的车牌号，如 粤B12345')
  plate: string;
  @Int('车辆', { optional: true, min: 1 }) vehicleId?: number;
  @OneOf('车位类型', RENTABLE_SPACE_KINDS, { labels: PARKING_SPACE_KIND_LABELS as Record<Rentable, string> }) kind: Rentable;
  @OneOf('租期', PARKING_TERMS, { labels: PARKING_TERM_LABELS }) term: Term;
  @nested(() => DocPhotosDto, '资料照片', 10) docs: DocPhotosDto[];
}
export class MyResubmitDto {
  @nested(() => DocPhotosDto, '资料照片', 10) docs: DocPhotosDto[];
}

export class DocVerdictDto {
  @OneOf('资料', PARKING_DOCS, { labels: PARKING_DOC_LABELS }) doc: Doc;
  @OneOf('核对结果', PARKING_DOC_VERDICTS, { labels: PARKING_DOC_VERDICT_LABELS }) verdict: (typeof PARKING_DOC_VERDICTS)[number];
  @Str('原因', { optional: true, max: 100 }) reason?: string;
}
export class ParkingActionDto {
  @nested(() => DocVerdictDto, '核对结果', 10, true) verdicts?: DocVerdictDto[];
  @Int('车位', { optional: true, min: 1 }) spaceId?: number;
  @Str('原因', { optional: true, max: 200 }) reason?: string;
  @Str('说明', { optional: true, max: 200 }) note?: string;
}
export class ApplicationQuery extends ProjectListQuery() {
  @OneOf('状态', PARKING_APP_STATUSES, { optional: true, labels: PARKING_APP_STATUS_LABELS })
  status?: (typeof PARKING_APP_STATUSES)[number];
  @OneOf('车位类型', RENTABLE_SPACE_KINDS, { optional: true }) kind?: Rentable;
}
export class LedgerQuery extends ProjectListQuery() {
  @Int('区域', { optional: true, min: 1 }) areaId?: number;
  @OneOf('车位类型', RENTABLE_SPACE_KINDS, { optional: true }) kind?: Rentable;
  @OneOf('状态', ['active', 'ended'] as const, { optional: true }) status?: 'active' | 'ended';
  @Int('即将到期天数', { optional: true, min: 1, max: 90 }) expiringWithin?: number;
}

export class DocStateDto {
  @ApiProperty() doc: string;
  @ApiProperty() label: string;
  @ApiProperty() required: boolean;
  @ApiProperty({ type: [Number] }) uploadIds: number[];
  @ApiProperty({ type: [String] }) thumbUrls: string[];
  @nullable() verdict: string | null;
  @nullable() reason: string | null;
}
export class PeriodDto {
  @ApiProperty() seq: number;
  @ApiProperty() startOn: string;
  @ApiProperty() endOn: string;
  @ApiProperty() amountFen: number;
  @nullableInt() billId: number | null;
  @nullable() billStatus: string | null;
  @nullable() paidAt: string | null;
  @nullable() receiptNo: string | null;
}
export class HandlingDto {
  @ApiProperty() minutes: number;
  @ApiProperty() limitMinutes: number;
  @ApiProperty() late: boolean;
}
export class ApplicationDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @ApiProperty() code: string;
  @ApiProperty() applicantName: string;
  @ApiProperty() applicantRole: string;
  @ApiProperty() roomId: number;
  @ApiProperty() roomLabel: string;
  @ApiProperty() plate: string;
  @ApiProperty() kind: string;
  @ApiProperty() term: string;
  @ApiProperty() status: string;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ type: [DocStateDto] }) docs: DocStateDto[];
  @nullable('资料不全时告知业主的话') refusal: string | null;
  @nullableInt() spaceId: number | null;
  @nullable() spaceNo: string | null;
  @nullable() areaName: string | null;
  @nullable() contractNo: string | null;
  @nullable() refuseReason: string | null;
  @nullable() waitReason: string | null;
  @nullableInt() waitingPosition: number | null;
  @nullable() offerExpiresAt: string | null;
  @nullable() cardNo: string | null;
  @nullable() cardIssuedAt: string | null;
  @nullable() startOn: string | null;
  @nullable() endOn: string | null;
  @ApiProperty({ description: '当期租金（分）' }) rentFen: number;
  @ApiProperty({ type: HandlingDto, nullable: true }) handling: HandlingDto | null;
  @ApiProperty({ type: [PeriodDto] }) periods: PeriodDto[];
  @ApiProperty({ type: [StepEventDto] }) timeline: StepEventDto[];
  @ApiProperty({ type: [String] }) allowedActions: string[];
  @ApiProperty() createdAt: string;
}
export class ApplicationSummaryDto {
  @ApiProperty() id: number;
  @ApiProperty() code: string;
  @ApiProperty() applicantName: string;
  @ApiProperty() roomLabel: string;
  @ApiProperty() plate: string;
  @ApiProperty() kind: string;
  @ApiProperty() term: string;
  @ApiProperty() status: string;
  @nullable() spaceNo: string | null;
  @nullable() contractNo: string | null;
  @nullable() cardNo: string | null;
  @nullable() endOn: string | null;
  @nullableInt('排队位次（排队等候时）') waitingPosition: number | null;
  @ApiProperty() createdAt: string;
}
export class ApplicationPageDto extends PageOf(ApplicationSummaryDto) {}
export class LedgerRowDto {
  @ApiProperty() applicationId: number;
  @ApiProperty() spaceNo: string;
  @ApiProperty() areaName: string;
  @ApiProperty() kind: string;
  @ApiProperty() holderName: string;
  @ApiProperty() roomLabel: string;
  @ApiProperty() plate: string;
  @nullable() contractNo: string | null;
  @nullable() cardNo: string | null;
  @nullable() startOn: string | null;
  @nullable() endOn: string | null;
  @ApiProperty() rentFen: number;
  @ApiProperty() paidFen: number;
  @ApiProperty() status: string;
}
export class LedgerPageDto extends PageOf(LedgerRowDto) {}

// ---------- the gate system's plates ----------
export class GateQuery extends ProjectIdQuery {
  @Instant('起始时间', { optional: true }) since?: string;
}
export class GatePlateDto {
  @ApiProperty() plate: string;
  @ApiProperty() spaceNo: string;
  @ApiProperty() areaName: string;
  @nullable() cardNo: string | null;
  @nullable('生效日期') validFrom: string | null;
  @nullable('到期日期（含宽限期仍可通行至 graceUntil）') validTo: string | null;
  @nullable('宽限期最后一天') graceUntil: string | null;
  @ApiProperty({ description: '现在是否可以通行' }) valid: boolean;
  @ApiProperty() updatedAt: string;
}
export class GatePlatesDto {
  @ApiProperty({ description: '本次导出的时间；下次以它为 since 取变化' }) generatedAt: string;
  @nullable() since: string | null;
  @ApiProperty({ type: [GatePlateDto] }) items: GatePlateDto[];
}
