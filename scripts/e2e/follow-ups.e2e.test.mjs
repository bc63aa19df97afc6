// 每日跟进 in the console, as the customer-service supervisor works it (R-REP-17): the open repairs of the
// day wait on their tab with a count; 记录跟进 asks what was checked and the conclusion (nothing chosen for
// the supervisor; a finding needs its note); closed ones are verified once on 验证关闭.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, startStack } from './stack.mjs';
import { api, awaitingCallback, ownerToken, phoneRequest, settled, signIn, staffToken } from './lib/admin.mjs';

const TAG = Date.now().toString(36);

describe('the supervisor’s daily follow-up in the console', () => {
  let s;
  let page;
  let zhuguan;
  beforeAll(async () => {
    s = await startStack();
    zhuguan = (await staffToken(s.apiUrl, 'zhuguan')).accessToken;
    page = await (await s.browser.newContext(DESKTOP)).newPage();
    await signIn(page, s.adminUrl, 'zhuguan');
  });
  afterAll(async () => s?.close());

  const row = (code) => page.locator('tr.ant-table-row').filter({ hasText: code });
  const history = (kind, id) => api(s.apiUrl, 'GET', `/follow-ups?subjectKind=${kind}&subjectId=${id}`, zhuguan);

  it('R-REP-17 an open repair is followed up once today, with what was checked; a finding needs its note', async () => {
    const { request, projectId } = await phoneRequest(s.apiUrl, {
      location: `B座${TAG}楼梯间`,
      description: `楼梯间灯不亮（${TAG}-1）`,
    });
    const counts = await api(s.apiUrl, 'GET', `/follow-ups/counts?projectId=${projectId}`, zhuguan);
    await page.goto(`${s.adminUrl}/follow-ups`);
    await row(request.code).waitFor();
    await settled(page);
    expect(await page.getByTestId('follow-up-tab-daily:repair').innerText()).toBe(`今日跟进 · 报修（${counts.repairDaily}）`);

    await row(request.code).getByTestId('follow-up-act').click();
    const form = page.getByTestId('follow-up-form');
    await form.waitFor();
    expect(await form.locator('input[type=radio]:checked').count()).toBe(0);
    await page.getByTestId('follow-up-ok').click();
    await page.getByText('请至少勾选一项核查内容').waitFor();
    await page.getByText('请选择结论').waitFor();

    await form.locator('label', { hasText: '核对处理进度' }).click();
    await form.locator('label', { hasText: '有风险，需督办' }).click();
    await page.getByTestId('follow-up-ok').click();
    await page.getByText('发现问题时请写明问题所在').waitFor();
    expect(await history('repair', request.id)).toEqual([]);

    await form.locator('textarea').fill('灯具需整体更换，工程部明早到场');
    await page.getByTestId('follow-up-ok').click();
    await row(request.code).waitFor({ state: 'detached' }); // the list shows what is still to do
    const [h] = await history('repair', request.id);
    expect(h).toMatchObject({ kind: 'daily', checks: ['progress'], result: 'at_risk', staffName: '林晓燕' });
    await settled(page);
    expect(await page.getByTestId('follow-up-tab-daily:repair').innerText()).toBe(`今日跟进 · 报修（${counts.repairDaily - 1}）`);
  });

  it('R-REP-17 a closed repair is verified on 验证关闭, once', async () => {
    const owner = await ownerToken(s.apiUrl, '13800000001');
    const r = await awaitingCallback(s.apiUrl, owner, { description: `阳台龙头漏水（${TAG}-2）` });
    await api(s.apiUrl, 'POST', `/service-requests/${r.id}/actions/callback`, r.clerk, {
      method: 'phone',
      satisfaction: 'satisfied',
    });
    await page.goto(`${s.adminUrl}/follow-ups`);
    await page.getByTestId('follow-up-tab-closure:repair').click();
    await row(r.code).waitFor();
    await row(r.code).getByTestId('follow-up-act').click();
    const form = page.getByTestId('follow-up-form');
    await form.locator('label', { hasText: '电话核实业主' }).click();
    await form.locator('label', { hasText: '核对完工照片' }).click();
    await form.locator('label', { hasText: '核实无误，确认关闭' }).click();
    await page.getByTestId('follow-up-ok').click();
    await row(r.code).waitFor({ state: 'detached' });
    const [h] = await history('repair', r.id);
    expect(h).toMatchObject({ kind: 'closure', checks: ['owner_phone', 'photos'], result: 'verified' });
    await settled(page);
    await page.screenshot({ path: `${process.env.SHOTS_DIR ?? '/tmp'}/follow-ups-verified.png` });
  });
});
