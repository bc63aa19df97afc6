import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray } from 'class-validator';
import { Check } from '../../common/validation.js';
import { isSubscribeTemplate, SUBSCRIBE_TEMPLATES, type SubscribeTemplate } from '@wy/shared';

export class SubscriptionsDto {
  @ApiProperty({ enum: SUBSCRIBE_TEMPLATES, isArray: true })
  @IsArray({ message: '模板必须是列表' })
  @ArrayMaxSize(SUBSCRIBE_TEMPLATES.length)
  @Check('templates', (v) => Array.isArray(v) && v.every(isSubscribeTemplate), '订阅模板无效')
  templates: SubscribeTemplate[];
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
