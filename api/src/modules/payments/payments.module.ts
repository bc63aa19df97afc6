import { Module } from '@nestjs/common';
import type { AppConfig } from '../../config/env.js';
import { Clock } from '../../infra/clock.js';
import { APP_CONFIG } from '../../infra/tokens.js';
import { AuditModule } from '../audit/audit.module.js';
import { BillingModule } from '../billing/billing.module.js';
import { OrgModule } from '../org/org.module.js';
import { PeopleModule } from '../people/people.module.js';
import { FinanceTodayController } from './finance-today.controller.js';
import { FinanceToday } from './finance/finance-today.js';
import { PaymentsController } from './payments.controller.js';
import { PaymentsRepository } from './payments.repository.js';
import { PaymentsService } from './payments.service.js';
import { ReconciliationController } from './reconciliation.controller.js';
import { ReconDifferences } from './reconciliation/differences.js';
import { ReconcileDay } from './reconciliation/reconcile-day.js';
import { RefundsController } from './refunds.controller.js';
import { DecideRefund } from './refunds/decide-refund.js';
import { RefundView } from './refunds/refund-view.js';
import { RefundRequests } from './refunds/refund-requests.service.js';
import { RequestRefund } from './refunds/request-refund.js';
import { SettleRefund } from './refunds/settle-refund.js';
import { WechatPay } from './wechat-pay.js';
import { WechatPayClient } from './wechatpay.client.js';

/**
 * Online payment (WeChat Pay v3, R-PAY-01/02): the client, orders, the notify endpoint, query and
 * close. A verified payment is announced (payment.verified); billing credits the bills. Refunds with
 * approval (R-PAY-04) through WeChat Pay's refund flow or the desk; other modules ask for a refund of a bill they
 * charged through RefundRequests (renovation's deposits, R-REN-08).
 */
@Module({
  imports: [AuditModule, BillingModule, OrgModule, PeopleModule],
  controllers: [PaymentsController, RefundsController, ReconciliationController, FinanceTodayController],
  providers: [
    FinanceToday,
    PaymentsRepository,
    PaymentsService,
    RefundView,
    RequestRefund,
    RefundRequests,
    DecideRefund,
    SettleRefund,
    ReconcileDay,
    ReconDifferences,
    {
      provide: WechatPay,
      inject: [APP_CONFIG, Clock],
      useFactory: (config: AppConfig, clock: Clock) =>
        new WechatPay(config.wechatPay ? new WechatPayClient(config.wechatPay, () => clock.now().getTime()) : null),
    },
  ],
  exports: [RefundRequests],
})
export class PaymentsModule {}
