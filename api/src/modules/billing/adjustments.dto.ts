import { ApiProperty } from '@nestjs/swagger';
import {
  BILL_ADJUSTMENT_KIND_LABELS,
  BILL_ADJUSTMENT_KINDS,
  BILL_ADJUSTMENT_STATUS_LABELS,
  BILL_ADJUSTMENT_STATUSES,
  BILL_ADJUSTMENT_TARGET_LABELS,
  BILL_ADJUSTMENT_TARGETS,
} from '@wy/shared';
import { PageQuery, nullable } from '../../common/dto.js';
import { Int, OneOf, Str } from '../../common/validation.js';

export class ProposeAdjustmentDto {
  @Int('账单', { min: 1 }) billId: number;
  @OneOf('调整方式', BILL_ADJUSTMENT_KINDS, { labels: BILL_ADJUSTMENT_KIND_LABELS }) kind: (typeof BILL_ADJUSTMENT_KINDS)[number];
  @OneOf('调整项目', BILL_ADJUSTMENT_TARGETS, { labels: BILL_ADJUSTMENT_TARGET_LABELS })
  target: (typeof BILL_ADJUSTMENT_TARGETS)[number];
  @Int('调整金额（分）', { min: 1, max: 100_000_000 }) amountFen: number;
  @Str('调整原因', { min: 2, max: 200 }) reason: string;
}
export class ApproveAdjustmentDto {
  @Str('审批意见', { optional: true, max: 200 }) note?: string;
}
export class RejectAdjustmentDto {
  @Str('驳回原因', { min: 2, max: 200 }) note: string;
}
export class AdjustmentQuery extends PageQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @OneOf('状态', BILL_ADJUSTMENT_STATUSES, { optional: true, labels: BILL_ADJUSTMENT_STATUS_LABELS })
  status?: (typeof BILL_ADJUSTMENT_STATUSES)[number];
  @Int('账单', { optional: true, min: 1 }) billId?: number;
  @Int('房屋', { optional: true, min: 1 }) roomId?: number;
}

export class AdjustmentDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @ApiProperty() billId: number;
  @ApiProperty() title: string;
  @nullable('账期 YYYY-MM') period: string | null;
  @ApiProperty() roomId: number;
  @ApiProperty() roomLabel: string;
  @ApiProperty({ enum: BILL_ADJUSTMENT_KINDS }) kind: string;
  @ApiProperty({ enum: BILL_ADJUSTMENT_TARGETS }) target: string;
  @ApiProperty({ description: '调整金额（分，正数）' }) amountFen: number;
  @ApiProperty({ description: '减免 违约金 −¥12.00' }) line: string;
  @ApiProperty() reason: string;
  @ApiProperty({ enum: BILL_ADJUSTMENT_STATUSES }) status: string;
  @ApiProperty({ description: '账单状态（已缴的账单不能再调整）' }) billStatus: string;
  @ApiProperty({ description: '账单现在的合计应缴（分，含已通过的调整和今天的违约金）' }) billTotalFen: number;
  @ApiProperty({ description: '提出人（审批人不能是本人）' }) proposedById: number;
  @ApiProperty() proposedByName: string;
  @ApiProperty({ format: 'date-time' }) proposedAt: string;
  @nullable('审批人') decidedByName: string | null;
  @nullable('审批时间') decidedAt: string | null;
  @nullable('审批意见 / 驳回原因') decisionNote: string | null;
}
export class AdjustmentPageDto {
  @ApiProperty({ type: [AdjustmentDto] }) items: AdjustmentDto[];
  @nullable() nextCursor: string | null;
}
