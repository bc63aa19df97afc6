import { ApiProperty } from '@nestjs/swagger';
import { COLLECTION_LEVELS, COLLECTION_LEVEL_LABELS } from '@wy/shared';
import { nullable, nullableInt } from '../../common/dto.js';
import { Int, MonthOnly, OneOf, Str } from '../../common/validation.js';

export class KpiQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @MonthOnly('月份', { optional: true })
  month?: string;
}
const rate = () => ApiProperty({ type: Number, nullable: true, description: '百分比，一位小数，向下取整；无数据为 null' });
export class RepairKpisDto {
  @ApiProperty({ description: 'YYYY-MM（项目所在时区）' }) month: string;
  @ApiProperty() received: number;
  @ApiProperty() resolved: number;
  @ApiProperty() resolvedOnTime: number;
  @ApiProperty() callbacksDue: number;
  @ApiProperty() callbacksDone: number;
  @ApiProperty() callbacksOnTime: number;
  @ApiProperty({ description: '应联系业主（户内维修每轮派单一次，当月到期且已联系或已超时）' }) contactsDue: number;
  @ApiProperty({ description: '按时联系业主' }) contactsOnTime: number;
  @ApiProperty() rated: number;
  @ApiProperty({ description: '满意（含非常满意）：有业主自评的按自评，否则按回访结果' }) satisfied: number;
  @ApiProperty({ description: '满意度按业主自评计的回访数' }) satisfactionOwnerRated: number;
  @ApiProperty({ description: '满意度按回访结果计的回访数（业主未自评）' }) satisfactionCallbackRated: number;
  @ApiProperty({ description: '当前未完成且已超时的工单' }) openOverdue: number;
  @rate() timelyRate: number | null;
  @rate() callbackRate: number | null;
  @rate() callbackTimelyRate: number | null;
  @rate() contactTimelyRate: number | null;
  @rate() satisfactionRate: number | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'R-REP-12 维修及时率是否达到 100% 目标' }) timelyTargetMet:
    boolean | null;
  @ApiProperty({ description: '目标（%）' }) timelyTarget: number;
  @ApiProperty({ description: '目标（%）' }) callbackTarget: number;
}

export class CollectionQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @MonthOnly('开始账期', { optional: true }) from?: string;
  @MonthOnly('结束账期', { optional: true }) to?: string;
  @OneOf('统计维度', COLLECTION_LEVELS, { optional: true, labels: COLLECTION_LEVEL_LABELS })
  by?: (typeof COLLECTION_LEVELS)[number];
  @Str('翻页游标', { optional: true, max: 20 }) cursor?: string;
  @Int('每页条数', { optional: true, min: 1, max: 200 }) limit?: number;
}
export class CollectionRowDto {
  @nullableInt('楼栋或收费项目（无收费项目的一次性收费为 null）') id: number | null;
  @ApiProperty() name: string;
  @ApiProperty({ description: '应收（分）' }) billedFen: number;
  @ApiProperty({ description: '实收（分，扣除退款）' }) collectedFen: number;
  @ApiProperty({ description: '未收（分）' }) owedFen: number;
  @rate() ratePct: number | null;
  @ApiProperty({ description: '账单数' }) bills: number;
}
export class CollectionReportDto {
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ enum: COLLECTION_LEVELS }) by: string;
  @ApiProperty({ type: CollectionRowDto, description: '整个项目的合计' }) total: CollectionRowDto;
  @ApiProperty({ type: [CollectionRowDto] }) items: CollectionRowDto[];
  @nullable() nextCursor: string | null;
}
