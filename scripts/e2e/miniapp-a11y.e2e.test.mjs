// Every owner can use it (issue 13), in the mini-program's H5 build on a 390 × 844 phone: 长辈版 (offered on
// first entry, switched under 我的, following a large text size; its home is the few big jobs with big
// text and big buttons), tap areas that are named buttons of at least 44 × 44, pinch zoom, and pages that
// wrap instead of overprinting at 2× text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ELDER_MIN_LINE_HEIGHT, ELDER_MIN_TAP_PX, ELDER_MIN_TEXT_PX, MIN_TAP_PX } from '@wy/shared';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStack } from './stack.mjs';
import { current, h5, paidAndParkingPages, stillPage } from './lib/h5.mjs';
import { notButtons, restoreTextSize, scaledTextProblems, tapProblems, textSizeProblems } from './lib/text-layout.mjs';

const SHOTS = join(dirname(fileURLToPath(import.meta.url)), '../../.tmp/a11y');
/**
 * The 2× walks keep a screenshot of every page they check, to look at (.tmp/a11y); `npm test` sets
 * A11Y_SHOTS=failures and keeps only the pages with problems (seventy-odd phone screenshots cost CI time).
 */
const shotAll = process.env.A11Y_SHOTS !== 'failures';

describe('every owner can use the mini-program (H5)', () => {
  let s;
  let phone;
  let zhang; // 张伟, owner of A座 1201 (demo), signed in once: SMS codes are rate limited per number
  beforeAll(async () => {
    s = await startStack();
    phone = h5(s);
    zhang = await phone.owner('13800000001');
    // R-PAY-04 one of his owed months carries an approved adjustment, so the bills page shows its lines and reason
    const owed = (await phone.call('GET', '/me/bills?status=unpaid', zhang.accessToken)).items.find(
      (b) => b.sourceType === 'fee',
    );
    const as = async (username, password) =>
      (await phone.call('POST', '/auth/staff/login', null, { username, password })).accessToken;
    const asked = await phone.call('POST', '/bill-adjustments', await as('kefu', 'Kefu@123'), {
      billId: owed.id,
      kind: 'reduce',
      target: 'principal',
      amountFen: 1000,
      reason: '电梯停运两周，经管理处同意减免部分物业服务费',
    });
    await phone.call('POST', `/bill-adjustments/${asked.id}/approve`, await as('jingli', 'Jingli@123'), {});
  });
  afterAll(async () => s?.close());

  const elderOn = (page) => page.evaluate(() => localStorage.setItem('wy.elder', JSON.stringify({ data: 'on' })));
  const jobsOf = (page) =>
    current(page)
      .locator('.t-elder-job')
      .evaluateAll((els) => els.map((e) => [...e.classList].find((c) => c.startsWith('t-elder-job-')).slice(12)));

  it('长辈版 is offered on first entry; once on, 首页 is 报修, 缴费, 投诉 and 一键呼叫 in text of 18 px or more, line spacing 1.3 or more and tap areas of 60 × 60 or more', async () => {
    const page = await phone.phoneWith(zhang);
    await phone.open(page, 'pages/index/index', '.t-entry');
    // standard first: the full grid, and the offer (a card, not a pop-up)
    await current(page).locator('.t-elder-offer').waitFor();
    expect(await current(page).locator('.t-elder-jobs').count()).toBe(0);
    expect(await page.locator('.taro__modal, .taro-modal__mask').count()).toBe(0);
    await current(page).locator('.t-elder-offer-yes').click();
    await current(page).locator('.t-elder-jobs').waitFor();
    expect(await jobsOf(page)).toEqual(['repair', 'fee', 'complaint', 'call']);
    expect(await current(page).locator('.grid, .t-elder-offer, .t-progress').count()).toBe(0);
    const root = current(page);
    expect([
      ...(await textSizeProblems(root, { text: ELDER_MIN_TEXT_PX, lineHeight: ELDER_MIN_LINE_HEIGHT })),
      ...(await tapProblems(root, ELDER_MIN_TAP_PX)),
    ]).toEqual([]);
    // the choice is kept: the next visit has no offer
    await page.reload();
    await current(page).locator('.t-elder-jobs').waitFor();
    expect(await current(page).locator('.t-elder-offer').count()).toBe(0);
    await page.context().close();
  });

  it('长辈版 switches under 我的 (a named switch that says its state), and 我的 itself grows with it', async () => {
    const page = await phone.phoneWith(zhang);
    await phone.open(page, 'pages/me/index', '.t-my-rooms');
    const sw = current(page).locator('.t-elder-switch');
    expect(await sw.getAttribute('role')).toBe('switch');
    expect(await sw.getAttribute('aria-checked')).toBe('false');
    expect(await sw.innerText()).toContain('长辈版'); // its name: the words it shows
    await sw.press('Enter'); // a keyboard works it as well as a tap
    await current(page).locator('.page.elder').waitFor();
    expect(await sw.getAttribute('aria-checked')).toBe('true');
    expect(await tapProblems(current(page), ELDER_MIN_TAP_PX)).toEqual([]);
    await phone.open(page, 'pages/index/index', '.t-elder-jobs');
    await phone.open(page, 'pages/me/index', '.t-my-rooms');
    await current(page).locator('.t-elder-switch').click();
    expect(await current(page).locator('.t-elder-switch').getAttribute('aria-checked')).toBe('false');
    await phone.open(page, 'pages/index/index', '.t-entry');
    expect(await current(page).locator('.t-elder-jobs').count()).toBe(0);
    await page.context().close();
  });

  it('长辈版 follows a large text size (1.5×) on its own until the owner switches back; the standard size leaves it off', async () => {
    const page = await phone.phoneWith(zhang);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24 } });
    await phone.open(page, 'pages/index/index', '.t-elder-jobs');
    await current(page).locator('.t-elder-offer').waitFor();
    expect(await current(page).locator('.t-elder-offer').innerText()).toContain('已为您打开长辈版');
    await current(page).locator('.t-elder-offer-no').click();
    await current(page).locator('.t-entry').first().waitFor();
    expect(await current(page).locator('.t-elder-jobs').count()).toBe(0);
    await page.context().close();
    // the standard size: off, offered
    const plain = await phone.phoneWith(zhang);
    await phone.open(plain, 'pages/index/index', '.t-entry');
    expect(await current(plain).locator('.t-elder-jobs').count()).toBe(0);
    expect(await current(plain).locator('.t-elder-offer').innerText()).toContain('试试长辈版');
    await plain.context().close();
  });

  it('长辈版 reaches the repair form and the bills page: text of 18 px or more, line spacing 1.3 or more, buttons of 60 × 60 or more', async () => {
    const page = await phone.phoneWith(zhang);
    await page.goto(`${s.h5Url}/`);
    await elderOn(page);
    const problems = [];
    for (const [path, ready] of [
      ['pkg-repair/new/index', '.t-repair-desc'],
      ['pkg-fee/index/index', '.t-fee-sum'],
    ]) {
      await phone.open(page, path, ready);
      await current(page).locator('.page.elder').waitFor();
      const root = current(page);
      problems.push(
        ...(await textSizeProblems(root, { text: ELDER_MIN_TEXT_PX, lineHeight: ELDER_MIN_LINE_HEIGHT })).map(
          (p) => `${path} ${p}`,
        ),
        ...(await tapProblems(root, ELDER_MIN_TAP_PX)).map((p) => `${path} ${p}`),
      );
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('every tap area on 首页 and 我的 is a named button of 44 × 44 or more that a keyboard reaches, and pinch zoom is allowed', async () => {
    const page = await phone.phoneWith(zhang);
    const problems = [];
    await phone.open(page, 'pages/index/index', '.t-progress');
    problems.push(...(await notButtons(current(page), '.t-entry, .t-call, .t-room-switcher')));
    problems.push(...(await tapProblems(current(page), MIN_TAP_PX)).map((p) => `首页 ${p}`));
    await phone.open(page, 'pages/me/index', '.t-my-rooms');
    problems.push(...(await notButtons(current(page), '.cell.t-my-rooms, .t-my-vehicles, .t-staff-entry, .t-bind-new')));
    problems.push(...(await tapProblems(current(page), MIN_TAP_PX)).map((p) => `我的 ${p}`));
    expect(problems).toEqual([]);
    const viewport = await page.locator('meta[name=viewport]').getAttribute('content');
    expect(viewport).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale\s*=\s*1(\.0)?\b/);
    await page.context().close();
  });

  /**
   * The owner's other pages, with data of 张伟's own to show: a complaint, an enquiry, a repair with a visit days
   * away, a paid bill's receipt, a bill paid online and a parking application under the centre's plan (made
   * through the API, as the desk and the owner would). [path, what shows once it has loaded].
   */
  let ownerPagesMade;
  /** The pages, their data made once for the file (the first of the two walks to run makes it). */
  const ownerPages = () => (ownerPagesMade ??= makeOwnerPages());
  async function makeOwnerPages() {
    const { call } = phone;
    const token = zhang.accessToken;
    const room = (await call('GET', '/me/rooms', token)).find((r) => r.propertyCode === '1011011201');
    const cats = await call('GET', `/directory/projects/${room.projectId}/repair-categories`, token);
    const TAG = String(Date.now()).slice(-6);
    // a visit five days on: its time is the long kind (12月11日 周五下午 14:00-18:00), not 明天上午
    const day = new Date(Date.now() + 5 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
    const repair = await call('POST', '/me/service-requests', token, {
      roomId: room.roomId,
      categoryId: cats.find((c) => c.code === 'HOME-TAP').id,
      description: `长辈版检查（${TAG}）：厨房水龙头一直滴水，关不紧`,
      notDuplicate: true,
      appointmentStart: `${day}T06:00:00.000Z`,
      appointmentEnd: `${day}T10:00:00.000Z`,
    });
    const complaint = await call('POST', '/me/complaints', token, {
      roomId: room.roomId,
      problem: `长辈版检查（${TAG}）：楼下商铺夜里搬货声音很大，影响休息`,
    });
    const enquiry = await call('POST', '/me/enquiries', token, {
      roomId: room.roomId,
      type: 'inquiry',
      content: `长辈版检查（${TAG}）：周末可以办理车位申请吗？`,
    });
    // R-ACT-04 the demo's announcements for A座 (the urgent 停水 notice and a 温馨提示)
    const [notice] = (await call('GET', '/me/announcements', token)).items;
    // R-ACT-02 the demo's activities of 瑞和丰收大厦 (one taking sign-ups, one asking opinions) and this quarter's survey
    const activities = (await call('GET', '/me/activities', token)).items;
    const activity = activities.find((a) => a.phase === 'open') ?? activities[0];
    let paid = (await call('GET', '/me/bills', token)).items.find((b) => b.paymentId);
    if (!paid) {
      const clerk = await call('POST', '/auth/staff/login', null, { username: 'kefu', password: 'Kefu@123' });
      const owed = (await call('GET', '/me/bills', token)).items.find((b) => b.status === 'unpaid');
      await call('POST', `/bills/${owed.id}/desk-payments`, clerk.accessToken, { method: 'cash', amountFen: owed.amountFen });
      paid = (await call('GET', '/me/bills', token)).items.find((b) => b.id === owed.id);
    }
    // an invoice request for it, so 我的开票申请 has a card (once: the second walk finds it)
    if (!(await call('GET', '/me/invoice-requests', token)).items.length)
      await call('POST', '/me/invoice-requests', token, {
        billIds: [paid.id],
        titleType: 'personal',
        title: '张伟',
        email: 'zhangwei@example.com',
      });
    // R-MOV-01 a published move-in notice for 张伟's room (once: the second walk finds it), for 入伙办理 and its notice
    if (!(await call('GET', '/me/move-ins', token)).length) {
      const mgr = await call('POST', '/auth/staff/login', null, { username: 'jingli', password: 'Jingli@123' });
      const batch = await call('POST', '/move-in-batches', mgr.accessToken, {
        projectId: room.projectId,
        name: '长辈版检查交付批次',
        startOn: day,
        endOn: day,
        developerName: '瑞和置业',
        guide: '办理流程：核验身份 → 资料与协议 → 缴费 → 验房 → 交钥匙。请携带入伙通知书原件。',
        renovationNotes: '装修前请办理装修报备。',
        paymentNotice: '本批次入伙时不收取费用。',
        propertyFeeFenPerM2: 0,
        propertyFeeMonths: 0,
        fundFenPerM2: 0,
        rooms: [{ roomId: room.roomId, buyerName: '张伟', buyerPhone: '13800000001' }],
      });
      await call('POST', `/move-in-batches/${batch.id}/publish`, mgr.accessToken);
    }
    const [moveIn] = await call('GET', '/me/move-ins', token);
    // R-PAS-05 a visitor the front desk registered for 张伟's room (waiting for his answer) and one he invited (its code)
    const desk = await call('POST', '/auth/staff/login', null, { username: 'kefu', password: 'Kefu@123' });
    const host = (await call('GET', `/visitors/hosts?roomId=${room.roomId}`, desk.accessToken)).find((h) => h.name === '张伟');
    await call('POST', '/visitors', desk.accessToken, {
      roomId: room.roomId,
      hostPersonId: host.personId,
      name: '长辈版访客',
      idNumber: '110105199003071239',
      peopleCount: 2,
      reason: 'family',
    });
    const invited = await call('POST', '/me/visitors', token, {
      roomId: room.roomId,
      name: '长辈版预约',
      phone: '13912345678',
      visitOn: new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10),
      peopleCount: 1,
    });
    return [
      ['pkg-complaint/new/index', '.t-cmp-problem'],
      ['pkg-complaint/list/index', '.t-cmp-item'],
      [`pkg-complaint/detail/index?id=${complaint.id}`, '.t-cmp-status'],
      ['pkg-complaint/guide/index', '.t-cmp-guide'],
      ['pkg-complaint/join/index', '.t-join-code'],
      ['pkg-complaint/suggest/index', '.t-enq-content'],
      ['pkg-complaint/enquiries/index', '.t-enq-item'],
      [`pkg-complaint/enquiry/index?id=${enquiry.id}`, '.t-enq-status'],
      ['pkg-complaint/faq/index', '.t-faq-item'],
      ['pkg-parking/index/index', '.t-prk-home'],
      ['pkg-pass/index/index', '.t-pass-item'],
      ['pkg-pass/apply/index', '.t-pass-guide'],
      [`pkg-pass/detail/index?id=${(await call('GET', '/me/passes', token))[0].id}`, '.t-pass-detail'],
      ['pkg-movein/index/index', '.t-movein-item'],
      ['pkg-visitor/index/index', '.t-visitor-pending'],
      ['pkg-visitor/invite/index', '.t-visitor-name'],
      [`pkg-visitor/detail/index?id=${invited.id}`, '.t-visitor-code'],
      [`pkg-movein/detail/index?id=${moveIn.id}`, '.t-movein-detail'],
      ['pkg-reno/index/index', '.t-reno-item'],
      ['pkg-reno/apply/index', '.t-reno-guide'],
      [`pkg-reno/detail/index?id=${(await call('GET', '/me/renovations', token))[0].id}`, '.t-reno-detail'],
      ['pkg-info/list/index', '.t-notice-item'],
      [`pkg-info/detail/index?id=${notice.id}`, '.t-notice-para'],
      ['pkg-info/activities/index', '.t-activity-item'],
      [`pkg-info/activity/index?id=${activity.id}`, '.t-activity-title'],
      ['pkg-info/survey/index', '.t-survey'],
      // R-RPT-02 the demo's published monthly work report of 101
      ['pkg-info/reports/index', '.t-report-item'],
      [`pkg-info/report/index?id=${(await call('GET', '/me/work-reports', token)).items[0].id}`, '.t-report-opinion'],
      ['pkg-repair/list/index', '.t-req-item'],
      [`pkg-repair/detail/index?id=${repair.id}`, '.req-head__code'],
      ['pkg-fee/history/index', '.t-fee-paid'],
      [`pkg-fee/receipt/index?paymentId=${paid.paymentId}`, '.t-receipt'],
      ['pkg-fee/invoice/index', '.t-inv-bill, .ui-empty'],
      ['pkg-fee/invoices/index', '.t-inv-request'],
      ['pages/me/index', '.t-my-rooms'],
      // 缴费结果, 车位申请 with the centre's plan, 车位详情
      ...(await paidAndParkingPages(s, zhang)),
    ];
  }

  it('长辈版 reaches every other owner page (complaints, enquiries and FAQ, parking, release passes, visitors, renovations, announcements, activities and the survey, monthly work reports, my repairs and one of them, bills, paid bills, a receipt, invoice requests, 我的; the bills page itself is checked above): text of 18 px or more, line spacing 1.3 or more, tap areas of 60 × 60 or more, no pop-up', async () => {
    const pages = await ownerPages();
    const page = await phone.phoneWith(zhang);
    await page.goto(`${s.h5Url}/`);
    await elderOn(page);
    const problems = [];
    for (const [path, ready] of pages) {
      await phone.open(page, path, ready);
      await current(page).locator('.page.elder').first().waitFor();
      const root = current(page);
      problems.push(
        ...(await textSizeProblems(root, { text: ELDER_MIN_TEXT_PX, lineHeight: ELDER_MIN_LINE_HEIGHT })).map(
          (p) => `${path} ${p}`,
        ),
        ...(await tapProblems(root, ELDER_MIN_TAP_PX)).map((p) => `${path} ${p}`),
      );
      if (await page.locator('.taro__modal, .taro-modal__mask').count()) problems.push(`${path} 弹出了对话框`);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('at 2× text, every other owner page wraps instead of overprinting or cutting text, in standard and 长辈版', async () => {
    const pages = await ownerPages();
    const page = await phone.phoneWith(zhang);
    await page.goto(`${s.h5Url}/`);
    const problems = [];
    mkdirSync(SHOTS, { recursive: true });
    for (const mode of ['标准', '长辈版']) {
      if (mode === '长辈版') await elderOn(page);
      for (const [path, ready] of pages) {
        await phone.open(page, path, ready);
        await stillPage(page); // the page's entry transition over
        const found = await scaledTextProblems(current(page), 2);
        problems.push(...found.map((p) => `${mode} ${path}: ${p}`));
        // what it looked like, to open when it fails (.tmp/a11y)
        if (shotAll || found.length) await page.screenshot({ path: join(SHOTS, `2x-${mode}-${path.replace(/\W+/g, '-')}.png`) });
        await restoreTextSize(current(page));
      }
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a keyboard works every kind of tap area: Enter presses a button (a Taro button whose card does the work too), Space a switch; a chip says whether it is chosen, a question whether it is open', async () => {
    const newcomer = await phone.owner('13900000009'); // nothing bound: 首页 offers 绑定房屋 with a button in its card
    let page = await phone.phoneWith(newcomer);
    await phone.open(page, 'pages/index/index', '.t-bind-card');
    const go = current(page).locator('.t-bind-go');
    expect(await go.getAttribute('role')).toBe('button');
    expect(await go.evaluate((e) => e.tabIndex)).toBe(0);
    await go.focus();
    await page.keyboard.press('Enter');
    await current(page).locator('.t-bind-project').first().waitFor();
    await page.context().close();
    // the FAQ of 张伟's building: a category chip says it is chosen, a question says it is open
    const owner = await phone.phoneWith(zhang);
    await phone.open(owner, 'pkg-complaint/faq/index', '.t-faq-item');
    page = owner;
    const chip = current(page).locator('.t-faq-cat').nth(1);
    expect(await chip.getAttribute('aria-pressed')).toBe('false');
    const filtered = page.waitForResponse((r) => r.url().includes('/me/faq?') && r.url().includes('category='));
    await chip.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => chip.getAttribute('aria-pressed')).toBe('true');
    // the chip loads its category's questions; until they arrive the page shows the old list, whose first
    // question a Space would open just before it is replaced (the flake under load): wait for the new list
    const questions = (await (await filtered).json()).map((x) => x.question);
    expect(questions.length).toBeGreaterThan(0);
    await expect.poll(() => current(page).locator('.t-faq-item .cp-item__title').allInnerTexts()).toEqual(questions);
    const q = current(page).locator('.t-faq-item').first();
    expect(await q.getAttribute('aria-expanded')).toBe('false');
    await q.focus();
    await page.keyboard.press(' ');
    await expect.poll(() => q.getAttribute('aria-expanded')).toBe('true');
    await page.context().close();
    // the login page's agreement is a switch that says its state, pressed by Space
    const guest = await phone.phoneWith(null);
    await phone.open(guest, 'pkg-auth/login/index', '.t-agree');
    const agree = current(guest).locator('.t-agree');
    expect(await agree.getAttribute('aria-checked')).toBe('false');
    await agree.focus();
    await guest.keyboard.press(' ');
    await expect.poll(() => agree.getAttribute('aria-checked')).toBe('true');
    await guest.context().close();
  });

  it('at 2× text, 首页, the repair form (with its visit times) and the bills page wrap instead of overprinting or cutting text, in standard and 长辈版', async () => {
    const page = await phone.phoneWith(zhang);
    const problems = [];
    const check = async (mode, path, ready, before) => {
      await phone.open(page, path, ready);
      if (before) await before();
      await stillPage(page); // the page's entry transition over
      const found = await scaledTextProblems(current(page), 2);
      problems.push(...found.map((p) => `${mode} ${path}: ${p}`));
      // what it looked like, to open when it fails (.tmp/a11y)
      mkdirSync(SHOTS, { recursive: true });
      if (shotAll || found.length) await page.screenshot({ path: join(SHOTS, `2x-${mode}-${path.replace(/\W+/g, '-')}.png`) });
      await restoreTextSize(current(page));
    };
    // an in-home repair: its visit-time slots are on the form
    const inHome = async () => {
      await current(page).locator('.t-repair-cat-HOME-TAP').click();
      await current(page).locator('.t-repair-slot').first().waitFor();
    };
    for (const mode of ['标准', '长辈版']) {
      if (mode === '长辈版') {
        await elderOn(page);
        await page.reload();
      }
      await check(mode, 'pages/index/index', mode === '标准' ? '.t-entry' : '.t-elder-jobs');
      await check(mode, 'pkg-repair/new/index', '.t-repair-desc', inHome);
      await check(mode, 'pkg-fee/index/index', '.t-fee-sum');
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
