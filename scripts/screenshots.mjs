// `node scripts/screenshots.mjs`: starts the stack with demo data and saves the README's screenshots
// to .docs/screenshots (needs the builds: npm run build).
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DESKTOP, PHONE, startStack } from './e2e/stack.mjs';

const out = join(dirname(fileURLToPath(import.meta.url)), '../.docs/screenshots');
mkdirSync(out, { recursive: true });
const s = await startStack();
const token = async (st, username, password) =>
  (
    await fetch(`${st.apiUrl}/api/v1/auth/staff/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    }).then((r) => r.json())
  ).accessToken;
const projectId = async (st, code) =>
  (
    await fetch(`${st.apiUrl}/api/v1/projects`, {
      headers: { authorization: `Bearer ${await token(st, 'zhuguan', 'Zhuguan@123')}` },
    }).then((r) => r.json())
  ).find((p) => p.code === code).id;
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
  // the service desk: 工作台 counts and KPIs, the work order list, a paid order's detail, the cashier
  await admin.goto(`${s.adminUrl}/`);
  await admin.getByText('本月服务指标').waitFor();
  await admin.waitForTimeout(800);
  await admin.screenshot({ path: join(out, 'admin-dashboard.png') });
  await admin.goto(`${s.adminUrl}/requests`);
  await admin.waitForSelector('.ant-table-row');
  await admin.screenshot({ path: join(out, 'admin-requests.png') });
  const lock = await fetch(`${s.apiUrl}/api/v1/service-requests?projectId=${await projectId(s, '101')}&keyword=${encodeURIComponent('张伟')}&limit=50`, {
    headers: { authorization: `Bearer ${await token(s, 'zhuguan', 'Zhuguan@123')}` },
  }).then((r) => r.json());
  const paid = lock.items.find((r) => r.categoryName === '门锁维修');
  if (paid) {
    await admin.goto(`${s.adminUrl}/requests/${paid.id}`);
    await admin.getByText('处理过程').first().waitFor();
    await admin.waitForTimeout(500);
    await admin.screenshot({ path: join(out, 'admin-request-detail.png'), fullPage: true });
  }

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
  await phone.goto(`${s.h5Url}/#/pkg-repair/new/index`);
  await phone.waitForTimeout(1200);
  await phone.screenshot({ path: join(out, 'h5-repair-new.png') });
  const tech = await (await s.browser.newContext(PHONE)).newPage();
  await tech.goto(`${s.h5Url}/#/pkg-staff/login/index`);
  await tech.locator('.t-staff-username input').fill('jigong');
  await tech.locator('.t-staff-password input').fill('Jigong@123');
  await tech.locator('.t-staff-login').click();
  await tech.waitForFunction(() => location.hash.includes('pkg-staff/index'));
  await tech.waitForTimeout(1200);
  await tech.screenshot({ path: join(out, 'h5-technician.png') });
  console.log(`已保存截图到 ${out}`);
} finally {
  await s.close();
}
