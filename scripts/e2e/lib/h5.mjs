// Helpers for browser tests that drive the mini-program's H5 build on a phone, as an owner would.
import { requiredParkingDocs } from '@wy/shared';
import { PHONE } from '../stack.mjs';

/** The page the H5 router shows once its transition is over (pages left behind stay in the DOM). */
const CURRENT = '.taro_page.taro_page_show.taro_page_stationed:not(.taro_page_shade)';
export const current = (page) => page.locator(CURRENT);

/**
 * Logs an owner in on the H5 login page by SMS code, as a person would, and waits until the home page is
 * the page shown. Waiting for the page, not the address: the login page's switch to 首页 is still loading
 * its page when the address changes, and a page opened meanwhile is closed when 首页 arrives (a slow
 * machine showed it: the bind wizard vanished under the test's click).
 */
export async function loginBySms(page, s, phone) {
  await page.goto(`${s.h5Url}/#/pkg-auth/login/index`);
  await page.locator('.t-phone input').fill(phone);
  await page.locator('.t-sms-send').click();
  let code = await s.smsCode(phone);
  for (let i = 0; i < 300 && !/^\d{6}$/.test(code ?? ''); i++)
    code = await new Promise((r) => setTimeout(r, 100)).then(() => s.smsCode(phone));
  if (!/^\d{6}$/.test(code ?? '')) throw new Error(`no SMS code for ${phone}`);
  await page.locator('.t-code input').fill(code);
  await page.locator('.t-agree').click();
  await page.locator('.t-login').click();
  await current(page).locator('.home').waitFor();
}

/**
 * Waits until the page the router shows has arrived and stopped moving: one page shown (the one left behind
 * shaded), no CSS transition or finite animation running, and a frame painted since. What a fixed pause after
 * opening a page stood for, without its cost on every page of a walk.
 */
export async function stillPage(page) {
  await page.waitForFunction(
    (sel) =>
      document.querySelectorAll(sel).length === 1 &&
      !document.getAnimations().some((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity),
    CURRENT,
  );
  await page.evaluate(() => new Promise((r) => window.requestAnimationFrame(() => window.requestAnimationFrame(() => r(undefined)))));
}

/** Phone helpers bound to a started stack `s`. */
export function h5(s) {
  const call = async (method, path, token, body) => {
    const r = await fetch(`${s.apiUrl}/api/v1${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await r.json().catch(() => null);
    if (!r.ok) throw new Error(`${method} ${path} → ${r.status} ${JSON.stringify(json)}`);
    return json;
  };
  return {
    call,
    /** An owner signed in by SMS code (the fake SMS gateway's last code): the token pair. */
    async owner(phone) {
      await call('POST', '/auth/owner/sms-code', null, { phone });
      let code = await s.smsCode(phone);
      for (let i = 0; i < 50 && !code; i++) code = await new Promise((r) => setTimeout(r, 100)).then(() => s.smsCode(phone));
      return call('POST', '/auth/owner/sms-login', null, { phone, code });
    },
    /** A phone (390×844) signed in with this token pair, as the app stores it. */
    async phoneWith(pair, opts = {}) {
      const ctx = await s.browser.newContext({ ...PHONE, ...opts });
      if (pair)
        await ctx.addInitScript(
          (p) => {
            if (localStorage.getItem('wy.accessToken')) return; // keep what the app itself stored since
            for (const [k, v] of Object.entries(p)) localStorage.setItem(k, JSON.stringify({ data: v }));
          },
          { 'wy.accessToken': pair.accessToken, 'wy.refreshToken': pair.refreshToken, 'wy.me': pair.me },
        );
      return ctx.newPage();
    },
    /** Opens a page by its path and waits for `ready` on it. */
    async open(page, path, ready) {
      await page.goto(`${s.h5Url}/#/${path}`);
      await current(page).locator(ready).first().waitFor();
    },
  };
}

/** a 1×1 PNG: a document's photo (as api/test/images.ts has it) */
const PNG_BASE64 = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000970485973000003e8000003e801b57b526b0000000d494441540899636060606000000005000187a14ed40000000049454e44ae426082',
  'hex',
).toString('base64');
const setUps = new WeakMap();

/** The parking-use plan of the demo building (R-PRK-01): monthly and yearly rental spaces. */
export const demoParkingPlan = (projectId) => ({
  projectId,
  title: '瑞和丰收大厦停车场使用方案',
  approvedOn: '2026-03-01',
  approvalDocument: '业主大会决议〔2026〕2号',
  process: '提交资料 → 核对原件 → 签订合同 → 经理审批 → 缴费 → 领取停车卡',
  prices: [
    { kind: 'rental', term: 'month', amountFen: 30000 },
    { kind: 'rental', term: 'year', amountFen: 320000 },
  ],
});

/**
 * The owner pages that need the centre to have done something first, with 张伟's data of his own (once per
 * stack `s`): the result page of a bill he paid online (缴费结果), the parking application form of a
 * project with a published plan (车位申请), and his application's page (车位详情). [path, what shows once
 * it has loaded]. `owner` is 张伟's token pair (13800000001, owner of A座 1201).
 */
export function paidAndParkingPages(s, owner) {
  if (!setUps.has(s)) setUps.set(s, setUpPaidAndParking(s, owner));
  return setUps.get(s);
}

async function setUpPaidAndParking(s, owner) {
  const { call } = h5(s);
  const token = owner.accessToken;
  const room = (await call('GET', '/me/rooms', token)).find((r) => r.propertyCode === '1011011201');
  // a bill paid through WeChat Pay: the order, then the payer pays and WeChat Pay's signed notify arrives
  const owed = (await call('GET', '/me/bills', token)).items.find((b) => b.status === 'unpaid');
  const order = await call('POST', '/me/payments', token, { billIds: [owed.id], channel: 'h5' });
  await s.wechatPay.state.pay(order.outTradeNo);
  for (let i = 0; i < 100 && (await call('GET', `/me/payments/${order.id}`, token)).status !== 'paid'; i++)
    await new Promise((r) => setTimeout(r, 100));
  // the centre's parking set-up (R-PRK-01): spaces and the published plan; 张伟 applies for a monthly space
  const manager = await call('POST', '/auth/staff/login', null, { username: 'jingli', password: 'Jingli@123' });
  const area = await call('POST', '/parking/areas', manager.accessToken, {
    projectId: room.projectId,
    code: 'B1',
    name: '地下一层',
  });
  await call('POST', '/parking/spaces', manager.accessToken, { areaId: area.id, kind: 'rental', from: 1, to: 3 });
  await call('PUT', '/parking/plan', manager.accessToken, demoParkingPlan(room.projectId));
  const docs = [];
  for (const doc of requiredParkingDocs('rental', room.kind)) {
    const up = await call('POST', '/uploads', token, {
      fileName: `${doc}.png`,
      contentType: 'image/png',
      contentBase64: PNG_BASE64,
    });
    docs.push({ doc, uploadIds: [up.id] });
  }
  const plate = `粤B${String(Date.now()).slice(-5)}`;
  const application = await call('POST', '/me/parking/applications', token, {
    roomId: room.roomId,
    plate,
    kind: 'rental',
    term: 'month',
    docs,
  });
  return [
    [`pkg-fee/result/index?id=${order.id}`, '.t-pay-paid'],
    ['pkg-parking/apply/index', '.t-prk-plate'],
    [`pkg-parking/detail/index?id=${application.id}`, '.t-prk-detail'],
  ];
}
