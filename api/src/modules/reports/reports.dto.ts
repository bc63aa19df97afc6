import { ApiProperty } from '@nestjs/swagger';
import { Int, MonthOnly } from '../../common/validation.js';

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
