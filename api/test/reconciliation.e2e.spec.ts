// R-PAY-03 daily reconciliation against the local fake WeChat Pay's trade bill (a signed answer with the
// file's SHA1, the file itself in WeChat Pay's CSV): a day whose payments agree has no differences; planted
// ones — a payment WeChat Pay has that we never credited, one we credited that it does not list, an amount
// that differs — are each listed once, until a rerun finds them gone or finance resolves them with a note.
// Each test reconciles a day of its own (the clock is set to it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeWechatPay } from '../../scripts/fake-wechatpay/server.mjs';
import { feeItem, feeProject, startPayApp } from './fees-fixtures.js';
import { count, testDatabases, type TestApp } from './harness.js';

describe.each(testDatabases())('reconciliation (%s)', (db) => {
  let t: TestApp;
  let pay: FakeWechatPay;
  let admin: string;
  let codeSeq = 820;
  let daySeq = 0;

  /** A day of this test's own (10:00 China time on it), as YYYY-MM-DD. */
  const ownDay = () => {
    const d = new Date(Date.UTC(2026, 10, 24 + daySeq++, 2, 0, 0));
    t.clock.set(d);
    return d.toISOString().slice(0, 10);
  };
  /** An owner with two unpaid bills; each paid online in its own order, credited by WeChat Pay's notify. */
  const twoPaidOrders = async () => {
    const { projectId, rooms, phone } = await feeProject(t, admin, String(codeSeq++));
    await feeItem(t, admin, projectId, { code: 'WYF', name: '物业服务费', category: 'management', basis: 'area', unitFen: 285 });
    await feeItem(t, admin, projectId, { code: 'LJF', name: '垃圾清运费', category: 'garbage', basis: 'fixed', unitFen: 1500 });
    expect((await t.req('POST', '/api/v1/bill-runs', { token: admin, body: { projectId, period: '2026-09' } })).status).toBe(201);
    const owner = await t.ownerToken(phone);
    const bills = (
      (await t.req('GET', '/api/v1/me/bills?status=unpaid', { token: owner })).body.items as { id: number; roomId: number }[]
    ).filter((b) => b.roomId === rooms[0]);
    const orders: { outTradeNo: string; totalFen: number; billId: number }[] = [];
    for (const b of bills) {
      const o = await t.req('POST', '/api/v1/me/payments', { token: owner, body: { billIds: [b.id], channel: 'h5' } });
      expect(o.status, JSON.stringify(o.body)).toBe(201);
      expect(await pay.state.pay(o.body.outTradeNo)).toEqual([204]);
      orders.push({ outTradeNo: o.body.outTradeNo, totalFen: o.body.totalFen, billId: b.id });
    }
    return { projectId, orders, owner };
  };
  /**
   * R-PAY-04 a refund of each order's payment asked by a finance clerk of the project; those named in
   * `approve` approved by a second person (the admin), so WeChat Pay accepts them (and finishes them).
   */
  const refundsOf = async (projectId: number, owner: string, orders: { billId: number }[], approve: number[]) => {
    const username = `dz${codeSeq++}`;
    const made = await t.req('POST', '/api/v1/staff', {
      token: admin,
      body: { username, name: '对账出纳', password: 'Cw#Finance2026', roles: ['finance'], projectIds: [projectId] },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const finance = await t.staffToken(username, 'Cw#Finance2026');
    const paid = (await t.req('GET', '/api/v1/me/bills?status=paid', { token: owner })).body.items as {
      id: number;
      paymentId: number;
    }[];
    const out: { id: number; outRefundNo: string; amountFen: number }[] = [];
    for (const [i, o] of orders.entries()) {
      const paymentId = paid.find((b) => b.id === o.billId)!.paymentId;
      const asked = await t.req('POST', '/api/v1/refunds', { token: finance, body: { paymentId, reason: '业主重复缴费，原路退回' } });
      expect(asked.status, JSON.stringify(asked.body)).toBe(201);
      if (approve.includes(i)) {
        const ok = await t.req('POST', `/api/v1/refunds/${asked.body.id}/approve`, { token: admin, body: { note: '同意' } });
        expect(ok.status, JSON.stringify(ok.body)).toBe(201);
      }
      const row = (await t.ds.query('SELECT out_refund_no, amount_fen FROM refund WHERE id = ?', [asked.body.id]))[0];
      out.push({ id: asked.body.id, outRefundNo: row.out_refund_no, amountFen: Number(row.amount_fen) });
    }
    return out;
  };
  const reconcile = (billDate: string, token = admin) => t.req('POST', '/api/v1/reconciliations', { token, body: { billDate } });
  const diffs = async (billDate: string, status?: string) =>
    (
      await t.req('GET', `/api/v1/reconciliation-differences?billDate=${billDate}${status ? `&status=${status}` : ''}`, {
        token: admin,
      })
    ).body.items as {
      id: number;
      kind: string;
      outTradeNo: string;
      outRefundNo: string | null;
      providerFen: number | null;
      ourFen: number | null;
      status: string;
      resolution: string | null;
    }[];

  beforeAll(async () => {
    ({ t, pay } = await startPayApp(db, 30 * 86400));
    admin = await t.staffToken('admin', 'Admin@123');
  });
  afterAll(async () => {
    await t?.close();
    await pay?.close();
  });

  it('R-PAY-03 a day whose payments agree with WeChat Pay’s trade bill has no differences', async () => {
    const day = ownDay();
    const { orders } = await twoPaidOrders();
    const r = await reconcile(day);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const total = orders.reduce((a, o) => a + o.totalFen, 0);
    expect(r.body).toMatchObject({
      billDate: day,
      providerCount: 2,
      providerFen: total,
      ourCount: 2,
      ourFen: total,
      openDifferences: 0,
    });
    expect(await diffs(day)).toEqual([]);
    // a rerun is counted, and still finds nothing
    expect((await reconcile(day)).body).toMatchObject({ runs: 2, openDifferences: 0 });
    const days = await t.req('GET', '/api/v1/reconciliations', { token: admin });
    expect(days.body.items.find((d: { billDate: string }) => d.billDate === day)).toMatchObject({ openDifferences: 0 });
  });

  it('R-PAY-03 planted differences are each listed once until resolved: a payment we never credited, one WeChat Pay does not list, an amount that differs', async () => {
    const day = ownDay();
    const { projectId, orders } = await twoPaidOrders();
    // WeChat Pay lists a payment we never saw, and another amount for our second order
    pay.state.plantTradeBillRow({
      time: `${day} 11:30:00`,
      transactionId: '4200000000000000000000009901',
      outTradeNo: 'WYNEVERSEEN0001',
      fen: 12_345,
    });
    pay.state.amendTradeBillAmount(orders[1]!.outTradeNo, orders[1]!.totalFen + 100);
    // we hold an order as paid that WeChat Pay does not list
    const at = `${day} 03:00:00.000`;
    await t.ds.query(
      "INSERT INTO pay_order (project_id, person_id, out_trade_no, transaction_id, trade_type, description, total_fen, bills, status, created_at, expires_at, paid_at, paid_by) VALUES (?, 1, 'WYONLYHERE0001', '4200000000000000000000009902', 'H5', '对账测试', 5000, '[]', 'paid', ?, ?, ?, 'notify')",
      [projectId, at, at, at],
    );
    const r = await reconcile(day);
    expect(r.body).toMatchObject({ providerCount: 3, ourCount: 3, openDifferences: 3 });
    const found = await diffs(day, 'open');
    const byKind = Object.fromEntries(found.map((d) => [d.kind, d]));
    expect(byKind.missing_here).toMatchObject({ outTradeNo: 'WYNEVERSEEN0001', providerFen: 12_345, ourFen: null });
    expect(byKind.missing_there).toMatchObject({ outTradeNo: 'WYONLYHERE0001', providerFen: null, ourFen: 5000 });
    expect(byKind.amount_differs).toMatchObject({
      outTradeNo: orders[1]!.outTradeNo,
      providerFen: orders[1]!.totalFen + 100,
      ourFen: orders[1]!.totalFen,
    });
    // a rerun lists each once
    await reconcile(day);
    expect(await count(t, 'recon_diff', 'bill_date = ?', [day])).toBe(3);

    // finance resolves one with a note (none: 400, nothing changes); twice: 409
    const noNote = await t.req('POST', `/api/v1/reconciliation-differences/${byKind.missing_here!.id}/resolve`, {
      token: admin,
      body: { note: '' },
    });
    expect(noNote.status).toBe(400);
    expect(noNote.body.message).toMatch(/处理说明/);
    const ok = await t.req('POST', `/api/v1/reconciliation-differences/${byKind.missing_here!.id}/resolve`, {
      token: admin,
      body: { note: '他人误付，已联系微信支付退回' },
    });
    expect(ok.body).toMatchObject({ status: 'resolved', resolution: '他人误付，已联系微信支付退回' });
    expect(
      (
        await t.req('POST', `/api/v1/reconciliation-differences/${byKind.missing_here!.id}/resolve`, {
          token: admin,
          body: { note: '再处理' },
        })
      ).status,
    ).toBe(409);
    // WeChat Pay's bill corrected: the rerun resolves the amount difference itself; the resolved one stays resolved
    pay.state.amendTradeBillAmount(orders[1]!.outTradeNo, orders[1]!.totalFen);
    expect((await reconcile(day)).body.openDifferences).toBe(1);
    const after = Object.fromEntries((await diffs(day)).map((d) => [d.kind, d]));
    expect(after.amount_differs).toMatchObject({ status: 'resolved', resolution: '重新对账已一致' });
    expect(after.missing_here).toMatchObject({ status: 'resolved', resolution: '他人误付，已联系微信支付退回' });
    expect(after.missing_there).toMatchObject({ status: 'open' });
  });

  it('R-PAY-03 R-PAY-04 refunds WeChat Pay accepted that day agree with the trade bill’s refund rows: counted, no differences', async () => {
    const day = ownDay();
    const { projectId, orders, owner } = await twoPaidOrders();
    const refunds = await refundsOf(projectId, owner, orders, [0, 1]);
    const bill = pay.state.tradeBill(day);
    expect(bill.split('\r\n').filter((l) => l.includes('`REFUND'))).toHaveLength(2);
    const r = await reconcile(day);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const refunded = refunds.reduce((a, x) => a + x.amountFen, 0);
    expect(r.body).toMatchObject({
      providerCount: 2,
      ourCount: 2,
      providerRefundCount: 2,
      providerRefundFen: refunded,
      ourRefundCount: 2,
      ourRefundFen: refunded,
      openDifferences: 0,
    });
    expect(await diffs(day)).toEqual([]);
  });

  it('R-PAY-03 R-PAY-04 refund differences are each listed once until resolved: a refund nobody approved here, one WeChat Pay does not list, an amount that differs', async () => {
    const day = ownDay();
    const { projectId, orders, owner } = await twoPaidOrders();
    const third = await twoPaidOrders();
    // the first two approved (WeChat Pay accepted them); the third only asked for, never approved
    const [a, b] = await refundsOf(projectId, owner, orders, [0, 1]);
    const [pending] = await refundsOf(third.projectId, third.owner, third.orders.slice(0, 1), []);
    pay.state.amendTradeBillRefund(a!.outRefundNo, a!.amountFen - 1);
    pay.state.hideTradeBillRefund(b!.outRefundNo);
    // WeChat Pay lists a refund of the unapproved request: money gone out without approval
    pay.state.plantTradeBillRow({
      time: `${day} 15:00:00`,
      transactionId: '4200000000000000000000009911',
      outTradeNo: third.orders[0]!.outTradeNo,
      fen: 0,
      outRefundNo: pending!.outRefundNo,
      refundId: '50300000000000000000009911',
      refundFen: pending!.amountFen,
    });
    const r = await reconcile(day);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ providerRefundCount: 2, ourRefundCount: 2, openDifferences: 3 });
    const byKind = Object.fromEntries((await diffs(day, 'open')).map((d) => [d.kind, d]));
    expect(Object.keys(byKind).sort()).toEqual(['refund_differs', 'refund_unknown', 'refund_unlisted']);
    expect(byKind.refund_differs).toMatchObject({
      outRefundNo: a!.outRefundNo,
      outTradeNo: orders[0]!.outTradeNo,
      providerFen: a!.amountFen - 1,
      ourFen: a!.amountFen,
    });
    expect(byKind.refund_unlisted).toMatchObject({ outRefundNo: b!.outRefundNo, providerFen: null, ourFen: b!.amountFen });
    expect(byKind.refund_unknown).toMatchObject({ outRefundNo: pending!.outRefundNo, providerFen: pending!.amountFen, ourFen: null });
    // a rerun lists each once
    await reconcile(day);
    expect(await count(t, 'recon_diff', 'bill_date = ?', [day])).toBe(3);
    // finance resolves one with a note; WeChat Pay's corrected amount resolves another on the rerun
    const ok = await t.req('POST', `/api/v1/reconciliation-differences/${byKind.refund_unknown!.id}/resolve`, {
      token: admin,
      body: { note: '已补办退款审批' },
    });
    expect(ok.body).toMatchObject({ status: 'resolved', outRefundNo: pending!.outRefundNo });
    pay.state.amendTradeBillRefund(a!.outRefundNo, a!.amountFen);
    expect((await reconcile(day)).body.openDifferences).toBe(1);
    const after = Object.fromEntries((await diffs(day)).map((d) => [d.kind, d]));
    expect(after.refund_differs).toMatchObject({ status: 'resolved', resolution: '重新对账已一致' });
    expect(after.refund_unknown).toMatchObject({ status: 'resolved', resolution: '已补办退款审批' });
    expect(after.refund_unlisted).toMatchObject({ status: 'open' });

    // WeChat Pay lists the missing refund on the next day: that day's run resolves the earlier difference
    const next = ownDay();
    pay.state.plantTradeBillRow({
      time: `${next} 09:00:00`,
      transactionId: '4200000000000000000000009912',
      outTradeNo: orders[1]!.outTradeNo,
      fen: 0,
      outRefundNo: b!.outRefundNo,
      refundId: '50300000000000000000009912',
      refundFen: b!.amountFen,
    });
    expect((await reconcile(next)).body).toMatchObject({ providerRefundCount: 1, openDifferences: 0 });
    expect(Object.fromEntries((await diffs(day)).map((d) => [d.kind, d])).refund_unlisted).toMatchObject({
      status: 'resolved',
      resolution: `已列入 ${next} 的微信支付账单`,
    });
  });

  it('R-PAY-03 a date that is not a date or is after today is refused with a Chinese 400 and nothing written', async () => {
    const day = ownDay();
    for (const billDate of ['2026-13-01', 'yesterday', '']) {
      const r = await reconcile(billDate);
      expect(r.status, billDate).toBe(400);
      expect(r.body.message).toMatch(/对账日期/);
    }
    const next = new Date(new Date(`${day}T00:00:00Z`).getTime() + 2 * 86_400_000).toISOString().slice(0, 10);
    const future = await reconcile(next);
    expect(future.status).toBe(400);
    expect(future.body.message).toMatch(/不能晚于今天/);
    expect(await count(t, 'recon_day', 'bill_date = ?', [next])).toBe(0);
  });
});
