// Helpers for browser tests that drive the admin console as staff would.
import { formatLocal } from '@wy/shared';
import { checked } from '../../lib/repair-steps.mjs';

/** The demo staff logins (DEMO_SEED=1), as the README and the login page's demo table list them. */
export const STAFF = {
  admin: 'Admin@123',
  jingli: 'Jingli@123',
  zhuguan: 'Zhuguan@123',
  kefu: 'Kefu@123',
  kefu2: 'Kefu2@123',
  pinzhi: 'Pinzhi@123',
  gongcheng: 'Gongcheng@123',
  jigong: 'Jigong@123',
  caiwu: 'Caiwu@123',
};

/** Signs in on the login page and waits for the console's shell. */
export async function signIn(page, adminUrl, username, password = STAFF[username]) {
  await page.goto(`${adminUrl}/login`);
  await page.locator('input[data-testid=login-username]').fill(username);
  await page.locator('input[data-testid=login-password]').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user').waitFor();
}

/** Waits until the page has loaded what it asked for: no request in flight, no spinner or skeleton, no animation running. */
export async function settled(page, timeout = 30_000) {
  // A button's own loading icon is left out of the motions: a 查询 button whose loading flips on and off in
  // one frame can keep its icon in "leave-active" for good (width 0, invisible); the button's
  // .ant-btn-loading is what says it is busy.
  const motion = (m) => `[class*="-${m}-active"]:not(.ant-btn-loading-icon)`;
  const BUSY = [
    '.ant-spin-spinning',
    '.ant-skeleton-active',
    '.ant-btn-loading',
    '.wy-page-loading', // the console's own placeholder while a page's code loads
    ...['appear', 'enter', 'leave'].map(motion),
  ].join(', ');
  await page.waitForLoadState('networkidle');
  try {
    // and no finite CSS transition or animation running (a list fading back in after loading is half
    // transparent for 0.3 s; spinners, which run for ever, are not waited for)
    await page.waitForFunction(
      (sel) =>
        !document.querySelector(sel) &&
        !document.getAnimations().some((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity),
      BUSY,
      { timeout },
    );
  } catch (e) {
    // say what is still busy, and where, instead of a bare timeout
    const busy = await page
      .locator(BUSY)
      .evaluateAll((els) => els.map((el) => `<${el.tagName.toLowerCase()} class="${el.className}">`).slice(0, 5))
      .catch(() => []);
    const moving = await page
      .evaluate(() =>
        document
          .getAnimations()
          .filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity)
          .slice(0, 5)
          .map((a) => `${a.transitionProperty ?? a.animationName ?? 'animation'} on <${a.effect?.target?.className}>`),
      )
      .catch(() => []);
    throw new Error(`${page.url()} still busy after ${timeout} ms: ${[...busy, ...moving].join(' ')}`, { cause: e });
  }
}

/**
 * Waits until an antd dialog is open and has finished its opening zoom. Under load a click during the zoom
 * can land where the button was a frame earlier and be lost: the dialog then neither submits nor complains.
 */
export async function modalReady(modal) {
  await modal.waitFor();
  await modal.evaluate(async (el) => {
    const wrap = el.closest('.ant-modal-root') ?? el;
    for (;;) {
      const moving = wrap.getAnimations({ subtree: true }).filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
      const motion =
        wrap.querySelector('[class*="-appear-active"], [class*="-enter-active"]') || /-(appear|enter)-active/.test(el.className);
      if (!moving.length && !motion) return;
      await Promise.all(moving.map((a) => a.finished.catch(() => undefined)));
      await new Promise((r) => window.requestAnimationFrame(() => r(undefined)));
    }
  });
}

/**
 * Submits an antd dialog and waits until it has closed. A dialog that stays open fails with what kept it open
 * (the form's own messages, the error toast, the submit button still busy) instead of a bare timeout.
 */
export async function submitModal(page, modal, { submit = modal.getByTestId('action-submit'), timeout = 30_000 } = {}) {
  await modalReady(modal);
  await submit.click();
  try {
    await modal.waitFor({ state: 'detached', timeout });
  } catch (e) {
    const said = await page
      .locator('.ant-form-item-explain-error, .ant-message-notice, .ant-notification-notice, .ant-modal-confirm')
      .allInnerTexts()
      .catch(() => []);
    const busy = await submit.evaluate((b) => b.classList.contains('ant-btn-loading')).catch(() => false);
    throw new Error(
      `the dialog stayed open ${timeout} ms after submit${busy ? ', its submit button still busy' : ''}: ${said.join(' | ') || 'nothing said'}`,
      {
        cause: e,
      },
    );
  }
}

