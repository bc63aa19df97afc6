import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray } from 'class-validator';
import { Check } from '../../common/validation.js';
import { WECHAT_TEMPLATE_NAMES, type WechatTemplateName } from '../../config/env.js';

export class SubscriptionsDto {
  @ApiProperty({ enum: WECHAT_TEMPLATE_NAMES, isArray: true })
  @IsArray({ message: '模板必须是列表' })
  @ArrayMaxSize(WECHAT_TEMPLATE_NAMES.length)
  @Check(
    'templates',
    (v) => Array.isArray(v) && v.every((x) => (WECHAT_TEMPLATE_NAMES as readonly string[]).includes(x)),
    '订阅模板无效',
  )
  templates: WechatTemplateName[];
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
