import { ApiProperty } from '@nestjs/swagger';
import { IsArray, IsObject } from 'class-validator';
import { SLA_CLOCK_KINDS, URGENCIES, URGENCY_LABELS, type RepairSlaSettings } from '@wy/shared';
import { Int, IsoDate, OneOf } from '../../common/validation.js';

export class SlaDurationDto {
  @ApiProperty() value: number;
  @ApiProperty({ enum: ['minutes', 'hours', 'days', 'working_days'] }) unit: string;
}
export class RepairSlaDto {
  @ApiProperty({ type: SlaDurationDto }) entry: SlaDurationDto;
  @ApiProperty({ type: SlaDurationDto }) dispatch: SlaDurationDto;
  @ApiProperty({ type: SlaDurationDto, description: '户内维修派单后技工联系业主确认上门（R-REP-16）' }) contact: SlaDurationDto;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: '#/components/schemas/SlaDurationDto' } }) resolve: Record<
    string,
    SlaDurationDto
  >;
  @ApiProperty({ type: SlaDurationDto, description: '工单交回后录入完工信息（R-REP-05）' }) completionEntry: SlaDurationDto;
  @ApiProperty({ type: SlaDurationDto }) callback: SlaDurationDto;
  @ApiProperty({ type: SlaDurationDto }) secondCallback: SlaDurationDto;
}
export class SlaSettingsDto {
  @ApiProperty({ type: RepairSlaDto }) repair: RepairSlaDto;
  @ApiProperty({ type: [String], description: '节假日（YYYY-MM-DD）' }) holidays: string[];
  @ApiProperty({ type: [String], description: '调休上班日（YYYY-MM-DD）' }) workdays: string[];
}
export class PutSlaSettingsDto {
  @ApiProperty({ type: RepairSlaDto }) @IsObject({ message: '时限设置必须是对象' }) repair: RepairSlaSettings;
  @ApiProperty({ type: [String] }) @IsArray({ message: '节假日必须是列表' }) holidays: string[];
  @ApiProperty({ type: [String] }) @IsArray({ message: '调休上班日必须是列表' }) workdays: string[];
}

export class DuePreviewQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @OneOf('承诺', SLA_CLOCK_KINDS, { optional: true, description: '默认 resolve（维修完成）' })
  kind?: (typeof SLA_CLOCK_KINDS)[number];
  @OneOf('紧急程度', URGENCIES, { optional: true, labels: URGENCY_LABELS, description: '默认 normal' })
  urgency?: (typeof URGENCIES)[number];
  @IsoDate('起算时间（默认现在）') from?: string;
  @IsoDate('预约结束时间（resolve：晚于时限时以预约结束为准）') appointmentEnd?: string;
}
export class DuePreviewDto {
  @ApiProperty({ enum: SLA_CLOCK_KINDS }) kind: string;
  @ApiProperty({ enum: URGENCIES }) urgency: string;
  @ApiProperty({ format: 'date-time' }) from: string;
  @ApiProperty({ type: SlaDurationDto, description: '本项目该承诺的时限设置' }) duration: SlaDurationDto;
  @ApiProperty({ format: 'date-time', description: '按本项目时限与节假日算出的到期时间' }) dueAt: string;
  @ApiProperty({ description: '项目时区' }) timeZone: string;
}
