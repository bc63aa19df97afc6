// Release passes end to end, as people do it: an owner applies on the phone (H5) after reading the guide; the
// clerk sees the room's overdue bills, issues the pass all the same with a reason and prints the 放行条; the
// guard enters the code at the gate, ticks the items and records the release; the owner reads 已放行.
import { describe, expect, it } from 'vitest';
import { currentPage, settled } from './lib/admin.mjs';
import { consoleAndPhone } from './lib/console-and-phone.mjs';

// the owner is 张伟, A座 1201 in the demo data (two months owed)
const ITEM = `书柜${Date.now().toString(36).slice(-3)}`;

describe('release passes across the mini-program and the console', () => {
  const stack = consoleAndPhone({ shots: 'passes-' });
  const { shot, desk } = stack;
  const current = currentPage;

  it('R-PAS-04 R-PAS-01 R-PAS-02 R-PAS-03 the owner reads the guide and applies on H5, the clerk issues it despite arrears with a reason and prints it, the guard releases it once by its code', async () => {
    // the owner: the guide first, then the form
    const { s } = stack;
    const owner = await stack.phone();
    await owner.goto(`${s.h5Url}/#/pkg-pass/apply/index`);
    const guide = current(owner).locator('.t-pass-guide');
    await guide.waitFor();
    expect(await guide.innerText()).toContain('所需资料');
    await shot(owner, 'h5-guide');
    await current(owner).locator('.t-pass-read').click();
    await current(owner).locator('.t-pass-item-name-0 input').fill(ITEM);
    await current(owner).locator('.t-pass-item-qty-0 input').fill('2');
    await shot(owner, 'h5-apply');
    await current(owner).locator('.t-pass-submit').click();
    await current(owner).locator('.t-pass-detail').waitFor();
    expect(await current(owner).locator('.t-pass-status').innerText()).toBe('服务中心审核中');
    const detailUrl = owner.url();

    // the clerk: the room owes, so 签发 needs 仍然签发 and a reason
    const clerk = await desk('kefu');
    await clerk.goto(`${s.adminUrl}/passes`);
    const row = clerk.getByTestId('pass-row').filter({ hasText: ITEM });
    await row.waitFor();
    await settled(clerk);
    await shot(clerk, 'queue');
    await row.click();
    await clerk.getByTestId('pass-detail').waitFor();
    await settled(clerk);
    expect(await clerk.getByTestId('pass-arrears').innerText()).toContain('逾期未缴');
    await clerk.getByTestId('pass-btn-issue').click();
    const form = clerk.getByTestId('pass-step-issue');
    await form.waitFor();
    await clerk.getByTestId('pass-override').check();
    await clerk.getByTestId('pass-reason').fill('业主承诺本周缴清');
    await shot(clerk, 'issue-dialog', false);
    await clerk.getByTestId('pass-step-ok').click();
    await form.waitFor({ state: 'detached' });
    await settled(clerk);
    expect(await clerk.getByTestId('pass-detail-status').innerText()).toBe('已签发');
    const code = (await clerk.getByTestId('pass-code').innerText()).trim();
    expect(code).toMatch(/^FX101\d{10}$/);
    // the printed 放行条 carries the code and the items
    await clerk.getByTestId('pass-print').click();
    const doc = clerk.locator('.ant-modal [data-testid="pass-doc"]');
    await doc.waitFor();
    expect(await doc.innerText()).toContain(code);
    expect(await doc.innerText()).toContain(ITEM);
    await shot(clerk, 'print', false);
    await clerk.keyboard.press('Escape');

    // the owner sees the code to show the guard
    await owner.goto(detailUrl);
    await current(owner).locator('.t-pass-code').waitFor();
    expect(await current(owner).locator('.t-pass-code').innerText()).toBe(code);

    // the guard (客服主管 holds 门岗放行 in the demo) looks the code up, ticks the items and releases once
    const guard = await desk('zhuguan');
    await guard.goto(`${s.adminUrl}/pass-gate`);
    await guard.getByTestId('gate-code').fill(code.toLowerCase());
    await guard.getByTestId('gate-look').click();
    await guard.getByTestId('gate-valid').waitFor();
    expect(await guard.getByTestId('gate-release').isDisabled()).toBe(true);
    await guard.getByText(`${ITEM} × 2`).click();
    await shot(guard, 'gate');
    await guard.getByTestId('gate-release').click();
    await guard.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
    await guard.getByTestId('gate-released').waitFor();
    await settled(guard);
    // looked up again: refused as used
    await guard.getByTestId('gate-look').click();
    await guard.getByTestId('gate-refusal').waitFor();
    expect(await guard.getByTestId('gate-refusal').innerText()).toContain('已放行过');
    await shot(guard, 'gate-used');

    await owner.goto(detailUrl);
    await current(owner).locator('.t-pass-detail').waitFor();
    expect(await current(owner).locator('.t-pass-status').innerText()).toBe('已放行');
  });
});
