import { ApiProperty } from '@nestjs/swagger';
import {
  CODE_STATUSES,
  DELIVERY_METHODS,
  DELIVERY_METHOD_LABELS,
  FEE_CHANGE_STATUSES,
  FEE_FIELDS,
  FEE_FIELD_LABELS,
  RECORD_DOCUMENTS,
  RECORD_STATUSES,
} from '@wy/shared';
import { Check, DateOnly, Instant, Int, OneOf, Str, StrArray } from '../../../common/validation.js';

export class WorklistQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @OneOf('清单', ['unverified', 'late'] as const, { labels: { unverified: '待核对', late: '逾期录入' } }) list:
    'unverified' | 'late';
}
/** R-OWN-02 a room's base record on the 待核对 / 逾期录入 worklist. */
export class RecordRowDto {
  @ApiProperty() roomId: number;
  @ApiProperty() projectId: number;
  @ApiProperty() propertyCode: string;
  @ApiProperty() roomLabel: string;
  @ApiProperty({ enum: RECORD_STATUSES }) recordStatus: string;
  @ApiProperty({ type: String, nullable: true, description: '资料接收（交付）日期' }) receivedOn: string | null;
  @ApiProperty({ type: String, nullable: true, description: '最迟录入日期' }) dueOn: string | null;
  @ApiProperty() late: boolean;
  @ApiProperty({ description: '录入时间' }) enteredAt: string;
  @ApiProperty({ type: String, nullable: true }) verifiedByName: string | null;
  @ApiProperty({ type: String, nullable: true }) verifiedAt: string | null;
  @ApiProperty({ type: [String], enum: RECORD_DOCUMENTS }) documents: string[];
  @ApiProperty({ enum: CODE_STATUSES }) codeStatus: string;
}
export class VerifyRecordDto {
  @StrArray('核对的原件复印件', RECORD_DOCUMENTS, { max: 3 })
  @Check('documents', (v) => Array.isArray(v) && v.length > 0, '请勾选核对过的原件复印件（购房合同、产权证或身份证）')
  documents: (typeof RECORD_DOCUMENTS)[number][];
}

/** R-OWN-09 收费资料, entered by the finance assistant. */
export class FeeInfoDto {
  @ApiProperty() roomId: number;
  @ApiProperty({ type: String, nullable: true, description: '计费起始日期' }) feeStartOn: string | null;
  @ApiProperty({ type: String, nullable: true, description: '交费银行账号（脱敏）' }) accountMasked: string | null;
}
export class PutFeeInfoDto {
  @DateOnly('计费起始日期', { optional: true }) feeStartOn?: string;
  @Str('交费银行账号', { optional: true, max: 40, pattern: /^[\d ]{12,40}$/, patternMessage: '银行账号应为12-30位数字' })
  account?: string;
}

export class FeeChangeQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @OneOf('状态', FEE_CHANGE_STATUSES, { optional: true }) status?: (typeof FEE_CHANGE_STATUSES)[number];
}
export class CreateFeeChangeDto {
  @Int('房屋', { min: 1 }) roomId: number;
  @OneOf('变更项目', FEE_FIELDS, { labels: FEE_FIELD_LABELS }) field: (typeof FEE_FIELDS)[number];
  @Str('变更后', { max: 30, description: '建筑面积为0.01平方米的整数（89.25㎡ = 8925），用途为用途代码' }) toValue: string;
  @DateOnly('生效日期') effectiveOn: string;
  @Str('变更原因及依据', { max: 200, min: 2 }) reason: string;
}
export class RejectFeeChangeDto {
  @Str('驳回原因', { max: 200, min: 2 }) reason: string;
}
export class DeliverFeeChangeDto {
  @OneOf('送达方式', DELIVERY_METHODS, { labels: DELIVERY_METHOD_LABELS }) how: (typeof DELIVERY_METHODS)[number];
  @Instant('送达时间', { optional: true }) deliveredAt?: string;
  @Str('送达说明', { optional: true, max: 200, description: '签收人、邮寄单号或张贴位置' }) note?: string;
}
export class FeeChangeDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @ApiProperty() roomId: number;
  @ApiProperty() propertyCode: string;
  @ApiProperty() roomLabel: string;
  @ApiProperty({ enum: FEE_FIELDS }) field: string;
  @ApiProperty() fromValue: string;
  @ApiProperty() toValue: string;
  @ApiProperty({ description: '变更前（给人看的）' }) fromText: string;
  @ApiProperty({ description: '变更后（给人看的）' }) toText: string;
  @ApiProperty() effectiveOn: string;
  @ApiProperty() reason: string;
  @ApiProperty({ enum: FEE_CHANGE_STATUSES }) status: string;
  @ApiProperty() requestedByName: string;
  @ApiProperty() requestedAt: string;
  @ApiProperty({ type: String, nullable: true }) decidedByName: string | null;
  @ApiProperty({ type: String, nullable: true }) decidedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) rejectReason: string | null;
  @ApiProperty({ type: String, nullable: true, enum: DELIVERY_METHODS }) deliveredHow: string | null;
  @ApiProperty({ type: String, nullable: true }) deliveredAt: string | null;
  @ApiProperty({ type: String, nullable: true }) deliveredByName: string | null;
  @ApiProperty({ type: String, nullable: true }) deliveryNote: string | null;
  @ApiProperty({ type: String, nullable: true }) effectiveAt: string | null;
  @ApiProperty({ type: [String], description: '业主（变更通知书的收件人）' }) ownerNames: string[];
}
/** R-OWN-04 the printed 变更通知书: the change and the project's header. */
export class FeeChangeNoticeDto extends FeeChangeDto {
  @ApiProperty() projectName: string;
  @ApiProperty({ type: String, nullable: true }) servicePhone: string | null;
  @ApiProperty({ type: String, nullable: true }) companyName: string | null;
  @ApiProperty() timezone: string;
}

/** R-ORG-05 a project's code table and its approval. */
export class CodeTableDto {
  @ApiProperty() projectId: number;
  @ApiProperty({ enum: CODE_STATUSES, description: '有草拟编码时为草拟' }) status: string;
  @ApiProperty() approvedRooms: number;
  @ApiProperty() draftRooms: number;
  @ApiProperty({ type: [RecordRowDto], description: '草拟的编码（最多200条）' }) drafts: RecordRowDto[];
  @ApiProperty({ type: String, nullable: true }) lastApprovedByName: string | null;
  @ApiProperty({ type: String, nullable: true }) lastApprovedAt: string | null;
}
export class ApproveCodesResultDto {
  @ApiProperty() approved: number;
}
