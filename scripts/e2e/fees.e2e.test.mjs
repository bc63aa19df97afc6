// Fees paid online end to end in Chromium: the owner 张伟 signs in on the H5 mini-program by SMS code, opens
// 物业缴费, sees his owed months of A座 1201, pays them through the (fake) WeChat Pay cashier page and comes
// back to a result page that asks the server; the bills are paid only once WeChat Pay's signed news came —
// a forged notify and the phone's own return change nothing. Then the e-receipt, the payment history, and
// the finance clerk's 收款记录 in the console showing the same receipts.
import { join } from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { formatYuan } from '@wy/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, startStack } from './stack.mjs';
import { current } from './lib/h5.mjs';
import { settled, signIn } from './lib/admin.mjs';

const SHOTS = process.env.E2E_SCREENSHOTS;
const OWNER_PHONE = '13800000001'; // 张伟, owner of A座 1201 in the demo data (two months owed)

describe('fees paid online in the browser', () => {
  let s;
  let owner;
  let token; // the owner's access token as the app stored it (to ask the API what it says)
  const paid = { billIds: [], totalText: '', receiptNos: [], outTradeNo: '' };
  const shot = async (page, name) => {
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
  };
  /** The owner's bills as the API says (with the token the app stored). */
  const myBills = async (status) => {
    const r = await fetch(`${s.apiUrl}/api/v1/me/bills?status=${status}`, { headers: { authorization: `Bearer ${token}` } });
    return (await r.json()).items;
  };
  const notify = (n) => fetch(`${s.apiUrl}/api/v1/payments/wechat/notify`, { method: 'POST', headers: n.headers, body: n.body });

  beforeAll(async () => {
    s = await startStack();
    owner = await (await s.browser.newContext(PHONE)).newPage();
  });
  afterAll(async () => s?.close());

  it('R-FEE-01 R-FEE-05 the owner signs in and sees the months owed by room, amounts in yuan, and the fee standards with their late-fee rule', async () => {
    await owner.goto(`${s.h5Url}/#/pkg-auth/login/index`);
    await owner.locator('.t-phone input').fill(OWNER_PHONE);
    await owner.locator('.t-sms-send').click();
    await expect.poll(() => s.smsCode(OWNER_PHONE), { timeout: 30_000 }).toMatch(/^\d{6}$/);
    await owner.locator('.t-code input').fill(await s.smsCode(OWNER_PHONE));
    await owner.locator('.t-agree').click();
    await owner.locator('.t-login').click();
    await owner.waitForFunction(() => !location.hash.includes('pkg-auth/login'));
    token = await owner.evaluate(() => JSON.parse(localStorage.getItem('wy.accessToken')).data);

    // 首页 → 物业缴费
    await current(owner).locator('.t-bill-card').first().click();
    await owner.waitForFunction(() => location.hash.includes('pkg-fee/index'));
    const page = current(owner);
    await page.locator('.t-fee-bill').first().waitFor();
    const owed = await myBills('unpaid');
    const mine = owed.filter((b) => b.roomLabel.includes('1201'));
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.t-fee-room').first().innerText()).toContain('1201');
    // every bill of the first 小区 is picked; the bar's total is their sum, in yuan from fen
    const picked = owed.filter((b) => b.projectId === owed[0].projectId);
    expect(await page.locator('.t-fee-bill-on').count()).toBe(picked.length);
    const sum = picked.reduce((a, b) => a + b.totalFen, 0);
    paid.totalText = formatYuan(sum);
    expect(await page.locator('.t-fee-pay-total').innerText()).toBe(paid.totalText);
    // a line shows its month and its amount in yuan
    const first = page.locator(`.t-fee-bill-${mine[0].id}`);
    expect(await first.innerText()).toContain(formatYuan(mine[0].totalFen));
    expect(await first.innerText()).toMatch(/账期 \d{4}年\d{2}月/);
    // unpicking one lowers the total; picking it again restores it
    await first.click();
    await expect.poll(() => page.locator('.t-fee-pay-total').innerText()).toBe(formatYuan(sum - mine[0].totalFen));
    await first.click();
    await expect.poll(() => page.locator('.t-fee-pay-total').innerText()).toBe(paid.totalText);
    paid.billIds = picked.map((b) => b.id);
    await shot(owner, 'fee-bills');

    // the published standards (R-FEE-01), with the late-fee rule (R-FEE-05)
    await page.locator('.t-fee-standards').click();
    await current(owner).locator('.t-fee-std').first().waitFor();
    expect(await current(owner).locator('.t-fee-std').first().innerText()).toMatch(/违约金/);
    await owner.goBack();
    await current(owner).locator('.t-fee-pay').waitFor();
  });

  it('R-PAY-01 a forged notify and the phone coming back prove nothing; WeChat Pay’s signed notify pays the bills', async () => {
    await current(owner).locator('.t-fee-pay').click();
    // the fake WeChat Pay cashier page (H5)
    await owner.getByRole('button', { name: '确认支付' }).waitFor();
    expect(owner.url()).toContain('/cashier?prepay_id=');
    expect(await owner.locator('body').innerText()).toContain(paid.totalText.replace(/,/g, ''));
    await shot(owner, 'fee-cashier');
    const order = [...s.wechatPay.state.orders.values()].at(-1);
    paid.outTradeNo = order.out_trade_no;
    expect(order.trade_state).toBe('NOTPAY');

    // forged: signed with another key, with no signature at all, and a genuine one with a tampered amount
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' });
    const forged = s.wechatPay.state.buildNotify(order.out_trade_no, {
      signWith: other,
      tamper: { trade_state: 'SUCCESS', transaction_id: '4200000000000000000000000001' },
    });
    expect((await notify(forged)).status).toBeGreaterThanOrEqual(400);
    const bare = { body: forged.body, headers: { 'content-type': 'application/json' } };
    expect((await notify(bare)).status).toBeGreaterThanOrEqual(400);
    const tampered = s.wechatPay.state.buildNotify(order.out_trade_no, {
      tamper: { trade_state: 'SUCCESS', transaction_id: '4200000000000000000000000002' },
      tamperAmount: 1,
    });
    expect((await notify(tampered)).status).toBeGreaterThanOrEqual(400);
    expect((await myBills('unpaid')).filter((b) => paid.billIds.includes(b.id))).toHaveLength(paid.billIds.length);

    // the result page before paying: the server says not paid yet
    const peek = await (await owner.context()).newPage();
    const orderId = Number(new URL(owner.url()).searchParams.get('redirect_url')?.match(/id=(\d+)/)?.[1]);
    expect(orderId).toBeGreaterThan(0);
    await peek.goto(`${s.h5Url}/#/pkg-fee/result/index?id=${orderId}`);
    await current(peek).locator('.t-pay-waiting').waitFor();
    await peek.close();

    // the payer pays: the cashier returns to the result page, which waits for the server's verdict
    await owner.getByRole('button', { name: '确认支付' }).click();
    await owner.waitForFunction(() => location.hash.includes('pkg-fee/result'));
    const result = current(owner);
    await result.locator('.t-pay-paid').waitFor({ timeout: 30_000 });
    expect(await result.locator('.t-pay-amount').innerText()).toBe(paid.totalText);
    expect(await result.locator('.t-pay-receipt').count()).toBe(paid.billIds.length);
    expect((await myBills('unpaid')).filter((b) => paid.billIds.includes(b.id))).toHaveLength(0);
    const done = (await myBills('paid')).filter((b) => paid.billIds.includes(b.id));
    expect(done).toHaveLength(paid.billIds.length);
    paid.receiptNos = done.map((b) => b.receiptNo);
    await shot(owner, 'fee-result');
  });

  it('R-FEE-02 the owner opens the e-receipt and finds the payment in the history', async () => {
    await current(owner).locator('.t-pay-receipt').first().click();
    const r = current(owner).locator('.t-receipt');
    await r.waitFor();
    const text = await r.innerText();
    expect(paid.receiptNos.some((no) => text.includes(no))).toBe(true);
    expect(text).toContain('微信支付');
    expect(await current(owner).locator('.t-receipt-feedback').innerText()).toMatch(/您的意见对我们非常重要/);
    await shot(owner, 'fee-receipt');

    await owner.goto(`${s.h5Url}/#/pkg-fee/history/index`);
    await current(owner).locator('.t-fee-paid').first().waitFor();
    const history = await current(owner).locator('.t-fee-paid').allInnerTexts();
    for (const no of paid.receiptNos) expect(history.some((h) => h.includes(no))).toBe(true);
    // 我的 → 物业缴费 shows nothing owed any more for this 小区
    await owner.goto(`${s.h5Url}/#/pkg-fee/index/index`);
    await current(owner).locator('.t-fee-history').waitFor();
    for (const id of paid.billIds) expect(await current(owner).locator(`.t-fee-bill-${id}`).count()).toBe(0);
  });

  it('R-FEE-02 R-PAY-04 the finance clerk sees the online payments in 收款记录 and asks for a refund; another person approves it, WeChat Pay pays it back and the charge is owed again', async () => {
    const finance = await (await s.browser.newContext(DESKTOP)).newPage();
    await signIn(finance, s.adminUrl, 'caiwu');
    await finance.goto(`${s.adminUrl}/payments`);
    await settled(finance);
    await finance.getByTestId('payment-row').first().waitFor();
    const rows = await finance.getByTestId('payment-row').allInnerTexts();
    expect(paid.receiptNos.length).toBeGreaterThan(0);
    for (const no of paid.receiptNos) {
      const row = rows.find((x) => x.includes(no));
      expect(row, no).toBeTruthy();
      expect(row).toContain('微信支付');
    }
    await shot(finance, 'fee-admin-payments');

    // 申请退款 of the first receipt: the charge stands (缴错房屋), so it is issued again
    const no = paid.receiptNos[0];
    const billId = paid.billIds[paid.receiptNos.indexOf(no)];
    await finance.getByTestId('payment-row').filter({ hasText: no }).getByTestId('payment-refund').click();
    await finance.getByTestId('refund-reason').fill('业主缴错房屋，原路退回');
    await finance.getByTestId('refund-reopen').check();
    await finance.getByTestId('refund-request-submit').click();
    await finance.locator('.ant-modal').waitFor({ state: 'detached' });
    // the one who asked cannot approve it
    await finance.goto(`${s.adminUrl}/refunds`);
    await settled(finance);
    const mine = finance.getByTestId('refund-row').filter({ hasText: no });
    await mine.waitFor();
    expect(await mine.innerText()).toContain('待他人审批');
    expect(await mine.getByTestId('refund-approve').count()).toBe(0);
    await shot(finance, 'fee-admin-refund-requested');

    // the second person approves; WeChat Pay refunds and notifies
    const boss = await (await s.browser.newContext(DESKTOP)).newPage();
    await signIn(boss, s.adminUrl, 'admin');
    await boss.goto(`${s.adminUrl}/refunds`);
    await settled(boss);
    await boss.getByTestId('refund-row').filter({ hasText: no }).getByTestId('refund-approve').click();
    await boss.getByTestId('refund-decide-submit').click();
    await boss.locator('.ant-modal').waitFor({ state: 'detached' });
    await expect
      .poll(
        async () => {
          await boss.getByTestId('refunds-filter').getByText('全部').click();
          await settled(boss);
          return boss.getByTestId('refund-row').filter({ hasText: no }).getByTestId('refund-status').innerText();
        },
        { timeout: 20_000 },
      )
      .toBe('已退款');
    expect([...s.wechatPay.state.refunds.values()].filter((r) => r.out_trade_no === paid.outTradeNo)).toHaveLength(1);
    await shot(boss, 'fee-admin-refunds');

    // 收款记录 says the payment went back (tag and amount), the 已退款 filter keeps only refunded ones, its receipt says so
    await finance.goto(`${s.adminUrl}/payments`);
    await settled(finance);
    const refundedRow = finance.getByTestId('payment-row').filter({ hasText: no });
    await refundedRow.getByTestId('payment-refunded').waitFor();
    expect(await refundedRow.getByTestId('payment-refunded').innerText()).toMatch(/已退款[\s\S]*退 ¥/);
    expect(await refundedRow.getByTestId('payment-refund').count()).toBe(0);
    await finance.getByTestId('payments-refund').click();
    const option = finance.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '已退款' });
    await option.waitFor();
    await finance.locator('.ant-select-dropdown:visible:not(.ant-slide-up-enter)').waitFor();
    await option.click();
    // only refunded payments stay: this one, and the demo's refunded 装修保证金 (R-REN-08)
    await expect
      .poll(async () => {
        await settled(finance);
        const rows = await finance.getByTestId('payment-row').allInnerTexts();
        return { ours: rows.some((r) => r.includes(no)), allRefunded: rows.every((r) => /已退款/.test(r)) };
      })
      .toEqual({ ours: true, allRefunded: true });
    expect(await finance.getByTestId('payments-sum').innerText()).toContain('其中已退款');
    await shot(finance, 'fee-admin-payments-refunded');
    await finance.getByTestId('payment-row').filter({ hasText: no }).getByTestId('payment-receipt').click();
    const refundLine = finance.getByTestId('receipt-refund').first();
    await refundLine.waitFor();
    expect(await refundLine.innerText()).toContain('已退款');
    await shot(finance, 'fee-admin-receipt-refunded');

    // the paid bill stays paid; the owner owes the charge again on a new bill
    expect((await myBills('paid')).map((b) => b.id)).toContain(billId);
    const owed = await myBills('unpaid');
    const title = (await myBills('paid')).find((b) => b.id === billId).title;
    const again = owed.find((b) => b.title === title && b.id !== billId);
    expect(again).toBeTruthy();
    await owner.goto(`${s.h5Url}/#/pkg-fee/index/index`);
    await current(owner).locator(`.t-fee-bill-${again.id}`).waitFor();
  });

  it('R-PAY-03 finance reconciles today with WeChat Pay’s trade bill: no differences, then a planted one is listed until resolved', async () => {
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10); // China time
    const finance = await (await s.browser.newContext(DESKTOP)).newPage();
    await signIn(finance, s.adminUrl, 'caiwu');
    await finance.goto(`${s.adminUrl}/reconciliation`);
    await settled(finance);
    await finance.getByTestId('recon-run').click();
    const summary = finance.getByTestId('recon-summary');
    await summary.waitFor();
    await settled(finance);
    expect(await summary.innerText()).toContain('账实相符');
    expect(await summary.innerText()).toContain(`1 笔 · ${paid.totalText}`);
    expect(await finance.getByTestId('recon-diff-row').count()).toBe(0);
    await shot(finance, 'fee-recon-ok');

    // WeChat Pay's bill lists a payment this system never credited
    s.wechatPay.state.plantTradeBillRow({
      time: `${today} 11:30:00`,
      transactionId: '4200000000000000000000009901',
      outTradeNo: 'WYNEVERSEEN0001',
      fen: 12_345,
    });
    await finance.getByTestId('recon-run').click();
    const row = finance.getByTestId('recon-diff-row').filter({ hasText: 'WYNEVERSEEN0001' });
    await row.waitFor();
    await settled(finance);
    expect(await row.innerText()).toContain('微信有、本系统无');
    expect(await row.innerText()).toContain('¥123.45');
    expect(await summary.innerText()).not.toContain('账实相符');
    await shot(finance, 'fee-recon-diff');
    await row.getByTestId('recon-resolve').click();
    await finance.getByTestId('recon-resolve-note').fill('他人误付，已联系微信支付退回');
    await finance.getByTestId('recon-resolve-submit').click();
    await finance.locator('.ant-modal').waitFor({ state: 'detached' });
    // resolved: off the 待处理 list, on 已处理 with its note
    await expect.poll(() => finance.getByTestId('recon-diff-row').filter({ hasText: 'WYNEVERSEEN0001' }).count()).toBe(0);
    await finance.getByTestId('recon-filter').getByText('已处理').click();
    const done = finance.getByTestId('recon-diff-row').filter({ hasText: 'WYNEVERSEEN0001' });
    await done.waitFor();
    expect(await done.innerText()).toContain('他人误付');
  });
});
