import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppError, badRequest } from '../../../common/app-error.js';
import type { Principal } from '../../../common/principal.js';
import { asStaff } from '../../../common/scope.js';
import { Clock } from '../../../infra/clock.js';
import { localDate } from '@wy/shared';
import type { ReconDay, ReconDiff, Refund } from '../entities.js';
import { PaymentsRepository } from '../payments.repository.js';
import type { ReconDayDto } from '../reconciliation.dto.js';
import { WechatPay } from '../wechat-pay.js';
import { parseTradeBill } from './trade-bill.js';

const CHINA = 'Asia/Shanghai';
/** a refund of ours WeChat Pay may list: approved and sent (whatever became of it after) */
const SENT = ['processing', 'succeeded', 'failed'];
const iso = (d: Date) => new Date(d).toISOString();

export function reconDayDto(d: ReconDay): ReconDayDto {
  return {
    billDate: d.billDate,
    providerCount: d.providerCount,
    providerFen: Number(d.providerFen),
    ourCount: d.ourCount,
    ourFen: Number(d.ourFen),
    providerRefundCount: d.providerRefundCount,
    providerRefundFen: Number(d.providerRefundFen),
    ourRefundCount: d.ourRefundCount,
    ourRefundFen: Number(d.ourRefundFen),
    openDifferences: d.openDifferences,
    runs: d.runs,
    runByName: d.runByName,
    runAt: iso(d.runAt),
  };
}

type Found = Pick<ReconDiff, 'kind' | 'outTradeNo' | 'outRefundNo' | 'transactionId' | 'projectId' | 'providerFen' | 'ourFen'>;

/**
 * R-PAY-03 a day's reconciliation: WeChat Pay's trade bill of that China day (its file checked by SHA1)
 * against our orders paid that day. Every payment it lists must be an order we credited with the same
 * amount, and every order we credited that day must be in it; each difference is recorded once (day,
 * order, kind) and stays listed until a rerun finds it gone or finance resolves it with a note. An order we
 * credited late in the evening that WeChat Pay lists the next day is resolved by the next day's run.
 * R-PAY-04 the bill's refund rows the same way, by out_refund_no, against our refunds WeChat Pay accepted
 * that day (their 交易时间 is when the refund was accepted, not when it reached the payer).
 */
