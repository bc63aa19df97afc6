import { ApiProperty } from '@nestjs/swagger';
import {
  INVOICE_NUMBER_PATTERN,
  INVOICE_STATUS_LABELS,
  INVOICE_STATUSES,
  INVOICE_TITLE_TYPE_LABELS,
  INVOICE_TITLE_TYPES,
} from '@wy/shared';
import { PageQuery, nullable } from '../../common/dto.js';
import { Bool, DateOnly, Int, IntArray, OneOf, Str } from '../../common/validation.js';

/** The owner asks for an invoice for these paid bills (the header is checked by shared `invoiceRequestProblem`). */
export class CreateInvoiceRequestDto {
  @IntArray('开票的账单', { max: 100 }) billIds: number[];
  @OneOf('抬头类型', INVOICE_TITLE_TYPES, { labels: INVOICE_TITLE_TYPE_LABELS }) titleType: (typeof INVOICE_TITLE_TYPES)[number];
  @Str('发票抬头', { max: 100 }) title: string;
  @Str('税号', { optional: true, max: 20 }) taxNo?: string;
  @Str('电子邮箱', { max: 100 }) email: string;
}
export class IssueInvoiceDto {
  @Str('发票号码', { max: 20, pattern: INVOICE_NUMBER_PATTERN, patternMessage: '发票号码应为8到20位数字' }) invoiceNo: string;
  @DateOnly('开票日期', { optional: true }) invoiceDate?: string;
}
export class RejectInvoiceDto {
  @Str('驳回原因', { min: 2, max: 200 }) reason: string;
}
export class InvoiceRequestQuery extends PageQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @OneOf('状态', INVOICE_STATUSES, { optional: true, labels: INVOICE_STATUS_LABELS }) status?: (typeof INVOICE_STATUSES)[number];
  @DateOnly('开始日期', { optional: true }) from?: string;
  @DateOnly('结束日期', { optional: true }) to?: string;
  @Bool('只看开票后退款的', { optional: true }) refunded?: boolean;
}

export class InvoiceLineDto {
  @ApiProperty() billId: number;
  @ApiProperty() title: string;
  @nullable('账期') period: string | null;
  @ApiProperty() roomLabel: string;
  @nullable('收据号') receiptNo: string | null;
  @ApiProperty({ description: '申请时的实缴金额（分）：已缴减已退' }) fen: number;
}
export class InvoiceRequestDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @ApiProperty() applicantName: string;
  @ApiProperty({ enum: INVOICE_TITLE_TYPES }) titleType: string;
  @ApiProperty() title: string;
  @nullable('税号') taxNo: string | null;
  @ApiProperty() email: string;
  @ApiProperty({ description: '申请开票金额（分）' }) amountFen: number;
  @ApiProperty({ type: [InvoiceLineDto] }) lines: InvoiceLineDto[];
  @ApiProperty({ enum: INVOICE_STATUSES }) status: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @nullable('发票号码') invoiceNo: string | null;
  @nullable('开票日期（项目时区）') invoiceDate: string | null;
  @nullable('驳回原因') rejectReason: string | null;
  @nullable('处理人') decidedByName: string | null;
  @nullable('处理时间') decidedAt: string | null;
  @ApiProperty({ description: '申请后退款的金额（分）；已开票的须红冲' }) refundedFen: number;
  @nullable('最近退款时间') refundedAt: string | null;
  @ApiProperty({ description: '已开票后又退款：须开红字发票冲销' }) needsReversal: boolean;
  @ApiProperty({ description: '业主可撤回（待开票）' }) mayWithdraw: boolean;
}
export class InvoiceRequestPageDto {
  @ApiProperty({ type: [InvoiceRequestDto] }) items: InvoiceRequestDto[];
  @nullable() nextCursor: string | null;
  @ApiProperty({ description: '本项目待开票的申请数' }) pendingCount: number;
  @ApiProperty({ format: 'date', description: '今天（项目时区），开票日期的默认值' }) today: string;
}
export class MyInvoiceRequestPageDto {
  @ApiProperty({ type: [InvoiceRequestDto] }) items: InvoiceRequestDto[];
  @nullable() nextCursor: string | null;
}
/** A paid bill the owner may ask an invoice for, or why not. */
export class InvoiceableBillDto {
  @ApiProperty() billId: number;
  @ApiProperty() projectId: number;
  @ApiProperty() title: string;
  @nullable('账期') period: string | null;
  @ApiProperty() roomLabel: string;
  @nullable('收据号') receiptNo: string | null;
  @nullable('缴费时间') paidAt: string | null;
  @ApiProperty({ description: '实缴金额（分）：已缴减已退' }) fen: number;
  @ApiProperty({ description: '可申请开票' }) available: boolean;
  @nullable('不可申请的原因') unavailableReason: string | null;
}
export class InvoiceableBillsDto {
  @ApiProperty({ type: [InvoiceableBillDto] }) items: InvoiceableBillDto[];
}
