// Complaints end to end, as people do them: an owner complains on the phone (H5) and is told when the centre
// will reply; a clerk reviews it in the console as class B engineering (the code 101-B-GC-…) and forwards it
// to the engineering supervisor, who records the handling; the clerk replies and calls back, which closes it,
// and the owner reads every step in owner words. A class A complaint unanswered past 2 days shows in the
// manager's escalation inbox once the API's clock moves past its due time. A neighbour joins a complaint on H5
// with its join code and the desk adds a third co-complainant: a joint complaint, class A, reported the same
// day. The complaint guide, with the limits the clocks run on, is one tap from the form and from the FAQ.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintGuideLimits } from '@wy/shared';
import { DESKTOP, PHONE, startStack } from './stack.mjs';
import { api, currentPage, ownerPhone, ownerToken, settled, signIn } from './lib/admin.mjs';

const OWNER_PHONE = '13800000001'; // 张伟, owner of A座 1201 in the demo data
const TAG = Date.now().toString(36);
const SHOTS = process.env.SHOTS_DIR;

describe('complaints across the mini-program and the console', () => {
  let s;
  let pair;
  beforeAll(async () => {
    s = await startStack();
    pair = await ownerToken(s.apiUrl, OWNER_PHONE);
  });
  afterAll(async () => s?.close());

  const phone = () => ownerPhone(s.browser, PHONE, pair);
  const current = currentPage;
  const desk = async (user) => {
    const page = await (await s.browser.newContext(DESKTOP)).newPage();
    await signIn(page, s.adminUrl, user);
    return page;
  };
  /** Opens the complaint whose problem is `text` in the register and takes a step from its drawer. */
  const openInRegister = async (page, text) => {
    await page.goto(`${s.adminUrl}/complaints`);
    const row = page.getByTestId('complaint-row').filter({ hasText: text });
    await row.waitFor();
    await row.click();
    await page.getByTestId('complaint-detail').waitFor();
    await settled(page);
  };
  const step = async (page, action, fill) => {
    await page.getByTestId(`complaint-btn-${action}`).click();
    const form = page.getByTestId(`complaint-action-${action}`);
    await form.waitFor();
    await fill(form);
    await page.locator('.ant-modal-footer .ant-btn-primary').last().click();
    await form.waitFor({ state: 'detached' });
    await settled(page);
  };
  const pick = async (page, form, testId, option) => {
    await form.getByTestId(testId).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
  };

  it('R-CMP-01 R-CMP-02 R-CMP-05 R-CMP-19 an owner complains on H5, a clerk grades it B/GC, the supervisor handles it, the reply and the callback close it', async () => {
    const problem = `地库B2照明坏了一周（${TAG}）`;
    const owner = await phone();
    await owner.goto(`${s.h5Url}/#/pkg-complaint/new/index`);
    await current(owner).locator('.t-cmp-problem').waitFor();
    expect(await current(owner).locator('.t-cmp-invite').innerText()).toContain('您的意见对我们非常重要');
    await current(owner).locator('.t-cmp-problem textarea').fill(problem);
    await current(owner).locator('.t-cmp-asks textarea').fill('三天内修好');
    await current(owner).locator('.t-cmp-submit').click();
    const done = current(owner).locator('.t-cmp-done');
    await done.waitFor();
    expect(await done.innerText()).toMatch(/我们将于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 前答复您/);

    // the clerk reviews it: valid, B, engineering, help-seeking, forwarded to 赵海涛 (engineering supervisor)
    const clerk = await desk('kefu');
    await openInRegister(clerk, problem);
    await step(clerk, 'review', async (form) => {
      await form.getByText('有效投诉', { exact: true }).click();
      await form.getByText('B 一般').click();
      await pick(clerk, form, 'review-category', '工程');
      await form.getByText('求助型').click();
      expect(await form.getByTestId('code-preview').innerText()).toBe('101-B-GC-××××××');
      await pick(clerk, form, 'review-handler', '赵海涛');
    });
    // the drawer reads the complaint again after the step: wait for the code it was given
    await clerk.getByTestId('complaint-code').filter({ hasText: /^101-B-GC-\d{6}$/ }).waitFor();
    const code = await clerk.getByTestId('complaint-code').innerText();
    expect(code).toMatch(/^101-B-GC-\d{6}$/);

    // the engineering supervisor records the handling
    const supervisor = await desk('gongcheng');
    await openInRegister(supervisor, problem);
    await step(supervisor, 'handle', async (form) => {
      await form.locator('textarea').fill('已更换B2层照明灯管12支');
    });

    // the clerk replies with the result and calls back: satisfied closes it
    await openInRegister(clerk, problem);
    await step(clerk, 'reply', async (form) => {
      await form.getByText('电话', { exact: true }).click();
      await form.locator('textarea').fill('B2层照明已全部修复，感谢您的监督');
    });
    await step(clerk, 'callback', async (form) => {
      await form.getByText('电话', { exact: true }).click();
      await form.getByText('满意', { exact: true }).click();
    });
    expect(await clerk.getByTestId('complaint-detail').innerText()).toContain('已结案');

    // the owner reads the progress in owner words: no code, no grading, no staff notes
    await owner.goto(`${s.h5Url}/#/pkg-complaint/list/index`);
    const item = current(owner).locator('.t-cmp-item', { hasText: problem });
    await item.waitFor();
    await item.click();
    const detail = current(owner).locator('.t-cmp-detail');
    await detail.waitFor();
    const text = await detail.innerText();
    expect(await current(owner).locator('.t-cmp-status').innerText()).toBe('已完结');
    for (const step of ['投诉已受理', '已发出书面回执', '处理完成', '已答复处理结果', '服务中心已回访'])
      expect(text).toContain(step);
    expect(text).toContain('B2层照明已全部修复，感谢您的监督');
    expect(text).not.toContain(code);
    expect(text).not.toMatch(/GC|一般|赵海涛|灯管12支/);
  });

  it('R-CMP-08 a class A complaint not answered within 2 days appears in the manager’s escalation inbox and bell when time moves past it', async () => {
    const clerkToken = (await api(s.apiUrl, 'POST', '/auth/staff/login', null, { username: 'kefu', password: 'Kefu@123' }))
      .accessToken;
    const projects = await api(s.apiUrl, 'GET', '/projects', clerkToken);
    const p101 = projects.find((p) => p.code === '101').id;
    const a = await api(s.apiUrl, 'POST', '/complaints', clerkToken, {
      projectId: p101,
      channel: 'phone',
      complainantName: '李娜',
      problem: `电梯困人二十分钟无人救援（${TAG}）`,
      review: true,
      valid: true,
      importance: 'A',
      category: 'ZX',
      kind: 'venting',
    });
    expect(a.code).toMatch(/^101-A-ZX-\d{6}$/);
    const manager = await desk('jingli');
    const inbox = async () => {
      await manager.goto(`${s.adminUrl}/complaints/escalations`);
      await manager.getByTestId('escalation-table').waitFor();
      await settled(manager);
      return manager.getByTestId('escalation-table').innerText();
    };
    expect(await inbox()).not.toContain(a.code);
    await api(s.apiUrl, 'POST', '/dev/clock', null, { advanceMinutes: 2 * 24 * 60 + 10 });
    expect(await inbox()).toContain(a.code);
    // the breach job ran with the clock: the broken promise reached the manager's bell once
    const jingli = (await api(s.apiUrl, 'POST', '/auth/staff/login', null, { username: 'jingli', password: 'Jingli@123' }))
      .accessToken;
    const bell = await api(s.apiUrl, 'GET', '/notifications', jingli);
    expect(bell.filter((n) => n.title.includes(a.code) && n.title.includes('明确答复'))).toHaveLength(1);
  });

  const shot = async (page, name) => {
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  };

  it('R-CMP-14 R-CMP-03 a neighbour joins on H5 with the join code, the desk adds a third co-complainant: class A, reported to the company the same day', async () => {
    const problem = `小区大门道闸夜间常抬杆不落（${TAG}）`;
    const zhang = await ownerToken(s.apiUrl, OWNER_PHONE); // a fresh session: an earlier test may have moved the clock
    const [room] = await api(s.apiUrl, 'GET', '/me/rooms', zhang.accessToken);
    const mine = await api(s.apiUrl, 'POST', '/me/complaints', zhang.accessToken, { roomId: room.roomId ?? room.id, problem });
    const { joinCode } = await api(s.apiUrl, 'GET', `/me/complaints/${mine.id}`, zhang.accessToken);
    expect(joinCode).toMatch(/^[A-Z0-9]{8}$/);
    const clerkToken = (await api(s.apiUrl, 'POST', '/auth/staff/login', null, { username: 'kefu', password: 'Kefu@123' }))
      .accessToken;
    await api(s.apiUrl, 'POST', `/complaints/${mine.id}/actions/review`, clerkToken, {
      valid: true,
      importance: 'B',
      category: 'ZX',
      kind: 'help',
    });

    // 李娜, a neighbour, joins on her phone with the code
    const lina = await ownerToken(s.apiUrl, '13800000002');
    const neighbour = await ownerPhone(s.browser, PHONE, lina);
    await neighbour.goto(`${s.h5Url}/#/pkg-complaint/join/index`);
    await current(neighbour).locator('.t-join-code input').fill(joinCode);
    await current(neighbour).locator('.t-join-submit').click();
    await current(neighbour).locator('.t-cmp-detail').waitFor();

    // the clerk sees two people and adds the third: the modal says what will happen before it is confirmed
    const clerk = await desk('kefu');
    await openInRegister(clerk, problem);
    expect(await clerk.getByTestId('complaint-detail').innerText()).toContain('共 2 人');
    await clerk.getByTestId('complaint-add-party').click();
    const form = clerk.getByTestId('add-party-form');
    await form.waitFor();
    await clerk.getByTestId('add-party-escalates').waitFor();
    expect(await clerk.getByTestId('add-party-escalates').innerText()).toContain('添加后共 3 人');
    await clerk.getByTestId('add-party-ok').click();
    await clerk.getByText('请填写联名人姓名').waitFor();
    await clerk.getByTestId('add-party-name').fill('王芳（A座1502）');
    await shot(clerk, 'admin-complaint-add-party');
    await clerk.getByTestId('add-party-ok').click();
    await form.waitFor({ state: 'detached' });
    await clerk.getByText('共 3 人：', { exact: false }).first().waitFor();
    await settled(clerk);
    const detail = await clerk.getByTestId('complaint-detail').innerText();
    expect(detail).toContain('王芳（A座1502）');
    expect(detail).toMatch(/已于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 上报公司/);
    expect(await clerk.getByTestId('complaint-code').innerText()).toMatch(/^101-A-ZX-\d{6}$/);
    // still open: more neighbours may join
    expect(await clerk.getByTestId('complaint-add-party').count()).toBe(1);
  });

  it('R-CMP-20 the complaint guide shows the time limits the clocks run on, one tap from the FAQ and from the complaint form, and prints for the lobby', async () => {
    const owner = await phone();
    await owner.goto(`${s.h5Url}/#/pkg-complaint/faq/index`);
    await current(owner).locator('.t-faq-item').first().waitFor();
    await shot(owner, 'h5-faq-chips');
    await current(owner).locator('.t-faq-guide').click();
    const guide = current(owner).locator('.t-cmp-guide');
    await guide.waitFor();
    const limits = await guide.locator('.t-guide-limit').allInnerTexts();
    expect(limits.map((x) => x.replace(/^·\s*/, '').trim())).toEqual(complaintGuideLimits());
    expect(await guide.innerText()).toContain('您的意见对我们非常重要');
    await shot(owner, 'h5-complaint-guide');

    await owner.goto(`${s.h5Url}/#/pkg-complaint/new/index`);
    await current(owner).locator('.t-cmp-guide-link').click();
    await current(owner).locator('.t-cmp-guide .t-guide-limit').first().waitFor();

    // the same guide, printable for the lobby, from the complaint register
    const clerk = await desk('kefu');
    await clerk.goto(`${s.adminUrl}/complaints`);
    await clerk.getByTestId('complaint-guide-print').click();
    const doc = clerk.locator('.wy-doc-preview').getByTestId('complaint-guide-doc');
    await doc.waitFor();
    expect(await doc.getByTestId('complaint-guide-limit').allInnerTexts()).toEqual(complaintGuideLimits());
    expect(await doc.innerText()).toContain('瑞和丰收大厦物业服务中心 投诉指南');
    await shot(clerk, 'admin-complaint-guide');
  });
});
