import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { notFound } from '../../common/app-error.js';
import { Public } from '../../common/decorators.js';
import { LogSmsProvider, SmsProvider } from '../../infra/sms.js';

/** Demo and test helper: the last SMS "sent" to a phone by the log provider. Never mounted in production. */
@ApiExcludeController()
@Controller('dev')
export class DevController {
  constructor(@Inject(SmsProvider) private readonly sms: SmsProvider) {}

  @Get('sms-outbox')
  @Public()
  outbox(@Query('phone') phone: string) {
    const msg = this.sms instanceof LogSmsProvider ? this.sms.outbox.get(phone) : undefined;
    if (!msg) throw notFound('短信');
    return { phone: msg.phone, text: msg.text, code: msg.params.code ?? null, sentAt: msg.sentAt.toISOString() };
  }
}
