import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsObject, IsOptional, ValidateNested } from 'class-validator';
import {
  MOVEIN_ACTIONS,
  MOVEIN_AGREEMENTS,
  MOVEIN_COLLECTIONS,
  MOVEIN_COLLECTION_LABELS,
  MOVEIN_DEFECT_STATUSES,
  MOVEIN_DEFECT_STATUS_LABELS,
  MOVEIN_HALVES,
  MOVEIN_HALF_LABELS,
  MOVEIN_IDENTITY_DOCS,
  MOVEIN_MAX_DEFECTS,
  MOVEIN_STATUSES,
  MOVEIN_STATUS_LABELS,
  PASS_MAX_QUANTITY,
  isMobilePhone,
  type MoveInAction,
  type MoveInCollection,
  type MoveInDefectStatus,
  type MoveInHalf,
  type MoveInStatus,
} from '@wy/shared';
import { nullable, nullableInt, PageOf, PageQuery, ProjectIdQuery, ProjectListQuery } from '../../common/dto.js';
import { Bool, Check, DateOnly, Int, MonthOnly, OneOf, Str, StrArray } from '../../common/validation.js';

// ---- batches ----
export class MoveInBuyerDto {
  @Int('房屋', { min: 1 }) roomId: number;
  @Str('购房人姓名', { max: 50 }) buyerName: string;
  @Str('购房人手机号', { max: 20 })
  @Check('buyerPhone', (v) => isMobilePhone(v), '购房人手机号应为11位手机号')
  buyerPhone: string;
}
/** A batch's published texts and rates. */
export class MoveInBatchFormDto {
  @Str('批次名称', { max: 50 }) name: string;
  @DateOnly('集中交付开始日期') startOn: string;
  @DateOnly('集中交付结束日期') endOn: string;
  @Str('建设单位（开发商）', { max: 60 }) developerName: string;
  @Str('入伙办理指南', { min: 10, max: 4000 }) guide: string;
  @Str('装修须知', { min: 2, max: 4000 }) renovationNotes: string;
  @Str('缴费通知', { min: 2, max: 4000 }) paymentNotice: string;
  @Int('物业服务费（分/平方米·月）', { min: 0, max: 100_000 }) propertyFeeFenPerM2: number;
  @Int('预收物业服务费月数', { min: 0, max: 24 }) propertyFeeMonths: number;
  @Int('专项维修资金（分/平方米）', { min: 0, max: 1_000_000 }) fundFenPerM2: number;
}
export class CreateMoveInBatchDto extends MoveInBatchFormDto {
  @Int('项目ID', { min: 1 }) projectId: number;
  @ApiProperty({ type: [MoveInBuyerDto], description: '交付的房屋及购房人（来自开发商的交付名单）' })
  @IsArray({ message: '交付房屋必须是列表' })
  @ArrayMaxSize(2000, { message: '一个批次最多2000户' })
  @ValidateNested({ each: true })
  @Type(() => MoveInBuyerDto)
  rooms: MoveInBuyerDto[];
}
export class UpdateMoveInBatchDto extends MoveInBatchFormDto {}
export class BatchQuery extends PageQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
}
export class MoveInBatchDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @ApiProperty() name: string;
  @ApiProperty() startOn: string;
  @ApiProperty() endOn: string;
  @ApiProperty() developerName: string;
  @ApiProperty() guide: string;
  @ApiProperty() renovationNotes: string;
  @ApiProperty() paymentNotice: string;
  @ApiProperty() propertyFeeFenPerM2: number;
  @ApiProperty() propertyFeeMonths: number;
  @ApiProperty() fundFenPerM2: number;
  @nullable('发布时间（发布后业主可见）') publishedAt: string | null;
  @ApiProperty() rooms: number;
  @ApiProperty() done: number;
  @ApiProperty() createdByName: string;
  @ApiProperty() createdAt: string;
}
export class MoveInBatchPageDto extends PageOf(MoveInBatchDto) {}

