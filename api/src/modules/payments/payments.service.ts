import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import type { AppConfig } from '../../config/env.js';
import { EventBus } from '../../events/event-bus.js';
import { Clock } from '../../infra/clock.js';
import { Jobs } from '../../infra/jobs.js';
import { APP_CONFIG } from '../../infra/tokens.js';
import { BillingService } from '../billing/billing.service.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import type { PayOrder } from './entities.js';
import type { CreatePayOrderDto, PayOrderDto } from './payments.dto.js';
import { PaymentsRepository } from './payments.repository.js';
import { NotifyRefused, WechatPayClient, WechatPayError, type WechatRefund, type WechatTransaction } from './wechatpay.client.js';
import { WechatPay } from './wechat-pay.js';
import { SettleRefund } from './refunds/settle-refund.js';

export { WechatPay } from './wechat-pay.js';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/**
 * Online payment through WeChat Pay v3 (R-PAY-01/02). The owner picks unpaid bills → an order at WeChat
 * Pay → the mini-program pays with the server-signed parameters (or the H5 cashier) → the order is paid
 * only when a verified notify or a signed query says so, by one conditional update; that transaction
 * raises payment.verified and billing credits the bills in it — once, however often the news comes.
 * Orders nobody paid are closed when they expire (after asking WeChat Pay once more).
 */
