// The set-up of a browser test that follows one piece of work from the console to the owner's phone and back
// (社区活动, 社区公告, 访客, 放行条, 装修): one stack with the demo data for the file, 张伟 signed in once (SMS codes
// are rate limited per number), desks signed in by user name, a record opened from its console list, and
// screenshots when E2E_SCREENSHOTS (or SCREENSHOT_DIR) names a folder.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { DESKTOP, PHONE, startStack } from '../stack.mjs';
import { ownerPhone, ownerToken, settled, signIn } from './admin.mjs';

export const OWNER_PHONE = '13800000001'; // 张伟, owner of A座 1201 in the demo data
const SHOTS = process.env.E2E_SCREENSHOTS || process.env.SCREENSHOT_DIR || '';

/**
 * Registers the file's beforeAll/afterAll (call it inside the describe) and returns the helpers. `stack.s` (the
 * stack) and `stack.pair` (张伟's tokens) are there once the tests run. `shots` prefixes the screenshots' names
 * (`visitors-` gives visitors-gate.png).
 */
export function consoleAndPhone({ shots = '' } = {}) {
  const stack = {
    s: undefined,
    pair: undefined,
    /** A screenshot (of the whole page unless fullPage is false), when a screenshot folder is set. */
    async shot(page, name, fullPage = true) {
      if (SHOTS) await page.screenshot({ path: join(SHOTS, `${shots}${name}.png`), fullPage });
    },
    /** A desk's browser on the console, signed in as this demo user. */
    async desk(user) {
      const page = await (await stack.s.browser.newContext(DESKTOP)).newPage();
      await signIn(page, stack.s.adminUrl, user);
      return page;
    },
    /** 张伟's phone (H5), signed in. */
    phone() {
      return ownerPhone(stack.s.browser, PHONE, stack.pair);
    },
    /** Opens a record from its console list (`${kind}-row` with this text) and waits for its `${kind}-detail`. */
    async openFromList(page, listPath, kind, text) {
      await page.goto(`${stack.s.adminUrl}${listPath}`);
      const row = page.getByTestId(`${kind}-row`).filter({ hasText: text });
      await row.waitFor();
      await row.click();
      await page.getByTestId(`${kind}-detail`).waitFor();
      await settled(page);
    },
  };
  beforeAll(async () => {
    stack.s = await startStack();
    stack.pair = await ownerToken(stack.s.apiUrl, OWNER_PHONE);
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => stack.s?.close());
  return stack;
}
