import { ApiProperty } from '@nestjs/swagger';
import { isMobilePhone, STAFF_ROLES, type StaffRole } from '@wy/shared';
import { Check, Str } from '../../common/validation.js';

export class StaffLoginDto {
  @Str('用户名', { max: 50 }) username: string;
  @Str('密码', { max: 100 }) password: string;
}
export class RefreshDto {
  @Str('刷新令牌', { max: 200 }) refreshToken: string;
}
export class WechatLoginDto {
  @Str('微信登录凭证', { max: 200 }) code: string;
  @Str('手机号授权凭证', { optional: true, max: 200 }) phoneCode?: string;
}
export class SmsCodeDto {
  @Str('手机号', { max: 11 })
  @Check('mobile', isMobilePhone, '请输入正确的11位手机号')
  phone: string;
}
export class SmsLoginDto extends SmsCodeDto {
  @Str('验证码', { max: 6, pattern: /^\d{6}$/, patternMessage: '验证码是6位数字' }) code: string;
}

export class ProjectRefDto {
  @ApiProperty() id: number;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
}
export class MeDto {
  @ApiProperty({ enum: ['staff', 'owner'] }) kind: 'staff' | 'owner';
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) username: string | null;
  @ApiProperty({ enum: STAFF_ROLES, isArray: true }) roles: StaffRole[];
  @ApiProperty() allProjects: boolean;
  @ApiProperty({ type: [ProjectRefDto] }) projects: ProjectRefDto[];
  @ApiProperty({ type: String, nullable: true }) phoneMasked: string | null;
}
export class TokenPairDto {
  @ApiProperty() accessToken: string;
  @ApiProperty() refreshToken: string;
  @ApiProperty({ description: '访问令牌有效秒数' }) expiresIn: number;
  @ApiProperty({ type: MeDto }) me: MeDto;
}
export class SmsSentDto {
  @ApiProperty() ttlSeconds: number;
}
