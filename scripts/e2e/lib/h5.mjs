// Helpers for browser tests that drive the mini-program's H5 build on a phone, as an owner would.
import { PHONE } from '../stack.mjs';

/** The page the H5 router shows once its transition is over (pages left behind stay in the DOM). */
export const current = (page) => page.locator('.taro_page.taro_page_show.taro_page_stationed:not(.taro_page_shade)');

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