@Injectable()
export class PaymentsService implements OnModuleInit {
  private readonly log = new Logger('Payments');
  constructor(
    @Inject(PaymentsRepository) private readonly repo: PaymentsRepository,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WechatPay) private readonly pay: WechatPay,
    @Inject(BillingService) private readonly billing: BillingService,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(Jobs) private readonly jobs: Jobs,
    @Inject(SettleRefund) private readonly refunds: SettleRefund,
  ) {}

  onModuleInit(): void {
    this.jobs.register('payments.close-expired', 30, () => this.closeExpired());
    // R-PAY-04 an adjustment is not approved while the owner can still pay the bill's old amount online
    this.events.on('bill.adjusting', async (em, e) => {
      const open = (await this.repo.payableOrders(em, e.projectId, e.at)).filter((o) => o.bills.some((b) => b.billId === e.billId));
      if (open.length)
        throw new AppError(
          'CONFLICT',
          `业主正在线上缴这张账单（订单 ${open[0]!.outTradeNo}），请在支付完成或订单过期关闭后再审批`,
        );
    });
  }

  private client(): WechatPayClient {
    if (!this.pay.client) throw new AppError('PAY_UNAVAILABLE', '本小区暂未开通在线缴费，请到服务中心缴费');
    return this.pay.client;
  }

  private dto(o: PayOrder, redirectUrl?: string): PayOrderDto {
    const client = this.pay.client;
    return {
      id: o.id,
      outTradeNo: o.outTradeNo,
      status: o.status,
      totalFen: Number(o.totalFen),
      bills: o.bills,
      expiresAt: iso(o.expiresAt)!,
      paidAt: iso(o.paidAt),
      payParams: o.status === 'created' && o.prepayId && client ? client.payParams(o.prepayId) : null,
      h5Url:
        o.status === 'created' && o.h5Url
          ? o.h5Url + (redirectUrl ? `&redirect_url=${encodeURIComponent(redirectUrl)}` : '')
          : null,
    };
  }

  /** An order for the bills the owner picked (the same open order again on a double click). */
  async create(p: Principal, dto: CreatePayOrderDto, clientIp: string): Promise<PayOrderDto> {
    if (p.kind !== 'owner') throw new AppError('FORBIDDEN');
    if (!dto.billIds.length) throw new AppError('VALIDATION_FAILED', '请选择要缴的账单');
    const client = this.client();
    const quote = await this.billing.quoteForOwner(p.id, dto.billIds);
    const key = quote.bills.map((b) => `${b.billId}:${b.amountFen + b.lateFeeFen}`).join(',');
    const now = this.clock.now();
    const tradeType = dto.channel === 'jsapi' ? 'JSAPI' : 'H5';
    const open = (await this.repo.openOrders(p.id)).find(
      (o) =>
        o.tradeType === tradeType &&
        new Date(o.expiresAt) > now &&
        o.bills.map((b) => `${b.billId}:${b.amountFen + b.lateFeeFen}`).join(',') === key,
    );
    if (open) return this.dto(open, dto.redirectUrl);
    const person = await this.people.personById(p.id);
    if (tradeType === 'JSAPI' && !person?.openid)
      throw new AppError('VALIDATION_FAILED', '请在微信小程序内支付（当前账号未关联微信）');
    const outTradeNo = `WY${now.toISOString().replace(/\D/g, '').slice(2, 14)}${randomBytes(6).toString('hex').toUpperCase()}`;
    const description = (
      quote.bills.length === 1 ? quote.bills[0]!.title : `${quote.bills[0]!.title} 等${quote.bills.length}笔`
    ).slice(0, 120);
    const expiresAt = new Date(now.getTime() + (this.config.wechatPay?.orderTtlMin ?? 30) * 60_000);
    const id = await this.repo.insertOrder({
      projectId: quote.projectId,
      personId: p.id,
      outTradeNo,
      transactionId: null,
      tradeType,
      description,
      totalFen: quote.totalFen,
      bills: quote.bills.map(({ billId, amountFen, lateFeeFen }) => ({ billId, amountFen, lateFeeFen })),
      status: 'created',
      prepayId: null,
      h5Url: null,
      createdAt: now,
      expiresAt,
      paidAt: null,
      closedAt: null,
      paidBy: null,
    });
    try {
      if (tradeType === 'JSAPI')
        await this.repo.setProvider(id, {
          prepayId: await client.jsapi({ outTradeNo, description, totalFen: quote.totalFen, openid: person!.openid!, expiresAt }),
          h5Url: null,
        });
      else
        await this.repo.setProvider(id, {
          prepayId: null,
          h5Url: await client.h5({ outTradeNo, description, totalFen: quote.totalFen, expiresAt, clientIp }),
        });
    } catch (e) {
      await this.repo.markClosed(id, now);
      this.log.warn(`下单失败 ${outTradeNo}: ${String(e)}`);
      throw new AppError('PAY_UNAVAILABLE');
    }
    return this.dto((await this.repo.order(id))!, dto.redirectUrl);
  }

  /** The owner's order; while unpaid, WeChat Pay is asked (a signed query) so a lost notify does not leave it hanging. */
  async mine(p: Principal, id: number): Promise<PayOrderDto> {
    const o = await this.repo.order(id);
    if (!o || p.kind !== 'owner' || o.personId !== p.id) throw new AppError('NOT_FOUND', '支付订单不存在');
    if (o.status === 'created' && this.pay.client) await this.settleByQuery(o);
    return this.dto((await this.repo.order(id))!);
  }

  /** R-PAY-01 a signed query: SUCCESS with our amount and merchant credits the order. */
  private async settleByQuery(o: PayOrder): Promise<boolean> {
    let tx: WechatTransaction | null;
    try {
      tx = await this.client().query(o.outTradeNo);
    } catch (e) {
      this.log.warn(`查询订单失败 ${o.outTradeNo}: ${String(e)}`);
      return false;
    }
    if (!tx || tx.trade_state !== 'SUCCESS') return false;
    const why = this.mismatch(o, tx);
    if (why) {
      this.log.error(`查询结果与订单不符 ${o.outTradeNo}: ${why}`);
      return false;
    }
    await this.settle(o, tx, 'query');
    return true;
  }

  private mismatch(o: PayOrder, tx: WechatTransaction): string | null {
    const s = this.config.wechatPay!;
    if (tx.mchid !== s.mchid) return '商户号不符';
    if (tx.appid !== s.appId) return 'appid 不符';
    if (tx.out_trade_no !== o.outTradeNo) return '订单号不符';
    if (tx.amount?.total !== Number(o.totalFen)) return '金额不符';
    if (!tx.transaction_id) return '缺少微信支付订单号';
    return null;
  }

  /** The one crediting transaction: the order paid by a conditional update, then payment.verified (billing credits). */
  private async settle(
    o: PayOrder,
    tx: WechatTransaction,
    by: 'notify' | 'query',
    notifyId: string | null = null,
  ): Promise<'credited' | 'duplicate'> {
    const now = this.clock.now();
    const notice = (result: 'credited' | 'duplicate', em?: EntityManager) =>
      this.repo.notice(
        {
          notifyId,
          outTradeNo: o.outTradeNo,
          eventType: by === 'notify' ? 'TRANSACTION.SUCCESS' : 'QUERY',
          result,
          receivedAt: now,
        },
        em,
      );
    // R-PAY-02 an order already read as paid is a duplicate without taking its row lock: WeChat Pay's
    // retries (and a burst of the same notify) do not queue behind one another on that row until
    // InnoDB's lock wait runs out; the conditional update below still decides a race
    if (o.status === 'paid') {
      await notice('duplicate');
      return 'duplicate';
    }
    await this.billing.prepareCredit(o.projectId);
    const person = await this.people.personById(o.personId);
    return this.repo.transaction(async (em) => {
      const won = await this.repo.markPaid(em, o.id, tx.transaction_id!, now, by);
      if (won)
        await this.events.publish(em, 'payment.verified', {
          orderId: o.id,
          outTradeNo: o.outTradeNo,
          transactionId: tx.transaction_id!,
          projectId: o.projectId,
          personId: o.personId,
          payerName: person?.name ?? '业主',
          method: 'wechat_pay',
          bills: o.bills,
          totalFen: Number(o.totalFen),
          at: now,
        });
      const result = won ? 'credited' : 'duplicate';
      await notice(result, em);
      return result;
    });
  }

  /**
   * POST /payments/wechat/notify (R-PAY-01/02): verified on the raw body, the resource decrypted and
   * compared with our order; anything wrong is a 4xx and nothing is credited (WeChat Pay retries).
   */
  async notify(headers: Record<string, string | string[] | undefined>, rawBody: string | undefined): Promise<void> {
    const client = this.client();
    let n: ReturnType<WechatPayClient['openNotify']>;
    try {
      n = client.openNotify(headers, rawBody ?? '');
    } catch (e) {
      if (e instanceof NotifyRefused) {
        this.log.warn(`拒绝支付通知：${e.reason}`);
        throw new AppError('PAY_NOTIFY_REFUSED', `支付通知验证失败：${e.message}`);
      }
      throw e;
    }
    // R-PAY-04 a refund's news: REFUND.SUCCESS / ABNORMAL / CLOSED
    if (n.eventType.startsWith('REFUND.')) return this.refunds.notified(n.resource as WechatRefund);
    if (n.eventType !== 'TRANSACTION.SUCCESS') return; // other events are acknowledged and left alone
    const tx = n.resource as WechatTransaction;
    const o = await this.repo.orderByNo(String(tx.out_trade_no ?? ''));
    if (!o) throw new AppError('VALIDATION_FAILED', '支付通知的订单不存在');
    const why = tx.trade_state !== 'SUCCESS' ? '交易状态不是成功' : this.mismatch(o, tx);
    if (why) {
      this.log.error(`支付通知与订单不符 ${o.outTradeNo}: ${why}`);
      throw new AppError('VALIDATION_FAILED', `支付通知与订单不符：${why}`);
    }
    await this.settle(o, tx, 'notify', n.id.slice(0, 64));
  }

  /** The job: expired unpaid orders are asked about once more, then closed at WeChat Pay and here. */
  async closeExpired(): Promise<number> {
    if (!this.pay.client) return 0;
    let closed = 0;
    for (const o of await this.repo.expired(this.clock.now())) {
      if (await this.settleByQuery(o)) continue;
      try {
        if (!(await this.client().close(o.outTradeNo))) {
          await this.settleByQuery(o); // paid a moment ago
          continue;
        }
      } catch (e) {
        if (!(e instanceof WechatPayError)) throw e;
        this.log.warn(`关单失败 ${o.outTradeNo}: ${e.message}`);
        continue;
      }
      if (await this.repo.markClosed(o.id, this.clock.now())) closed++;
    }
    return closed;
  }
}
