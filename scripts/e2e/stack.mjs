// Starts the whole product for a browser test: fake WeChat, the API (fresh SQLite file with
// demo data), the built admin console and H5 mini-program behind static servers, and Chromium.
import { closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startFakeWechat } from '../fake-wechat/server.mjs';
import { startFakeWechatPay } from '../fake-wechatpay/server.mjs';
import { start } from '../lib/procs.mjs';
import { serveStatic } from '../lib/serve-static.mjs';
import { findChromium } from '../lib/probe.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

export const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/**
 * The demo database, migrated and seeded once and copied for each stack while it is young: a fresh seed
 * takes a stack's API about 11 s of CPU against 4 s for starting on a copy, and the browser suite starts
 * some thirty stacks on two busy cores. A copy older than TEMPLATE_MAX_AGE_MS is made again, so every
 * stack starts with demo data a few minutes old at most, as a fresh seed would be by its file's last test
 * (the demo's SLA clocks run from the seed: the shortest, dispatch, is 15 minutes); a build of the API
 * newer than the copy (new migrations, another seed) makes it again too.
 */
const TEMPLATE_DIR = join(root, '.tmp/e2e-demo');
const TEMPLATE = join(TEMPLATE_DIR, 'demo.sqlite');
const TEMPLATE_MAX_AGE_MS = 4 * 60_000;
const mtime = (f) => {
  try {
    return statSync(f).mtimeMs;
  } catch {
    return 0;
  }
};
const templateFresh = () => {
  const t = mtime(TEMPLATE);
  return t > 0 && Date.now() - t < TEMPLATE_MAX_AGE_MS && t > mtime(join(root, 'api/dist/main.js'));
};

const apiEnv = (port, dbFile, extra) => ({
  PORT: String(port),
  DB_URL: `sqlite:${dbFile}`,
  DEMO_SEED: '1',
  LOG_LEVEL: 'warn',
  NODE_ENV: 'development',
  // no browser test reads the OpenAPI pages, and building them is a part of every stack's start
  API_DOCS: '0',
  ...extra,
});

/** Puts a demo database at dbFile from a young enough copy, making the copy when none is (one maker at a time). */
async function demoDatabase(dbFile, fakes) {
  if (templateFresh()) {
    copyFileSync(TEMPLATE, dbFile);
    return;
  }
  mkdirSync(TEMPLATE_DIR, { recursive: true });
  const lock = join(TEMPLATE_DIR, 'making.lock');
  if (Date.now() - mtime(lock) > 120_000) rmSync(lock, { force: true }); // a maker that died
  let fd;
  try {
    fd = openSync(lock, 'wx');
  } catch {
    return; // another stack is making it: this one seeds its own at start, as without a copy
  }
  try {
    const made = join(TEMPLATE_DIR, `making-${process.pid}.sqlite`);
    rmSync(made, { force: true });
    const maker = await start('api-seed', 'node', ['api/dist/main.js'], {
      cwd: root,
      env: apiEnv(await freePort(), made, fakes),
      ready: /API 已启动/,
      quiet: true,
    });
    await maker.stop(); // closed cleanly: the file is whole
    renameSync(made, TEMPLATE);
    copyFileSync(TEMPLATE, dbFile);
  } finally {
    closeSync(fd);
    rmSync(lock, { force: true });
  }
}

const launchBrowser = () =>
  chromium.launch({
    executablePath: findChromium(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

export async function startStack() {
  const dir = mkdtempSync(join(tmpdir(), 'wy-e2e-'));
  // Chromium starts while the API does (each takes a second or more of a busy machine)
  const launching = launchBrowser();
  launching.catch(() => {}); // awaited below; a failure before then is not an unhandled rejection
  try {
    return await startServers(dir, launching);
  } catch (e) {
    await launching.then((b) => b.close()).catch(() => {}); // no browser left behind by a stack that failed
    throw e;
  }
}

async function startServers(dir, launching) {
  const [wechat, wechatPay, port] = await Promise.all([startFakeWechat(), startFakeWechatPay(), freePort()]);
  const dbFile = join(dir, 'e2e.sqlite');
  const fakes = { WECHAT_API_BASE: wechat.url, ...wechatPay.env };
  await demoDatabase(dbFile, fakes);
  const api = await start('api', 'node', ['api/dist/main.js'], {
    cwd: root,
    env: apiEnv(port, dbFile, {
      ...fakes,
      WECHATPAY_NOTIFY_URL: `http://127.0.0.1:${port}/api/v1/payments/wechat/notify`,
      // POST /api/v1/dev/clock moves the API's clock (time rules such as the 24 h callback); refused in production
      CLOCK_CONTROL: '1',
    }),
    ready: /API 已启动/,
    quiet: true,
  });
  const apiUrl = `http://127.0.0.1:${port}`;
  const [admin, h5, browser] = await Promise.all([
    serveStatic({ root: join(root, 'admin/dist'), apiUrl }),
    serveStatic({ root: join(root, 'miniapp/dist-h5'), apiUrl }),
    launching,
  ]);
  return {
    apiUrl,
    adminUrl: admin.url,
    h5Url: h5.url,
    browser,
    dir,
    /** the fake WeChat Pay (its orders, and notifies it can build: forged ones for the negative cases) */
    wechatPay,
    /** the last SMS code the demo SMS provider "sent" to a phone */
    async smsCode(phone) {
      const r = await fetch(`${apiUrl}/api/v1/dev/sms-outbox?phone=${phone}`);
      return r.ok ? (await r.json()).code : null; // 404 until the code is "sent"; its body's code is an error code
    },
    async close() {
      await browser.close().catch(() => {});
      await Promise.allSettled([admin.close(), h5.close(), api.stop(), wechat.close(), wechatPay.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Browsers in New York: every time on every screen must still be China time (the project's zone),
 * so a screen that used the browser's zone shows another hour and, at night, another day.
 */
export const BROWSER_ZONE = 'America/New_York';
export const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
  locale: 'zh-CN',
  timezoneId: BROWSER_ZONE,
};
export const DESKTOP = {
  viewport: { width: 1440, height: 900 },
  locale: 'zh-CN',
  timezoneId: BROWSER_ZONE,
  reducedMotion: 'reduce',
};
