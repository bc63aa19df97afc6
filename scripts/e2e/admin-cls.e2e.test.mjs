// Layout stability (issue 13): a console page does not jump while it loads — the cumulative layout shift
// from opening a page until it has settled stays at 0.1 or under (the Web Vitals "good" line): 工作台 for the
// service desk (desk counts and KPI card) and for head office (the project's figures), the login page, and
// every other route in the menus of the demo roles.
/* global PerformanceObserver -- evaluated in the page */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, startStack } from './stack.mjs';
import { menuPaths, settled, signIn } from './lib/admin.mjs';

const GOOD_CLS = 0.1;

describe('the console does not shift while loading', () => {
  let s;
  beforeAll(async () => {
    s = await startStack();
  });
  afterAll(async () => s?.close());

  /** CLS of opening `path` fresh (a full load, as after a bookmark), with the elements that moved most. */
  async function clsOf(page, path) {
    if (!watched.has(page)) await watch(page);
    await page.goto(`${s.adminUrl}${path}`);
    await settled(page);
    await page.waitForTimeout(500);
    // the browser must measure layout shifts at all, or a zero would prove nothing
    expect(await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('layout-shift'))).toBe(true);
    const shifts = await page.evaluate(() => window.__shifts);
    return { cls: shifts.reduce((a, x) => a + x.value, 0), shifts: shifts.filter((x) => x.value > 0.01) };
  }
  /** Layout shifts recorded from the start of every load of the page (once: a second init script would count twice). */
  const watched = new WeakSet();
  async function watch(page) {
    watched.add(page);
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          if (!e.hadRecentInput)
            window.__shifts.push({
              value: e.value,
              sources: (e.sources ?? []).map((x) => (x.node?.className || x.node?.nodeName || '?').toString().slice(0, 60)),
            });
      }).observe({ type: 'layout-shift', buffered: true });
    });
  }

  for (const username of ['kefu', 'admin', 'caiwu']) {
    it(`工作台 for ${username}: CLS ${GOOD_CLS} or under while it loads`, async () => {
      const page = await (await s.browser.newContext(DESKTOP)).newPage();
      await signIn(page, s.adminUrl, username);
      const { cls, shifts } = await clsOf(page, '/dashboard');
      console.log(`工作台 ${username}: CLS ${cls.toFixed(3)}`);
      expect(cls, JSON.stringify(shifts)).toBeLessThanOrEqual(GOOD_CLS);
      await page.context().close();
    });
  }

  it(`the login page: CLS ${GOOD_CLS} or under while it loads`, async () => {
    const page = await (await s.browser.newContext(DESKTOP)).newPage();
    const { cls, shifts } = await clsOf(page, '/login');
    expect(cls, JSON.stringify(shifts)).toBeLessThanOrEqual(GOOD_CLS);
    await page.context().close();
  });

  // every route once (the first role whose menu has it): the roles see the same pages with other data
  const measured = new Set(['/dashboard']);
  for (const username of ['admin', 'jingli', 'kefu', 'caiwu', 'gongcheng', 'pinzhi']) {
    it(`every other route in ${username}'s menu: CLS ${GOOD_CLS} or under while it loads`, async () => {
      const page = await (await s.browser.newContext(DESKTOP)).newPage();
      await signIn(page, s.adminUrl, username);
      const paths = (await menuPaths(page)).filter((p) => !measured.has(p));
      const over = [];
      for (const path of paths) {
        measured.add(path);
        const { cls, shifts } = await clsOf(page, path);
        if (cls > GOOD_CLS) over.push(`${path}: CLS ${cls.toFixed(3)} ${JSON.stringify(shifts)}`);
      }
      expect(over).toEqual([]);
      await page.context().close();
    }, 480_000); // head office's menu holds most routes: a full load each
  }
});
