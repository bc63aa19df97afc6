import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray } from 'class-validator';
import { Check } from '../../common/validation.js';

export class SubscriptionsDto {
  @ApiProperty({ enum: ['accepted', 'dispatched', 'finished'], isArray: true })
  @IsArray({ message: '模板必须是列表' })
  @ArrayMaxSize(3)
  @Check(
    'templates',
    (v) => Array.isArray(v) && v.every((x) => ['accepted', 'dispatched', 'finished'].includes(x)),
    '订阅模板无效',
  )
  templates: ('accepted' | 'dispatched' | 'finished')[];
}
export class CreditsDto {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) credits: Record<string, number>;
}
export class NotificationDto {
  @ApiProperty() id: number;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: String, nullable: true }) link: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) readAt: string | null;
}
