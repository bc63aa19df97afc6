import { ApiProperty } from '@nestjs/swagger';
import {
  BILL_ADJUSTMENT_KINDS,
  BILL_ADJUSTMENT_TARGETS,
  BILL_STATUSES,
  DESK_PAYMENT_METHODS,
  MAX_BILLS_PER_ORDER,
  PAYMENT_METHOD_LABELS,
  PAYMENT_METHODS,
  PAYMENT_REFUND_FILTER_LABELS,
  PAYMENT_REFUND_FILTERS,
  PAYMENT_REFUND_STATES,
  type PaymentRefundState,
} from '@wy/shared';
import { PageQuery, nullable, nullableInt } from '../../common/dto.js';
import { DateOnly, Int, IntArray, MonthOnly, OneOf, Str } from '../../common/validation.js';

export class BillQuery extends PageQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @OneOf('状态', BILL_STATUSES, { optional: true }) status?: (typeof BILL_STATUSES)[number];
  @Int('房屋', { optional: true, min: 1 }) roomId?: number;
  @MonthOnly('账期', { optional: true }) period?: string;
}

/** 收款记录: a project's payments, newest first, by local date range and method. */
export class PaymentQuery extends PageQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @DateOnly('开始日期', { optional: true }) from?: string;
  @DateOnly('结束日期', { optional: true }) to?: string;
  @OneOf('收款方式', PAYMENT_METHODS, { optional: true, labels: PAYMENT_METHOD_LABELS })
  method?: (typeof PAYMENT_METHODS)[number];
  @OneOf('退款情况', PAYMENT_REFUND_FILTERS, { optional: true, labels: PAYMENT_REFUND_FILTER_LABELS })
  refund?: (typeof PAYMENT_REFUND_FILTERS)[number];
}
export class PaymentRowDto {
  @ApiProperty() id: number;
  @ApiProperty() billId: number;
  @ApiProperty() receiptNo: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ enum: PAYMENT_METHODS }) method: string;
  @ApiProperty({ description: '实收（分，含违约金）' }) amountFen: number;
  @ApiProperty({ description: '其中违约金（分）' }) lateFeeFen: number;
  @ApiProperty() title: string;
  @nullable('账期') period: string | null;
  @ApiProperty() roomLabel: string;
  @ApiProperty() payerName: string;
  @ApiProperty({ description: '收款人（微信支付为“微信支付”）' }) receivedByName: string;
  @nullable() note: string | null;
  @ApiProperty({ description: '已退款（分）' }) refundedFen: number;
  @nullable('最近一次退款完成时间') refundedAt: string | null;
  @ApiProperty({ enum: PAYMENT_REFUND_STATES }) refundState: PaymentRefundState;
}
export class PaymentPageDto {
  @ApiProperty({ type: [PaymentRowDto] }) items: PaymentRowDto[];
  @nullable() nextCursor: string | null;
  @ApiProperty({ description: '筛选范围内的收款合计（分）' }) totalFen: number;
  @ApiProperty({ description: '其中已退款合计（分）' }) refundedFen: number;
  @ApiProperty({ description: '筛选范围内的笔数' }) count: number;
}

export class DeskPaymentDto {
  @OneOf('收款方式', DESK_PAYMENT_METHODS, { labels: PAYMENT_METHOD_LABELS }) method: (typeof DESK_PAYMENT_METHODS)[number];
  @Int('收款金额（分）', { min: 1, max: 100_000_000 }) amountFen: number;
  @Str('缴款人', { optional: true, max: 50 }) payerName?: string;
  @Str('备注', { optional: true, max: 200 }) note?: string;
}

/** 合并收款: several unpaid bills of one room at the desk; the amount is what they owe together today. */
export class DeskBatchPaymentDto extends DeskPaymentDto {
  @IntArray('账单', { max: MAX_BILLS_PER_ORDER }) billIds: number[];
}

/** R-PAY-04 an approved adjustment of a bill, in the words the owner reads (减免 违约金 −¥12.00). */
export class BillAdjustmentLineDto {
  @ApiProperty() id: number;
  @ApiProperty({ enum: BILL_ADJUSTMENT_KINDS }) kind: string;
  @ApiProperty({ enum: BILL_ADJUSTMENT_TARGETS }) target: string;
  @ApiProperty({ description: '调整金额（分，正数）' }) amountFen: number;
  @ApiProperty({ description: '给业主看的一行：减免 违约金 −¥12.00' }) line: string;
  @ApiProperty({ description: '调整原因（业主也能看到）' }) reason: string;
}

