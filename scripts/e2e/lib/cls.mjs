// Layout stability (issue 13): how much a page jumps while it loads — the cumulative layout shift from the
// start of a load until the page has settled, against the Web Vitals "good" line of 0.1.
/* global PerformanceObserver -- evaluated in the page */
import { settled } from './admin.mjs';

export const GOOD_CLS = 0.1;

/** Records layout shifts from the start of every load of the page; once per page (a second init script would count twice). */
const watched = new WeakSet();
export async function watchLayoutShifts(page) {
  if (watched.has(page)) return;
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

/**
 * The CLS of the load the page is in (watched before it started), once it has settled, with the shifts
 * that moved most; null when it is at or under the good line, else a line saying where and how much.
 */
export async function layoutShiftProblem(page, where) {
  await settled(page);
  await page.waitForTimeout(500);
  // the browser must measure layout shifts at all, or a zero would prove nothing
  const measured = await page.evaluate(
    () => PerformanceObserver.supportedEntryTypes.includes('layout-shift') && Array.isArray(window.__shifts),
  );
  if (!measured) return `${where}: 未能测量布局偏移`;
  const shifts = await page.evaluate(() => window.__shifts);
  const cls = shifts.reduce((a, x) => a + x.value, 0);
  return cls > GOOD_CLS ? `${where}: CLS ${cls.toFixed(3)} ${JSON.stringify(shifts.filter((x) => x.value > 0.01))}` : null;
}
