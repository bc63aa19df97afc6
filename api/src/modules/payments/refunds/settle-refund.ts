import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { AppError } from '../../../common/app-error.js';
import type { AppConfig } from '../../../config/env.js';
import { Clock } from '../../../infra/clock.js';
import { Jobs } from '../../../infra/jobs.js';
import { APP_CONFIG } from '../../../infra/tokens.js';
import { EventBus } from '../../../events/event-bus.js';
import { BillingService } from '../../billing/billing.service.js';
import type { Refund } from '../entities.js';
import { PaymentsRepository } from '../payments.repository.js';
import { WechatPay } from '../wechat-pay.js';
import type { WechatRefund } from '../wechatpay.client.js';

/**
 * R-PAY-04 an approved refund's money going back. A WeChat Pay payment is refunded through WeChat Pay
 * (its v3 refund, the same out_refund_no on every retry); a desk payment is paid back at the desk at once.
 * It is finished — 已退款, and the charge issued again when asked — by one conditional update, whichever
 * of the answer, the refund notify or the job's query comes first; the others change nothing.
 */
@Injectable()
export class SettleRefund implements OnModuleInit {
  private readonly log = new Logger('Refunds');
  constructor(
    @Inject(PaymentsRepository) private readonly repo: PaymentsRepository,
    @Inject(WechatPay) private readonly pay: WechatPay,
    @Inject(BillingService) private readonly billing: BillingService,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(Jobs) private readonly jobs: Jobs,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EventBus) private readonly events: EventBus,
  ) {}

  onModuleInit(): void {
    this.jobs.register('payments.refunds', 60, () => this.sweep());
  }

  /** Sends an approved refund on its way (a failed call stays 退款中 with its error; the job retries). */
  async submit(r: Refund): Promise<void> {
    if (r.method !== 'wechat_pay') {
      await this.finish(r, null); // the desk pays it back (cash, card, transfer)
      return;
    }
    const client = this.pay.client;
    if (!client) {
      await this.repo.patchRefund(r.id, { lastError: '在线支付未开通，无法原路退款' });
      return;
    }
    await this.repo.patchRefund(r.id, { attempts: r.attempts + 1 });
    try {
      const a = await client.refund({
        outTradeNo: r.outTradeNo!,
        outRefundNo: r.outRefundNo,
        reason: r.reason,
        refundFen: Number(r.amountFen),
        totalFen: Number(r.orderTotalFen),
      });
      await this.onProvider(r, a);
    } catch (e) {
      this.log.warn(`退款请求失败 ${r.outRefundNo}: ${String(e)}`);
      await this.repo.patchRefund(r.id, { lastError: String((e as Error).message ?? e).slice(0, 200) });
    }
  }

  /** What WeChat Pay says of a refund (its answer, its notify or a query). */
  private async onProvider(r: Refund, a: WechatRefund): Promise<void> {
    const status = a.status ?? a.refund_status;
    if (a.out_refund_no !== r.outRefundNo || a.amount?.refund !== Number(r.amountFen)) {
      this.log.error(`退款结果与退款单不符 ${r.outRefundNo}`);
      await this.repo.patchRefund(r.id, { lastError: '微信支付的退款结果与退款单不符' });
      return;
    }
    // WeChat Pay has it: its trade bill lists it on the day it was accepted (R-PAY-03)
    if (!r.acceptedAt) {
      const at = a.create_time ? new Date(a.create_time) : this.clock.now();
      await this.repo.markRefundAccepted(r.id, Number.isNaN(at.getTime()) ? this.clock.now() : at);
    }
    if (status === 'SUCCESS') await this.finish(r, a.refund_id);
    else if (status === 'ABNORMAL' || status === 'CLOSED')
      await this.repo.moveRefund(r.id, ['processing'], {
        status: 'failed',
        providerRefundId: a.refund_id ?? null,
        lastError: status === 'ABNORMAL' ? '退款异常（如用户银行卡已注销），请线下处理' : '退款已关闭',
        finishedAt: this.clock.now(),
      });
    else if (a.refund_id && !r.providerRefundId) await this.repo.patchRefund(r.id, { providerRefundId: a.refund_id });
  }

  /** The one finishing transaction: 退款中 → 已退款, then billing books it (and issues the charge again if asked). */
  async finish(r: Refund, providerRefundId: string | null): Promise<boolean> {
    const now = this.clock.now();
    return this.repo.transaction(async (em) => {
      const won = await this.repo.moveRefund(
        r.id,
        ['processing'],
        { status: 'succeeded', providerRefundId, finishedAt: now, lastError: null },
        em,
      );
      if (!won) return false;
      const reissuedBillId = await this.billing.refunded(em, {
        refundId: r.id,
        paymentId: r.paymentId,
        billId: r.billId,
        amountFen: Number(r.amountFen),
        reopen: Boolean(r.reopen),
        at: now,
      });
      if (reissuedBillId) await this.repo.patchRefund(r.id, { reissuedBillId }, em);
      await this.events.publish(em, 'payment.refunded', {
        refundId: r.id,
        paymentId: r.paymentId,
        billId: r.billId,
        projectId: r.projectId,
        amountFen: Number(r.amountFen),
        at: now,
      });
      return true;
    });
  }

  /** A verified, decrypted REFUND.* notify: checked against our refund, then finished (or failed) once. */
  async notified(res: WechatRefund): Promise<void> {
    const r = await this.repo.refundByOutNo(String(res.out_refund_no ?? ''));
    if (!r) throw new AppError('VALIDATION_FAILED', '退款通知的退款单不存在');
    const s = this.config.wechatPay!;
    const why =
      res.mchid !== s.mchid
        ? '商户号不符'
        : res.out_trade_no !== r.outTradeNo
          ? '订单号不符'
          : res.amount?.refund !== Number(r.amountFen)
            ? '金额不符'
            : null;
    if (why) {
      this.log.error(`退款通知与退款单不符 ${r.outRefundNo}: ${why}`);
      throw new AppError('VALIDATION_FAILED', `退款通知与退款单不符：${why}`);
    }
    if (r.status !== 'processing') return; // finished already: a repeat changes nothing
    await this.onProvider(r, res);
  }

  /** The job: refunds still 退款中 are asked about; one that never reached WeChat Pay is sent again (same number). */
  async sweep(): Promise<number> {
    const client = this.pay.client;
    if (!client) return 0;
    let done = 0;
    for (const r of await this.repo.processingRefunds()) {
      if (r.method !== 'wechat_pay') continue;
      try {
        const q = await client.queryRefund(r.outRefundNo);
        if (!q) await this.submit(r);
        else await this.onProvider(r, q);
        done++;
      } catch (e) {
        this.log.warn(`查询退款失败 ${r.outRefundNo}: ${String(e)}`);
      }
    }
    return done;
  }
}
