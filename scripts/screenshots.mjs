// `node scripts/screenshots.mjs`: starts the stack with demo data and saves the README's screenshots
// to .docs/screenshots (needs the builds: npm run build).
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DESKTOP, PHONE, startStack } from './e2e/stack.mjs';

const out = join(dirname(fileURLToPath(import.meta.url)), '../.docs/screenshots');
mkdirSync(out, { recursive: true });
const s = await startStack();
try {
  const admin = await (await s.browser.newContext(DESKTOP)).newPage();
  await admin.goto(s.adminUrl);
  await admin.locator('input[data-testid=login-username], [data-testid=login-username] input').first().fill('zhuguan');
  await admin.locator('input[data-testid=login-password], [data-testid=login-password] input').first().fill('Zhuguan@123');
  await admin.getByTestId('login-submit').click();
  await admin.getByTestId('current-user').waitFor();
  await admin.goto(`${s.adminUrl}/org`);
  await admin.waitForSelector('.ant-table-row');
  await admin.screenshot({ path: join(out, 'admin-rooms.png') });
  await admin.goto(`${s.adminUrl}/bindings`);
  await admin.waitForSelector('.ant-table-row');
  await admin.screenshot({ path: join(out, 'admin-bindings.png') });

  const phone = await (await s.browser.newContext(PHONE)).newPage();
  await phone.goto(`${s.h5Url}/#/pkg-auth/login/index`);
  await phone.locator('.t-phone input').fill('13800000001');
  await phone.locator('.t-sms-send').click();
  await phone.waitForTimeout(500);
  await phone.locator('.t-code input').fill(await s.smsCode('13800000001'));
  await phone.locator('.t-agree').click();
  await phone.locator('.t-login').click();
  await phone.waitForFunction(() => !location.hash.includes('pkg-auth/login'));
  await phone.goto(`${s.h5Url}/#/pages/index/index`);
  await phone.locator('.t-current-room').waitFor();
  await phone.waitForTimeout(500);
  await phone.screenshot({ path: join(out, 'h5-home.png') });
  console.log(`已保存截图到 ${out}`);
} finally {
  await s.close();
}
