import { ApiProperty } from '@nestjs/swagger';
import { PAYMENT_METHODS } from '@wy/shared';
import { nullable } from '../../common/dto.js';
import { Int } from '../../common/validation.js';

export class FinanceTodayQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
}
export class FinanceMethodTotalDto {
  @ApiProperty({ enum: PAYMENT_METHODS }) method: string;
  @ApiProperty({ description: '笔数（每张收据一笔）' }) count: number;
  @ApiProperty({ description: '金额（分）' }) fen: number;
}
export class FinanceCountFenDto {
  @ApiProperty() count: number;
  @ApiProperty({ description: '金额（分）' }) fen: number;
}
export class FinanceReconDto {
  @ApiProperty({ description: '对账日期（昨天，中国时间）' }) billDate: string;
  @ApiProperty({ description: '是否已对账' }) reconciled: boolean;
  @nullable('最近一次对账时间') runAt: string | null;
  @nullable('对账人') runByName: string | null;
  @ApiProperty({ type: Number, nullable: true, description: '微信账单笔数' }) providerCount: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '微信账单金额（分）' }) providerFen: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '本系统笔数' }) ourCount: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '本系统金额（分）' }) ourFen: number | null;
  @ApiProperty({ description: '该日未处理的差异（本项目及无项目的）' }) openDifferencesOfDay: number;
  @ApiProperty({ description: '所有日期未处理的差异（本项目及无项目的）' }) openDifferences: number;
}
export class FinanceHandoversDto {
  @ApiProperty({ description: '待确认的交款单' }) count: number;
  @ApiProperty({ description: '其中现金（分）' }) cashFen: number;
  @ApiProperty({ description: '合计（分）' }) totalFen: number;
}
export class FinanceTodayDto {
  @ApiProperty({ description: '今天（项目所在时区）' }) date: string;
  @ApiProperty({ type: [FinanceMethodTotalDto], description: '今天各收款方式（每种方式一行，没有收款为 0）' })
  takings: FinanceMethodTotalDto[];
  @ApiProperty({ description: '今天收款笔数' }) count: number;
  @ApiProperty({ description: '今天收款合计（分）' }) totalFen: number;
  @ApiProperty({ type: FinanceCountFenDto, description: '近 30 天微信已付款但未入账的订单（账单已在前台缴过，待退款）' })
  paidNotCredited: FinanceCountFenDto;
  @ApiProperty({ type: FinanceCountFenDto, description: '已过支付时限仍未关闭的微信订单' })
  openPastExpiry: FinanceCountFenDto;
  @ApiProperty({ type: FinanceReconDto }) reconciliation: FinanceReconDto;
  @ApiProperty({ type: FinanceHandoversDto }) handovers: FinanceHandoversDto;
  @ApiProperty({ type: FinanceCountFenDto, description: '待审批的退款' }) refunds: FinanceCountFenDto;
}
