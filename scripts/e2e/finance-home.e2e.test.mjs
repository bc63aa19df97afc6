// 财务 home and 收缴率 in Chromium (browser in New York, projects in China time): finance opens 工作台 on today's
// takings per payment method and what waits for them, each figure the API's (GET /finance/today); cash taken at
// the desk shows after 刷新; each waiting card opens its page. 收缴率 shows the rate per building and per fee
// item with a bar chart and the project's total, and its 导出 Excel downloads a real .xlsx with those figures.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { formatYuan, PAYMENT_METHODS } from '@wy/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, startStack } from './stack.mjs';
import { api, settled, signIn, staffToken } from './lib/admin.mjs';

const SHOTS = process.env.E2E_SCREENSHOTS;

describe('财务 home and the collection rate in the browser', () => {
  let s;
  const shot = async (page, name) => {
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  };
  /** The project the console selected (its code is beside the page title). */
  const selected = async (page, me) => {
    const code = (await page.locator('.wy-page__sub').innerText()).split(' ')[0];
    return me.projects.find((p) => p.code === code).id;
  };

  beforeAll(async () => {
    s = await startStack();
  });
  afterAll(async () => s?.close());

  it('finance opens 工作台 on today’s money per method and what waits; cash taken at the desk shows after 刷新; the cards open their pages already filtered (the day and method, submitted 交款单, waiting refunds, the reconciled day’s open differences)', async () => {
    const { accessToken, me } = await staffToken(s.apiUrl, 'caiwu');
    const page = await (await s.browser.newContext(DESKTOP)).newPage();
    await signIn(page, s.adminUrl, 'caiwu');
    await page.goto(`${s.adminUrl}/dashboard`);
    await settled(page);
    const card = page.getByTestId('finance-today');
    await card.waitFor();
    const projectId = await selected(page, me);
    const before = await api(s.apiUrl, 'GET', `/finance/today?projectId=${projectId}`, accessToken);
    expect(await card.locator('.ant-card-head-title').innerText()).toBe(`今日收款（${before.date}）`);
    expect(await page.getByTestId('fin-total').innerText()).toContain(formatYuan(before.totalFen));
    for (const m of PAYMENT_METHODS) {
      const row = before.takings.find((x) => x.method === m);
      const text = await page.getByTestId(`fin-method-${m}`).innerText();
      expect(text).toContain(formatYuan(row.fen));
      expect(text).toContain(`${row.count} 笔`);
    }
    expect(await page.getByTestId('fin-recon').innerText()).toContain(`昨日对账（${before.reconciliation.billDate}）`);
    expect(await page.getByTestId('fin-handovers').innerText()).toContain(String(before.handovers.count));
    await shot(page, 'admin-finance-home');

    // the desk takes ¥ of an unpaid bill in cash; 刷新 brings it in
    const desk = await staffToken(s.apiUrl, 'jingli');
    const unpaid = await api(s.apiUrl, 'GET', `/bills?projectId=${projectId}&status=unpaid`, desk.accessToken);
    const bill = unpaid.items[0];
    await api(s.apiUrl, 'POST', `/bills/${bill.id}/desk-payments`, desk.accessToken, {
      method: 'cash',
      amountFen: bill.totalFen,
    });
    const after = await api(s.apiUrl, 'GET', `/finance/today?projectId=${projectId}`, accessToken);
    expect(after.totalFen).toBe(before.totalFen + bill.totalFen);
    await card.getByRole('button', { name: /刷新/ }).click();
    await expect.poll(() => page.getByTestId('fin-total').innerText()).toContain(formatYuan(after.totalFen));
    const cash = after.takings.find((x) => x.method === 'cash');
    await expect.poll(() => page.getByTestId('fin-method-cash').innerText()).toContain(`${cash.count} 笔`);

    // each card opens its page already filtered, and the page reads the filter from the address
    const opened = async (id) => {
      await page.goto(`${s.adminUrl}/dashboard`);
      await settled(page);
      await page.getByTestId(id).click();
      await settled(page);
      const url = new URL(page.url());
      return { path: url.pathname, query: Object.fromEntries(url.searchParams) };
    };
    // today's cash: 收款记录 of today, cash only — the payment just taken is listed, and nothing else
    expect(await opened('fin-method-cash')).toEqual({
      path: '/payments',
      query: { from: after.date, to: after.date, method: 'cash' },
    });
    expect(await page.getByTestId('payments-method').innerText()).toContain('现金');
    await expect.poll(() => page.getByTestId('payment-row').count()).toBe(cash.count);
    expect(await page.getByTestId('payments-sum').innerText()).toContain(formatYuan(cash.fen));
    expect(await opened('fin-total')).toEqual({ path: '/payments', query: { from: after.date, to: after.date } });
    await expect.poll(() => page.getByTestId('payment-row').count()).toBe(Math.min(after.count, 20));
    expect(await opened('fin-handovers')).toEqual({ path: '/cash-handovers', query: { tab: 'list', status: 'submitted' } });
    expect(await page.getByTestId('handover-status-filter').locator('.ant-segmented-item-selected').innerText()).toBe('待确认');
    expect(await opened('fin-refunds')).toEqual({ path: '/refunds', query: { status: 'requested' } });
    expect(await page.getByTestId('refunds-filter').locator('.ant-segmented-item-selected').innerText()).toBe('待审批');
    expect(await opened('fin-recon')).toEqual({
      path: '/reconciliation',
      query: { date: after.reconciliation.billDate, status: 'open' },
    });
    expect(await page.getByTestId('recon-filter').locator('.ant-segmented-item-selected').innerText()).toBe('待处理');
    expect(await page.locator('[data-testid=recon-date] input, input[data-testid=recon-date]').first().inputValue()).toBe(
      after.reconciliation.billDate,
    );
  });

  it('工作台 counts for head office: 待缴账单 with its sum, 楼栋数, 房屋数 and 业主/住户档案 are the API’s figures for the selected project', async () => {
    const { accessToken, me } = await staffToken(s.apiUrl, 'admin');
    const page = await (await s.browser.newContext(DESKTOP)).newPage();
    await signIn(page, s.adminUrl, 'admin');
    await page.goto(`${s.adminUrl}/dashboard`);
    await settled(page);
    const projectId = await selected(page, me);
    /** every item of a keyset list, page after page */
    const all = async (path) => {
      const items = [];
      let cursor = null;
      do {
        const p = await api(s.apiUrl, 'GET', `${path}&limit=100${cursor ? `&cursor=${cursor}` : ''}`, accessToken);
        items.push(...p.items);
        cursor = p.nextCursor;
      } while (cursor);
      return items;
    };
    const unpaid = await all(`/bills?projectId=${projectId}&status=unpaid`);
    const owners = await all(`/owners?projectId=${projectId}`);
    const project = (await api(s.apiUrl, 'GET', '/projects', accessToken)).find((p) => p.id === projectId);
    const figure = async (key) =>
      (await page.getByTestId(`stat-${key}`).locator('.ant-statistic-content').innerText()).replace(/,/g, '');
    expect(unpaid.length).toBeGreaterThan(0);
    expect(await figure('unpaid-bills')).toBe(String(unpaid.length));
    // what the bills owe today (late fees and approved adjustments counted), not their raw amounts
    expect(await page.getByTestId('stat-unpaid-bills').innerText()).toContain(
      `合计 ${formatYuan(unpaid.reduce((a, b) => a + b.totalFen, 0))}`,
    );
    expect(await figure('buildings')).toBe(String(project.buildingCount));
    expect(await figure('rooms')).toBe(String(project.roomCount));
    expect(await figure('owners')).toBe(String(owners.length));
  });

  it('收缴率: the rate per building and per fee item with its chart and the project’s total, and the Excel download carries the same figures', async () => {
    const { accessToken, me } = await staffToken(s.apiUrl, 'caiwu');
    const page = await (await s.browser.newContext({ ...DESKTOP, acceptDownloads: true })).newPage();
    await signIn(page, s.adminUrl, 'caiwu');
    await page.goto(`${s.adminUrl}/dashboard`);
    await settled(page);
    const projectId = await selected(page, me);
    // the menu has it
    await page.locator('.ant-menu').getByText('收缴率', { exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/reports/collection');
    await settled(page);
    // a period with bills: the months the project has billed up to this one
    const bills = await api(s.apiUrl, 'GET', `/bills?projectId=${projectId}&limit=100`, accessToken);
    const months = [...new Set(bills.items.map((b) => b.period).filter(Boolean))].sort();
    expect(months.length).toBeGreaterThan(0);
    const from = months[0];
    const thisMonth = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' })
      .format(new Date())
      .slice(0, 7);
    const pick = async (testId, month) => {
      await page.getByTestId(testId).click();
      const [y, m] = month.split('-').map(Number);
      const panel = page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)');
      await panel.waitFor();
      // step the year, then pick the month
      for (let i = 0; i < 5; i++) {
        const shown = Number((await panel.locator('.ant-picker-year-btn').innerText()).replace(/\D/g, ''));
        if (shown === y) break;
        await panel.locator(shown > y ? '.ant-picker-header-super-prev-btn' : '.ant-picker-header-super-next-btn').click();
      }
      await panel.locator('.ant-picker-cell-inner', { hasText: new RegExp(`^${m}月$`) }).click();
      await panel.waitFor({ state: 'hidden' });
    };
    if (from !== thisMonth) await pick('collection-from', from);
    await settled(page);
    const report = await api(
      s.apiUrl,
      'GET',
      `/reports/collection?projectId=${projectId}&from=${from}&to=${thisMonth}&by=building&limit=50`,
      accessToken,
    );
    expect(report.items.length).toBeGreaterThan(0);
    const rows = page.getByTestId('collection-table').locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(report.items.length);
    const rate = (v) => (v === null ? '—' : `${v}%`);
    expect(await page.getByTestId('collection-total-rate').innerText()).toBe(rate(report.total.ratePct));
    const first = await rows.first().innerText();
    expect(first).toContain(report.items[0].name);
    expect(first).toContain(formatYuan(report.items[0].billedFen));
    const chart = page.getByTestId('collection-chart');
    await chart.waitFor();
    expect(await chart.locator('li').count()).toBe(report.items.filter((x) => x.ratePct !== null).length);
    await shot(page, 'admin-collection-rate');

    // by fee item
    await page.getByTestId('collection-by').getByText('收费项目').click();
    await settled(page);
    const byItem = await api(
      s.apiUrl,
      'GET',
      `/reports/collection?projectId=${projectId}&from=${from}&to=${thisMonth}&by=fee_item`,
      accessToken,
    );
    await expect.poll(() => rows.count()).toBe(byItem.items.length);
    expect(await page.getByTestId('collection-table').innerText()).toContain(byItem.items[0].name);

    // the Excel sheet
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('collection-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^收缴率-.*收费项目\.xlsx$/);
    const file = join(mkdtempSync(join(tmpdir(), 'wy-xlsx-')), 'sheet.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const values = wb.worksheets[0]
      .getSheetValues()
      .filter(Boolean)
      .map((r) => r.slice(1));
    expect(values[0]).toEqual(['收费项目', '账单数', '应收（元）', '实收（元）', '未收（元）', '收缴率（%）']);
    const total = values.find((r) => r[0] === '合计');
    expect(total).toEqual([
      '合计',
      byItem.total.bills,
      byItem.total.billedFen / 100,
      byItem.total.collectedFen / 100,
      byItem.total.owedFen / 100,
      byItem.total.ratePct ?? '—',
    ]);
    expect(values[1][0]).toBe(byItem.items[0].name);
  });
});