/** R-PAY-04 the adjustment waiting for approval on an unpaid bill (调整中): nothing changes until it is approved. */
export class PendingAdjustmentDto {
  @ApiProperty() id: number;
  @ApiProperty({ description: '减免 违约金 −¥12.00' }) line: string;
  @ApiProperty() reason: string;
  @ApiProperty() proposedByName: string;
}

export class BillDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @ApiProperty() roomId: number;
  @ApiProperty() roomLabel: string;
  @ApiProperty() kind: string;
  @ApiProperty() title: string;
  @ApiProperty() sourceType: string;
  @nullableInt('来源记录（如报修单）') sourceId: number | null;
  @nullableInt('收费项目') feeItemId: number | null;
  @nullable('账期（YYYY-MM）') period: string | null;
  @nullable('缴费截止日') dueOn: string | null;
  @ApiProperty({ description: '应缴金额（分）' }) amountFen: number;
  @ApiProperty({ description: 'R-FEE-05 截至今天的违约金（分）；已缴的为缴费时收取的' }) lateFeeFen: number;
  @ApiProperty({ description: '逾期天数' }) lateDays: number;
  @ApiProperty({ description: '合计应缴（分）= 应缴金额 + 违约金' }) totalFen: number;
  @ApiProperty({ description: 'R-FEE-05 违约金规则（给业主看的说明）' }) lateFeeRule: string;
  @ApiProperty({ description: '调整后的应缴金额（分）= 应缴金额 ± 已通过的费用调整' }) principalFen: number;
  @ApiProperty({ type: [BillAdjustmentLineDto], description: 'R-PAY-04 已通过的调整' }) adjustments: BillAdjustmentLineDto[];
  @ApiProperty({ type: PendingAdjustmentDto, nullable: true, description: 'R-PAY-04 等待审批的调整（调整中）' })
  pendingAdjustment: PendingAdjustmentDto | null;
  @ApiProperty({ enum: BILL_STATUSES }) status: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @nullable('缴费时间') paidAt: string | null;
  @nullableInt('收款记录') paymentId: number | null;
  @nullable('收据号') receiptNo: string | null;
  @nullable('缴款人（已缴：收据上的；待缴：报修人）') payerName: string | null;
  @nullable('来源单号（如报修单号）') sourceCode: string | null;
}
export class BillPageDto {
  @ApiProperty({ type: [BillDto] }) items: BillDto[];
  @nullable() nextCursor: string | null;
}

export class MyBillsQuery {
  @OneOf('状态', BILL_STATUSES, { optional: true }) status?: (typeof BILL_STATUSES)[number];
}
export class MyBillsDto {
  @ApiProperty({ type: [BillDto] }) items: BillDto[];
  @ApiProperty({ description: '待缴合计（分，含违约金）' }) unpaidFen: number;
}

/** R-FEE-02 the receipt (缴费凭证) as printed at the desk and shown to the owner. */
export class ReceiptDto {
  @ApiProperty() paymentId: number;
  @ApiProperty() receiptNo: string;
  @ApiProperty() projectName: string;
  @ApiProperty() companyName: string;
  @nullable('服务中心电话') servicePhone: string | null;
  @ApiProperty() roomLabel: string;
  @ApiProperty() propertyCode: string;
  @ApiProperty() payerName: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: '实收合计（分，含违约金）' }) amountFen: number;
  @ApiProperty({ description: '其中违约金（分）' }) lateFeeFen: number;
  @ApiProperty({ description: '账单原金额（分）' }) billAmountFen: number;
  @ApiProperty({ type: [BillAdjustmentLineDto], description: 'R-PAY-04 账单已通过的调整' }) adjustments: BillAdjustmentLineDto[];
  @nullable('账期') period: string | null;
  @ApiProperty({ enum: PAYMENT_METHODS }) method: string;
  @ApiProperty() receivedByName: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @nullable() note: string | null;
  @ApiProperty({ description: '已退款（分）' }) refundedFen: number;
  @nullable('最近一次退款完成时间') refundedAt: string | null;
  @ApiProperty({ enum: PAYMENT_REFUND_STATES }) refundState: PaymentRefundState;
  @nullable('来源单号（如报修单号）') sourceCode: string | null;
  @ApiProperty({ description: 'R-CMP-19 收据上的意见征询语' }) feedbackLine: string;
  @ApiProperty({ description: '项目时区（收据上的时间按它显示），如 Asia/Shanghai' }) timeZone: string;
}

/** 合并收款's answer: a receipt per bill (printed together) and what was taken in all. */
export class DeskBatchReceiptsDto {
  @ApiProperty({ type: [ReceiptDto] }) receipts: ReceiptDto[];
  @ApiProperty({ description: '实收合计（分，含违约金）' }) totalFen: number;
}
