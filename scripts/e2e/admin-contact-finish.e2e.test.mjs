// 已联系业主 and 完工 in the console, as a clerk records them for an order given to a team or outside vendor
// (R-REP-16): the visit time agreed with the owner is required (the form refuses without it; nothing is
// written), then kept; finishing the in-home repair needs the completion checklist — with a check left
// out the form says which one and nothing is written; with every check it is finished and the detail
// shows what was confirmed.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatLocal } from '@wy/shared';
import { DESKTOP, startStack } from './stack.mjs';
import { api, modalReady, signIn, staffToken, submitModal } from './lib/admin.mjs';

const SHOTS = process.env.E2E_SCREENSHOTS; // a folder to keep screenshots in, when set
const TAG = Date.now().toString(36);
const ZONE = 'Asia/Shanghai'; // project 101's zone
const HOUR = 3600_000;

describe('contact and completion checklist in the console', () => {
  let s;
  let page;
  let clerk;
  const shot = async (name) => {
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
  };
  beforeAll(async () => {
    s = await startStack();
    clerk = await staffToken(s.apiUrl, 'kefu');
    page = await (await s.browser.newContext(DESKTOP)).newPage();
    await signIn(page, s.adminUrl, 'kefu');
  });
  afterAll(async () => s?.close());

  const detailOf = (id) => page.locator(`[data-testid=request-detail][data-request-id="${id}"]`);
  const read = (id) => api(s.apiUrl, 'GET', `/service-requests/${id}`, clerk.accessToken);
  const act = (id, action, body = {}) =>
    api(s.apiUrl, 'POST', `/service-requests/${id}/actions/${action}`, clerk.accessToken, body);

  it('R-REP-16 the clerk records 已联系业主 with the agreed visit, then finishes with the checklist; without the time or a check the form refuses and nothing is written', async () => {
    // an in-home paid repair of 张伟's room taken by phone, given to an outside vendor (the clerk records its steps)
    const projectId = clerk.me.projects.find((p) => p.code === '101').id;
    const cats = await api(s.apiUrl, 'GET', `/repair-categories?projectId=${projectId}`, clerk.accessToken);
    const rooms = await api(s.apiUrl, 'GET', `/rooms?projectId=${projectId}&keyword=1011011201`, clerk.accessToken);
    const room = rooms.items.find((r) => r.propertyCode === '1011011201');
    const filed = await api(s.apiUrl, 'POST', '/service-requests', clerk.accessToken, {
      projectId,
      channel: 'phone',
      categoryId: cats.find((c) => c.code === 'HOME-DRAIN').id,
      roomId: room.id,
      urgency: 'normal',
      description: `卫生间地漏堵塞（${TAG}）`,
      requesterName: '张伟',
      requesterPhone: '13800000001',
      appointmentStart: new Date(Date.now() + 26 * HOUR).toISOString(),
      appointmentEnd: new Date(Date.now() + 28 * HOUR).toISOString(),
      notDuplicate: true,
    });
    const dispatched = await act(filed.id, 'dispatch', { assigneeTeam: `管道疏通外包${TAG}` });
    // the visit agreed on the phone: tomorrow 10:00–11:00 in the project's zone (a fixed hour, so a run late in
    // the evening does not agree a visit that ends after midnight, which the timeline writes with its date)
    const dispatchDay = formatLocal(new Date(dispatched.times.dispatchedAt), ZONE).slice(0, 10);
    const from = Date.parse(`${dispatchDay}T10:00:00+08:00`) + 24 * HOUR;
    const [startText, endText] = [formatLocal(new Date(from), ZONE), formatLocal(new Date(from + HOUR), ZONE)];

    await page.goto(`${s.adminUrl}/requests/${filed.id}`);
    const detail = detailOf(filed.id);
    await detail.getByTestId('action-contact').click();
    const modal = page.locator('.ant-modal', { hasText: `已联系业主 · ${filed.code}` });
    await modalReady(modal);
    // without the agreed time: refused in Chinese, nothing written
    await modal.getByTestId('action-submit').click();
    await modal.getByText('请选择与业主约定的上门时间').waitFor();
    await shot('admin-contact-missing');
    expect((await read(filed.id)).times.contactedAt).toBeNull();

    const [start, end] = [modal.locator('.ant-picker-input input').nth(0), modal.locator('.ant-picker-input input').nth(1)];
    await start.click();
    await start.fill(startText);
    await start.press('Enter');
    await end.fill(endText);
    await end.press('Enter');
    await expect.poll(async () => [await start.inputValue(), await end.inputValue()]).toEqual([startText, endText]);
    await modal.locator('textarea').fill('业主明天在家');
    await shot('admin-contact');
    await submitModal(page, modal);
    await detail.getByTestId('action-contact').waitFor({ state: 'detached' }); // once only

    const contacted = await read(filed.id);
    expect([contacted.appointmentStart, contacted.appointmentEnd]).toEqual([
      new Date(`${startText.replace(' ', 'T')}:00+08:00`).toISOString(),
      new Date(`${endText.replace(' ', 'T')}:00+08:00`).toISOString(),
    ]);
    expect(contacted.clocks.filter((c) => c.kind === 'contact')).toEqual([
      expect.objectContaining({ metAt: contacted.times.contactedAt, breachedAt: null }),
    ]);
    const step = detail.getByTestId('timeline-event').filter({ hasText: '已联系业主' });
    await step.waitFor();
    expect(await step.innerText()).toContain(`约定 ${startText}–${endText.slice(11)} 上门；业主明天在家`);

    // the vendor is at the door
    await act(filed.id, 'accept');
    await act(filed.id, 'arrive');
    await page.reload();
    await detail.getByTestId('action-finish').click();
    const fin = page.locator('.ant-modal', { hasText: `完工 · ${filed.code}` });
    await modalReady(fin);
    await fin.getByPlaceholder('名称').fill('疏通剂');
    await fin.getByLabel('处理结果').fill('疏通地漏，清理毛发');
    await fin.getByLabel('收费（元）').fill('80');
    const checks = fin.getByTestId('finish-checks');
    await checks.getByText('已向业主出示并解释费用').click();
    await checks.getByText('业主已试用，确认修好').click();
    // the site not confirmed clean: the form says so, nothing is written
    await fin.getByTestId('action-submit').click();
    await fin.getByText('请确认：现场已清理干净').waitFor();
    await shot('admin-finish-checklist-missing');
    const still = await read(filed.id);
    expect([still.status, still.times.finishedAt, still.rounds]).toEqual(['arrived', null, []]);

    await checks.getByText('现场已清理干净').click();
    await expect.poll(() => fin.getByText('请确认：现场已清理干净').count()).toBe(0);
    await submitModal(page, fin);
    const done = await read(filed.id);
    expect(done.status).toBe('finished');
    expect(done.rounds).toEqual([
      expect.objectContaining({ feeFen: 8000, checklist: { feeExplained: true, fixTried: true, siteCleaned: true } }),
    ]);
    // the detail shows what was confirmed, each check ticked
    const list = detail.getByTestId('finish-checklist');
    await list.waitFor();
    for (const k of ['feeExplained', 'fixTried', 'siteCleaned'])
      expect(await list.getByTestId(`finish-check-${k}`).getAttribute('data-checked')).toBe('yes');
    await list.scrollIntoViewIfNeeded();
    await shot('admin-finish-checklist');
  });

  it('R-REP-16 the order detail keeps a broken contact round after a transfer: round 1 late and ended, round 2 running', async () => {
    const { request: r } = await (async () => {
      const projectId = clerk.me.projects.find((p) => p.code === '101').id;
      const cats = await api(s.apiUrl, 'GET', `/repair-categories?projectId=${projectId}`, clerk.accessToken);
      const rooms = await api(s.apiUrl, 'GET', `/rooms?projectId=${projectId}&keyword=1011011201`, clerk.accessToken);
      const request = await api(s.apiUrl, 'POST', '/service-requests', clerk.accessToken, {
        projectId,
        channel: 'phone',
        categoryId: cats.find((c) => c.code === 'HOME-TAP').id,
        roomId: rooms.items.find((x) => x.propertyCode === '1011011201').id,
        urgency: 'normal',
        description: `阳台龙头滴水（${TAG}）`,
        requesterName: '张伟',
        requesterPhone: '13800000001',
        appointmentStart: new Date(Date.now() + 26 * HOUR).toISOString(),
        appointmentEnd: new Date(Date.now() + 28 * HOUR).toISOString(),
        notDuplicate: true,
      });
      return { request };
    })();
    await act(r.id, 'dispatch', { assigneeTeam: `水电外包甲${TAG}` });
    await api(s.apiUrl, 'POST', '/dev/clock', null, { advanceMinutes: 40 }); // nobody called within 30 minutes
    clerk = await staffToken(s.apiUrl, 'kefu'); // a session of the new time (the clock jumped past the old one's life)
    await act(r.id, 'transfer', { assigneeTeam: `水电外包乙${TAG}`, reason: '甲方联系不上' });
    page = await (await s.browser.newContext(DESKTOP)).newPage(); // signed in again at the new time
    await signIn(page, s.adminUrl, 'kefu');
    await page.goto(`${s.adminUrl}/requests/${r.id}`);
    const clocks = detailOf(r.id).locator('.ant-card', { hasText: '处理时限' });
    const round1 = clocks.locator('tr', { hasText: '联系业主（第1次派单）' });
    const round2 = clocks.locator('tr', { hasText: '联系业主（第2次派单）' });
    await round2.waitFor();
    expect(await round1.innerText()).toContain('已超时，已撤销');
    expect(await round2.innerText()).toContain('计时中');
    await clocks.scrollIntoViewIfNeeded();
    await shot('admin-contact-rounds');
  });
});
