// The fee set-up in the console, as finance does it at the start of a month: a metered water fee with tiered
// prices is added (its price typed in yuan, kept in fen), the cashier's meter readings are entered row by row
// with the keyboard (a reading below the previous one is refused on its row), the month's bills are previewed
// (rooms still without a reading are warned about) and made after a confirmation, and a second run adds none.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, startStack } from './stack.mjs';
import { api, settled, signIn, staffToken } from './lib/admin.mjs';

const SHOTS = process.env.E2E_SCREENSHOTS;
/** lists reload through the API on a busy machine: give them time */
const WAIT = { timeout: 20_000 };
const TAG = Date.now().toString(36).slice(-4).toUpperCase();
const shot = async (page, name) => {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `fee-setup-${name}.png`), fullPage: true });
};

describe('fee set-up in the console', () => {
  let s;
  let page;
  let projectId;
  let token;
  beforeAll(async () => {
    s = await startStack();
    const caiwu = await staffToken(s.apiUrl, 'caiwu');
    token = caiwu.accessToken;
    projectId = caiwu.me.projects.find((p) => p.code === '101').id;
    page = await (await s.browser.newContext(DESKTOP)).newPage();
    await signIn(page, s.adminUrl, 'caiwu');
    await page.evaluate((id) => localStorage.setItem('wy.admin.projectId', String(id)), projectId);
  });
  afterAll(async () => s?.close());

  /** The metered water fee the reading and run tests work with (made through the API, once). */
  let water;
  const ensureWater = async () => {
    water ??= await api(s.apiUrl, 'POST', '/fee-items', token, {
      projectId,
      code: `SW${TAG}`,
      name: `冷水费${TAG}`,
      category: 'water',
      basis: 'metered',
      meterUnit: '吨',
      tiers: [
        { upTo: 2200, unitFen: 390 },
        { upTo: null, unitFen: 505 },
      ],
    });
    return water;
  };
  const pick = async (testId, option) => {
    await page.getByTestId(testId).click();
    const item = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first();
    await item.waitFor();
    await settled(page);
    await item.click();
  };

  it('R-FEE-01 R-FEE-03 a metered fee item with tiers typed in yuan is saved in fen; a code in use is refused in the form', async () => {
    await page.goto(`${s.adminUrl}/fee-items`);
    await page.getByTestId('fee-item-row').filter({ hasText: 'WYF-BG' }).waitFor();
    await settled(page);
    await page.getByTestId('fee-item-add').click();
    const form = page.getByTestId('fee-item-form');
    await form.waitFor();
    await settled(page);
    // a code another item of the project has: the API's Chinese answer shows in the form, nothing is added
    await form.getByTestId('fee-item-code').fill('WYF-BG');
    await form.getByTestId('fee-item-name').fill(`水费${TAG}`);
    await pick('fee-item-category', '水费');
    await pick('fee-item-basis', '按表计量');
    await form.getByTestId('fee-item-meter-unit').fill('吨');
    await form.getByTestId('tier-up-to').first().fill('22');
    await form.getByTestId('tier-unit').first().fill('3.90');
    await page.getByRole('button', { name: '加一档' }).click();
    await form.getByTestId('tier-unit').nth(1).fill('5.05');
    await page.getByTestId('fee-item-submit').click();
    await expect
      .poll(
        () =>
          form
            .getByTestId('fee-item-problem')
            .innerText()
            .catch(() => ''),
        WAIT,
      )
      .toMatch(/编码 WYF-BG 已被本项目的其他收费项目使用/);
    await shot(page, 'item-refused');
    await form.getByTestId('fee-item-code').fill(`SF${TAG}`);
    await page.getByTestId('fee-item-submit').click();
    await form.waitFor({ state: 'detached' });
    const row = page.getByTestId('fee-item-row').filter({ hasText: `SF${TAG}` });
    await row.waitFor();
    await settled(page);
    expect(await row.innerText()).toMatch(/0–22吨：3\.90 元\/吨；22吨以上：5\.05 元\/吨/);
    const items = (await api(s.apiUrl, 'GET', `/fee-items?projectId=${projectId}`, token)).items;
    const made = items.find((f) => f.code === `SF${TAG}`);
    expect(made.tiers).toEqual([
      { upTo: 2200, unitFen: 390 },
      { upTo: null, unitFen: 505 },
    ]);
    await shot(page, 'items');
  });

  it('R-FEE-04 readings are entered with the keyboard: Enter saves a row and moves on; a reading below the previous one is refused on its row', async () => {
    const item = await ensureWater();
    await page.goto(`${s.adminUrl}/meter-readings`);
    const rows = page.getByTestId('reading-row');
    await rows.first().waitFor();
    await settled(page);
    await pick('reading-fee-item', item.name);
    await expect.poll(() => page.getByTestId('readings').innerText(), WAIT).toContain(item.name);
    await settled(page);
    const first = rows.nth(0);
    await first.getByTestId('reading-previous').fill('100');
    await first.getByTestId('reading-current').fill('135.55');
    await first.getByTestId('reading-current').press('Enter');
    // 22 × 3.90 + 13.55 × 5.05 = 85.80 + 68.4275 → ¥154.23, priced by the API
    await expect
      .poll(
        () =>
          first
            .getByTestId('reading-result')
            .innerText()
            .catch(() => ''),
        WAIT,
      )
      .toMatch(/用量 35\.55吨 · ¥154\.23/);
    // the cursor went on to the next room's box
    await expect
      .poll(
        () =>
          rows
            .nth(1)
            .getByTestId('reading-current')
            .evaluate((el) => el === document.activeElement),
        WAIT,
      )
      .toBe(true);
    const second = rows.nth(1);
    await second.getByTestId('reading-previous').fill('50');
    await second.getByTestId('reading-current').fill('40');
    await second.getByTestId('reading-current').press('Enter');
    await expect
      .poll(
        () =>
          second
            .getByTestId('reading-problem')
            .innerText()
            .catch(() => ''),
        WAIT,
      )
      .toMatch(/本期读数不能小于上期读数/);
    expect(await second.getByTestId('reading-result').count()).toBe(0);
    await settled(page);
    await shot(page, 'readings');
  });

  it('R-FEE-04 the month is previewed (missing readings warned), made after a confirmation, and a rerun adds nothing', async () => {
    const item = await ensureWater();
    // a reading of the month for the first room of the first building (as the cashier enters it)
    const building = (await api(s.apiUrl, 'GET', `/projects/${projectId}/buildings`, token))[0];
    const room = (await api(s.apiUrl, 'GET', `/rooms?projectId=${projectId}&buildingId=${building.id}&limit=1`, token)).items[0];
    const period = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7); // this month, China time (UTC+8)
    const entered = await api(s.apiUrl, 'POST', '/meter-readings', token, {
      roomId: room.id,
      feeItemId: item.id,
      period,
      previous: 0,
      current: 1000,
    });
    expect(entered.amountFen).toBe(3900);
    await page.goto(`${s.adminUrl}/bill-runs`);
    await page.getByTestId('run-preview-btn').waitFor();
    await settled(page);
    await page.getByTestId('run-preview-btn').click();
    const preview = page.getByTestId('run-preview');
    await preview.waitFor();
    await settled(page);
    const bills = Number((await preview.getByTestId('preview-bills').innerText()).replace(/\D/g, ''));
    expect(bills).toBeGreaterThan(1);
    expect(await preview.getByTestId('preview-missing').innerText()).toMatch(/有 \d+ 户本期还没有抄表/);
    expect(await preview.innerText()).toContain(item.name);
    await shot(page, 'preview');
    await page.getByTestId('run-confirm').click();
    const confirm = page.locator('.ant-modal-confirm');
    await confirm.waitFor();
    await settled(page);
    expect(await confirm.innerText()).toMatch(new RegExp(`将为本项目新增 ${bills} 张账单`));
    await shot(page, 'confirm');
    await page.getByTestId('run-confirm-ok').click();
    await confirm.waitFor({ state: 'detached' });
    await expect
      .poll(
        () =>
          page
            .locator('.ant-message')
            .innerText()
            .catch(() => ''),
        WAIT,
      )
      .toMatch(new RegExp(`已生成 ${bills} 张账单`));
    const run = page.locator(`[data-testid=run-row][data-period="${period}"]`);
    await expect.poll(() => run.innerText(), WAIT).toMatch(/已完成/);
    await settled(page);
    await shot(page, 'runs');

    // again: nothing to add, and it says so
    await page.getByTestId('run-preview-btn').click();
    await expect.poll(() => preview.getByTestId('preview-bills').innerText(), WAIT).toBe('0 张');
    await page.getByTestId('run-confirm').click();
    await confirm.waitFor();
    await settled(page);
    await page.getByTestId('run-confirm-ok').click();
    await expect
      .poll(
        () =>
          page
            .locator('.ant-message')
            .innerText()
            .catch(() => ''),
        WAIT,
      )
      .toMatch(/本次新增 0 张/);

    // the billed reading is final now
    await page.goto(`${s.adminUrl}/meter-readings`);
    await page.getByTestId('reading-row').first().waitFor();
    await settled(page);
    await pick('reading-fee-item', item.name);
    const row = page.locator(`[data-testid=reading-row][data-room="${room.roomNo}"]`);
    await expect.poll(() => row.innerText(), WAIT).toMatch(/已出账，不能再改/);
    expect(await row.getByTestId('reading-current').isDisabled()).toBe(true);
  });
});
