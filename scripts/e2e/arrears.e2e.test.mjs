// 欠费催缴 (R-ARR-01/06/07) in Chromium, as finance does it: 吴丽 (caiwu) opens 欠费催缴 for 瑞和花园, filters 1栋 —
// the households in arrears are listed with what they owe, the oldest tagged 欠费超3个月; she records a phone
// reminder of 0302 with the date the owner promised to pay; then prints 1栋's 催缴通知单 — the print view has
// each household with its amount, and printing records this month's written notice of each of them.
import { join } from 'node:path';
import { formatYuan } from '@wy/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, startStack } from './stack.mjs';
import { api, settled, signIn, staffToken } from './lib/admin.mjs';

const SHOTS = process.env.E2E_SCREENSHOTS;

describe('arrears collection in the console', () => {
  let s;
  let page;
  let token;
  let projectId;
  let building;
  const shot = async (name) => {
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `arrears-${name}.png`), fullPage: true });
  };
  const roomStatus = (roomId) => api(s.apiUrl, 'GET', `/arrears/rooms/${roomId}`, token);

  beforeAll(async () => {
    s = await startStack();
    const caiwu = await staffToken(s.apiUrl, 'caiwu');
    token = caiwu.accessToken;
    projectId = caiwu.me.projects.find((p) => p.code === '201').id;
    building = (await api(s.apiUrl, 'GET', `/projects/${projectId}/buildings`, token)).find((b) => b.name === '1栋');
    page = await (await s.browser.newContext(DESKTOP)).newPage();
    await signIn(page, s.adminUrl, 'caiwu');
  });
  afterAll(async () => s?.close());

  it('R-ARR-01 R-ARR-06 finance opens 欠费催缴 and filters a building: its households in arrears with what they owe, the oldest flagged', async () => {
    await page.goto(`${s.adminUrl}/arrears`);
    await settled(page);
    const switcher = page.getByTestId('project-switcher');
    if (!(await switcher.innerText()).includes('瑞和花园')) {
      await switcher.click();
      await page.locator('.ant-select-item-option', { hasText: '瑞和花园' }).click();
      await settled(page);
    }
    await page.locator('.ant-form-item', { hasText: '楼栋' }).locator('.ant-select').click();
    await page.locator('.ant-select-item-option', { hasText: /^1栋$/ }).click();
    await page.getByTestId('list-search').click();
    await settled(page);
    const expected = await api(s.apiUrl, 'GET', `/arrears?projectId=${projectId}&buildingId=${building.id}&limit=20`, token);
    expect(expected.items.length).toBeGreaterThan(3);
    const rows = page.locator('tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(expected.items.length);
    // oldest first: about 19 months, flagged, 应起诉
    const first = rows.first();
    expect(await first.getByTestId('arrears-room').innerText()).toContain(expected.items[0].roomLabel);
    expect(await first.getByTestId('arrears-flag').innerText()).toBe('欠费超3个月');
    expect(await first.getByTestId('arrears-owed').innerText()).toContain(formatYuan(expected.items[0].owedFen));
    expect(await first.getByTestId('arrears-due').innerText()).toBe('应起诉');
    await shot('list');
  });

  it('R-ARR-01 R-ARR-07 records a phone reminder of 0302 with the pay date the owner promised', async () => {
    const list = await api(s.apiUrl, 'GET', `/arrears?projectId=${projectId}&buildingId=${building.id}&limit=20`, token);
    const target = list.items.find((r) => r.roomLabel.endsWith('0302'));
    expect(target).toBeTruthy();
    const row = page.locator('tr.ant-table-row', { hasText: target.roomLabel });
    await row.getByTestId('arrears-record').click();
    const modal = page.locator('.ant-modal', { hasText: '登记催缴' });
    await modal.waitFor();
    await modal.getByTestId('arrears-kind').click();
    await page.locator('.ant-select-item-option', { hasText: '电话提醒' }).click();
    const promised = new Date(Date.parse(`${list.today}T00:00:00Z`) + 3 * 86_400_000).toISOString().slice(0, 10);
    await modal.locator('.ant-form-item', { hasText: '承诺缴费日期' }).locator('input').fill(promised);
    await modal.locator('.ant-form-item', { hasText: '承诺缴费日期' }).locator('input').press('Enter');
    await modal.locator('textarea').fill('电话联系业主，称三天内缴清');
    await modal.getByTestId('action-submit').click();
    await modal.waitFor({ state: 'hidden' });
    await settled(page);
    const h = await roomStatus(target.roomId);
    expect(h.actions[0]).toMatchObject({
      kind: 'phone',
      promisedOn: promised,
      note: '电话联系业主，称三天内缴清',
      byName: '吴丽',
    });
    const after = page.locator('tr.ant-table-row', { hasText: target.roomLabel });
    await expect.poll(() => after.getByTestId('arrears-promise').innerText()).toContain(promised);
  });

  it("R-ARR-01 prints 1栋's 催缴通知单: each household with its amount, and printing records the month's written notice", async () => {
    await page.evaluate(() => {
      window.print = () => undefined; // the browser's print dialog is not part of the test
    });
    const batch = await api(s.apiUrl, 'GET', `/arrears/notices?projectId=${projectId}&buildingId=${building.id}`, token);
    expect(batch.notices.length).toBeGreaterThan(2);
    await page.getByTestId('arrears-print').click();
    const dialog = page.locator('.ant-modal', { hasText: '催缴通知单' });
    const docs = dialog.getByTestId('notice-doc');
    await expect.poll(() => docs.count()).toBe(batch.notices.length);
    for (const [i, n] of batch.notices.entries()) {
      const text = await docs.nth(i).innerText();
      expect(text).toContain(n.roomLabel);
      expect(text).toContain(formatYuan(n.totalFen));
      expect(text).toContain('费用催缴通知单');
    }
    await shot('notices');
    await dialog.getByTestId('notices-print').click();
    await expect
      .poll(() =>
        page
          .locator('.ant-message')
          .innerText()
          .catch(() => ''),
      )
      .toMatch(/已登记 \d+ 户本月书面催缴/);
    for (const n of batch.notices) {
      const h = await roomStatus(n.roomId);
      expect(h.actions.some((a) => a.kind === 'notice' && a.doneOn === batch.today)).toBe(true);
    }
  });
});
