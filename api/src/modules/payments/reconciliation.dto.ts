import { ApiProperty } from '@nestjs/swagger';
import { RECON_DIFF_KINDS, RECON_DIFF_STATUSES } from '@wy/shared';
import { PageQuery, nullable, nullableInt } from '../../common/dto.js';
import { DateOnly, OneOf, Str } from '../../common/validation.js';

export class ReconcileDto {
  @DateOnly('对账日期') billDate: string;
}
export class ResolveDiffDto {
  @Str('处理说明', { min: 2, max: 200 }) note: string;
}
export class ReconDiffQuery extends PageQuery {
  @DateOnly('对账日期', { optional: true }) billDate?: string;
  @OneOf('状态', RECON_DIFF_STATUSES, { optional: true }) status?: (typeof RECON_DIFF_STATUSES)[number];
}

export class ReconDayDto {
  @ApiProperty() billDate: string;
  @ApiProperty({ description: '微信账单笔数' }) providerCount: number;
  @ApiProperty({ description: '微信账单金额（分）' }) providerFen: number;
  @ApiProperty({ description: '本系统笔数' }) ourCount: number;
  @ApiProperty({ description: '本系统金额（分）' }) ourFen: number;
  @ApiProperty({ description: '微信账单退款笔数' }) providerRefundCount: number;
  @ApiProperty({ description: '微信账单退款金额（分）' }) providerRefundFen: number;
  @ApiProperty({ description: '本系统当日微信受理的退款笔数' }) ourRefundCount: number;
  @ApiProperty({ description: '本系统当日微信受理的退款金额（分）' }) ourRefundFen: number;
  @ApiProperty({ description: '当日未处理的差异' }) openDifferences: number;
  @ApiProperty() runs: number;
  @ApiProperty() runByName: string;
  @ApiProperty({ format: 'date-time' }) runAt: string;
}
export class ReconDayPageDto {
  @ApiProperty({ type: [ReconDayDto] }) items: ReconDayDto[];
  @nullable() nextCursor: string | null;
}
export class ReconDiffDto {
  @ApiProperty() id: number;
  @ApiProperty() billDate: string;
  @ApiProperty({ enum: RECON_DIFF_KINDS }) kind: string;
  @ApiProperty() outTradeNo: string;
  @nullable('商户退款单号（退款的差异）') outRefundNo: string | null;
  @nullable('微信支付订单号') transactionId: string | null;
  @nullableInt('项目') projectId: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '微信账单金额（分）' }) providerFen: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '本系统金额（分）' }) ourFen: number | null;
  @ApiProperty({ enum: RECON_DIFF_STATUSES }) status: string;
  @ApiProperty({ format: 'date-time' }) foundAt: string;
  @nullable('处理时间') resolvedAt: string | null;
  @nullable('处理人') resolvedByName: string | null;
  @nullable('处理说明') resolution: string | null;
}
export class ReconDiffPageDto {
  @ApiProperty({ type: [ReconDiffDto] }) items: ReconDiffDto[];
  @nullable() nextCursor: string | null;
}
