import { ApiProperty } from '@nestjs/swagger';
import { BILL_STATUSES, DESK_PAYMENT_METHODS, PAYMENT_METHOD_LABELS } from '@wy/shared';
import { PageQuery, nullable, nullableInt } from '../../common/dto.js';
import { Int, OneOf, Str } from '../../common/validation.js';

export class BillQuery extends PageQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @OneOf('状态', BILL_STATUSES, { optional: true }) status?: (typeof BILL_STATUSES)[number];
  @Int('房屋', { optional: true, min: 1 }) roomId?: number;
}

export class DeskPaymentDto {
  @OneOf('收款方式', DESK_PAYMENT_METHODS, { labels: PAYMENT_METHOD_LABELS }) method: (typeof DESK_PAYMENT_METHODS)[number];
  @Int('收款金额（分）', { min: 1, max: 100_000_000 }) amountFen: number;
  @Str('缴款人', { optional: true, max: 50 }) payerName?: string;
  @Str('备注', { optional: true, max: 200 }) note?: string;
}

export class BillDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @ApiProperty() roomId: number;
  @ApiProperty() roomLabel: string;
  @ApiProperty() kind: string;
  @ApiProperty() title: string;
  @ApiProperty() sourceType: string;
  @ApiProperty() sourceId: number;
  @ApiProperty({ description: '应缴金额（分）' }) amountFen: number;
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
  @ApiProperty({ description: '待缴合计（分）' }) unpaidFen: number;
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
  @ApiProperty() amountFen: number;
  @ApiProperty({ enum: DESK_PAYMENT_METHODS }) method: string;
  @ApiProperty() receivedByName: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @nullable() note: string | null;
  @nullable('来源单号（如报修单号）') sourceCode: string | null;
  @ApiProperty({ description: 'R-CMP-19 收据上的意见征询语' }) feedbackLine: string;
  @ApiProperty({ description: '项目时区（收据上的时间按它显示），如 Asia/Shanghai' }) timeZone: string;
}
