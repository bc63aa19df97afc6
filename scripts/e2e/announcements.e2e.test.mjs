// 社区公告 end to end, as people use it (R-ACT-04): a clerk drafts an urgent 停水 notice in the console and
// submits it; she cannot publish it herself; the manager publishes it; the owner finds it in 首页's urgent strip
// on the phone (H5), opens it (its text shown as text, by paragraph), and it counts as read on the console's
// detail; withdrawn, it leaves the owner's strip and list.
import { describe, expect, it } from 'vitest';
import { currentPage, settled } from './lib/admin.mjs';
import { consoleAndPhone } from './lib/console-and-phone.mjs';

const TAG = Date.now().toString(36).slice(-5);

describe('社区公告 across the console and the mini-program', () => {
  const stack = consoleAndPhone();
  const { shot, desk } = stack;
  const current = currentPage;
  const open = (page, title) => stack.openFromList(page, '/announcements', 'announcement', title);
  const press = async (page, action) => {
    await page.getByTestId(`announcement-btn-${action}`).click();
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await page.locator('.ant-modal-confirm').waitFor({ state: 'detached' });
    await settled(page);
  };
  const status = (page) => page.getByTestId('announcement-status').innerText();

  it('R-ACT-04 the clerk drafts an urgent notice, the manager publishes it, the owner sees it on 首页 and reads it, and the console counts the read', async () => {
    const { s } = stack;
    const title = `B2停车场停电检修（${TAG}）`;
    const clerk = await desk('kefu');
    await clerk.goto(`${s.adminUrl}/announcements`);
    await settled(clerk);
    await clerk.getByTestId('announcement-new').click();
    const form = clerk.getByTestId('announcement-form');
    await form.waitFor();
    await clerk.getByTestId('announcement-title').fill(title);
    await form.getByText('停水停电', { exact: true }).click();
    await clerk.getByTestId('announcement-body').fill('明日 9:00–12:00 停电检修。\n\n<b>请勿</b>在此期间使用电梯前往B2。');
    await form.getByText('紧急（有效期内显示在业主首页顶部）').click();
    await clerk.locator('.ant-modal-footer .ant-btn-primary').click();
    await clerk.getByTestId('announcement-detail').waitFor();
    await settled(clerk);
    expect(await status(clerk)).toBe('草稿');
    // the text is shown as written, never as HTML
    expect(await clerk.getByTestId('announcement-detail').innerText()).toContain('<b>请勿</b>');
    await press(clerk, 'submit');
    expect(await status(clerk)).toBe('待审核');
    // the clerk has no 审核发布
    expect(await clerk.getByTestId('announcement-btn-approve').count()).toBe(0);
    await shot(clerk, 'console-announcement-pending');

    const manager = await desk('jingli');
    await open(manager, title);
    await press(manager, 'approve');
    expect(await status(manager)).toBe('已发布');
    expect(await manager.getByTestId('announcement-reads').innerText()).toContain('0');

    // the owner: 首页's strip shows the newest urgent notice of his building; it opens the notice
    const owner = await stack.phone();
    await owner.goto(`${s.h5Url}/#/pages/index/index`);
    const strip = current(owner).locator('.t-notice-strip');
    await strip.waitFor();
    expect(await strip.innerText()).toContain(title);
    await shot(owner, 'h5-home-notice-strip');
    await current(owner).locator('.t-notice-strip-title').click();
    await current(owner).locator('.t-notice-detail').waitFor();
    expect(await current(owner).locator('.t-notice-title').innerText()).toBe(title);
    const paras = await current(owner).locator('.t-notice-para').allInnerTexts();
    expect(paras).toEqual(['明日 9:00–12:00 停电检修。', '<b>请勿</b>在此期间使用电梯前往B2。']);
    expect(await current(owner).locator('.t-notice-detail').innerText()).toMatch(/发布于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    await shot(owner, 'h5-notice-detail');
    // in the list it is read now (no red dot)
    await owner.goto(`${s.h5Url}/#/pkg-info/list/index`);
    const item = current(owner).locator('.t-notice-item', { hasText: title });
    await item.waitFor();
    await expect.poll(() => item.getAttribute('class')).not.toContain('t-notice-unread');
    await shot(owner, 'h5-notice-list');

    // the manager opens it again from the list: one owner read it
    await manager.locator('.ant-drawer-close').click();
    await manager.getByTestId('announcement-detail').waitFor({ state: 'detached' });
    await manager.getByTestId('announcement-row').filter({ hasText: title }).click();
    await expect.poll(() => manager.getByTestId('announcement-reads').innerText()).toContain('1');
    await settled(manager);

    // withdrawn with a reason: gone from the owner's strip
    await manager.getByTestId('announcement-btn-withdraw').click();
    await manager.getByTestId('announcement-reason').fill('检修改期');
    await manager.locator('.ant-modal-footer .ant-btn-primary').last().click();
    await expect.poll(() => status(manager)).toBe('已撤回');
    await owner.goto(`${s.h5Url}/#/pages/index/index`);
    await current(owner).locator('.t-entry').first().waitFor();
    await settled(owner);
    // 首页 answers again on being shown: the strip may still show the last load's notices for a moment
    await expect
      .poll(async () => (await current(owner).locator('.t-notice-strip').allInnerTexts()).join('\n'))
      .not.toContain(title);
    for (const p of [clerk, manager, owner]) await p.context().close();
  });
});
