import { Module } from '@nestjs/common';
import type { AppConfig } from '../../config/env.js';
import { Clock } from '../../infra/clock.js';
import { APP_CONFIG } from '../../infra/tokens.js';
import { BillingModule } from '../billing/billing.module.js';
import { PeopleModule } from '../people/people.module.js';
import { PaymentsController } from './payments.controller.js';
import { PaymentsRepository } from './payments.repository.js';
import { PaymentsService, WechatPay } from './payments.service.js';
import { WechatPayClient } from './wechatpay.client.js';

/**
 * Online payment (WeChat Pay v3, R-PAY-01/02): the client, orders, the notify endpoint, query and
 * close. A verified payment is announced (payment.verified); billing credits the bills.
 */
@Module({
  imports: [BillingModule, PeopleModule],
  controllers: [PaymentsController],
  providers: [
    PaymentsRepository,
    PaymentsService,
    {
      provide: WechatPay,
      inject: [APP_CONFIG, Clock],
      useFactory: (config: AppConfig, clock: Clock) =>
        new WechatPay(config.wechatPay ? new WechatPayClient(config.wechatPay, () => clock.now().getTime()) : null),
    },
  ],
})
export class PaymentsModule {}
