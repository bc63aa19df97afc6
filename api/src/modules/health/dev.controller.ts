import { Body, Controller, Get, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { notFound } from '../../common/app-error.js';
import { Public } from '../../common/decorators.js';
import { LogSmsProvider, SmsProvider } from '../../infra/sms.js';
import { Clock, OffsetClock } from '../../infra/clock.js';
import { AppError } from '../../common/app-error.js';
import { Jobs } from '../../infra/jobs.js';

/** Demo and test helper: the last SMS "sent" to a phone by the log provider. Never mounted in production. */
@ApiExcludeController()
@Controller('dev')
export class DevController {
  constructor(
    @Inject(SmsProvider) private readonly sms: SmsProvider,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(Jobs) private readonly jobs: Jobs,
  ) {}

  /** Moves the instances' shared clock forward (CLOCK_CONTROL=1 outside production) and runs the jobs once. */
  @Post('clock')
  @Public()
  @HttpCode(200)
  async advance(@Body() b: { advanceMinutes?: number }) {
    if (!(this.clock instanceof OffsetClock)) throw new AppError('FORBIDDEN', '未开启时钟调整（CLOCK_CONTROL=1）');
    const m = Number(b?.advanceMinutes);
    if (!Number.isFinite(m) || m <= 0 || m > 60 * 24 * 60) throw new AppError('VALIDATION_FAILED', 'advanceMinutes 必须是正数');
    await this.clock.advance(m * 60_000); // kept in the database: every instance moves with it
    await this.jobs.runOnce();
    return { now: this.clock.now().toISOString() };
  }

  @Get('sms-outbox')
  @Public()
  outbox(@Query('phone') phone: string) {
    const msg = this.sms instanceof LogSmsProvider ? this.sms.outbox.get(phone) : undefined;
    if (!msg) throw notFound('短信');
    return { phone: msg.phone, text: msg.text, code: msg.params.code ?? null, sentAt: msg.sentAt.toISOString() };
  }
}
