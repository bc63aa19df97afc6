import { ApiProperty } from '@nestjs/swagger';
import { CASH_HANDOVER_STATUS_LABELS, CASH_HANDOVER_STATUSES, DESK_PAYMENT_METHODS } from '@wy/shared';
import { IdNameDto, PageQuery, nullable, nullableInt } from '../../common/dto.js';
import { DateOnly, Int, IntArray, OneOf, Str } from '../../common/validation.js';
import { PaymentRowDto } from './billing.dto.js';

/** R-FEE-06 a cashier's desk payments of a business day not handed over yet. */
export class CashPendingHandoverQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @DateOnly('营业日', { optional: true }) day?: string;
}
export class MethodTotalDto {
  @ApiProperty({ enum: DESK_PAYMENT_METHODS }) method: string;
  @ApiProperty() count: number;
  @ApiProperty({ description: '金额（分）' }) fen: number;
}
export class DayTotalDto {
  @ApiProperty({ format: 'date' }) day: string;
  @ApiProperty() count: number;
  @ApiProperty({ description: '金额（分）' }) totalFen: number;
}
export class CashPendingHandoverDto {
  @ApiProperty({ format: 'date', description: '营业日（项目时区）' }) businessDay: string;
  @ApiProperty({ format: 'date', description: '今天（项目时区）' }) today: string;
  @ApiProperty({ type: [PaymentRowDto] }) items: PaymentRowDto[];
  @ApiProperty({ type: [MethodTotalDto] }) byMethod: MethodTotalDto[];
  @ApiProperty() count: number;
  @ApiProperty({ description: '合计（分）' }) totalFen: number;
  @ApiProperty({ description: '其中现金（分）' }) cashFen: number;
  @ApiProperty({ type: [DayTotalDto], description: '其他营业日尚未移交的收款' }) otherDays: DayTotalDto[];
}

export class CashCreateHandoverDto {
  @Int('项目ID', { min: 1 }) projectId: number;
  @DateOnly('营业日') businessDay: string;
  @IntArray('移交的收款', { max: 1000 }) paymentIds: number[];
  @Str('备注', { optional: true, max: 200 }) note?: string;
}
export class CashConfirmHandoverDto {
  @Int('实收现金（分）', { min: 0, max: 1_000_000_000 }) receivedCashFen: number;
  @Str('说明', { optional: true, max: 200 }) note?: string;
}

export class CashHandoverQuery extends PageQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @DateOnly('开始日期', { optional: true }) from?: string;
  @DateOnly('结束日期', { optional: true }) to?: string;
  @Int('收款员', { optional: true, min: 1 }) cashierId?: number;
  @OneOf('状态', CASH_HANDOVER_STATUSES, { optional: true, labels: CASH_HANDOVER_STATUS_LABELS })
  status?: (typeof CASH_HANDOVER_STATUSES)[number];
}

export class CashHandoverDto {
  @ApiProperty() id: number;
  @ApiProperty({ description: '交款单号' }) code: string;
  @ApiProperty() projectId: number;
  @ApiProperty() cashierStaffId: number;
  @ApiProperty() cashierName: string;
  @ApiProperty({ format: 'date' }) businessDay: string;
  @ApiProperty() paymentCount: number;
  @ApiProperty({ description: '合计（分）' }) totalFen: number;
  @ApiProperty({ description: '其中现金（分），财务清点的金额' }) cashFen: number;
  @ApiProperty({ type: [MethodTotalDto] }) byMethod: MethodTotalDto[];
  @ApiProperty({ enum: CASH_HANDOVER_STATUSES }) status: string;
  @nullable('备注') note: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @nullableInt('财务实收现金（分）') receivedCashFen: number | null;
  @nullableInt('短款（分）') shortFen: number | null;
  @nullable('确认人') confirmedByName: string | null;
  @nullable('确认时间') confirmedAt: string | null;
  @nullable('确认说明（短款原因）') confirmNote: string | null;
  @ApiProperty({ description: '当前用户可确认（财务，且不是本人的交款单）' }) mayConfirm: boolean;
  @ApiProperty({ description: '当前用户可撤回（本人的待确认交款单）' }) mayWithdraw: boolean;
}
export class CashHandoverPageDto {
  @ApiProperty({ type: [CashHandoverDto] }) items: CashHandoverDto[];
  @nullable() nextCursor: string | null;
  @ApiProperty({ type: [IdNameDto], description: '本项目交过款的收款员（筛选用）' }) cashiers: IdNameDto[];
}
/** The printable 交款单 / 收费日报: the handover with its payments and the project's header. */
export class CashHandoverDetailDto extends CashHandoverDto {
  @ApiProperty({ type: [PaymentRowDto] }) payments: PaymentRowDto[];
  @ApiProperty() projectName: string;
  @ApiProperty() companyName: string;
  @ApiProperty({ description: '项目时区，如 Asia/Shanghai' }) timeZone: string;
}
