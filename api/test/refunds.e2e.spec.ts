// R-PAY-04 refunds against the local fake WeChat Pay: finance asks with a reason, a second person approves
// (never the one who asked), the money goes back through WeChat Pay's v3 refund (finished by its signed
// refund notify, or a query) or at the desk; the paid bill and its payment are never edited — a refund that
// reopens the charge issues a new bill. One refund per payment however many ask or approve at once.
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SettleRefund } from '../src/modules/payments/refunds/settle-refund.js';
import { type FakeWechatPay } from '../../scripts/fake-wechatpay/server.mjs';
import { feeItem, feeProject, startPayApp } from './fees-fixtures.js';
import { count, testDatabases, type TestApp } from './harness.js';

interface Bill {
  id: number;
  title: string;
  amountFen: number;
  totalFen: number;
  paymentId: number | null;
  status: string;
  period: string | null;
}

describe.each(testDatabases())('refunds (%s)', (db) => {
  let t: TestApp;
  let pay: FakeWechatPay;
  let admin: string;
  let codeSeq = 780;

  /** A project with two bills owed by its owner, a finance clerk of the project, and the owner's token. */
  const setup = async () => {
    const code = String(codeSeq++);
    const { projectId, rooms, phone } = await feeProject(t, admin, code);
    await feeItem(t, admin, projectId, { code: 'WYF', name: '物业服务费', category: 'management', basis: 'area', unitFen: 285 });
    await feeItem(t, admin, projectId, { code: 'LJF', name: '垃圾清运费', category: 'garbage', basis: 'fixed', unitFen: 1500 });
    expect((await t.req('POST', '/api/v1/bill-runs', { token: admin, body: { projectId, period: '2026-10' } })).status).toBe(201);
    const username = `cw${code}`;
    const made = await t.req('POST', '/api/v1/staff', {
      token: admin,
      body: { username, name: `出纳${code}`, password: 'Cw#Finance2026', roles: ['finance'], projectIds: [projectId] },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const finance = await t.staffToken(username, 'Cw#Finance2026');
    const owner = await t.ownerToken(phone);
    const bills = (
      (await t.req('GET', '/api/v1/me/bills?status=unpaid', { token: owner })).body.items as (Bill & { roomId: number })[]
    )
      .filter((b) => b.roomId === rooms[0])
      .sort((a, b) => a.id - b.id);
    expect(bills).toHaveLength(2);
    return { projectId, owner, finance, bills };
  };
  /** The owner pays these bills online; WeChat Pay's notify credits them. */
  const payOnline = async (owner: string, billIds: number[]) => {
    const o = await t.req('POST', '/api/v1/me/payments', { token: owner, body: { billIds, channel: 'h5' } });
    expect(o.status, JSON.stringify(o.body)).toBe(201);
    expect(await pay.state.pay(o.body.outTradeNo)).toEqual([204]);
    const paid = (await t.req('GET', '/api/v1/me/bills?status=paid', { token: owner })).body.items as Bill[];
    return {
      outTradeNo: o.body.outTradeNo as string,
      totalFen: o.body.totalFen as number,
      paid: paid.filter((b) => billIds.includes(b.id)),
    };
  };
  const myBills = async (owner: string, status: string) =>
    (await t.req('GET', `/api/v1/me/bills?status=${status}`, { token: owner })).body.items as Bill[];
  const refund = async (id: number) => (await t.ds.query('SELECT * FROM refund WHERE id = ?', [id]))[0];
  const notify = (n: { body: string; headers: Record<string, string> }) =>
    t.req('POST', '/api/v1/payments/wechat/notify', { rawBody: n.body, headers: n.headers });
  const providerRefunds = (outTradeNo: string) => [...pay.state.refunds.values()].filter((r) => r.out_trade_no === outTradeNo);

  beforeAll(async () => {
    ({ t, pay } = await startPayApp(db, 7 * 86400));
    admin = await t.staffToken('admin', 'Admin@123');
  });
  afterAll(async () => {
    await t?.close();
    await pay?.close();
  });

  it('R-PAY-04 a WeChat Pay payment goes back only after a second person approves: WeChat Pay’s refund, finished once by its signed notify; the paid bill stays paid and the charge is issued again', async () => {
    const { owner, finance, bills } = await setup();
    const online = await payOnline(
      owner,
      bills.map((b) => b.id),
    );
    const paidBill = online.paid.find((b) => b.id === bills[0]!.id)!;
    const before = await t.ds.query('SELECT * FROM payment WHERE id = ?', [paidBill.paymentId]);

    // bad input: 4xx in Chinese, nothing written
    const noReason = await t.req('POST', '/api/v1/refunds', {
      token: finance,
      body: { paymentId: paidBill.paymentId, reason: '' },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.message).toMatch(/退款原因/);
    expect(
      (await t.req('POST', '/api/v1/refunds', { token: finance, body: { paymentId: 99_999_999, reason: '重复缴费' } })).status,
    ).toBe(404);
    expect(await count(t, 'refund', 'payment_id = ?', [paidBill.paymentId])).toBe(0);

    pay.state.holdRefunds(true);
    const asked = await t.req('POST', '/api/v1/refunds', {
      token: finance,
      body: { paymentId: paidBill.paymentId, reason: '业主缴错房屋，原路退回', reopen: true },
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    expect(asked.body).toMatchObject({ status: 'requested', amountFen: paidBill.totalFen, method: 'wechat_pay', reopen: true });
    expect(asked.body.receiptNo).toMatch(/^SJ/);
    // the one who asked cannot approve: 403, nothing sent to WeChat Pay
    const self = await t.req('POST', `/api/v1/refunds/${asked.body.id}/approve`, { token: finance, body: {} });
    expect(self.status).toBe(403);
    expect(self.body.message).toMatch(/申请人以外/);
    expect(providerRefunds(online.outTradeNo)).toHaveLength(0);
    expect((await refund(asked.body.id)).status).toBe('requested');

    // a second person approves: WeChat Pay is asked for this bill's part of the order
    const ok = await t.req('POST', `/api/v1/refunds/${asked.body.id}/approve`, { token: admin, body: { note: '同意' } });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body.status).toBe('processing');
    const [sent] = providerRefunds(online.outTradeNo);
    expect(sent).toMatchObject({
      out_refund_no: ok.body.outRefundNo,
      amount: { refund: paidBill.totalFen, total: online.totalFen },
    });
    // nothing is back until WeChat Pay says so: a forged or tampered refund notify is refused
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    }) as string;
    pay.state.refunds.get(sent!.out_refund_no)!.status = 'SUCCESS';
    expect((await notify(pay.state.buildRefundNotify(sent!.out_refund_no, { signWith: other }))).status).toBe(401);
    const tampered = await notify(
      pay.state.buildRefundNotify(sent!.out_refund_no, { tamper: { amount: { total: online.totalFen, refund: 1 } } }),
    );
    expect(tampered.status).toBe(400);
    expect(tampered.body.message).toMatch(/金额不符/);
    expect((await refund(asked.body.id)).status).toBe('processing');
    pay.state.refunds.get(sent!.out_refund_no)!.status = 'PROCESSING';

    // the refund reaches the payer; WeChat Pay's signed notify finishes it
    expect(await pay.state.finishRefund(sent!.out_refund_no)).toEqual([204]);
    const done = await refund(asked.body.id);
    expect(done.status).toBe('succeeded');
    expect(done.provider_refund_id).toBe(sent!.refund_id);
    // the paid bill and its payment are as they were; the charge is owed again on a new bill of the same month
    expect((await myBills(owner, 'paid')).map((b) => b.id)).toContain(paidBill.id);
    // (only the refund booked beside it: how much went back, and when)
    const [afterPay] = await t.ds.query('SELECT * FROM payment WHERE id = ?', [paidBill.paymentId]);
    const { refunded_fen, refunded_at, ...unchanged } = afterPay;
    const { refunded_fen: _f, refunded_at: _a, ...was } = before[0];
    expect(unchanged).toEqual(was);
    expect(Number(refunded_fen)).toBe(paidBill.totalFen);
    expect(refunded_at).not.toBeNull();
    const again = (await myBills(owner, 'unpaid')).find((b) => b.id === Number(done.reissued_bill_id));
    expect(again).toMatchObject({
      title: paidBill.title,
      amountFen: paidBill.amountFen,
      period: paidBill.period,
      status: 'unpaid',
    });
    // a repeat of the notify: acknowledged, nothing more
    expect((await notify(pay.state.buildRefundNotify(sent!.out_refund_no))).status).toBe(204);
    expect(await count(t, 'bill', "source_type = 'reissue' AND source_id = ?", [paidBill.id])).toBe(1);
    // the payment cannot be refunded twice
    const twice = await t.req('POST', '/api/v1/refunds', {
      token: finance,
      body: { paymentId: paidBill.paymentId, reason: '再退一次' },
    });
    expect(twice.status).toBe(409);
    // the list for 财务
    const list = await t.req('GET', `/api/v1/refunds?projectId=${done.project_id}`, { token: finance });
    expect(list.body.items.map((r: { id: number; status: string }) => [r.id, r.status])).toEqual([[asked.body.id, 'succeeded']]);
    pay.state.holdRefunds(false);
  });

  it('R-PAY-04 R-FEE-02 收款记录 shows a refunded payment (state, amount, filter) and its receipt says so; the others stay unrefunded', async () => {
    const { projectId, owner, finance, bills } = await setup();
    const online = await payOnline(
      owner,
      bills.map((b) => b.id),
    );
    const [first, second] = online.paid.sort((a, b) => a.id - b.id);
    const asked = await t.req('POST', '/api/v1/refunds', {
      token: finance,
      body: { paymentId: first!.paymentId, reason: '业主重复缴费，原路退回' },
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    expect((await t.req('POST', `/api/v1/refunds/${asked.body.id}/approve`, { token: admin, body: {} })).status).toBe(201);
    await expect.poll(async () => (await refund(asked.body.id)).status, { timeout: 5000 }).toBe('succeeded');

    type Row = { id: number; refundState: string; refundedFen: number; refundedAt: string | null };
    const list = async (refundFilter?: string) => {
      const r = await t.req('GET', `/api/v1/payments?projectId=${projectId}${refundFilter ? `&refund=${refundFilter}` : ''}`, {
        token: finance,
      });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return r.body as { items: Row[]; totalFen: number; refundedFen: number; count: number };
    };
    const all = await list();
    expect(all.count).toBe(2);
    expect(all.refundedFen).toBe(first!.totalFen);
    expect(all.items.find((x) => x.id === first!.paymentId)).toMatchObject({
      refundState: 'full',
      refundedFen: first!.totalFen,
      refundedAt: expect.any(String),
    });
    expect(all.items.find((x) => x.id === second!.paymentId)).toMatchObject({ refundState: 'none', refundedFen: 0, refundedAt: null });
    // the filter is applied by the server, with the sums of what it keeps
    const full = await list('full');
    expect(full.items.map((x) => x.id)).toEqual([first!.paymentId]);
    expect(full).toMatchObject({ count: 1, totalFen: first!.totalFen, refundedFen: first!.totalFen });
    expect((await list('any')).items.map((x) => x.id)).toEqual([first!.paymentId]);
    expect((await list('none')).items.map((x) => x.id)).toEqual([second!.paymentId]);
    expect((await list('partial')).items).toEqual([]);
    const bad = await t.req('GET', `/api/v1/payments?projectId=${projectId}&refund=refunded`, { token: finance });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/退款情况/);
    // the receipt (staff and owner alike) says it went back; the other one does not
    for (const token of [finance, owner]) {
      const r = await t.req('GET', `/api/v1/receipts/${first!.paymentId}`, { token });
      expect(r.body).toMatchObject({ refundState: 'full', refundedFen: first!.totalFen, amountFen: first!.totalFen });
      const o = await t.req('GET', `/api/v1/receipts/${second!.paymentId}`, { token });
      expect(o.body).toMatchObject({ refundState: 'none', refundedFen: 0 });
    }
  });

  it('R-PAY-04 a rejected request moves no money and may be asked again; a desk payment is paid back at the desk without WeChat Pay', async () => {
    const { owner, finance, bills } = await setup();
    const b = bills[1]!;
    const desk = await t.req('POST', `/api/v1/bills/${b.id}/desk-payments`, {
      token: admin,
      body: { method: 'cash', amountFen: b.totalFen },
    });
    expect(desk.status, JSON.stringify(desk.body)).toBe(201);
    const calls = pay.state.calls['POST /v3/refund/domestic/refunds'] ?? 0;
    const asked = await t.req('POST', '/api/v1/refunds', {
      token: finance,
      body: { paymentId: desk.body.paymentId, reason: '多收了' },
    });
    expect(asked.status).toBe(201);
    const noNote = await t.req('POST', `/api/v1/refunds/${asked.body.id}/reject`, { token: admin, body: {} });
    expect(noNote.status).toBe(400);
    expect(noNote.body.message).toMatch(/驳回原因/);
    const rejected = await t.req('POST', `/api/v1/refunds/${asked.body.id}/reject`, {
      token: admin,
      body: { note: '金额无误，不予退款' },
    });
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      decisionNote: '金额无误，不予退款',
      decidedByName: expect.any(String),
    });
    // a decided request cannot be approved
    expect((await t.req('POST', `/api/v1/refunds/${asked.body.id}/approve`, { token: admin, body: {} })).status).toBe(409);
    // asked again: the same request back to 待审批; approved: paid back at the desk, at once
    const again = await t.req('POST', '/api/v1/refunds', {
      token: finance,
      body: { paymentId: desk.body.paymentId, reason: '复核后确认多收' },
    });
    expect(again.body).toMatchObject({ id: asked.body.id, status: 'requested', reason: '复核后确认多收' });
    const ok = await t.req('POST', `/api/v1/refunds/${asked.body.id}/approve`, { token: admin, body: {} });
    expect(ok.body).toMatchObject({ status: 'succeeded', method: 'cash', reissuedBillId: null });
    expect(pay.state.calls['POST /v3/refund/domestic/refunds'] ?? 0).toBe(calls);
    expect((await myBills(owner, 'paid')).map((x) => x.id)).toContain(b.id);
    expect(await count(t, 'bill', "source_type = 'reissue' AND source_id = ?", [b.id])).toBe(0);
  });

  it('R-PAY-04 no refund notify: the job asks WeChat Pay and finishes the refund with the same out_refund_no', async () => {
    const { owner, finance, bills } = await setup();
    const online = await payOnline(owner, [bills[0]!.id]);
    pay.state.holdRefunds(true);
    const asked = await t.req('POST', '/api/v1/refunds', {
      token: finance,
      body: { paymentId: online.paid[0]!.paymentId, reason: '业主申请退费' },
    });
    const ok = await t.req('POST', `/api/v1/refunds/${asked.body.id}/approve`, { token: admin, body: {} });
    expect(ok.body.status).toBe('processing');
    const settle = t.app.get(SettleRefund);
    await settle.sweep(); // still PROCESSING at WeChat Pay: nothing changes
    expect((await refund(asked.body.id)).status).toBe('processing');
    pay.state.refunds.get(ok.body.outRefundNo)!.status = 'SUCCESS'; // done there, its notify lost
    await settle.sweep();
    expect((await refund(asked.body.id)).status).toBe('succeeded');
    expect(providerRefunds(online.outTradeNo)).toHaveLength(1);
    pay.state.holdRefunds(false);
  });

  it('R-PAY-04 at once: ten clerks asking for the same refund make one request; ten approvals send one refund to WeChat Pay; ten copies of its notify finish it once', async () => {
    const { owner, finance, bills, projectId } = await setup();
    const online = await payOnline(owner, [bills[0]!.id]);
    const paymentId = online.paid[0]!.paymentId!;
    const asks = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.req('POST', '/api/v1/refunds', { token: finance, body: { paymentId, reason: `重复缴费 ${i}`, reopen: true } }),
      ),
    );
    expect(asks.map((r) => r.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    expect(await count(t, 'refund', 'payment_id = ?', [paymentId])).toBe(1);
    const id = asks.find((r) => r.status === 201)!.body.id as number;

    pay.state.holdRefunds(true);
    const boss = `cwb${projectId}`;
    await t.req('POST', '/api/v1/staff', {
      token: admin,
      body: { username: boss, name: '财务经理', password: 'Cw#Finance2026', roles: ['finance'], projectIds: [projectId] },
    });
    const approvers = [admin, await t.staffToken(boss, 'Cw#Finance2026')];
    const calls = pay.state.calls['POST /v3/refund/domestic/refunds'] ?? 0;
    const oks = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.req('POST', `/api/v1/refunds/${id}/approve`, { token: approvers[i % 2]!, body: {} }),
      ),
    );
    expect(oks.map((r) => r.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    expect((pay.state.calls['POST /v3/refund/domestic/refunds'] ?? 0) - calls).toBe(1);
    const [sent] = providerRefunds(online.outTradeNo);
    pay.state.refunds.get(sent!.out_refund_no)!.status = 'SUCCESS';
    const n = pay.state.buildRefundNotify(sent!.out_refund_no);
    const notes = await Promise.all(Array.from({ length: 10 }, () => notify(n)));
    expect(notes.map((r) => r.status)).toEqual(Array(10).fill(204));
    expect((await refund(id)).status).toBe('succeeded');
    expect(await count(t, 'bill', "source_type = 'reissue' AND source_id = ?", [bills[0]!.id])).toBe(1);
    expect(await count(t, 'audit_event', "entity = 'bill' AND entity_id = ? AND action = 'refunded'", [bills[0]!.id])).toBe(1);
    pay.state.holdRefunds(false);
  });
});