// ---- the desk ----
export class MoveInQuery extends ProjectListQuery({ label: '购房人' }) {
  @Int('批次', { optional: true, min: 1 }) batchId?: number;
  @OneOf('状态', MOVEIN_STATUSES, { optional: true, labels: MOVEIN_STATUS_LABELS }) status?: MoveInStatus;
  @Int('房屋', { optional: true, min: 1 }) roomId?: number;
}
export class MoveInMetersDto {
  @Str('水表底数', { max: 12 }) water: string;
  @Str('电表底数', { max: 12 }) electricity: string;
  @Str('燃气表底数', { optional: true, max: 12 }) gas?: string;
}
export class MoveInDefectLineDto {
  @Str('部位', { max: 40 }) place: string;
  @Str('问题描述', { max: 200 }) description: string;
  @Int('照片', { optional: true, min: 1 }) photoId?: number;
}
export class MoveInKeyRowDto {
  @Str('物品名称', { max: 40 }) name: string;
  @Int('数量', { min: 1, max: PASS_MAX_QUANTITY }) quantity: number;
}
/** A step's input: each step reads its own fields (the others are ignored). */
export class MoveInStepDto {
  @Str('备注', { optional: true, max: 100 }) note?: string;
  @StrArray('已核验的资料', MOVEIN_IDENTITY_DOCS, { optional: true, max: 3 }) identityDocs?: string[];
  @StrArray('已签署的协议', MOVEIN_AGREEMENTS, { optional: true, max: 2 }) agreements?: string[];
  @OneOf('银行托收', MOVEIN_COLLECTIONS, { optional: true, labels: MOVEIN_COLLECTION_LABELS }) collection?: MoveInCollection;
  @Str('托收说明', { optional: true, max: 100 }) collectionNote?: string;
  @ApiProperty({ type: MoveInMetersDto, required: false })
  @IsOptional()
  @IsObject({ message: '水、电、燃气表底数必须是对象' })
  @ValidateNested()
  @Type(() => MoveInMetersDto)
  meters?: MoveInMetersDto;
  @ApiProperty({ type: [MoveInDefectLineDto], required: false })
  @IsOptional()
  @IsArray({ message: '遗留问题必须是列表' })
  @ArrayMaxSize(MOVEIN_MAX_DEFECTS, { message: `遗留问题最多${MOVEIN_MAX_DEFECTS}项` })
  @ValidateNested({ each: true })
  @Type(() => MoveInDefectLineDto)
  defects?: MoveInDefectLineDto[];
  @ApiProperty({ type: [MoveInKeyRowDto], required: false })
  @IsOptional()
  @IsArray({ message: '钥匙及物品必须是列表' })
  @ArrayMaxSize(30, { message: '钥匙及物品最多30项' })
  @ValidateNested({ each: true })
  @Type(() => MoveInKeyRowDto)
  keys?: MoveInKeyRowDto[];
  @Int('业主签名', { optional: true, min: 1 }) signatureId?: number;
  @Bool('已纸质签字', { optional: true }) paperSigned?: boolean;
}
export class BookMoveInDto {
  @DateOnly('预约日期') day: string;
  @OneOf('预约时段', MOVEIN_HALVES, { labels: MOVEIN_HALF_LABELS }) half: MoveInHalf;
}
export class SendDefectsDto {
  @Str('送达方式及签收人', { min: 2, max: 100 }) note: string;
}
export class DefectMoveDto {
  @OneOf('整改进度', MOVEIN_DEFECT_STATUSES, { labels: MOVEIN_DEFECT_STATUS_LABELS }) to: MoveInDefectStatus;
  @Str('说明', { optional: true, max: 200 }) note?: string;
}
export class MonthQuery extends ProjectIdQuery {
  @MonthOnly('月份') month: string;
}
export class LimitsQuery extends ProjectIdQuery {}
export class MoveInLimitsDto {
  @Int('项目ID', { min: 1 }) projectId: number;
  @Int('等候时限（分钟）', { min: 1, max: 240 }) waitMinutes: number;
  @Int('办理时限（分钟）', { min: 1, max: 480 }) handleMinutes: number;
}

