// 回访 in the console, as a clerk makes callbacks: the queue opens on everything waiting with counts on its
// tabs; no answer is chosen for the clerk; 一般/不满意 need the customer's reason; 不满意 (which reopens the
// order) asks first and says what will happen; the owner's own rating stays beside the callback's answer;
// the phone is opened through the audited reveal and called with a tel: link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, startStack } from './stack.mjs';
import { api, awaitingCallback, ownerToken, settled, signIn } from './lib/admin.mjs';

const OWNER_PHONE = '13800000001'; // 张伟, owner of A座 1201 in the demo data
const TAG = Date.now().toString(36);

describe('callbacks in the console', () => {
  let s;
  let owner;
  let page;
  beforeAll(async () => {
    s = await startStack();
    owner = await ownerToken(s.apiUrl, OWNER_PHONE);
    page = await (await s.browser.newContext(DESKTOP)).newPage();
    await signIn(page, s.adminUrl, 'kefu');
  });
  afterAll(async () => s?.close());

  const queueRow = (code) => page.getByTestId('callback-row').filter({ hasText: code });
  const formOf = (code) => queueRow(code).locator('xpath=following-sibling::tr[1]').getByTestId('callback-form');
  const status = async (r) => (await api(s.apiUrl, 'GET', `/service-requests/${r.id}`, r.clerk)).status;

  it('R-REP-09 the queue opens on all waiting callbacks, with each tab’s count', async () => {
    const r = await awaitingCallback(s.apiUrl, owner, { description: `厨房龙头滴水（${TAG}-1）` });
    const counts = await api(s.apiUrl, 'GET', `/callbacks/counts?projectId=${r.projectId}`, r.clerk);
    expect(counts.all).toBeGreaterThanOrEqual(1);
    await page.goto(`${s.adminUrl}/callbacks`);
    await queueRow(r.code).waitFor(); // no tab clicked: the queue opens on 全部
    await settled(page);
    expect(await page.getByTestId('callback-tab-all').innerText()).toBe(`全部（${counts.all}）`);
    expect(await page.getByTestId('callback-tab-soon').innerText()).toBe(`即将到期（${counts.soon}）`);
    expect(await page.getByTestId('callback-tab-overdue').innerText()).toBe(`已超时（${counts.overdue}）`);
    const rows = await page.getByTestId('callback-row').count();
    expect(rows).toBe(counts.all);
  });

  it('R-REP-09 刷新 reads the queue and its tab counts again (a callback that came in meanwhile shows in both)', async () => {
    const first = await awaitingCallback(s.apiUrl, owner, { description: `厨房龙头关不紧（${TAG}-r1）` });
    await page.goto(`${s.adminUrl}/callbacks`);
    await queueRow(first.code).waitFor();
    await settled(page);
    const before = await api(s.apiUrl, 'GET', `/callbacks/counts?projectId=${first.projectId}`, first.clerk);
    expect(await page.getByTestId('callback-tab-all').innerText()).toBe(`全部（${before.all}）`);

    // another order is finished and confirmed while the queue is open: the page shows what it read, until 刷新
    const later = await awaitingCallback(s.apiUrl, owner, { description: `厨房龙头关不紧（${TAG}-r2）` });
    const after = await api(s.apiUrl, 'GET', `/callbacks/counts?projectId=${first.projectId}`, first.clerk);
    expect(after.all).toBe(before.all + 1);
    expect(await queueRow(later.code).count()).toBe(0);
    expect(await page.getByTestId('callback-tab-all').innerText()).toBe(`全部（${before.all}）`);

    await page.getByTestId('callback-table').getByRole('button', { name: '刷新' }).click();
    await queueRow(later.code).waitFor();
    await page
      .getByTestId('callback-tab-all')
      .filter({ hasText: `全部（${after.all}）` })
      .waitFor();
    await settled(page);
    expect(await page.getByTestId('callback-tab-soon').innerText()).toBe(`即将到期（${after.soon}）`);
    expect(await page.getByTestId('callback-tab-overdue').innerText()).toBe(`已超时（${after.overdue}）`);
  });

  it('R-REP-09 R-SRV-08 no answer is chosen; 一般 and 不满意 need a reason; 不满意 asks before reopening the order', async () => {
    const r = await awaitingCallback(s.apiUrl, owner, { description: `卫生间龙头松动（${TAG}-2）` });
    await page.goto(`${s.adminUrl}/callbacks`);
    const form = formOf(r.code);
    await form.waitFor();
    expect(await form.locator('input[type=radio]:checked').count()).toBe(0);

    // nothing chosen: refused by the form, nothing recorded
    await form.getByTestId('callback-record').click();
    await form.getByText('请选择回访方式').waitFor();
    await form.getByText('请选择客户的评价').waitFor();
    expect(await status(r)).toBe('confirmed');

    // 一般 without a reason: refused
    await form.locator('label', { hasText: /^电话$/ }).click();
    await form.locator('label', { hasText: /^一般$/ }).click();
    await form.getByTestId('callback-record').click();
    await form.getByText('客户评价一般或不满意时，请写明原因').waitFor();
    expect(await status(r)).toBe('confirmed');

    // 不满意 with a reason: asks first, saying what will happen; stepping back writes nothing
    await form.locator('label', { hasText: /^不满意$/ }).click();
    await form.getByTestId('callback-comment').fill('龙头仍然松动');
    await form.getByTestId('callback-record').click();
    const ask = page.getByTestId('callback-reopen-confirm');
    await ask.waitFor();
    expect(await ask.innerText()).toBe(
      `工单 ${r.code} 将重新打开：退回「待派单」，由客服重新派单处理，原处理人和完工记录不再有效；业主会在小程序中看到工单「重新处理」。`,
    );
    await page.getByRole('button', { name: '再想想' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(await status(r)).toBe('confirmed');

    await form.getByTestId('callback-record').click();
    await page.getByTestId('callback-reopen-ok').click();
    await queueRow(r.code).waitFor({ state: 'detached' });
    expect(await status(r)).toBe('received');
  });

  it('R-REP-09 R-REP-12 the owner’s own rating is shown in the queue and the detail, apart from the callback’s answer; the KPI says what it counts', async () => {
    const r = await awaitingCallback(s.apiUrl, owner, {
      description: `阳台龙头更换（${TAG}-3）`,
      ownerRates: 'very_satisfied',
    });
    // the paper work order handed back: a step for the centre only
    await api(s.apiUrl, 'POST', `/service-requests/${r.id}/actions/hand_in`, r.clerk, { note: '连同收据一并交回' });
    await page.goto(`${s.adminUrl}/callbacks`);
    await queueRow(r.code).waitFor();
    expect(await queueRow(r.code).getByTestId('owner-rating').innerText()).toBe('非常满意');
    const form = formOf(r.code);
    await form.locator('label', { hasText: /^电话$/ }).click();
    await form.locator('label', { hasText: /^满意$/ }).click();
    await form.getByTestId('callback-comment').fill('业主表示已不再漏水');
    await form.getByTestId('callback-record').click();
    await queueRow(r.code).waitFor({ state: 'detached' });

    await page.goto(`${s.adminUrl}/requests/${r.id}`);
    const detail = page.locator(`[data-testid=request-detail][data-request-id="${r.id}"]`);
    await detail.getByTestId('request-status').filter({ hasText: '已完成' }).waitFor();
    const text = await detail.innerText();
    expect(text).toMatch(/业主自评\s*非常满意/);
    expect(text).toMatch(/回访结果\s*满意 · 业主表示已不再漏水/);
    // who sees each step: the owner's own steps are marked, the callback is the centre's business
    const handIn = detail.getByTestId('timeline-event').filter({ hasText: '交回工单' });
    expect(await handIn.getByTestId('event-audience').innerText()).toBe('仅内部');
    const callback = detail.getByTestId('timeline-event').filter({ hasText: '回访' }).last();
    expect(await callback.getByTestId('event-audience').innerText()).toBe('业主可见');
    const intake = detail.getByTestId('timeline-event').first();
    expect(await intake.getByTestId('event-audience').innerText()).toBe('业主可见');

    const kpis = await api(s.apiUrl, 'GET', `/reports/repair-kpis?projectId=${r.projectId}`, r.clerk);
    await page.goto(`${s.adminUrl}/dashboard`);
    expect(await page.getByTestId('satisfaction-source').innerText()).toBe(
      `按业主自评计，未自评的按回访结果：业主自评 ${kpis.satisfactionOwnerRated} 单，回访结果 ${kpis.satisfactionCallbackRated} 单`,
    );
  });

  it('R-OWN-06 查看号码 opens the full number through the reveal and 拨打 calls it, in the queue and the detail', async () => {
    const r = await awaitingCallback(s.apiUrl, owner, { description: `洗衣机龙头漏水（${TAG}-4）` });
    await page.goto(`${s.adminUrl}/callbacks`);
    const row = queueRow(r.code);
    await row.waitFor();
    expect(await row.getByTestId('phone-number').innerText()).toBe('138****0001');
    expect(await row.getByTestId('phone-call').count()).toBe(0);
    await row.getByTestId('phone-show').click();
    await row.getByTestId('phone-call').waitFor();
    expect(await row.getByTestId('phone-number').innerText()).toBe(OWNER_PHONE);
    expect(await row.getByTestId('phone-call').getAttribute('href')).toBe(`tel:${OWNER_PHONE}`);

    await page.goto(`${s.adminUrl}/requests/${r.id}`);
    const detail = page.locator(`[data-testid=request-detail][data-request-id="${r.id}"]`);
    await detail.getByTestId('phone-show').click();
    await detail.getByTestId('phone-call').waitFor();
    expect(await detail.getByTestId('phone-number').innerText()).toBe(OWNER_PHONE);
    expect(await detail.getByTestId('phone-call').getAttribute('href')).toBe(`tel:${OWNER_PHONE}`);
    // a number never wraps
    expect(await detail.getByTestId('phone-number').evaluate((el) => window.getComputedStyle(el).whiteSpace)).toBe('nowrap');
  });
});
