// 审核 and 签收工单 in the console, as a clerk does them: a repair an owner filed in the mini-program is
// reviewed before it can be dispatched (no urgency chosen: the form refuses; the reviewer becomes its first
// contact), and a work order handed back is countersigned with the technician's leaving time (refused
// without it; recorded once, with who signed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatLocal } from '@wy/shared';
import { DESKTOP, startStack } from './stack.mjs';
import { api, modalReady, ownerToken, phoneRequest, signIn, staffToken, submitModal } from './lib/admin.mjs';

const OWNER_PHONE = '13800000001'; // 张伟, owner of A座 1201 in the demo data
const TAG = Date.now().toString(36);

describe('review and countersign in the console', () => {
  let s;
  let page;
  let owner;
  let clerk;
  let tech;
  beforeAll(async () => {
    s = await startStack();
    owner = await ownerToken(s.apiUrl, OWNER_PHONE);
    clerk = await staffToken(s.apiUrl, 'kefu');
    tech = await staffToken(s.apiUrl, 'jigong');
    page = await (await s.browser.newContext(DESKTOP)).newPage();
    await signIn(page, s.adminUrl, 'kefu');
  });
  afterAll(async () => s?.close());

  const detailOf = (id) => page.locator(`[data-testid=request-detail][data-request-id="${id}"]`);
  const read = (id) => api(s.apiUrl, 'GET', `/service-requests/${id}`, clerk.accessToken);
  const act = (id, token, action, body = {}) => api(s.apiUrl, 'POST', `/service-requests/${id}/actions/${action}`, token, body);

  it('R-REP-13 R-SRV-03 a mini-program repair is reviewed before dispatch: the urgency must be chosen, and the reviewer becomes its first contact', async () => {
    const projectId = clerk.me.projects.find((p) => p.code === '101').id;
    const [room] = await api(s.apiUrl, 'GET', '/me/rooms', owner.accessToken);
    const cats = await api(s.apiUrl, 'GET', `/repair-categories?projectId=${projectId}`, clerk.accessToken);
    const r = await api(s.apiUrl, 'POST', '/me/service-requests', owner.accessToken, {
      roomId: room.roomId ?? room.id,
      categoryId: cats.find((c) => c.code === 'HOME-WARRANTY').id,
      description: `卧室窗户关不严（${TAG}）`,
      notDuplicate: true, // another problem of the room than the demo's open ones (R-SRV-05)
    });
    await page.goto(`${s.adminUrl}/requests/${r.id}`);
    const detail = detailOf(r.id);
    await detail.getByTestId('action-review').waitFor();
    expect(await detail.getByTestId('action-dispatch').count()).toBe(0); // not before the review

    await detail.getByTestId('action-review').click();
    const modal = page.locator('.ant-modal', { hasText: `审核 · ${r.code}` });
    await modalReady(modal);
    expect(await modal.locator('input[type=radio]:checked').count()).toBe(0); // no urgency chosen for the clerk
    await modal.getByTestId('action-submit').click();
    await modal.getByText('请确定紧急程度').waitFor();
    expect((await read(r.id)).events.map((e) => e.action)).toEqual(['intake']);

    await modal.locator('label', { hasText: /^加急$/ }).click();
    await modal.locator('label', { hasText: '重要报修' }).click();
    await submitModal(page, modal);
    await detail.getByTestId('action-dispatch').waitFor();
    expect(await detail.getByTestId('action-review').count()).toBe(0);
    const after = await read(r.id);
    expect([after.urgency, after.isImportant, after.firstContactName]).toEqual(['urgent', true, clerk.me.name]);
    expect(await detail.innerText()).toMatch(new RegExp(`首问负责人\\s*${clerk.me.name}`));
  });

  it('R-REP-05 a returned work order is countersigned with the technician’s leaving time: refused without it, then recorded once', async () => {
    const { request: r, projectId } = await phoneRequest(s.apiUrl, {
      location: `B座${TAG}梯厅`,
      description: `梯厅灯不亮（${TAG}）`,
    });
    const techs = await api(s.apiUrl, 'GET', `/staff/technicians?projectId=${projectId}`, clerk.accessToken);
    await act(r.id, clerk.accessToken, 'dispatch', { assigneeStaffId: techs.find((t) => t.name === '孙师傅').id });
    const accepted = await act(r.id, tech.accessToken, 'accept');
    await api(s.apiUrl, 'POST', '/dev/clock', null, { advanceMinutes: 10 }); // on site ten minutes later
    await act(r.id, tech.accessToken, 'arrive');
    await act(r.id, tech.accessToken, 'finish', { result: '更换灯管' });
    await act(r.id, tech.accessToken, 'hand_in');
    // he left five minutes after collecting the order, as written on the paper
    const leftText = formatLocal(new Date(Date.parse(accepted.times.acceptedAt) + 5 * 60_000), 'Asia/Shanghai');

    await page.goto(`${s.adminUrl}/requests/${r.id}`);
    const detail = detailOf(r.id);
    await detail.getByTestId('action-countersign').click();
    const modal = page.locator('.ant-modal', { hasText: `签收工单 · ${r.code}` });
    await modalReady(modal);
    await modal.getByTestId('action-submit').click();
    await modal.getByText('请填写技工离开时间').waitFor();
    expect((await read(r.id)).times.countersignedAt).toBeNull();

    const input = modal.locator('.ant-picker input');
    await input.click();
    await input.fill(leftText);
    await input.press('Enter');
    await expect.poll(() => input.inputValue()).toBe(leftText);
    await submitModal(page, modal);
    await detail.getByTestId('action-countersign').waitFor({ state: 'detached' }); // once only

    const after = await read(r.id);
    expect(after.times.leftAt).toBe(new Date(`${leftText.replace(' ', 'T')}:00+08:00`).toISOString());
    expect(after.countersignedByName).toBe(clerk.me.name);
    // on the order's timeline, in the clerk's words
    const signed = detail.getByTestId('timeline-event').filter({ hasText: '签收工单' });
    await signed.waitFor();
    expect(await signed.innerText()).toContain(`技工离开时间 ${leftText}；${clerk.me.name} 签收`);
  });

  it('a clerk whose system asks for less motion gets the dialog without its opening zoom; anyone else sees it zoom', async () => {
    const { request: r } = await phoneRequest(s.apiUrl, { location: `C座${TAG}大堂`, description: `大堂门禁失灵（${TAG}）` });
    /** The motion classes an open dialog went through, recorded from before the click that opens it. */
    const motionsOf = async (p) => {
      await p.goto(`${s.adminUrl}/requests/${r.id}`);
      const detail = p.locator(`[data-testid=request-detail][data-request-id="${r.id}"]`);
      await detail.getByTestId('action-dispatch').waitFor();
      await p.evaluate(() => {
        window.__motions = [];
        new window.MutationObserver((ms) => {
          for (const m of ms) {
            const el = m.target;
            if (el instanceof window.Element && /\bant-modal\b/.test(el.className))
              window.__motions.push(...el.className.split(' ').filter((c) => c.startsWith('ant-zoom')));
          }
          for (const m of ms)
            for (const n of m.addedNodes)
              if (n instanceof window.Element)
                n.querySelectorAll('.ant-modal').forEach((el) =>
                  window.__motions.push(...el.className.split(' ').filter((c) => c.startsWith('ant-zoom'))),
                );
        }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
      });
      await detail.getByTestId('action-dispatch').click();
      const modal = p.locator('.ant-modal', { hasText: `派单 · ${r.code}` });
      await modalReady(modal);
      await expect.poll(() => p.evaluate(() => document.querySelector('.ant-modal')?.className ?? '')).not.toMatch(/ant-zoom/);
      return p.evaluate(() => window.__motions);
    };
    expect(await motionsOf(page)).not.toContain('ant-zoom-appear-active'); // DESKTOP asks for reduced motion: the dialog is in place at once
    const moving = await (await s.browser.newContext({ ...DESKTOP, reducedMotion: 'no-preference' })).newPage();
    await signIn(moving, s.adminUrl, 'kefu');
    expect(await motionsOf(moving)).toContain('ant-zoom-appear-active');
  });
});
