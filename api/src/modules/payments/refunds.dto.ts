import { ApiProperty } from '@nestjs/swagger';
import { PAYMENT_METHODS, REFUND_STATUSES } from '@wy/shared';
import { PageQuery, nullable, nullableInt } from '../../common/dto.js';
import { Bool, Int, OneOf, Str } from '../../common/validation.js';

export class CreateRefundDto {
  @Int('收款记录', { min: 1 }) paymentId: number;
  @Str('退款原因', { min: 2, max: 200 }) reason: string;
  @Bool('退款后重新出账', { optional: true }) reopen?: boolean;
}
export class DecideRefundDto {
  @Str('审批意见', { optional: true, max: 200 }) note?: string;
}
export class RejectRefundDto {
  @Str('驳回原因', { min: 2, max: 200 }) note: string;
}
export class RefundQuery extends PageQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @OneOf('状态', REFUND_STATUSES, { optional: true }) status?: (typeof REFUND_STATUSES)[number];
}

export class RefundDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @ApiProperty() paymentId: number;
  @ApiProperty() billId: number;
  @ApiProperty() receiptNo: string;
  @ApiProperty() title: string;
  @ApiProperty() roomLabel: string;
  @ApiProperty() payerName: string;
  @ApiProperty({ enum: PAYMENT_METHODS }) method: string;
  @ApiProperty({ description: '退款金额（分）' }) amountFen: number;
  @ApiProperty() reason: string;
  @ApiProperty({ description: '退款后重新出账' }) reopen: boolean;
  @ApiProperty({ enum: REFUND_STATUSES }) status: string;
  @ApiProperty() outRefundNo: string;
  @ApiProperty() requestedByName: string;
  @ApiProperty({ description: '申请人（审批人不能是本人）' }) requestedById: number;
  @ApiProperty({ format: 'date-time' }) requestedAt: string;
  @nullable('审批人') decidedByName: string | null;
  @nullable('审批时间') decidedAt: string | null;
  @nullable('审批意见') decisionNote: string | null;
  @nullable('完成时间') finishedAt: string | null;
  @nullable('最近一次失败原因') lastError: string | null;
  @nullableInt('重新出账的账单') reissuedBillId: number | null;
}
export class RefundPageDto {
  @ApiProperty({ type: [RefundDto] }) items: RefundDto[];
  @nullable() nextCursor: string | null;
}
