import { Body, Controller, Get, HttpCode, Inject, Ip, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Id, Me, OwnerOnly, Public } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import { CreatePayOrderDto, PayOrderDto } from './payments.dto.js';
import { PaymentsService } from './payments.service.js';

@ApiTags('payments')
@Controller()
export class PaymentsController {
  constructor(@Inject(PaymentsService) private readonly payments: PaymentsService) {}

  @Post('me/payments')
  @OwnerOnly()
  @ApiOkResponse({ type: PayOrderDto })
  create(@Me() me: Principal, @Body() b: CreatePayOrderDto, @Ip() ip: string) {
    return this.payments.create(me, b, ip);
  }
  @Get('me/payments/:id')
  @OwnerOnly()
  @ApiOkResponse({ type: PayOrderDto })
  mine(@Me() me: Principal, @Id() id: number) {
    return this.payments.mine(me, id);
  }
  /** WeChat Pay's notify: verified on the raw body (no DTO: the bytes are what is signed). */
  @Post('payments/wechat/notify')
  @Public()
  @HttpCode(204)
  async notify(@Req() req: { headers: Record<string, string | string[] | undefined>; rawBody?: string }) {
    await this.payments.notify(req.headers, req.rawBody);
  }
}