export class MoveInEventDto {
  @ApiProperty() at: string;
  @ApiProperty() action: string;
  @ApiProperty() label: string;
  @ApiProperty() actorName: string;
  @nullable() note: string | null;
}
export class MoveInDefectDto {
  @ApiProperty() id: number;
  @ApiProperty() place: string;
  @ApiProperty() description: string;
  @nullableInt() photoId: number | null;
  @nullable() photoThumbUrl: string | null;
  @ApiProperty({ enum: MOVEIN_DEFECT_STATUSES }) status: string;
  @ApiProperty() statusLabel: string;
  @nullable() progressNote: string | null;
  @ApiProperty({ type: [String], description: '当前用户可改到的进度' }) allowedMoves: string[];
  @ApiProperty() updatedAt: string;
}
export class MoveInBillDto {
  @ApiProperty() billId: number;
  @ApiProperty() title: string;
  @ApiProperty() totalFen: number;
  @ApiProperty() status: string;
  @nullable() receiptNo: string | null;
}
export class MoveInTimingDto {
  @nullableInt('等候分钟') waitMinutes: number | null;
  @nullableInt('办理分钟') handleMinutes: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) waitOk: boolean | null;
  @ApiProperty({ type: Boolean, nullable: true }) handleOk: boolean | null;
  @ApiProperty() waitLimit: number;
  @ApiProperty() handleLimit: number;
}
export class MoveInKeyDto {
  @ApiProperty() name: string;
  @ApiProperty() quantity: number;
}
export class MoveInMetersOutDto {
  @ApiProperty() water: string;
  @ApiProperty() electricity: string;
  @nullable() gas: string | null;
}
export class MoveInStepStateDto {
  @ApiProperty() step: string;
  @ApiProperty() label: string;
  @ApiProperty({ enum: ['done', 'current', 'todo'] }) state: string;
}
export class MoveInSummaryDto {
  @ApiProperty() id: number;
  @ApiProperty() batchId: number;
  @ApiProperty() batchName: string;
  @ApiProperty() roomId: number;
  @ApiProperty() roomLabel: string;
  @ApiProperty() buyerName: string;
  @ApiProperty({ enum: MOVEIN_STATUSES }) status: string;
  @ApiProperty() statusLabel: string;
  @ApiProperty() stepsDone: number;
  @nullable() currentStepLabel: string | null;
  @nullable() arrivedAt: string | null;
  @nullable() finishedAt: string | null;
  @ApiProperty({ type: MoveInTimingDto }) timing: MoveInTimingDto;
  @ApiProperty() defects: number;
  @ApiProperty() defectsOpen: number;
  @nullable('预约到场的半天，如 2026-12-08 上午 9:00–12:00') bookedLabel: string | null;
}
export class MoveInPageDto extends PageOf(MoveInSummaryDto) {}
export class MoveInDto extends MoveInSummaryDto {
  @ApiProperty() projectId: number;
  @ApiProperty() projectName: string;
  @ApiProperty() propertyCode: string;
  @ApiProperty({ description: '建筑面积（百分之一平方米）' }) area: number;
  @nullable('购房人手机号（工作人员可见，已遮蔽）') buyerPhone: string | null;
  @ApiProperty() developerName: string;
  @ApiProperty({ type: [MoveInStepStateDto] }) steps: MoveInStepStateDto[];
  @ApiProperty({ enum: MOVEIN_ACTIONS, isArray: true, description: '当前可办理的操作' }) allowedActions: MoveInAction[];
  @nullable() startedAt: string | null;
  @nullable() handledByName: string | null;
  @ApiProperty({ type: [String] }) identityDocs: string[];
  @nullable() identityNote: string | null;
  @ApiProperty({ type: [String] }) agreements: string[];
  @nullable() collection: string | null;
  @nullable() collectionNote: string | null;
  @ApiProperty({ type: [MoveInBillDto] }) bills: MoveInBillDto[];
  @ApiProperty({ type: MoveInMetersOutDto, nullable: true }) meters: MoveInMetersOutDto | null;
  @nullable() inspectedAt: string | null;
  @ApiProperty() inspectionSigned: string;
  @ApiProperty({ type: [MoveInKeyDto] }) keys: MoveInKeyDto[];
  @ApiProperty() keysSigned: string;
  @nullableInt() inspectionSignatureId: number | null;
  @nullableInt() keysSignatureId: number | null;
  @ApiProperty({ type: [MoveInDefectDto] }) defectLines: MoveInDefectDto[];
  @nullable() defectsSentAt: string | null;
  @nullable() defectsSentNote: string | null;
  @nullable() defectsSentByName: string | null;
  @ApiProperty({ type: [MoveInEventDto] }) timeline: MoveInEventDto[];
}
/** The owner's view: the notice with the batch's guide, renovation notes and payment notice, the steps, the defects. */
export class MyMoveInDto {
  @ApiProperty() id: number;
  @ApiProperty() roomLabel: string;
  @ApiProperty() projectName: string;
  @ApiProperty() batchName: string;
  @ApiProperty() startOn: string;
  @ApiProperty() endOn: string;
  @ApiProperty() guide: string;
  @ApiProperty() renovationNotes: string;
  @ApiProperty() paymentNotice: string;
  @ApiProperty() status: string;
  @ApiProperty() statusLabel: string;
  @nullable() bookedOn: string | null;
  @nullable() bookedHalf: string | null;
  @nullable() bookedLabel: string | null;
  @ApiProperty({ type: [String], description: '可预约的日期（交付期内，今天起）；已到场后为空' }) bookableDays: string[];
  @ApiProperty({ type: [MoveInStepStateDto] }) steps: MoveInStepStateDto[];
  @ApiProperty({ type: [MoveInBillDto] }) bills: MoveInBillDto[];
  @ApiProperty({ type: [MoveInDefectDto] }) defectLines: MoveInDefectDto[];
  @nullable() defectsSentAt: string | null;
  @nullable() finishedAt: string | null;
  @ApiProperty({ type: [MoveInEventDto] }) timeline: MoveInEventDto[];
}
export class MoveInMonthDto {
  @ApiProperty() month: string;
  @ApiProperty({ description: '当月交钥匙的户数' }) finished: number;
  @ApiProperty({ description: '等候与办理均在时限内的户数' }) withinBoth: number;
  @ApiProperty() waitOk: number;
  @ApiProperty() handleOk: number;
  @ApiProperty({ type: Number, nullable: true, description: '达标率（%）' }) rate: number | null;
  @ApiProperty() waitLimit: number;
  @ApiProperty() handleLimit: number;
}
export class MoveInLimitsOutDto {
  @ApiProperty() projectId: number;
  @ApiProperty() waitMinutes: number;
  @ApiProperty() handleMinutes: number;
}
