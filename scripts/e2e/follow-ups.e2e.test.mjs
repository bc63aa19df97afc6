// 每日跟进 in the console, as the customer-service supervisor works it (R-REP-17): the open repairs of the
// day wait on their tab with a count; 记录跟进 asks what was checked and the conclusion (nothing chosen for
// the supervisor; a finding needs its note); closed ones are verified once on 验证关闭. A complaint with a
// promise due today asks whether it was kept; the quality supervisor reviews the week's complaints on 每周回顾,
// class A in depth (R-CMP-18).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, startStack } from './stack.mjs';
import { api, awaitingCallback, menuPaths, ownerToken, phoneRequest, settled, signIn, staffToken } from './lib/admin.mjs';

const TAG = Date.now().toString(36);
const SHOTS = process.env.SHOTS_DIR; // a folder to keep screenshots in, when set

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
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/follow-ups-verified.png` });
  });

  /** a complaint graded at the desk of project 101 (test set-up through the API) */
  const complaint = async (importance, extra = {}) => {
    const { accessToken, me } = await staffToken(s.apiUrl, 'kefu');
    const projectId = me.projects.find((p) => p.code === '101').id;
    const handlers = await api(s.apiUrl, 'GET', `/complaints/handlers?projectId=${projectId}`, accessToken);
    return api(s.apiUrl, 'POST', '/complaints', accessToken, {
      projectId,
      channel: 'phone',
      complainantName: '张伟',
      complainantPhone: '13800000001',
      review: true,
      valid: true,
      importance,
      category: 'GC',
      kind: 'help',
      ...(importance === 'A' ? {} : { handlerStaffId: handlers.find((h) => h.name === '赵海涛').id }),
      ...extra,
    });
  };

  it('R-CMP-18 a complaint with a promise due today is checked against its promise time in the daily follow-up', async () => {
    // class C, handled by the time the complainant asked for: a few minutes from now, so due today
    const c = await complaint('C', {
      problem: `楼道堆放杂物无人清理（${TAG}-3）`,
      askedBy: new Date(Date.now() + 5 * 60_000).toISOString(),
    });
    await page.goto(`${s.adminUrl}/follow-ups`);
    await page.getByTestId('follow-up-tab-daily:complaint').click();
    await row(c.code).waitFor();
    await row(c.code).getByTestId('follow-up-due-today').waitFor();
    await row(c.code).getByTestId('follow-up-act').click();
    const form = page.getByTestId('follow-up-form');
    await form.waitFor();
    await page.getByTestId('follow-up-promise-due').waitFor();
    await form.locator('label', { hasText: '联系业主' }).click();
    await form.locator('label', { hasText: '正常推进' }).click();
    await page.getByTestId('follow-up-ok').click();
    await page.getByText('请勾选“核对承诺时限”').waitFor();
    expect(await history('complaint', c.id)).toEqual([]);
    await form.locator('label', { hasText: '核对承诺时限' }).click();
    await page.getByTestId('follow-up-ok').click();
    await row(c.code).waitFor({ state: 'detached' });
    const [h] = await history('complaint', c.id);
    expect(h).toMatchObject({ kind: 'daily', result: 'on_track' });
    expect(h.checks.sort()).toEqual(['deadline', 'owner_contact']);
  });

  it('R-CMP-18 the quality supervisor reviews the week’s complaints, a class A one in depth', async () => {
    const a = await complaint('A', { problem: `电梯多次困人（${TAG}-4）` });
    const b = await complaint('B', { problem: `保洁不及时（${TAG}-5）` });
    const quality = await (await s.browser.newContext(DESKTOP)).newPage();
    await signIn(quality, s.adminUrl, 'pinzhi');
    await quality.goto(`${s.adminUrl}/follow-ups/weekly`);
    const qrow = (code) => quality.locator('tr.ant-table-row').filter({ hasText: code });
    await qrow(a.code).waitFor();
    await settled(quality);
    expect(await quality.getByTestId('weekly-range').innerText()).toMatch(/^\d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2}$/);
    expect(await quality.getByTestId('weekly-next').isDisabled()).toBe(true);

    // the class A one: the depth fields are asked for
    await qrow(a.code).getByTestId('weekly-act').click();
    const form = quality.getByTestId('follow-up-form');
    await form.waitFor();
    await form.locator('label', { hasText: '处理及时' }).click();
    await form.locator('label', { hasText: '需改进' }).click();
    await form.locator('textarea').first().fill('答复超过两天');
    await quality.getByTestId('follow-up-ok').click();
    await quality.getByText('请填写原因分析').waitFor();
    await quality.getByText('请填写预防措施').waitFor();
    if (SHOTS) await quality.screenshot({ path: `${SHOTS}/weekly-review-depth.png` });
    const who = (await staffToken(s.apiUrl, 'pinzhi')).accessToken;
    const past = () => api(s.apiUrl, 'GET', `/follow-ups?subjectKind=complaint&subjectId=${a.id}`, who);
    expect(await past()).toEqual([]);
    await quality.getByTestId('weekly-cause').fill('曳引机老化，维保单位未按期更换');
    await quality.getByTestId('weekly-measures').fill('更换曳引机，约谈维保单位');
    await quality.getByTestId('weekly-prevention').fill('每月核查维保记录');
    await quality.getByTestId('follow-up-ok').click();
    await qrow(a.code).waitFor({ state: 'detached' });
    const [h] = await past();
    expect(h).toMatchObject({
      kind: 'weekly',
      result: 'improve',
      depth: { cause: '曳引机老化，维保单位未按期更换', measures: '更换曳引机，约谈维保单位', prevention: '每月核查维保记录' },
    });

    // the class B one: no depth
    await qrow(b.code).getByTestId('weekly-act').click();
    await form.waitFor();
    expect(await quality.getByTestId('weekly-cause').count()).toBe(0);
    await form.locator('label', { hasText: '登记完整' }).click();
    await form.locator('label', { hasText: '处理得当' }).click();
    await quality.getByTestId('follow-up-ok').click();
    await qrow(b.code).waitFor({ state: 'detached' });
    // the week before has its own list
    await quality.getByTestId('weekly-prev').click();
    await quality.getByTestId('weekly-next').and(quality.locator(':enabled')).waitFor();
    await settled(quality);
    expect(await quality.locator('tr.ant-table-row').filter({ hasText: TAG }).count()).toBe(0);
  });

  it('R-CMP-18 the CS supervisor has no weekly review in the menu; the quality supervisor has', async () => {
    await page.goto(`${s.adminUrl}/follow-ups`);
    await settled(page);
    expect(await menuPaths(page)).not.toContain('/follow-ups/weekly');
    const quality = await (await s.browser.newContext(DESKTOP)).newPage();
    await signIn(quality, s.adminUrl, 'pinzhi');
    await settled(quality);
    expect(await menuPaths(quality)).toContain('/follow-ups/weekly');
  });
});
