// WCAG 2.1 AA in the browser suites: axe-core (the npm package, injected into the page) run on what the
// page shows now. A page fails on any violation axe rates critical or serious.
import { createRequire } from 'node:module';

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe's critical and serious violations on the page, one line each: `where: rule (impact) × n: the first element`.
 * `known` names axe rules left out on purpose, each with the reason where it is passed.
 */
export async function a11yProblems(page, where, { known = [] } = {}) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axeSource });
  const violations = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }).then((r) => r.violations),
    WCAG_TAGS,
  );
  return violations
    .filter((v) => (v.impact === 'critical' || v.impact === 'serious') && !known.includes(v.id))
    .map((v) => {
      const first = v.nodes[0];
      const why = (first?.failureSummary ?? '').split('\n').slice(1, 2).join('').trim();
      return `${where}: ${v.id}（${v.impact}）× ${v.nodes.length}：${first?.html.slice(0, 160)} — ${why}`;
    });
}
