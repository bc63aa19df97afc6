import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import { FEE_BASES, FEE_BASIS_LABELS, FEE_CATEGORIES, FEE_CATEGORY_LABELS, ROOM_USES } from '@wy/shared';
import { nullable, nullableInt } from '../../common/dto.js';
import { Bool, Int, MonthOnly, OneOf, Str } from '../../common/validation.js';

export class FeeTierDto {
  @Int('阶梯上限', {
    optional: true,
    nullable: true,
    min: 1,
    max: 1_000_000_000,
    description: '本档上限（用量，百分之一单位；最后一档为空）',
  })
  upTo: number | null;
  @Int('阶梯单价（分）', { min: 0, max: 10_000_000 }) unitFen: number;
}

const Tiers = () =>
  applyDecorators(
    ApiProperty({ type: [FeeTierDto], required: false, description: '计量收费的阶梯价' }),
    IsOptional(),
    IsArray({ message: '阶梯价必须是列表' }),
    ArrayMaxSize(10, { message: '阶梯价最多10档' }),
    ValidateNested({ each: true }),
    Type(() => FeeTierDto),
  );

/** R-FEE-01 a fee item as the centre writes it. */
export class FeeItemInputDto {
  @Str('名称', { max: 40 }) name: string;
  @OneOf('类别', FEE_CATEGORIES, { labels: FEE_CATEGORY_LABELS }) category: (typeof FEE_CATEGORIES)[number];
  @Int('单价（分）', { optional: true, min: 0, max: 10_000_000 }) unitFen?: number;
  @Tiers() tiers?: FeeTierDto[];
  @Str('计量单位', { optional: true, max: 10 }) meterUnit?: string;
  @OneOf('适用房屋用途', ROOM_USES, { optional: true }) roomUse?: (typeof ROOM_USES)[number];
  @Int('每月缴费截止日', { optional: true, min: 1, max: 31 }) dueDay?: number;
  @Int('违约金（每日万分之）', { optional: true, min: 0, max: 100 }) lateFeePerTenThousand?: number;
  @Int('违约金宽限天数', { optional: true, min: 0, max: 365 }) lateFeeGraceDays?: number;
  @Int('违约金上限（本金百分比）', { optional: true, min: 0, max: 100 }) lateFeeCapPercent?: number;
  @Str('收费依据', { optional: true, max: 200 }) basisNote?: string;
}
export class CreateFeeItemDto extends FeeItemInputDto {
  @Int('项目ID', { min: 1 }) projectId: number;
  @Str('编码', { max: 20, pattern: /^[A-Za-z0-9_-]+$/, patternMessage: '编码只能是字母、数字、下划线或短横线' }) code: string;
  @OneOf('计费方式', FEE_BASES, { labels: FEE_BASIS_LABELS }) basis: (typeof FEE_BASES)[number];
}
export class UpdateFeeItemDto {
  @Str('名称', { optional: true, max: 40 }) name?: string;
  @Int('单价（分）', { optional: true, min: 0, max: 10_000_000 }) unitFen?: number;
  @Tiers() tiers?: FeeTierDto[];
  @Int('每月缴费截止日', { optional: true, min: 1, max: 31 }) dueDay?: number;
  @Int('违约金（每日万分之）', { optional: true, min: 0, max: 100 }) lateFeePerTenThousand?: number;
  @Int('违约金宽限天数', { optional: true, min: 0, max: 365 }) lateFeeGraceDays?: number;
  @Int('违约金上限（本金百分比）', { optional: true, min: 0, max: 100 }) lateFeeCapPercent?: number;
  @Str('收费依据', { optional: true, max: 200 }) basisNote?: string;
  @Bool('启用', { optional: true }) active?: boolean;
}

export class FeeItemQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
}

export class FeeTierOutDto {
  @nullableInt('本档上限（百分之一单位）') upTo: number | null;
  @ApiProperty() unitFen: number;
}
export class FeeItemDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: FEE_CATEGORIES }) category: string;
  @ApiProperty({ enum: FEE_BASES }) basis: string;
  @ApiProperty({ description: '单价（分）：按面积为每平方米每月，固定为每户每月，一次性为默认金额' }) unitFen: number;
  @ApiProperty({ type: [FeeTierOutDto] }) tiers: FeeTierOutDto[];
  @nullable('计量单位') meterUnit: string | null;
  @nullable('适用房屋用途') roomUse: string | null;
  @ApiProperty() dueDay: number;
  @ApiProperty() lateFeePerTenThousand: number;
  @ApiProperty() lateFeeGraceDays: number;
  @ApiProperty() lateFeeCapPercent: number;
  @ApiProperty({ description: 'R-FEE-05 违约金规则（给业主看的说明）' }) lateFeeRule: string;
  @nullable('收费依据') basisNote: string | null;
  @ApiProperty() active: boolean;
}
export class FeeItemListDto {
  @ApiProperty({ type: [FeeItemDto] }) items: FeeItemDto[];
}

