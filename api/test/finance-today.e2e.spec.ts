// 财务 home (GET /finance/today): did today's money arrive. Today's takings per payment method in the
// project's day (clock pinned at 23:30 and 00:30 China time: a payment belongs to the local day it was
// taken), online orders paid but never credited (a bill paid at the desk meanwhile, R-PAY-02) or unpaid past
// their expiry, yesterday's reconciliation and its open differences (R-PAY-03), the 交款单 waiting for finance
// (R-FEE-06) and the refunds waiting for a decision (R-PAY-04). Each test makes its own project.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAYMENT_METHODS } from '@wy/shared';
import { type FakeWechatPay } from '../../scripts/fake-wechatpay/server.mjs';
import { china, makeStaff, startPayApp, tenBillsProject, type Bill } from './fees-fixtures.js';
import { testDatabases, type TestApp } from './harness.js';

describe.each(testDatabases())('finance today (%s)', (db) => {
  let t: TestApp;
  let pay: FakeWechatPay;
  let admin: string;
  let codeSeq = 870;

  const staff = async (username: string, roles: string[], projectIds: number[]) =>
    (await makeStaff(t, admin, username, roles, projectIds)).token;
  /** A project with ten unpaid ¥15 bills (two months × five rooms), its owner, a finance clerk and a desk clerk. */
  const setup = async () => {
    const code = String(codeSeq++);
    const { projectId, rooms, phone, bills } = await tenBillsProject(t, admin, code, china('2026-11-20', '09:00'));
    const finance = await staff(`cw${code}`, ['finance'], [projectId]);
    const clerk = await staff(`sy${code}`, ['service_clerk'], [projectId]);
    return { projectId, rooms, phone, bills, finance, clerk };
  };
  const desk = async (token: string, bill: Bill, method: string, at: Date) => {
    t.clock.set(at);
    const r = await t.req('POST', `/api/v1/bills/${bill.id}/desk-payments`, {
      token,
      body: { method, amountFen: bill.totalFen },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.paymentId as number;
  };
  const order = async (owner: string, billIds: number[]) => {
    const r = await t.req('POST', '/api/v1/me/payments', { token: owner, body: { billIds, channel: 'h5' } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body as { id: number; outTradeNo: string; totalFen: number };
  };
  const today = (token: string, projectId: number) => t.req('GET', `/api/v1/finance/today?projectId=${projectId}`, { token });
  const method = (body: { takings: { method: string; count: number; fen: number }[] }, m: string) =>
    body.takings.find((x) => x.method === m)!;

  beforeAll(async () => {
    ({ t, pay } = await startPayApp(db, 30 * 86400));
    admin = await t.staffToken('admin', 'Admin@123');
  });
  afterAll(async () => {
    await t?.close();
    await pay?.close();
  });

  it('today’s takings per method are the project’s local day: at 23:30 China time the evening’s payments, at 00:30 only the new day’s; other projects and other days left out', async () => {
    const { projectId, bills, finance, clerk, phone, rooms } = await setup();
    const other = await setup();
    // the 24th: cash in the morning just after midnight, cash and a transfer late in the evening
    await desk(clerk, bills[0]!, 'cash', china('2026-11-24', '00:10'));
    await desk(clerk, bills[1]!, 'cash', china('2026-11-24', '23:20'));
    await desk(clerk, bills[2]!, 'transfer', china('2026-11-24', '23:25'));
    // the evening before and the night after belong to other days
    await desk(clerk, bills[3]!, 'cash', china('2026-11-23', '23:59'));
    await desk(clerk, bills[4]!, 'card', china('2026-11-25', '00:20'));
    // another project's cash at the same hour
    await desk(other.clerk, other.bills[0]!, 'cash', china('2026-11-24', '23:21'));
    // the owner pays a bill of their room online at 23:28
    t.clock.set(china('2026-11-24', '23:28'));
    const owner = await t.ownerToken(phone);
    const mine = bills.filter((b) => b.roomId === rooms[0] && ![0, 1, 2, 3, 4].some((i) => bills[i]!.id === b.id));
    const o = await order(owner, [mine[0]!.id]);
    expect(await pay.state.pay(o.outTradeNo)).toEqual([204]);

    t.clock.set(china('2026-11-24', '23:30'));
    const late = await today(finance, projectId);
    expect(late.status, JSON.stringify(late.body)).toBe(200);
    expect(late.body.date).toBe('2026-11-24');
    expect(late.body.takings.map((m: { method: string }) => m.method)).toEqual([...PAYMENT_METHODS]);
    expect(method(late.body, 'cash')).toEqual({ method: 'cash', count: 2, fen: 3000 });
    expect(method(late.body, 'transfer')).toEqual({ method: 'transfer', count: 1, fen: 1500 });
    expect(method(late.body, 'card')).toEqual({ method: 'card', count: 0, fen: 0 });
    expect(method(late.body, 'wechat_pay')).toEqual({ method: 'wechat_pay', count: 1, fen: o.totalFen });
    expect(late.body).toMatchObject({ count: 4, totalFen: 4500 + o.totalFen });
    // a paid and credited order is not a difference
    expect(late.body.paidNotCredited).toEqual({ count: 0, fen: 0 });

    t.clock.set(china('2026-11-25', '00:30'));
    const early = await today(finance, projectId);
    expect(early.body.date).toBe('2026-11-25');
    expect(method(early.body, 'card')).toEqual({ method: 'card', count: 1, fen: 1500 });
    expect(method(early.body, 'cash')).toEqual({ method: 'cash', count: 0, fen: 0 });
    expect(method(early.body, 'wechat_pay')).toEqual({ method: 'wechat_pay', count: 0, fen: 0 });
    expect(early.body).toMatchObject({ count: 1, totalFen: 1500 });
  });

  it('R-PAY-02 R-PAY-03 R-FEE-06 R-PAY-04 what waits: an order paid online for a bill already paid at the desk, an unpaid order past its expiry, yesterday unreconciled then reconciled with a difference, a 交款单 and a refund to decide', async () => {
    const { projectId, bills, finance, clerk, phone, rooms } = await setup();
    const cwB = await staff(`cwb${codeSeq++}`, ['finance'], [projectId]);
    t.clock.set(china('2026-12-02', '10:00'));
    const owner = await t.ownerToken(phone);
    const mine = bills.filter((b) => b.roomId === rooms[0]);
    const empty = await today(finance, projectId);
    expect(empty.body).toMatchObject({
      date: '2026-12-02',
      count: 0,
      totalFen: 0,
      paidNotCredited: { count: 0, fen: 0 },
      openPastExpiry: { count: 0, fen: 0 },
      handovers: { count: 0, cashFen: 0, totalFen: 0 },
      refunds: { count: 0, fen: 0 },
    });
    expect(empty.body.reconciliation).toMatchObject({
      billDate: '2026-12-01',
      reconciled: false,
      runAt: null,
      openDifferences: 0,
    });

    // the owner opens an order for the first bill; the desk takes that bill in cash meanwhile; then WeChat Pay
    // says the order was paid: the money came, no bill was credited (a double payment waiting for a refund)
    const dbl = await order(owner, [mine[0]!.id]);
    const cashId = await desk(clerk, mine[0]!, 'cash', china('2026-12-02', '10:05'));
    expect(await pay.state.pay(dbl.outTradeNo)).toEqual([204]);
    // an order for the second bill nobody pays: not yet past its expiry (30 minutes)
    t.clock.set(china('2026-12-02', '10:10'));
    const idle = await order(owner, [mine[1]!.id]);
    t.clock.set(china('2026-12-02', '10:35'));
    expect((await today(finance, projectId)).body.openPastExpiry).toEqual({ count: 0, fen: 0 });
    t.clock.set(china('2026-12-02', '10:41'));
    const waiting = await today(finance, projectId);
    expect(waiting.body.paidNotCredited).toEqual({ count: 1, fen: dbl.totalFen });
    expect(waiting.body.openPastExpiry).toEqual({ count: 1, fen: idle.totalFen });
    expect(method(waiting.body, 'cash')).toEqual({ method: 'cash', count: 1, fen: mine[0]!.totalFen });
    expect(method(waiting.body, 'wechat_pay')).toEqual({ method: 'wechat_pay', count: 0, fen: 0 });

    // the clerk hands the day's cash to finance; finance asks a refund of another desk payment
    const card = await desk(clerk, bills[1]!, 'card', china('2026-12-02', '11:00'));
    const h = await t.req('POST', '/api/v1/cash-handovers', {
      token: clerk,
      body: { projectId, businessDay: '2026-12-02', paymentIds: [cashId], note: '当日收款' },
    });
    expect(h.status, JSON.stringify(h.body)).toBe(201);
    const asked = await t.req('POST', '/api/v1/refunds', { token: finance, body: { paymentId: card, reason: '业主多缴，退回' } });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    const more = (await today(finance, projectId)).body;
    expect(more.handovers).toEqual({ count: 1, cashFen: mine[0]!.totalFen, totalFen: mine[0]!.totalFen });
    expect(more.refunds).toEqual({ count: 1, fen: bills[1]!.totalFen });
    // decided and confirmed: nothing waits any more
    expect(
      (await t.req('POST', `/api/v1/refunds/${asked.body.id}/reject`, { token: cwB, body: { note: '核实无多缴' } })).status,
    ).toBe(201);
    const ok = await t.req('POST', `/api/v1/cash-handovers/${h.body.id}/confirm`, {
      token: cwB,
      body: { receivedCashFen: mine[0]!.totalFen },
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    const done = (await today(finance, projectId)).body;
    expect(done.handovers.count).toBe(0);
    expect(done.refunds.count).toBe(0);

    // the next day: yesterday's WeChat Pay bill lists a payment we never saw; reconciled, one open difference
    t.clock.set(china('2026-12-03', '09:00'));
    expect((await today(finance, projectId)).body.reconciliation).toMatchObject({ billDate: '2026-12-02', reconciled: false });
    pay.state.plantTradeBillRow({
      time: '2026-12-02 11:30:00',
      transactionId: '4200000000000000000000008701',
      outTradeNo: `WYFINHOME${projectId}`,
      fen: 2_000,
    });
    const r = await t.req('POST', '/api/v1/reconciliations', { token: admin, body: { billDate: '2026-12-02' } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const rec = (await today(finance, projectId)).body.reconciliation;
    expect(rec).toMatchObject({ billDate: '2026-12-02', reconciled: true, runByName: expect.any(String) });
    expect(rec.openDifferencesOfDay).toBeGreaterThanOrEqual(1);
    expect(rec.openDifferences).toBeGreaterThanOrEqual(rec.openDifferencesOfDay);
    expect(rec.runAt).toBe(china('2026-12-03', '09:00').toISOString());
  });

  it('R-PAY-02 "paid but not credited" matches an order to its credit by the stored transaction id, never by the payment note’s wording; older credits get the id from their note (migration data step)', async () => {
    const { backfillPaymentTransactionIds } = await import('../src/database/migrations/data-steps.js');
    const { projectId, bills, finance, phone, rooms } = await setup();
    t.clock.set(china('2026-12-03', '10:00'));
    const owner = await t.ownerToken(phone);
    const bill = bills.filter((b) => b.roomId === rooms[0])[0]!;
    const o = await order(owner, [bill.id]);
    expect(await pay.state.pay(o.outTradeNo)).toEqual([204]);
    const row = async () =>
      (await t.ds.query('SELECT id, transaction_id AS tx FROM payment WHERE bill_id = ?', [bill.id]))[0] as {
        id: number;
        tx: string | null;
      };
    const credited = await row();
    expect(credited.tx).toMatch(/^[0-9A-Za-z_-]{6,32}$/);
    const uncredited = async () => (await today(finance, projectId)).body.paidNotCredited;
    expect(await uncredited()).toEqual({ count: 0, fen: 0 });
    // the note is words for people: reworded, the credit still counts
    await t.ds.query('UPDATE payment SET note = ? WHERE id = ?', ['业主线上缴费', credited.id]);
    expect(await uncredited()).toEqual({ count: 0, fen: 0 });
    // a credit by another transaction is not this order's, whatever its note says
    await t.ds.query('UPDATE payment SET transaction_id = ?, note = ? WHERE id = ?', [
      '4200000000000000000000000001',
      `微信支付 ${credited.tx}`,
      credited.id,
    ]);
    expect(await uncredited()).toEqual({ count: 1, fen: o.totalFen });
    // a credit from before the column: its id only in the note, which the data step moves to the column
    await t.ds.query('UPDATE payment SET transaction_id = NULL WHERE id = ?', [credited.id]);
    expect(await uncredited()).toEqual({ count: 1, fen: o.totalFen });
    const qr = t.ds.createQueryRunner();
    try {
      await backfillPaymentTransactionIds(qr);
    } finally {
      await qr.release();
    }
    expect((await row()).tx).toBe(credited.tx);
    expect(await uncredited()).toEqual({ count: 0, fen: 0 });
  });

  it('who may: finance, the manager and head office; a desk clerk 403; finance of another project 404; a bad project id a Chinese 400', async () => {
    const { projectId, clerk } = await setup();
    const other = await setup();
    expect((await today(clerk, projectId)).status).toBe(403);
    const outside = await today(other.finance, projectId);
    expect([403, 404]).toContain(outside.status);
    const bad = await t.req('GET', '/api/v1/finance/today?projectId=abc', { token: admin });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/项目ID/);
    expect((await t.req('GET', '/api/v1/finance/today?projectId=999999', { token: admin })).status).toBe(404);
    expect((await today(admin, projectId)).status).toBe(200);
  });
});
