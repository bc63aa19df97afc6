// Layout stability (issue 13): a console page does not jump while it loads — the cumulative layout shift
// from opening 工作台 until it has settled stays at 0.1 or under (the Web Vitals "good" line), for the
// service desk (desk counts and KPI card) and for head office (the project's figures).
/* global PerformanceObserver -- evaluated in the page */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, startStack } from './stack.mjs';
import { settled, signIn } from './lib/admin.mjs';

const GOOD_CLS = 0.1;

describe('the console does not shift while loading', () => {
  let s;
  beforeAll(async () => {
    s = await startStack();
  });
  afterAll(async () => s?.close());

  /** CLS of opening `path` fresh (a full load, as after a bookmark), with the elements that moved most. */
  async function clsOf(page, path) {
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
    await page.goto(`${s.adminUrl}${path}`);
    await settled(page);
    await page.waitForTimeout(500);
    // the browser must measure layout shifts at all, or a zero would prove nothing
    expect(await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('layout-shift'))).toBe(true);
    const shifts = await page.evaluate(() => window.__shifts);
    return { cls: shifts.reduce((a, x) => a + x.value, 0), shifts: shifts.filter((x) => x.value > 0.01) };
  }

  for (const username of ['kefu', 'admin']) {
    it(`工作台 for ${username}: CLS ${GOOD_CLS} or under while it loads`, async () => {
      const page = await (await s.browser.newContext(DESKTOP)).newPage();
      await signIn(page, s.adminUrl, username);
      const { cls, shifts } = await clsOf(page, '/dashboard');
      console.log(`工作台 ${username}: CLS ${cls.toFixed(3)}`);
      expect(cls, JSON.stringify(shifts)).toBeLessThanOrEqual(GOOD_CLS);
      await page.context().close();
    });
  }
});
