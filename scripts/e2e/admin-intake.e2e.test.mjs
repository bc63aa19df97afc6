// The desk: 交接班 hands the shift to a colleague picked from the project's desk staff (no staff number to
// type), and 报事录单: the time the customer is told (R-SRV-06) starts at the due time the API computes
// from the project's stored SLA settings and calendar (never a client-side copy of the defaults), follows
// the urgency, and is what the order records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatLocal } from '@wy/shared';
import { DESKTOP, startStack } from './stack.mjs';
import { api, settled, signIn, staffToken } from './lib/admin.mjs';

describe('the desk: handover and intake', () => {
  let s;
  beforeAll(async () => {
    s = await startStack();
  });
  afterAll(async () => s?.close());

  it('R-SRV-04 交接班 picks the next shift from the project’s desk staff and records it in the duty log', async () => {
    const { accessToken, me } = await staffToken(s.apiUrl, 'kefu');
    const projectId = me.projects.find((p) => p.code === '101').id;
    const desk = await api(s.apiUrl, 'GET', `/staff/desk?projectId=${projectId}`, accessToken);
    const colleagues = desk.filter((d) => d.id !== me.id).map((d) => d.name);

    const page = await (await s.browser.newContext(DESKTOP)).newPage();
    await signIn(page, s.adminUrl, 'kefu');
    await page.goto(`${s.adminUrl}/duty`);
    await page.getByTestId('shift-handover').click();
    const dialog = page.locator('.ant-modal', { hasText: '交接班' });
    await dialog.getByTestId('handover-staff').click();
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    // the list as it settles (the dropdown may still be sliding in, its options still arriving)
    const names = async () => (await options.allInnerTexts()).map((t) => t.replace(/（.*$/, ''));
    await expect.poll(names, { timeout: 30_000 }).toEqual(colleagues);
    await options.filter({ hasText: '林晓燕' }).click();
    const note = `夜班请跟进B座电梯（${Date.now().toString(36)}）`;
    await dialog.getByLabel('交接说明').fill(note);
    await dialog.getByTestId('shift-handover-submit').click();
    await dialog.waitFor({ state: 'detached' });
    const entry = page.getByTestId('duty-entry').filter({ hasText: note });
    await entry.waitFor();
    expect(await entry.innerText()).toMatch(/交接班给 林晓燕：未完成报修 \d+ 单/);
    await page.context().close();
  });

  it('R-SRV-06 the promised time is the project’s due time from the API, per urgency, and the order keeps it', async () => {
    const { accessToken, me } = await staffToken(s.apiUrl, 'kefu');
    const projectId = me.projects.find((p) => p.code === '101').id;
    const preview = (urgency) =>
      api(s.apiUrl, 'GET', `/sla/due-preview?projectId=${projectId}&kind=resolve&urgency=${urgency}`, accessToken);
    const china = (iso) => formatLocal(new Date(iso), 'Asia/Shanghai');

    const page = await (await s.browser.newContext(DESKTOP)).newPage();
    await signIn(page, s.adminUrl, 'kefu');
    await page.goto(`${s.adminUrl}/intake`);
    await settled(page);
    const promised = page.locator('input[data-testid=intake-promised], [data-testid=intake-promised] input').first();
    await expect.poll(() => promised.inputValue(), { timeout: 30_000 }).toBe(china((await preview('normal')).dueAt));

    await page.locator('label', { hasText: /^加急$/ }).click();
    const urgent = await preview('urgent');
    expect(urgent.dueAt).not.toBe((await preview('normal')).dueAt);
    await expect.poll(() => promised.inputValue(), { timeout: 30_000 }).toBe(china(urgent.dueAt));

    await page.getByTestId('intake-category').click();
    await page.locator('.ant-select-item-option', { hasText: '公区照明' }).click();
    await page.getByLabel('具体位置').fill('B座8楼消防通道');
    const description = `消防通道灯不亮（${Date.now()}）`;
    await page.getByLabel('问题描述').fill(description);
    await page.getByLabel('报修人').fill('陈静');
    await page.getByLabel('联系电话').fill('13800000004');
    await page.getByTestId('intake-submit').click();
    const created = page.locator('.ant-message', { hasText: /已受理：BX\d+，请尽快派单/ });
    await created.waitFor();
    const code = /BX\d+/.exec(await created.innerText())[0];

    const list = await api(s.apiUrl, 'GET', `/service-requests?projectId=${projectId}&keyword=${code}`, accessToken);
    expect(list.items.map((r) => r.summary.includes('消防通道灯不亮'))).toEqual([true]);
    expect(china(list.items[0].promisedAt)).toBe(china(urgent.dueAt));
    expect(list.items[0].urgency).toBe('urgent');
    await page.context().close();
  });
});