/** R-FEE-01 what an owner reads: the fee standards of each project where they hold a room. */
export class FeeStandardsProjectDto {
  @ApiProperty() projectId: number;
  @ApiProperty() projectName: string;
  @ApiProperty({ type: [FeeItemDto] }) items: FeeItemDto[];
}
export class FeeStandardsDto {
  @ApiProperty({ type: [FeeStandardsProjectDto] }) projects: FeeStandardsProjectDto[];
}

export class MeterReadingInputDto {
  @Int('房屋', { min: 1 }) roomId: number;
  @Int('收费项目', { min: 1 }) feeItemId: number;
  @MonthOnly('账期') period: string;
  @Int('上期读数（百分之一单位）', { min: 0, max: 100_000_000_000 }) previous: number;
  @Int('本期读数（百分之一单位）', { min: 0, max: 100_000_000_000 }) current: number;
}
export class MeterReadingQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @MonthOnly('账期') period: string;
  @Int('收费项目', { optional: true, min: 1 }) feeItemId?: number;
  @Str('房屋', {
    optional: true,
    max: 1200,
    pattern: /^\d{1,12}(,\d{1,12}){0,99}$/,
    patternMessage: '房屋必须是逗号分隔的房屋ID，最多100个',
    description: '只看这些房屋（逗号分隔的ID，最多100个）',
  })
  roomIds?: string;
  @Str('翻页游标', { optional: true, max: 500 }) cursor?: string;
  @Int('每页条数', { optional: true, min: 1, max: 100 }) limit?: number;
}
export class MeterReadingDto {
  @ApiProperty() id: number;
  @ApiProperty() roomId: number;
  @ApiProperty() roomLabel: string;
  @ApiProperty() feeItemId: number;
  @ApiProperty() feeItemName: string;
  @ApiProperty() period: string;
  @ApiProperty() previous: number;
  @ApiProperty() current: number;
  @ApiProperty({ description: '用量（百分之一单位）' }) usage: number;
  @ApiProperty({ description: '按阶梯价计算的金额（分）' }) amountFen: number;
  @ApiProperty() readByName: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ description: '本期账单是否已生成（已生成则读数不能再改）' }) billed: boolean;
}
export class MeterReadingPageDto {
  @ApiProperty({ type: [MeterReadingDto] }) items: MeterReadingDto[];
  @nullable() nextCursor: string | null;
}

export class BillRunInputDto {
  @Int('项目ID', { min: 1 }) projectId: number;
  @MonthOnly('账期') period: string;
}
export class BillRunPreviewLineDto {
  @ApiProperty() feeItemId: number;
  @ApiProperty() feeItemName: string;
  @ApiProperty({ enum: FEE_BASES }) basis: string;
  @ApiProperty({ description: '将生成的账单数' }) bills: number;
  @ApiProperty({ description: '合计（分）' }) amountFen: number;
}
export class BillRunPreviewDto {
  @ApiProperty() projectId: number;
  @ApiProperty() period: string;
  @ApiProperty({ type: [BillRunPreviewLineDto] }) lines: BillRunPreviewLineDto[];
  @ApiProperty() bills: number;
  @ApiProperty() amountFen: number;
  @ApiProperty({ description: '本期已有的账单数（重跑不会重复生成）' }) existingBills: number;
  @ApiProperty({ description: '计量项目中本期未抄表的房屋数' }) missingReadings: number;
}
export class BillRunDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @ApiProperty() period: string;
  @ApiProperty({ enum: ['running', 'done'] }) status: string;
  @ApiProperty({ description: '本期已生成的账单数' }) billsCreated: number;
  @ApiProperty({ description: '本期账单合计（分）' }) amountFen: number;
  @ApiProperty({ description: '本次运行新生成的账单数（重跑为 0）' }) addedNow: number;
  @ApiProperty() runs: number;
  @ApiProperty() startedByName: string;
  @ApiProperty({ format: 'date-time' }) startedAt: string;
  @nullable('完成时间') finishedAt: string | null;
}
export class BillRunListDto {
  @ApiProperty({ type: [BillRunDto] }) items: BillRunDto[];
}

export class OneOffChargeDto {
  @Int('房屋', { min: 1 }) roomId: number;
  @Int('收费项目', { min: 1 }) feeItemId: number;
  @MonthOnly('账期') period: string;
  @Int('金额（分）', { optional: true, min: 1, max: 100_000_000 }) amountFen?: number;
  @Str('说明', { optional: true, max: 60 }) note?: string;
}
export class BillIdDto {
  @ApiProperty() billId: number;
}