@Injectable()
export class ReconcileDay {
  private readonly log = new Logger('Reconcile');
  constructor(
    @Inject(PaymentsRepository) private readonly repo: PaymentsRepository,
    @Inject(WechatPay) private readonly pay: WechatPay,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async run(p: Principal, billDate: string): Promise<ReconDayDto> {
    const staff = asStaff(p);
    const now = this.clock.now();
    if (billDate > localDate(now, CHINA)) throw badRequest('对账日期不能晚于今天');
    const client = this.pay.client;
    if (!client) throw new AppError('PAY_UNAVAILABLE', '未开通微信支付商户，无法下载对账单');
    let text: string;
    try {
      text = await client.tradeBill(billDate);
    } catch (e) {
      this.log.warn(`下载对账单失败 ${billDate}: ${String(e)}`);
      throw new AppError('PAY_UNAVAILABLE', '下载微信支付对账单失败，请稍后重试');
    }
    const all = parseTradeBill(text);
    const rows = all.filter((r) => r.state === 'SUCCESS');
    const refundRows = all.filter((r) => r.state === 'REFUND');
    const from = new Date(`${billDate}T00:00:00+08:00`);
    const to = new Date(from.getTime() + 86_400_000);
    const ours = await this.repo.paidOrdersBetween(from, to);
    const known = new Map((await this.repo.ordersByNos(rows.map((r) => r.outTradeNo))).map((o) => [o.outTradeNo, o]));
    const ourRefunds = await this.repo.refundsAcceptedBetween(from, to);
    const knownRefunds = new Map(
      (await this.repo.refundsByOutNos(refundRows.map((r) => r.outRefundNo))).map((x) => [x.outRefundNo, x]),
    );

    const found: Found[] = [];
    for (const r of rows) {
      const o = known.get(r.outTradeNo);
      if (!o || o.status !== 'paid')
        found.push({
          kind: 'missing_here',
          outTradeNo: r.outTradeNo.slice(0, 32),
          outRefundNo: '',
          transactionId: r.transactionId.slice(0, 32) || null,
          projectId: o?.projectId ?? null,
          providerFen: r.fen,
          ourFen: null,
        });
      else if (Number(o.totalFen) !== r.fen)
        found.push({
          kind: 'amount_differs',
          outTradeNo: o.outTradeNo,
          outRefundNo: '',
          transactionId: o.transactionId,
          projectId: o.projectId,
          providerFen: r.fen,
          ourFen: Number(o.totalFen),
        });
    }
    const listed = new Set(rows.map((r) => r.outTradeNo));
    for (const o of ours)
      if (!listed.has(o.outTradeNo))
        found.push({
          kind: 'missing_there',
          outTradeNo: o.outTradeNo,
          outRefundNo: '',
          transactionId: o.transactionId,
          projectId: o.projectId,
          providerFen: null,
          ourFen: Number(o.totalFen),
        });
    // R-PAY-04 refunds: each one WeChat Pay lists must be an approved refund of ours with the same amount
    // (a refund nobody approved here is money gone out), and each one it accepted from us that day listed
    const sent = (x: Refund | undefined): x is Refund => !!x && SENT.includes(x.status);
    for (const r of refundRows) {
      const x = knownRefunds.get(r.outRefundNo);
      if (!sent(x) || x.outTradeNo !== r.outTradeNo)
        found.push({
          kind: 'refund_unknown',
          outTradeNo: r.outTradeNo.slice(0, 32),
          outRefundNo: r.outRefundNo.slice(0, 64),
          transactionId: r.transactionId.slice(0, 32) || null,
          projectId: x?.projectId ?? null,
          providerFen: r.refundFen,
          ourFen: null,
        });
      else if (Number(x.amountFen) !== r.refundFen)
        found.push({
          kind: 'refund_differs',
          outTradeNo: x.outTradeNo!,
          outRefundNo: x.outRefundNo,
          transactionId: x.transactionId,
          projectId: x.projectId,
          providerFen: r.refundFen,
          ourFen: Number(x.amountFen),
        });
    }
    const listedRefunds = new Set(refundRows.map((r) => r.outRefundNo));
    for (const x of ourRefunds)
      if (!listedRefunds.has(x.outRefundNo))
        found.push({
          kind: 'refund_unlisted',
          outTradeNo: x.outTradeNo!,
          outRefundNo: x.outRefundNo,
          transactionId: x.transactionId,
          projectId: x.projectId,
          providerFen: null,
          ourFen: Number(x.amountFen),
        });

    const key = (d: { kind: string; outTradeNo: string; outRefundNo: string }) => `${d.kind}|${d.outTradeNo}|${d.outRefundNo}`;
    const day = await this.repo.transaction(async (em) => {
      const before = new Map((await this.repo.diffsOf(em, billDate)).map((d) => [key(d), d]));
      const nowFound = new Set(found.map(key));
      for (const d of found) {
        const cur = before.get(key(d));
        if (!cur)
          await this.repo.insertDiff(em, {
            ...d,
            billDate,
            status: 'open',
            foundAt: now,
            resolvedAt: null,
            resolvedByName: null,
            resolution: null,
          });
        else if (cur.status === 'open') await this.repo.updateDiff(em, cur.id, { providerFen: d.providerFen, ourFen: d.ourFen });
      }
      // what a rerun no longer finds is resolved by it
      for (const d of before.values())
        if (d.status === 'open' && !nowFound.has(key(d)))
          await this.repo.updateDiff(em, d.id, {
            status: 'resolved',
            resolvedAt: now,
            resolvedByName: '系统',
            resolution: '重新对账已一致',
          });
      // an order we credited on an earlier day that WeChat Pay lists today with our amount
      const agreed = rows.filter((r) => {
        const o = known.get(r.outTradeNo);
        return o && o.status === 'paid' && Number(o.totalFen) === r.fen;
      });
      const agreedRefunds = refundRows.filter((r) => {
        const x = knownRefunds.get(r.outRefundNo);
        return sent(x) && x.outTradeNo === r.outTradeNo && Number(x.amountFen) === r.refundFen;
      });
      for (const d of [
        ...(await this.repo.openDiffsOf(
          em,
          'missing_there',
          agreed.map((r) => r.outTradeNo),
        )),
        ...(await this.repo.openDiffsOf(
          em,
          'refund_unlisted',
          agreedRefunds.map((r) => r.outRefundNo),
        )),
      ])
        if (d.billDate !== billDate)
          await this.repo.updateDiff(em, d.id, {
            status: 'resolved',
            resolvedAt: now,
            resolvedByName: '系统',
            resolution: `已列入 ${billDate} 的微信支付账单`,
          });
      const open = (await this.repo.diffsOf(em, billDate)).filter((d) => d.status === 'open').length;
      await this.repo.saveReconDay(em, {
        billDate,
        providerCount: rows.length,
        providerFen: rows.reduce((a, r) => a + r.fen, 0),
        ourCount: ours.length,
        ourFen: ours.reduce((a, o) => a + Number(o.totalFen), 0),
        providerRefundCount: refundRows.length,
        providerRefundFen: refundRows.reduce((a, r) => a + r.refundFen, 0),
        ourRefundCount: ourRefunds.length,
        ourRefundFen: ourRefunds.reduce((a, x) => a + Number(x.amountFen), 0),
        openDifferences: open,
        runByName: staff.name,
        runAt: now,
      });
      return billDate;
    });
    return reconDayDto((await this.repo.reconDay(day))!);
  }
}
