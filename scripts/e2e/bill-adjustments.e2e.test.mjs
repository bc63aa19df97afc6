// R-PAY-04 bill adjustments (账单调整) end to end in Chromium: the desk clerk finds 张伟's A座 1201 on 收银台 by
// searching the room (not assuming it is on the first page), proposes a ¥50 减免 of a month's fee with a reason
// and sees the bill 调整中; the proposer cannot approve it (no button on 账单调整, 403 from the API); the manager
// approves it there; 收银台 and the owner's H5 bill then show the new owed amount with the line and its reason.
// A 调增 rejected with a reason leaves the bill as it was.
import { join } from 'node:path';
import { formatYuan } from '@wy/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, startStack } from './stack.mjs';
import { current, h5, loginBySms } from './lib/h5.mjs';
import { api, clockToChinaTen, modalReady, settled, signIn, staffToken, submitModal } from './lib/admin.mjs';
import { uiTextProblems } from './lib/ui-text.mjs';
import { a11yProblems } from './lib/a11y.mjs';
import { PHONE } from './stack.mjs';

const SHOTS = process.env.E2E_SCREENSHOTS;
const OWNER_PHONE = '13800000001'; // 张伟: A座 1201 owes the last two months in the demo data
const ROOM_CODE = '1011011201';

describe('bill adjustments in the browser', () => {
  let s;
  let projectId;
  let clerkToken;
  let bills;
  const shot = async (page, name) => {
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  };
  const billNow = async (id) =>
    (await api(s.apiUrl, 'GET', `/bills?projectId=${projectId}&roomId=${bills[0].roomId}`, clerkToken)).items.find(
      (b) => b.id === id,
    );
  /** 收银台 as the signed-in page shows it, narrowed to the room by typing its code into the room filter */
  const cashierRoom = async (page) => {
    await page.goto(`${s.adminUrl}/cashier`);
    await settled(page);
    await page.getByTestId('cashier-room').click();
    await page.keyboard.type(ROOM_CODE);
    const option = page.locator('.ant-select-item-option', { hasText: '1201' }).first();
    await option.waitFor();
    await option.click();
    await settled(page);
  };
  /** 账单调整 of project 101, whichever project the header was on */
  const adjustmentsPage = async (page, query = '') => {
    await page.goto(`${s.adminUrl}/bill-adjustments${query}`);
    await settled(page);
    const switcher = page.getByTestId('project-switcher');
    if (!(await switcher.innerText()).includes('瑞和丰收大厦')) {
      await switcher.click();
      await page.locator('.ant-select-item-option', { hasText: '瑞和丰收大厦' }).click();
      await settled(page);
    }
  };

  beforeAll(async () => {
    s = await startStack();
    // far from China's midnight, when the late fees change: the amounts read here are the ones the screens show
    await clockToChinaTen(s.apiUrl);
    const clerk = await staffToken(s.apiUrl, 'kefu');
    clerkToken = clerk.accessToken;
    projectId = clerk.me.projects.find((p) => p.code === '101').id;
    const rooms = await api(s.apiUrl, 'GET', `/rooms?projectId=${projectId}&keyword=${ROOM_CODE}`, clerkToken);
    const roomId = rooms.items[0].id;
    // the room's monthly fee bills (a month late, with a late fee), oldest first
    bills = (await api(s.apiUrl, 'GET', `/bills?projectId=${projectId}&roomId=${roomId}&status=unpaid`, clerkToken)).items
      .filter((b) => b.sourceType === 'fee')
      .sort((a, b) => a.period.localeCompare(b.period));
    expect(bills.length).toBeGreaterThanOrEqual(2);
    // the room's bills are not on 收银台's first page: the search is what finds them
    const first = await api(s.apiUrl, 'GET', `/bills?projectId=${projectId}&status=unpaid`, clerkToken);
    expect(first.nextCursor).toBeTruthy();
  });
  afterAll(async () => s?.close());

  it('R-PAY-04 the clerk finds the room on 收银台, proposes a ¥50 减免 with a reason, sees it 调整中 and cannot approve it herself', async () => {
    const bill = bills[0];
    const ctx = await s.browser.newContext(DESKTOP);
    const page = await ctx.newPage();
    await signIn(page, s.adminUrl, 'kefu');
    await cashierRoom(page);
    const row = page.locator(`[data-testid=bill-row][data-bill-id="${bill.id}"]`);
    await row.waitFor();
    expect(await row.getByTestId('bill-amount-total').innerText()).toContain(formatYuan(bill.totalFen));

    await row.getByTestId('cashier-adjust').click();
    const modal = page.locator('.ant-modal', { hasText: '调整账单' });
    await modalReady(modal);
    // too much is refused by the shared rule before anything is sent
    await modal.getByTestId('adjust-amount').fill(((bill.principalFen + 100) / 100).toFixed(2));
    await modal.getByTestId('adjust-reason').fill('面积复核少算，按实测面积减免');
    await modal.getByTestId('adjust-submit').click();
    await expect
      .poll(() => modal.locator('.ant-form-item-explain-error').first().innerText())
      .toMatch(/减免金额不能超过应缴费用/);
    await modal.getByTestId('adjust-amount').fill('50');
    await shot(page, 'admin-cashier-adjust');
    await submitModal(page, modal, { submit: modal.getByTestId('adjust-submit') });
    await settled(page);
    await row.getByTestId('cashier-adjusting').waitFor();
    // waiting: the amount is as it was
    expect(await row.getByTestId('bill-amount-total').innerText()).toContain(formatYuan(bill.totalFen));
    expect(await row.getByTestId('cashier-adjust').isDisabled()).toBe(true);
    expect(await uiTextProblems(page)).toEqual([]);
    await shot(page, 'admin-cashier-adjusting');

    // 调整中 opens 账单调整 for the bill: hers, so no approve button, only 待他人审批
    await row.getByTestId('cashier-adjusting').click();
    await page.waitForURL(/bill-adjustments\?billId=/);
    await settled(page);
    const a = page.getByTestId('adjustment-row').first();
    await a.waitFor();
    expect(await a.getByTestId('adjustment-line').innerText()).toBe('减免 费用 −¥50.00');
    expect(await a.getByTestId('adjustment-own').innerText()).toBe('待他人审批');
    expect(await a.getByTestId('adjustment-approve').count()).toBe(0);
    const id = Number(await a.getAttribute('data-adjustment-id'));
    const r = await fetch(`${s.apiUrl}/api/v1/bill-adjustments/${id}/approve`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${clerkToken}` },
      body: '{}',
    });
    expect(r.status).toBe(403);
    expect((await billNow(bill.id)).totalFen).toBe(bill.totalFen);
    await ctx.close();
  });

  it('R-PAY-04 R-FEE-02 the manager approves it on 账单调整; 收银台 and the owner’s H5 bill show the new owed amount with the line and its reason, and so do the printed receipt and the e-receipt once paid', async () => {
    const bill = bills[0];
    const ctx = await s.browser.newContext(DESKTOP);
    const page = await ctx.newPage();
    await signIn(page, s.adminUrl, 'jingli');
    await adjustmentsPage(page);
    const row = page.getByTestId('adjustment-row').filter({ hasText: '面积复核少算' });
    await row.waitFor();
    expect(await row.getByTestId('adjustment-status').innerText()).toBe('待审批');
    expect(await uiTextProblems(page)).toEqual([]);
    expect(await a11yProblems(page, '账单调整')).toEqual([]);
    await shot(page, 'admin-adjustments-pending');
    await row.getByTestId('adjustment-approve').click();
    const modal = page.locator('.ant-modal', { hasText: '通过账单调整' });
    await modalReady(modal);
    await modal.getByTestId('adjustment-decide-note').fill('已核实面积');
    await submitModal(page, modal, { submit: modal.getByTestId('adjustment-decide-submit') });
    await expect.poll(() => row.count()).toBe(0); // no longer waiting
    await page.getByTestId('adjustments-filter').getByText('已通过').click();
    await settled(page);
    const done = page.getByTestId('adjustment-row').filter({ hasText: '面积复核少算' });
    await done.waitFor();
    expect(await done.getByTestId('adjustment-decision').innerText()).toContain('已核实面积');

    const now = await billNow(bill.id);
    expect(now.principalFen).toBe(bill.principalFen - 5000);
    expect(now.totalFen).toBeLessThan(bill.totalFen);
    expect(now.pendingAdjustment).toBeNull();
    // 收银台 (the manager may take money too) shows the owed amount and the line
    await cashierRoom(page);
    const cashierRow = page.locator(`[data-testid=bill-row][data-bill-id="${bill.id}"]`);
    await cashierRow.waitFor();
    expect(await cashierRow.getByTestId('bill-amount-total').innerText()).toContain(formatYuan(now.totalFen));
    expect(await cashierRow.getByTestId('bill-amount-adjustment').innerText()).toContain('减免 费用 −¥50.00（面积复核少算');
    expect(await cashierRow.getByTestId('cashier-adjusting').count()).toBe(0);
    await shot(page, 'admin-cashier-adjusted');

    // the owner's bill on the phone: the new amount, the original, the cut in plain words with its reason
    const owner = await (await s.browser.newContext(PHONE)).newPage();
    await loginBySms(owner, s, OWNER_PHONE);
    await h5(s).open(owner, 'pkg-fee/index/index', `.t-fee-bill-${bill.id}`);
    const line = current(owner).locator(`.t-fee-bill-${bill.id}`);
    expect(await line.locator('.t-fee-bill-total').innerText()).toBe(formatYuan(now.totalFen));
    const notes = await line.locator('.t-fee-adjustments').innerText();
    expect(notes).toContain(`原金额 ${formatYuan(bill.amountFen)}`);
    expect(notes).toContain('减免费用 ¥50.00');
    expect(notes).toContain('原因：面积复核少算，按实测面积减免');
    await shot(owner, 'h5-bill-adjusted');

    // the desk takes the new amount; the printed receipt shows the bill's amount, the cut with its reason, the late fee and the total
    await cashierRow.getByTestId('cashier-collect').click();
    const collect = page.locator('.ant-modal', { hasText: '收款 ·' });
    await modalReady(collect);
    expect(await collect.getByTestId('collect-amount').innerText()).toBe(formatYuan(now.totalFen));
    await collect.getByTestId('collect-submit').click();
    await page.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
    const doc = page.locator('.ant-modal', { hasText: '收据 ·' }).getByTestId('receipt-doc');
    await doc.waitFor();
    const receiptLine = await doc.getByTestId('bill-amount-adjustment').innerText();
    expect(receiptLine).toContain('减免 费用');
    expect(receiptLine).toContain('面积复核少算');
    expect(receiptLine).toContain('−50.00');
    expect(await doc.innerText()).toContain(formatYuan(now.totalFen));
    await shot(page, 'admin-receipt-adjusted');
    const paid = await billNow(bill.id);
    expect(paid).toMatchObject({ status: 'paid', totalFen: now.totalFen });
    await ctx.close();

    // the owner's e-receipt shows the cut and its reason too
    await h5(s).open(owner, `pkg-fee/receipt/index?paymentId=${paid.paymentId}`, '.t-receipt');
    const receipt = await current(owner).locator('.t-receipt .t-fee-adjustments').innerText();
    expect(receipt).toContain('减免费用 ¥50.00');
    expect(receipt).toContain('原因：面积复核少算，按实测面积减免');
    await shot(owner, 'h5-receipt-adjusted');
    await owner.context().close();
  });

  it('R-PAY-04 a 调增 rejected with a reason: the reason is required, the bill keeps its amount and is no longer 调整中', async () => {
    const bill = bills[1];
    const ctx = await s.browser.newContext(DESKTOP);
    const clerk = await ctx.newPage();
    await signIn(clerk, s.adminUrl, 'kefu');
    await cashierRoom(clerk);
    const row = clerk.locator(`[data-testid=bill-row][data-bill-id="${bill.id}"]`);
    await row.waitFor();
    await row.getByTestId('cashier-adjust').click();
    const modal = clerk.locator('.ant-modal', { hasText: '调整账单' });
    await modalReady(modal);
    await modal.getByText('调增费用').click();
    await modal.getByTestId('adjust-amount').fill('30');
    await modal.getByTestId('adjust-reason').fill('加收装修期间电梯保护费');
    await submitModal(clerk, modal, { submit: modal.getByTestId('adjust-submit') });
    await row.getByTestId('cashier-adjusting').waitFor();
    await ctx.close();

    const mctx = await s.browser.newContext(DESKTOP);
    const page = await mctx.newPage();
    await signIn(page, s.adminUrl, 'jingli');
    await adjustmentsPage(page, `?billId=${bill.id}`);
    const a = page.getByTestId('adjustment-row').filter({ hasText: '电梯保护费' });
    await a.waitFor();
    expect(await a.getByTestId('adjustment-line').innerText()).toBe('调增 费用 +¥30.00');
    await a.getByTestId('adjustment-reject').click();
    const dlg = page.locator('.ant-modal', { hasText: '驳回账单调整' });
    await modalReady(dlg);
    await dlg.getByTestId('adjustment-decide-submit').click();
    await expect.poll(() => dlg.locator('.ant-form-item-explain-error').first().innerText()).toMatch(/驳回请写明原因/);
    await dlg.getByTestId('adjustment-decide-note').fill('电梯保护费已含在装修押金中，不另收');
    await submitModal(page, dlg, { submit: dlg.getByTestId('adjustment-decide-submit') });
    await page.getByTestId('adjustments-filter').getByText('已驳回').click();
    await settled(page);
    const rejected = page.getByTestId('adjustment-row').filter({ hasText: '电梯保护费' });
    await rejected.waitFor();
    expect(await rejected.getByTestId('adjustment-decision').innerText()).toContain('不另收');
    await shot(page, 'admin-adjustments-rejected');
    await mctx.close();

    const now = await billNow(bill.id);
    expect(now).toMatchObject({
      totalFen: bill.totalFen,
      principalFen: bill.amountFen,
      adjustments: [],
      pendingAdjustment: null,
    });
  });
});
