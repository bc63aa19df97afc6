// Simplified Chinese everywhere in the console, WCAG 2.1 AA (axe-core: no critical or serious finding) and
// no jumping while a page loads (issue 13: CLS 0.1 or under from the start of a full load until it has
// settled): every route of every demo role's menu (工作台 for each role: it differs by role), the login
// page, a work order's detail, the date pickers (opened) and the dialogs a clerk opens most show no
// Latin word outside the allowed list (units, brand names, codes) and no rule ID such as R-REP-01.
// One walk serves the three checks: each route is loaded once, measured while it loads, then read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, startStack } from './stack.mjs';
import { describeProblems, textProblems, uiTextProblems } from './lib/ui-text.mjs';
import { a11yProblems } from './lib/a11y.mjs';
import { menuPaths, phoneRequest, settled, signIn, STAFF } from './lib/admin.mjs';
import { layoutShiftProblem, watchLayoutShifts } from './lib/cls.mjs';

describe('the console speaks Chinese, meets WCAG 2.1 AA and does not shift while loading', () => {
  let s;
  beforeAll(async () => {
    s = await startStack();
  });
  afterAll(async () => s?.close());

  // axe runs once per route (the first role to open it), for time: the roles see the same page with other data
  const axeDone = new Set();

  /**
   * Problems on the page now, and with each visible date picker (of the open dialog, if given) opened in turn;
   * `route` names the page for the once-per-route axe run.
   */
  async function problemsHere(page, where, dialog = page, route = where) {
    await settled(page);
    const seen = new Set();
    const fresh = (list) => list.filter((p) => !seen.has(`${p.word} ${p.context}`) && seen.add(`${p.word} ${p.context}`));
    const out = describeProblems(where, fresh(await uiTextProblems(page)));
    // WCAG 2.1 AA: no critical or serious axe finding on the page as it stands (the open dialog included)
    if (!axeDone.has(route)) {
      axeDone.add(route);
      out.push(...(await a11yProblems(page, where)));
    }
    const pickers = dialog.locator('.ant-picker:visible');
    for (let i = 0; i < (await pickers.count()); i++) {
      await pickers.nth(i).click();
      // the panel opening (not one still sliding away: antd marks that one "-leave" until it is hidden)
      const panel = page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden):not([class*="-leave"])');
      await panel.waitFor();
      out.push(...describeProblems(`${where} 日期选择 ${i + 1}`, fresh(await uiTextProblems(page))));
      if (dialog === page) {
        // on a page, Escape closes the picker (Tab out of a range picker can land late under load and leave it open)
        await page.keyboard.press('Escape');
      } else {
        // in a dialog, Escape would close the dialog too: Tab out, once per input (a range picker has two)
        for (let n = await pickers.nth(i).locator('input').count(); n > 0; n--) await page.keyboard.press('Tab');
      }
      // closed to the end of its animation before the next picker opens
      await page.waitForFunction(() => !document.querySelector('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)'));
    }
    return out;
  }

  it('the checker finds English words and rule IDs, and lets codes, units and brands pass', () => {
    const found = textProblems(
      '预约上门时间（与客户约定，R-REP-01） Start date 工单 BX1012611230001 A座 DN15 WeChat 10 kg 确定 OK',
    );
    expect(found.map((p) => `${p.kind}:${p.word}`)).toEqual(['rule-id:R-REP-01', 'latin:Start', 'latin:date', 'latin:OK']);
    expect(textProblems('工单 BX1012611230001 已派给孙师傅，A座 1201，10 kg')).toEqual([]);
  });

  it('the login page, with its demo accounts, has no English words, no critical or serious axe finding and does not shift while loading', async () => {
    const page = await (await s.browser.newContext(DESKTOP)).newPage();
    await watchLayoutShifts(page);
    await page.goto(`${s.adminUrl}/login`);
    await page.getByTestId('login-submit').waitFor();
    expect(await layoutShiftProblem(page, '登录页')).toBeNull();
    expect(await problemsHere(page, '登录页')).toEqual([]);
    await page.context().close();
  });

  // a route is walked once, for the first role whose menu has it (the same page with the same words for the
  // next role; walking every route for every role took six minutes of the suite); 工作台 differs by role: each
  const walked = new Set();
  for (const username of Object.keys(STAFF)) {
    it(`every page in ${username}'s menu is in Chinese, date pickers included, with no critical or serious axe finding, and does not shift while loading`, async () => {
      const page = await (await s.browser.newContext(DESKTOP)).newPage();
      await watchLayoutShifts(page);
      await signIn(page, s.adminUrl, username);
      const paths = await menuPaths(page);
      expect(paths).toContain('/dashboard');
      const problems = [];
      const shifting = [];
      for (const path of paths) {
        if (path !== '/dashboard' && walked.has(path)) continue;
        walked.add(path);
        // a full load, as after a bookmark: measured until it has settled, before anything is clicked
        await page.goto(`${s.adminUrl}${path}`);
        const shift = await layoutShiftProblem(page, `${username} ${path}`);
        if (shift) shifting.push(shift);
        problems.push(...(await problemsHere(page, `${username} ${path}`, page, path)));
      }
      expect(shifting).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    }, 600_000); // a hang guard for a whole menu (head office's holds some forty routes), each loaded, measured and checked
  }

  it('a work order in the console, its dispatch dialog and the shift handover dialog are in Chinese', async () => {
    const { request: r } = await phoneRequest(s.apiUrl, { description: '电梯厅一盏筒灯不亮' });
    const page = await (await s.browser.newContext(DESKTOP)).newPage();
    await signIn(page, s.adminUrl, 'kefu');
    await page.goto(`${s.adminUrl}/requests/${r.id}`);
    await page.locator(`[data-testid=request-detail][data-request-id="${r.id}"]`).waitFor();
    const problems = await problemsHere(page, '工单详情');

    await page.getByTestId('action-dispatch').click();
    const dialog = page.locator('.ant-modal', { hasText: `派单 · ${r.code}` });
    await dialog.waitFor();
    problems.push(...(await problemsHere(page, '派单对话框', dialog)));
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.goto(`${s.adminUrl}/duty`);
    await page.getByTestId('shift-handover').click();
    const handover = page.locator('.ant-modal', { hasText: '交接班' });
    await handover.waitFor();
    problems.push(...(await problemsHere(page, '交接班对话框', handover)));
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
