import { Body, Controller, Get, HttpCode, Inject, Ip, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AnyUser, Me, Public, RateLimited } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import { AuthService } from './auth.service.js';
import {
  MeDto,
  RefreshDto,
  SmsCodeDto,
  SmsLoginDto,
  SmsSentDto,
  StaffLoginDto,
  TokenPairDto,
  WechatLoginDto,
} from './auth.dto.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(@Inject(AuthService) private readonly auth: AuthService) {}

  @Post('staff/login')
  @Public()
  @RateLimited('login')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto })
  staffLogin(@Body() b: StaffLoginDto, @Ip() ip: string): Promise<TokenPairDto> {
    return this.auth.staffLogin(b.username, b.password, ip);
  }

  @Post('refresh')
  @Public()
  @RateLimited('login')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto })
  refresh(@Body() b: RefreshDto): Promise<TokenPairDto> {
    return this.auth.refresh(b.refreshToken);
  }

  @Post('logout')
  @AnyUser()
  @HttpCode(204)
  logout(@Me() me: Principal): Promise<void> {
    return this.auth.logout(me);
  }

  @Get('me')
  @AnyUser()
  @ApiOkResponse({ type: MeDto })
  me(@Me() me: Principal): Promise<MeDto> {
    return this.auth.me(me);
  }

  @Post('owner/wechat')
  @Public()
  @RateLimited('login')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto })
  wechat(@Body() b: WechatLoginDto): Promise<TokenPairDto> {
    return this.auth.wechatLogin(b.code, b.phoneCode);
  }

  @Post('owner/sms-code')
  @Public()
  @RateLimited('sms')
  @HttpCode(200)
  @ApiOkResponse({ type: SmsSentDto })
  smsCode(@Body() b: SmsCodeDto): Promise<SmsSentDto> {
    return this.auth.sendSmsCode(b.phone);
  }

  @Post('owner/sms-login')
  @Public()
  @RateLimited('login')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto })
  smsLogin(@Body() b: SmsLoginDto): Promise<TokenPairDto> {
    return this.auth.smsLogin(b.phone, b.code);
  }
}
