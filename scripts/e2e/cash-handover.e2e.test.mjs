// R-FEE-06 the end-of-day cash handover in Chromium (browser in New York, project in China time): the desk
// clerk takes a bill's cash at the 收银台, finds it under 现金移交 with the day's totals, makes the 交款单 and
// sees it ready to print; finance (another person) finds it in the queue, counts the cash and confirms it, after
// which it offers nothing more to do.
import { join } from 'node:path';
import { formatYuan } from '@wy/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, startStack } from './stack.mjs';
import { api, settled, signIn, staffToken } from './lib/admin.mjs';

const SHOTS = process.env.E2E_SCREENSHOTS;

describe('cash handover in the browser', () => {
  let s;
  const taken = { receiptNo: '', amountFen: 0, code: '' };
  const shot = async (page, name) => {
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
  };

  beforeAll(async () => {
    s = await startStack();
  });
  afterAll(async () => s?.close());

  it('R-FEE-06 the clerk takes cash at the desk, sees it waiting under 现金移交 with the day’s totals and makes the printable 交款单', async () => {
    const { accessToken, me } = await staffToken(s.apiUrl, 'kefu');
    const projectId = me.projects.find((p) => p.code === '101').id;
    // a one-off charge of ¥50 for a room (set up by head office through the API): the newest bill, first on the 收银台
    const boss = await staffToken(s.apiUrl, 'admin');
    const page1 = await api(s.apiUrl, 'GET', `/bills?projectId=${projectId}&status=unpaid`, accessToken);
    const item = await api(s.apiUrl, 'POST', '/fee-items', boss.accessToken, {
      projectId,
      code: 'E2E-QY',
      name: '装修垃圾清运费',
      category: 'garbage',
      basis: 'one_off',
      unitFen: 5000,
    });
    const month = page1.items[0].period ?? '2026-12';
    const one = await api(s.apiUrl, 'POST', '/bills/one-off', accessToken, {
      roomId: page1.items[0].roomId,
      feeItemId: item.id,
      period: month,
    });
    const bill = { id: one.billId ?? one.id, totalFen: 5000 };
    expect(bill.id).toBeTruthy();

    const clerk = await (await s.browser.newContext(DESKTOP)).newPage();
    await signIn(clerk, s.adminUrl, 'kefu');
    await clerk.goto(`${s.adminUrl}/cashier`);
    await settled(clerk);
    await clerk.locator(`[data-testid=bill-row][data-bill-id="${bill.id}"]`).getByTestId('cashier-collect').click();
    await clerk.getByTestId('collect-submit').click();
    await clerk.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
    // the receipt opens: its number is what the handover will list
    const receipt = clerk.locator('.ant-modal', { hasText: '收据 ·' });
    const receiptNo = receipt.getByTestId('receipt-no');
    await receiptNo.waitFor();
    taken.receiptNo = (await receiptNo.innerText()).trim();
    taken.amountFen = bill.totalFen;
    await receipt.locator('.ant-modal-close').click();
    await receipt.waitFor({ state: 'detached' });

    // 现金移交: today's payments of this clerk not handed over, the cash among them
    await clerk.goto(`${s.adminUrl}/cash-handovers`);
    await settled(clerk);
    const row = clerk.getByTestId('handover-pending-row').filter({ hasText: taken.receiptNo });
    await row.waitFor();
    expect(await row.innerText()).toContain('现金');
    const pending = await api(s.apiUrl, 'GET', `/cash-handovers/pending?projectId=${projectId}`, accessToken);
    expect(pending.items.map((x) => x.receiptNo)).toContain(taken.receiptNo);
    const sum = await clerk.getByTestId('handover-pending-sum').innerText();
    expect(sum).toContain(formatYuan(pending.totalFen));
    expect(sum).toContain(formatYuan(pending.cashFen));
    expect(await clerk.getByTestId('handover-pending-row').count()).toBe(pending.count);
    await shot(clerk, 'cash-handover-pending');

    await clerk.getByTestId('handover-create').click();
    await clerk.getByTestId('handover-create-note').fill('白班收款');
    await clerk.getByTestId('handover-create-submit').click();
    // the new 交款单 opens, ready to print: the day's payments, the totals per method, signature lines
    const dialog = clerk.locator('.ant-modal', { hasText: '交款单 ·' });
    const doc = dialog.getByTestId('handover-doc');
    await doc.waitFor();
    await settled(clerk);
    taken.code = (await doc.getByTestId('handover-code').innerText()).trim();
    expect(taken.code).toMatch(/^JK101\d{6}\d{4}$/);
    expect(await doc.getByTestId('handover-day').innerText()).toBe(pending.businessDay);
    expect(await doc.getByTestId('handover-line').count()).toBe(pending.count);
    expect(await doc.innerText()).toContain(taken.receiptNo);
    expect(await doc.getByTestId('handover-total').innerText()).toBe(formatYuan(pending.totalFen));
    expect(await doc.innerText()).toMatch(/财务收款人签字/);
    await shot(clerk, 'cash-handover-doc');
    await dialog.getByTestId('handover-print').waitFor();
    await dialog.locator('.ant-modal-close').click();
    await dialog.waitFor({ state: 'detached' });
    // nothing of the day is left to hand over; 我的交款单 lists it waiting for finance
    await expect.poll(() => clerk.getByTestId('handover-pending-row').count()).toBe(0);
    await clerk.getByTestId('handover-tab-list').click();
    await settled(clerk);
    const mine = clerk.getByTestId('handover-row').filter({ hasText: taken.code });
    await mine.waitFor();
    expect(await mine.getByTestId('handover-status').innerText()).toBe('待确认');
    expect(await mine.getByTestId('handover-confirm').count()).toBe(0);
  });

  it('R-FEE-06 finance finds the 交款单 in the queue, counts the cash and confirms it; a confirmed one offers nothing more', async () => {
    const finance = await (await s.browser.newContext(DESKTOP)).newPage();
    await signIn(finance, s.adminUrl, 'caiwu');
    await finance.goto(`${s.adminUrl}/cash-handovers`);
    await settled(finance);
    // finance opens on the queue of 待确认
    const row = finance.getByTestId('handover-row').filter({ hasText: taken.code });
    await row.waitFor();
    expect(await row.innerText()).toContain('待确认');
    await shot(finance, 'cash-handover-queue');
    await row.getByTestId('handover-confirm').click();
    const received = finance.getByTestId('handover-received');
    await received.waitFor();
    await settled(finance);
    await shot(finance, 'cash-handover-confirm');
    const dialog = finance.locator('.ant-modal', { hasText: '确认收款 ·' });
    await dialog.getByTestId('handover-confirm-submit').click();
    await dialog.waitFor({ state: 'detached' });

    // confirmed: out of 待确认; under 已确认 with who confirmed it, and no action but 查看打印
    await expect.poll(() => finance.getByTestId('handover-row').filter({ hasText: taken.code }).count()).toBe(0);
    await finance.getByTestId('handover-status-filter').getByText('已确认').click();
    await settled(finance);
    const done = finance.getByTestId('handover-row').filter({ hasText: taken.code });
    await done.waitFor();
    expect(await done.getByTestId('handover-status').innerText()).toBe('已确认');
    expect(await done.innerText()).toContain((await staffToken(s.apiUrl, 'caiwu')).me.name);
    expect(await done.getByTestId('handover-confirm').count()).toBe(0);
    expect(await done.getByTestId('handover-withdraw').count()).toBe(0);
    await shot(finance, 'cash-handover-confirmed');
  });
});
