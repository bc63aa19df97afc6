// Visitors end to end, as people do it: an owner invites a visitor on the phone (H5) and gets the visitor code;
// at the gate the front desk types the code in the console, records the visitor's ID number and lets them in
// once; the owner then reads 已进入.
import { describe, expect, it } from 'vitest';
import { currentPage, settled } from './lib/admin.mjs';
import { consoleAndPhone } from './lib/console-and-phone.mjs';

const NAME = `访客${Date.now().toString().slice(-4)}`;

describe('visitors across the mini-program and the console', () => {
  const stack = consoleAndPhone({ shots: 'visitors-' });
  const { shot } = stack;
  const current = currentPage;

  it('R-PAS-05 the owner invites a visitor on H5 and shows the code; the front desk looks it up, records the ID and lets the visitor in once', async () => {
    const { s } = stack;
    const owner = await stack.phone();
    await owner.goto(`${s.h5Url}/#/pkg-visitor/invite/index`);
    await current(owner).locator('.t-visitor-name').waitFor();
    await current(owner).locator('.t-visitor-name input').fill(NAME);
    await current(owner).locator('.t-visitor-phone input').fill('13912345678');
    await shot(owner, 'h5-invite');
    await current(owner).locator('.t-visitor-submit').click();
    const codeBox = current(owner).locator('.t-visitor-code');
    await codeBox.waitFor();
    const code = (await codeBox.innerText()).replace(/\s/g, '');
    expect(code).toMatch(/^\d{8}$/);
    expect(await current(owner).locator('.t-visitor-status').innerText()).toBe('已预约');
    await shot(owner, 'h5-code');
    const detailUrl = owner.url();

    // the front desk at the gate: the code, the visitor's ID number, 登记进入
    const desk = await stack.desk('kefu');
    await desk.goto(`${s.adminUrl}/visitors`);
    await desk.getByTestId('visitor-code').fill(`${code.slice(0, 4)} ${code.slice(4)}`);
    await desk.getByTestId('visitor-look').click();
    await desk.getByTestId('visitor-valid').waitFor();
    expect(await desk.getByTestId('visitor-code-result').innerText()).toContain(NAME);
    await desk.getByTestId('visitor-enter-id').fill('110105199003071239');
    await settled(desk);
    await shot(desk, 'gate');
    await desk.getByTestId('visitor-enter').click();
    await desk.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
    await desk.getByTestId('visitor-entered').waitFor();
    // the day's list shows the visitor in, the ID masked
    const row = desk.locator('tr.ant-table-row', { hasText: NAME }).filter({ hasText: '已进入' });
    await row.waitFor();
    expect(await row.innerText()).toContain('1101**********1239');
    // the same code again: refused
    await desk.getByTestId('visitor-look').click();
    await desk.getByTestId('visitor-refusal').waitFor();
    expect(await desk.getByTestId('visitor-refusal').innerText()).toContain('不能重复使用');
    await shot(desk, 'used');

    // the owner sees the visitor in
    await owner.goto(detailUrl);
    await current(owner).locator('.t-visitor-detail').waitFor();
    expect(await current(owner).locator('.t-visitor-status').innerText()).toBe('已进入');
    await desk.context().close();
    await owner.context().close();
  });
});
