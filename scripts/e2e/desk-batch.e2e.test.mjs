// R-FEE-02 合并收款 in Chromium: a household pays two months at the desk at once. The clerk ticks two unpaid bills
// of one room on the 收银台 (a bill of another room ticked too keeps the button off, saying why), takes them in one
// dialog with the total, and the two receipts open together, one per printed page.
import { join } from 'node:path';
import { formatYuan } from '@wy/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, startStack } from './stack.mjs';
import { api, modalReady, settled, signIn, staffToken } from './lib/admin.mjs';

const SHOTS = process.env.E2E_SCREENSHOTS;

describe('合并收款 in the browser', () => {
  let s;
  beforeAll(async () => {
    s = await startStack();
  });
  afterAll(async () => s?.close());

  it('R-FEE-02 the clerk ticks two bills of one room and takes them at once: one total, two receipts printed together; another room’s bill cannot join', async () => {
    const { accessToken, me } = await staffToken(s.apiUrl, 'kefu');
    const projectId = me.projects.find((p) => p.code === '101').id;
    const boss = await staffToken(s.apiUrl, 'admin');
    const page1 = await api(s.apiUrl, 'GET', `/bills?projectId=${projectId}&status=unpaid`, accessToken);
    const [roomA, roomB] = [...new Set(page1.items.map((b) => b.roomId))];
    // one-off charges of ¥35 for two months of room A and one of room B (set up through the API)
    const item = await api(s.apiUrl, 'POST', '/fee-items', boss.accessToken, {
      projectId,
      code: 'E2E-HB',
      name: '大件垃圾清运费',
      category: 'garbage',
      basis: 'one_off',
      unitFen: 3500,
    });
    const charge = async (roomId, period) => {
      const r = await api(s.apiUrl, 'POST', '/bills/one-off', accessToken, { roomId, feeItemId: item.id, period });
      return r.billId ?? r.id;
    };
    const a1 = await charge(roomA, '2026-10');
    const a2 = await charge(roomA, '2026-11');
    const b1 = await charge(roomB, '2026-11');

    const clerk = await (await s.browser.newContext(DESKTOP)).newPage();
    await signIn(clerk, s.adminUrl, 'kefu');
    await clerk.goto(`${s.adminUrl}/cashier`);
    await settled(clerk);
    const tick = (id) => clerk.locator(`[data-testid=bill-row][data-bill-id="${id}"] .ant-checkbox-input`).check();
    const merge = clerk.getByTestId('cashier-merge');
    expect(await merge.isDisabled()).toBe(true);
    await tick(a1);
    await tick(b1);
    // two rooms: off, and the hint says why
    expect(await merge.isDisabled()).toBe(true);
    await merge.hover({ force: true });
    await clerk.getByRole('tooltip').filter({ hasText: '同一房屋' }).waitFor();
    await clerk.locator(`[data-testid=bill-row][data-bill-id="${b1}"] .ant-checkbox-input`).uncheck();
    await tick(a2);
    expect(await merge.innerText()).toContain(`2 笔 · ${formatYuan(7000)}`);
    await merge.click();
    const dialog = clerk.locator('.ant-modal', { hasText: '合并收款 ·' });
    await modalReady(dialog);
    expect(await dialog.getByTestId('collect-line').count()).toBe(2);
    expect(await dialog.getByTestId('collect-amount').innerText()).toBe(formatYuan(7000));
    if (SHOTS) await clerk.screenshot({ path: join(SHOTS, 'desk-batch-collect.png') });
    await dialog.getByTestId('collect-submit').click();
    await clerk.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
    // the receipts open together
    const receipts = clerk.locator('.ant-modal', { hasText: '收据 · 2 张' });
    await receipts.waitFor();
    expect(await receipts.getByTestId('receipt-doc').count()).toBe(2);
    const nos = await receipts.getByTestId('receipt-no').allInnerTexts();
    expect(new Set(nos).size).toBe(2);
    expect(await receipts.getByTestId('receipt-print').innerText()).toContain('打印 2 张收据');
    // on paper, the second receipt starts a page of its own
    expect(
      await receipts
        .getByTestId('receipt-doc')
        .nth(1)
        .evaluate((el) => el.ownerDocument.defaultView.getComputedStyle(el).breakBefore),
    ).toBe('page');
    if (SHOTS) await clerk.screenshot({ path: join(SHOTS, 'desk-batch-receipts.png') });
    await receipts.locator('.ant-modal-close').click();
    await receipts.waitFor({ state: 'detached' });
    // both paid with those numbers; room B's bill is still owed
    const bills = await api(s.apiUrl, 'GET', `/bills?projectId=${projectId}&status=paid&roomId=${roomA}`, accessToken);
    expect(
      bills.items
        .filter((b) => b.id === a1 || b.id === a2)
        .map((b) => b.receiptNo)
        .sort(),
    ).toEqual([...nos].sort());
    const owed = await api(s.apiUrl, 'GET', `/bills?projectId=${projectId}&status=unpaid&roomId=${roomB}`, accessToken);
    expect(owed.items.some((b) => b.id === b1)).toBe(true);
  });
});
