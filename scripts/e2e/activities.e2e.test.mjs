// 社区活动 and 满意度调查 end to end (R-ACT-02/03, R-RPT-03): an activity planned by the desk with its poll and
// safety measures and its budget approved by finance (through the API) is published by the manager in the console;
// the owner finds it on the phone (H5) and signs up two people; he answers this quarter's survey for his room; after
// the activity (the API's clock moved past its end) and its summary, the quality supervisor records the callback of
// the fair pick in the console and the satisfaction shows against the 80% target.
import { describe, expect, it } from 'vitest';
import { localDate, wallClock, zonedInstant } from '@wy/shared';
import { api, currentPage, settled, staffToken } from './lib/admin.mjs';
import { consoleAndPhone } from './lib/console-and-phone.mjs';

const TAG = Date.now().toString(36).slice(-4);
const Z = 'Asia/Shanghai';

describe('社区活动 and 满意度调查 across the console and the mini-program', () => {
  const stack = consoleAndPhone();
  const { shot, desk } = stack;
  const current = currentPage;
  const openActivity = (page, theme) => stack.openFromList(page, '/activities', 'activity', theme);

  it('R-ACT-02 R-ACT-03 R-RPT-03 the manager publishes, the owner signs up and answers the survey, the callback is recorded', async () => {
    const { s, pair } = stack;
    // the desk's plan, details, poll and budget request; finance approves (the API, as the console would)
    const [kefu, caiwu] = await Promise.all([staffToken(s.apiUrl, 'kefu'), staffToken(s.apiUrl, 'caiwu')]);
    const now = new Date((await api(s.apiUrl, 'POST', '/dev/clock', null, { advanceMinutes: 0.001 })).now);
    const w = wallClock(now, Z);
    const start = zonedInstant(Z, w.year, w.month, w.day + 5, 14);
    const end = zonedInstant(Z, w.year, w.month, w.day + 5, 16);
    const month = localDate(start, Z).slice(0, 7);
    const projectId = (await api(s.apiUrl, 'GET', '/me/rooms', pair.accessToken)).find(
      (r) => r.propertyCode === '1011011201',
    ).projectId;
    const theme = `亲子烘焙课堂${TAG}`;
    const made = await api(s.apiUrl, 'POST', '/activities', kefu.accessToken, {
      projectId,
      year: +month.slice(0, 4),
      theme,
      purpose: '增进邻里亲子互动',
      plannedMonth: month,
      budgetFen: 120000,
    });
    await api(s.apiUrl, 'PUT', `/activities/${made.id}`, kefu.accessToken, {
      theme,
      purpose: '增进邻里亲子互动',
      plannedMonth: month,
      budgetFen: 120000,
      description: '烘焙老师现场教学，亲子一起做饼干。',
      startsAt: start.toISOString(),
      endsAt: end.toISOString(),
      place: '大厦三楼会议室',
      capacity: 12,
      maxPerSignup: 3,
      safetyMeasures: '烤箱由工程部检查；现场 2 名工作人员看护儿童；配急救箱。',
      pollQuestion: '您更希望做哪种点心？',
      pollOptions: ['饼干', '蛋糕'],
      openPoll: true,
    });
    await api(s.apiUrl, 'POST', `/activities/${made.id}/actions/request_budget`, kefu.accessToken, {});
    await api(s.apiUrl, 'POST', `/activities/${made.id}/actions/approve_budget`, caiwu.accessToken, {});

    // the manager publishes it in the console
    const manager = await desk('jingli');
    await openActivity(manager, theme);
    expect(await manager.getByTestId('activity-status').innerText()).toBe('预算已批准');
    await manager.getByTestId('activity-btn-publish').click();
    await manager.locator('.ant-modal-confirm .ant-btn-primary').click();
    await manager.locator('.ant-modal-confirm').waitFor({ state: 'detached' });
    await expect.poll(() => manager.getByTestId('activity-status').innerText()).toBe('已发布');
    await shot(manager, 'console-activity-published');

    // the owner finds it in 社区活动 and signs up two people
    const owner = await stack.phone();
    await owner.goto(`${s.h5Url}/#/pkg-info/activities/index`);
    const item = current(owner).locator('.t-activity-item', { hasText: theme });
    await item.waitFor();
    expect(await item.innerText()).toContain('报名中');
    await item.click();
    await current(owner).locator('.t-activity-signup').waitFor();
    expect(await current(owner).locator('.t-activity-when').innerText()).toContain('14:00–16:00 · 大厦三楼会议室');
    await current(owner).locator('.t-activity-name input').fill('张伟');
    await current(owner).locator('.t-activity-people-2').click();
    await current(owner).locator('.t-activity-submit').click();
    await current(owner).locator('.t-activity-mine').waitFor();
    expect(await current(owner).locator('.t-activity-mine-text').innerText()).toContain('2 人');
    expect(await current(owner).locator('.t-activity-places').innerText()).toContain('已报名 2 / 12 人');
    await shot(owner, 'h5-activity-signed-up');

    // this quarter's survey: 张伟 rates every area for A座 1201 (his other room answered in the demo)
    await owner.goto(`${s.h5Url}/#/pkg-info/survey/index`);
    await current(owner).locator('.t-survey-submit').waitFor();
    for (const area of ['service', 'repair', 'cleaning', 'security', 'greening'])
      await current(owner)
        .locator(`.t-survey-${area}-${area === 'cleaning' ? 4 : 5}`)
        .click();
    await current(owner).locator('.t-survey-comment textarea').fill('前台服务很好，保洁可以再细致些。');
    await shot(owner, 'h5-survey');
    await current(owner).locator('.t-survey-submit').click();
    await current(owner).locator('.t-survey-done').waitFor();

    // after the activity: its summary (the desk, through the API), then 品质 records the callback in the console
    const minutes = (end.getTime() - now.getTime()) / 60_000 + 60;
    await api(s.apiUrl, 'POST', '/dev/clock', null, { advanceMinutes: minutes });
    const clerk = await staffToken(s.apiUrl, 'kefu'); // signed in again: the clock moved days on
    await api(s.apiUrl, 'POST', `/activities/${made.id}/actions/finish`, clerk.accessToken, {
      summary: '共 1 户 2 人参加，亲子反响很好；不足：报名人数偏少，下次提前一周宣传。',
    });
    const quality = await desk('pinzhi');
    await openActivity(quality, theme);
    const callbacks = quality.getByTestId('activity-callbacks');
    await callbacks.waitFor();
    expect(await callbacks.innerText()).toContain('应回访');
    await quality.getByTestId('activity-call-1').click();
    await quality.getByTestId('activity-call-satisfied').getByText('满意', { exact: true }).click();
    await quality.getByTestId('activity-call-note').fill('业主表示孩子很喜欢');
    await quality.locator('.ant-modal-footer .ant-btn-primary').last().click();
    await expect.poll(() => callbacks.innerText()).toContain('业主表示孩子很喜欢');
    expect(await callbacks.innerText()).toMatch(/满意率（目标 80%）\s*100/);
    await shot(quality, 'console-activity-callback');

    // the survey's answer counts on the console
    await quality.goto(`${s.adminUrl}/surveys`);
    await quality.getByTestId('survey-table').waitFor();
    await settled(quality);
    expect(await quality.getByTestId('survey-annual-index').innerText()).toMatch(/\d/);
    for (const p of [manager, owner, quality]) await p.context().close();
  });
});
