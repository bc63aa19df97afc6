// WeChat Pay v3 against the local fake (its own keys, signed answers, encrypted notifies): a bill is paid
// only on a verified notify or a signed query (R-PAY-01), exactly once however often and however
// concurrently the news arrives (R-PAY-02); refused notifies credit nothing; expired orders are closed.
import { createVerify, generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { localDate } from '@wy/shared';
import { PaymentsService } from '../src/modules/payments/payments.service.js';
import { type FakeWechatPay } from '../../scripts/fake-wechatpay/server.mjs';
import { feeItem, feeProject, startPayApp } from './fees-fixtures.js';
import { count, testDatabases, type TestApp } from './harness.js';

describe.each(testDatabases())('WeChat Pay v3 (%s)', (db) => {
  let t: TestApp;
  let pay: FakeWechatPay;
  let admin: string;
  let codeSeq = 760;

  /** Two unpaid bills of an owner's room (property fee and garbage fee for a month), and the owner's token. */
  const twoBills = async () => {
    const { projectId, rooms, phone } = await feeProject(t, admin, String(codeSeq++));
    await feeItem(t, admin, projectId, { code: 'WYF', name: '物业服务费', category: 'management', basis: 'area', unitFen: 285 });
    await feeItem(t, admin, projectId, { code: 'LJF', name: '垃圾清运费', category: 'garbage', basis: 'fixed', unitFen: 1500 });
    expect((await t.req('POST', '/api/v1/bill-runs', { token: admin, body: { projectId, period: '2026-10' } })).status).toBe(201);
    const owner = await t.ownerToken(phone);
    const bills = (await t.req('GET', '/api/v1/me/bills?status=unpaid', { token: owner })).body.items.filter(
      (b: { roomId: number }) => b.roomId === rooms[0],
    );
    expect(bills).toHaveLength(2);
    return { projectId, owner, bills: bills as { id: number; totalFen: number }[], phone };
  };
  const order = async (owner: string, billIds: number[], channel = 'h5') => {
    const r = await t.req('POST', '/api/v1/me/payments', { token: owner, body: { billIds, channel } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body as { id: number; outTradeNo: string; totalFen: number; h5Url: string | null; status: string };
  };
  const credited = (ids: number[]) => count(t, 'payment', `bill_id IN (${ids.join(',')})`);
  const notify = (n: { body: string; headers: Record<string, string> }) =>
    t.req('POST', '/api/v1/payments/wechat/notify', { rawBody: n.body, headers: n.headers });

  beforeAll(async () => {
    ({ t, pay } = await startPayApp(db, 7 * 86400));
  });
  beforeEach(async () => {
    admin = await t.staffToken('admin', 'Admin@123');
  });
  afterAll(async () => {
    await t?.close();
    await pay?.close();
  });

  it('R-PAY-01 R-FEE-02 an owner pays two bills in one order: unpaid until WeChat Pay’s signed notify, then both credited with receipts, and repeats change nothing', async () => {
    const { owner, bills } = await twoBills();
    const total = bills[0]!.totalFen + bills[1]!.totalFen;
    // an account without WeChat cannot pay inside the mini-program
    const jsapi = await t.req('POST', '/api/v1/me/payments', {
      token: owner,
      body: { billIds: bills.map((b) => b.id), channel: 'jsapi' },
    });
    expect(jsapi.status).toBe(400);
    expect(jsapi.body.message).toMatch(/微信小程序内支付/);
    const o = await order(
      owner,
      bills.map((b) => b.id),
    );
    expect(o).toMatchObject({ status: 'created', totalFen: total });
    expect(o.h5Url).toMatch(new RegExp(`^${pay.url}/cashier\\?prepay_id=`));
    expect(pay.state.orders.get(o.outTradeNo)).toMatchObject({ amount: { total }, trade_type: 'H5', mchid: pay.keys.mchid });
    // a double click gets the same order
    expect(
      (
        await order(
          owner,
          bills.map((b) => b.id),
        )
      ).id,
    ).toBe(o.id);
    // asking before paying: WeChat Pay says NOTPAY, nothing is paid (the client's word proves nothing)
    expect((await t.req('GET', `/api/v1/me/payments/${o.id}`, { token: owner })).body.status).toBe('created');
    expect(await credited(bills.map((b) => b.id))).toBe(0);

    // the payer pays; WeChat Pay notifies (and sends three duplicates at once)
    const statuses = await pay.state.pay(o.outTradeNo, { duplicates: 3 });
    expect(statuses).toEqual([204, 204, 204, 204]);
    const after = await t.req('GET', `/api/v1/me/payments/${o.id}`, { token: owner });
    expect(after.body).toMatchObject({ status: 'paid', h5Url: null, payParams: null });
    expect(await credited(bills.map((b) => b.id))).toBe(2);
    const mine = (await t.req('GET', '/api/v1/me/bills?status=paid', { token: owner })).body.items.filter((b: { id: number }) =>
      bills.some((x) => x.id === b.id),
    );
    expect(mine).toHaveLength(2);
    for (const b of mine) {
      const r = await t.req('GET', `/api/v1/receipts/${b.paymentId}`, { token: owner });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ method: 'wechat_pay', receivedByName: '微信支付', amountFen: b.totalFen });
      expect(r.body.feedbackLine).toMatch(/您的意见对我们非常重要/);
    }
    // a later notify of the same payment: acknowledged, nothing more
    expect((await notify(pay.state.buildNotify(o.outTradeNo))).status).toBe(204);
    expect(await credited(bills.map((b) => b.id))).toBe(2);
    expect(await count(t, 'pay_notice', "out_trade_no = ? AND result = 'credited'", [o.outTradeNo])).toBe(1);
    // a paid bill cannot be ordered again
    expect(
      (await t.req('POST', '/api/v1/me/payments', { token: owner, body: { billIds: [bills[0]!.id], channel: 'h5' } })).status,
    ).toBe(409);
  });

  it('R-PAY-01 a bad signature, an unknown key serial, a stale timestamp, a probe, a tampered amount, another merchant or an undecryptable resource: 4xx and nothing credited', async () => {
    const { owner, bills } = await twoBills();
    const o = await order(owner, [bills[0]!.id]);
    await pay.state.pay(o.outTradeNo, { silent: true });
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    }) as string;
    const now = Math.floor(t.clock.now().getTime() / 1000);
    const cases: [string, Parameters<FakeWechatPay['state']['buildNotify']>[1], number, RegExp][] = [
      ['bad signature', { signWith: other }, 401, /签名验证失败/],
      ['unknown serial', { serial: 'PUB_KEY_ID_0000000000000000000000000000' }, 401, /序列号/],
      ['stale', { timestamp: now - 301 }, 401, /时间戳/],
      ['future', { timestamp: now + 400 }, 401, /时间戳/],
      ['probe', { probe: true }, 401, /探测/],
      ['tampered amount', { tamperAmount: bills[0]!.totalFen - 1 }, 400, /金额不符/],
      ['another merchant', { tamper: { mchid: '1900009999' } }, 400, /商户号不符/],
      ['not paid', { tamper: { trade_state: 'NOTPAY' } }, 400, /交易状态/],
      ['another order', { tamper: { out_trade_no: 'WY000000000000NOSUCH' } }, 400, /订单不存在/],
      ['wrong APIv3 key', { apiV3Key: 'x'.repeat(32) }, 401, /解密失败/],
    ];
    for (const [what, opts, status, msg] of cases) {
      const r = await notify(pay.state.buildNotify(o.outTradeNo, opts));
      expect(r.status, what).toBe(status);
      expect(r.body.message, what).toMatch(msg);
    }
    // no signature headers at all; not JSON
    expect((await t.req('POST', '/api/v1/payments/wechat/notify', { body: { id: 'x' } })).status).toBe(401);
    expect(await credited([bills[0]!.id])).toBe(0);
    expect(await count(t, 'pay_notice', 'out_trade_no = ?', [o.outTradeNo])).toBe(0);
    expect(
      (await t.req('GET', '/api/v1/me/bills?status=unpaid', { token: owner })).body.items.map((b: { id: number }) => b.id),
    ).toContain(bills[0]!.id);
    // the genuine notify still credits
    expect((await notify(pay.state.buildNotify(o.outTradeNo))).status).toBe(204);
    expect(await credited([bills[0]!.id])).toBe(1);
  });

  it(`R-PAY-02 ${db === 'mysql' ? '1,000' : '200'} identical notifies at once credit the bills once`, async () => {
    const { owner, bills } = await twoBills();
    const o = await order(
      owner,
      bills.map((b) => b.id),
    );
    await pay.state.pay(o.outTradeNo, { silent: true });
    const n = pay.state.buildNotify(o.outTradeNo);
    const N = db === 'mysql' ? 1000 : 200;
    const all = await Promise.all(Array.from({ length: N }, () => notify(n)));
    const by: Record<number, number> = {};
    for (const r of all) by[r.status] = (by[r.status] ?? 0) + 1;
    expect(by).toEqual({ 204: N });
    expect(await credited(bills.map((b) => b.id))).toBe(2);
    expect(await count(t, 'pay_notice', "out_trade_no = ? AND result = 'credited'", [o.outTradeNo])).toBe(1);
    expect(await count(t, 'pay_notice', "out_trade_no = ? AND result = 'duplicate'", [o.outTradeNo])).toBe(N - 1);
    const receipts = await t.ds.query(`SELECT receipt_no FROM payment WHERE bill_id IN (${bills.map((b) => b.id).join(',')})`);
    expect(new Set(receipts.map((r: { receipt_no: string }) => r.receipt_no)).size).toBe(2);
  }, 300_000);

  it('R-PAY-01 no notify: the owner’s next look asks WeChat Pay (a signed query) and credits; an expired unpaid order is closed there and here', async () => {
    const { owner, bills } = await twoBills();
    const o = await order(owner, [bills[0]!.id]);
    await pay.state.pay(o.outTradeNo, { silent: true });
    expect(await credited([bills[0]!.id])).toBe(0);
    const seen = await t.req('GET', `/api/v1/me/payments/${o.id}`, { token: owner });
    expect(seen.body.status).toBe('paid');
    expect(await credited([bills[0]!.id])).toBe(1);
    expect((await t.ds.query('SELECT paid_by FROM pay_order WHERE id = ?', [o.id]))[0].paid_by).toBe('query');

    // the other bill: ordered, never paid, the order expires and the job closes it at WeChat Pay
    const o2 = await order(owner, [bills[1]!.id]);
    const svc = t.app.get(PaymentsService);
    expect(await svc.closeExpired()).toBe(0); // not expired yet
    t.clock.advance(31 * 60_000);
    expect(await svc.closeExpired()).toBeGreaterThanOrEqual(1);
    expect(pay.state.orders.get(o2.outTradeNo)!.trade_state).toBe('CLOSED');
    expect((await t.req('GET', `/api/v1/me/payments/${o2.id}`, { token: owner })).body.status).toBe('closed');
    expect(await credited([bills[1]!.id])).toBe(0);
    // an expired order paid at the last moment is credited by the job, not closed
    const o3 = await order(owner, [bills[1]!.id]);
    await pay.state.pay(o3.outTradeNo, { silent: true });
    t.clock.advance(31 * 60_000);
    await svc.closeExpired();
    expect(pay.state.orders.get(o3.outTradeNo)!.trade_state).toBe('SUCCESS');
    expect(await credited([bills[1]!.id])).toBe(1);
  });

  it('R-PAY-01 inside the mini-program: a JSAPI order and wx.requestPayment’s parameters signed by the server with the merchant key', async () => {
    const { owner, bills } = await twoBills();
    const person = (await t.req('GET', '/api/v1/auth/me', { token: owner })).body.id;
    await t.ds.query('UPDATE person SET openid = ? WHERE id = ?', [`o_pay_${person}`, person]);
    const r = await t.req('POST', '/api/v1/me/payments', { token: owner, body: { billIds: [bills[0]!.id], channel: 'jsapi' } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const p = r.body.payParams;
    const fake = pay.state.orders.get(r.body.outTradeNo)!;
    expect(fake).toMatchObject({ trade_type: 'JSAPI', payer: { openid: `o_pay_${person}` } });
    expect(p).toMatchObject({ appId: 'wxtest0000000001', package: `prepay_id=${fake.prepay_id}`, signType: 'RSA' });
    const ok = createVerify('RSA-SHA256')
      .update(`${p.appId}\n${p.timeStamp}\n${p.nonceStr}\n${p.package}\n`)
      .verify(pay.keys.merchantPublicKey, p.paySign, 'base64');
    expect(ok).toBe(true);
    // another owner cannot see the order
    expect((await t.req('GET', `/api/v1/me/payments/${r.body.id}`, { token: await t.ownerToken('13800000001') })).status).toBe(
      404,
    );
  });

  it('R-FEE-02 收款记录: desk and online payments of a project by local date and method, with the range’s total; bad ranges refused, other projects hidden; 收银台’s bills by period', async () => {
    const { projectId, owner, bills } = await twoBills();
    const [desk, online] = bills as [{ id: number; totalFen: number }, { id: number; totalFen: number }];
    const cash = await t.req('POST', `/api/v1/bills/${desk.id}/desk-payments`, {
      token: admin,
      body: { method: 'cash', amountFen: desk.totalFen, payerName: '收费业主' },
    });
    expect(cash.status, JSON.stringify(cash.body)).toBe(201);
    const o = await order(owner, [online.id]);
    await pay.state.pay(o.outTradeNo);
    expect(await credited([online.id])).toBe(1);

    const today = localDate(t.clock.now(), 'Asia/Shanghai');
    const list = (query: string, token = admin) => t.req('GET', `/api/v1/payments?projectId=${projectId}${query}`, { token });
    const all = await list(`&from=${today}&to=${today}`);
    expect(all.status, JSON.stringify(all.body)).toBe(200);
    expect(all.body).toMatchObject({ count: 2, totalFen: desk.totalFen + online.totalFen, nextCursor: null });
    expect(all.body.items.map((x: { method: string }) => x.method)).toEqual(['wechat_pay', 'cash']);
    expect(all.body.items[1]).toMatchObject({
      billId: desk.id,
      amountFen: desk.totalFen,
      payerName: '收费业主',
      title: '物业服务费 2026-10',
    });
    expect(all.body.items[1].receiptNo).toBe(cash.body.receiptNo);
    expect(all.body.items[1].roomLabel).toMatch(/101/);
    // by method; a page of one with the cursor to the next
    expect((await list('&method=cash')).body).toMatchObject({ count: 1, totalFen: desk.totalFen });
    const first = await list('&limit=1');
    expect(first.body.items).toHaveLength(1);
    expect((await list(`&limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`)).body.items[0].method).toBe('cash');
    // another day: nothing
    const yesterday = localDate(new Date(t.clock.now().getTime() - 86_400_000), 'Asia/Shanghai');
    expect((await list(`&from=${yesterday}&to=${yesterday}`)).body).toMatchObject({ items: [], count: 0, totalFen: 0 });
    // refused: a range backwards, a date that is not one, a method that does not exist
    for (const bad of [`&from=${today}&to=${yesterday}`, '&from=2026-13-01', '&method=bitcoin']) {
      const r = await list(bad);
      expect(r.status, bad).toBe(400);
      expect(r.body.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    // finance of project 101 only does not see this project's money; a technician sees no payments at all
    expect((await list('', await t.staffToken('caiwu', 'Caiwu@123'))).status).toBe(404);
    expect((await list('', await t.staffToken('jigong', 'Jigong@123'))).status).toBe(403);
    // 收银台's bills by period (账期)
    const billList = (query: string) => t.req('GET', `/api/v1/bills?projectId=${projectId}${query}`, { token: admin });
    expect((await billList('&period=2026-10&limit=100')).body.items).toHaveLength(10); // two items × five rooms
    expect((await billList('&period=2026-10&status=paid')).body.items.map((b: { id: number }) => b.id).sort()).toEqual(
      [desk.id, online.id].sort(),
    );
    expect((await billList('&period=2026-09')).body.items).toEqual([]);
    expect((await billList('&period=2026-9')).status).toBe(400);
  });
});