/** The console's menu entries for the signed-in staff member (paths). */
export async function menuPaths(page) {
  return page.locator('.wy-sider a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
}

/** A JSON call to the API as a script would make it (test set-up). */
export async function api(apiUrl, method, path, token, body) {
  const r = await fetch(`${apiUrl}/api/v1${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  const json = text ? JSON.parse(text) : null;
  if (!r.ok) throw new Error(`${method} ${path} → ${r.status} ${text}`);
  return json;
}

/** Signs in through the API: `{ accessToken, me }`. */
export const staffToken = (apiUrl, username, password = STAFF[username]) =>
  api(apiUrl, 'POST', '/auth/staff/login', null, { username, password });

/**
 * A request taken by phone at the desk of project 101 (test set-up through the API): `{ request, token, projectId }`.
 * @param {string} apiUrl
 * @param {{ category?: string, location?: string, description: string, username?: string }} o
 */
export async function phoneRequest(
  apiUrl,
  { category = 'PUB-LIGHT', location = 'A座9楼电梯厅', description, username = 'kefu' },
) {
  const { accessToken, me } = await staffToken(apiUrl, username);
  const projectId = me.projects.find((p) => p.code === '101').id;
  const cats = await api(apiUrl, 'GET', `/repair-categories?projectId=${projectId}`, accessToken);
  const request = await api(apiUrl, 'POST', '/service-requests', accessToken, {
    projectId,
    channel: 'phone',
    categoryId: cats.find((c) => c.code === category).id,
    urgency: 'normal',
    location,
    description,
    requesterName: '张伟',
    requesterPhone: '13800000001',
  });
  return { request, token: accessToken, projectId };
}

/** An owner's session through the API (SMS code from the demo SMS outbox): `{ accessToken }`. */
export async function ownerToken(apiUrl, phone) {
  await api(apiUrl, 'POST', '/auth/owner/sms-code', null, { phone });
  const { code } = await api(apiUrl, 'GET', `/dev/sms-outbox?phone=${phone}`);
  return api(apiUrl, 'POST', '/auth/owner/sms-login', null, { phone, code });
}

/**
 * A repair taken through to waiting for its callback (test set-up through the API): filed by the owner
 * in the mini-program, dispatched to 孙师傅, done, then confirmed and rated by the owner (`ownerRates`)
 * or, without a rating, confirmed by the clerk with the owner's signature.
 */
export async function awaitingCallback(apiUrl, owner, { description, ownerRates }) {
  const clerk = await staffToken(apiUrl, 'kefu');
  const tech = await staffToken(apiUrl, 'jigong');
  const projectId = clerk.me.projects.find((p) => p.code === '101').id;
  const [room] = await api(apiUrl, 'GET', '/me/rooms', owner.accessToken);
  const cats = await api(apiUrl, 'GET', `/repair-categories?projectId=${projectId}`, clerk.accessToken);
  const mine = await api(apiUrl, 'POST', '/me/service-requests', owner.accessToken, {
    roomId: room.roomId ?? room.id,
    categoryId: cats.find((c) => c.code === 'HOME-TAP').id,
    description,
    notDuplicate: true, // another tap problem of the room than the demo's open one (R-SRV-05)
  });
  const techs = await api(apiUrl, 'GET', `/staff/technicians?projectId=${projectId}`, clerk.accessToken);
  const act = (token, action, body = {}) => api(apiUrl, 'POST', `/service-requests/${mine.id}/actions/${action}`, token, body);
  await act(clerk.accessToken, 'review', { urgency: 'normal' });
  await act(clerk.accessToken, 'dispatch', { assigneeStaffId: techs.find((t) => t.name === '孙师傅').id });
  await act(tech.accessToken, 'accept');
  await act(tech.accessToken, 'arrive');
  await act(tech.accessToken, 'finish', checked({ result: '更换阀芯，试水正常', materials: [], feeFen: 3000 }));
  const done = ownerRates
    ? await api(apiUrl, 'POST', `/me/service-requests/${mine.id}/actions/confirm`, owner.accessToken, {
        satisfaction: ownerRates,
        comment: '师傅很细心',
      })
    : await act(clerk.accessToken, 'confirm', { signature: SIGNATURE });
  return { ...done, clerk: clerk.accessToken, projectId };
}

/** A 1×1 PNG: the owner's on-screen signature when the centre confirms for them. */
export const SIGNATURE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** A phone-sized page of the H5 signed in as the owner of `pair` (the tokens kept where the mini-program keeps them). */
export async function ownerPhone(browser, context, pair) {
  const ctx = await browser.newContext(context);
  await ctx.addInitScript(
    (p) => {
      if (localStorage.getItem('wy.accessToken')) return;
      for (const [k, v] of Object.entries(p)) localStorage.setItem(k, JSON.stringify({ data: v }));
    },
    { 'wy.accessToken': pair.accessToken, 'wy.refreshToken': pair.refreshToken, 'wy.me': pair.me },
  );
  return ctx.newPage();
}
/** The H5 page on show (Taro keeps earlier pages in the document). */
export const currentPage = (page) => page.locator('.taro_page.taro_page_show.taro_page_stationed:not(.taro_page_shade)');

/**
 * Moves the API's clock (CLOCK_CONTROL=1) to the next 10:00 China time, at most a day ahead, so a test reads
 * amounts that change at the project's midnight (late fees) far from it, whenever it runs. The new instant.
 */
export async function clockToChinaTen(apiUrl) {
  const now = new Date((await api(apiUrl, 'POST', '/dev/clock', null, { advanceMinutes: 0.001 })).now);
  const china = formatLocal(now, 'Asia/Shanghai');
  const toTen = (((10 * 60 - (Number(china.slice(11, 13)) * 60 + Number(china.slice(14, 16)))) % 1440) + 1440) % 1440 || 1440;
  return new Date((await api(apiUrl, 'POST', '/dev/clock', null, { advanceMinutes: toTen })).now);
}
