// The spine end to end in Chromium: a clerk imports a building in the admin console; a new owner
// on the H5 mini-program at a phone size logs in and asks to bind a room in it; the clerk approves;
// the owner sees the room.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, startStack } from './stack.mjs';
import { loginBySms } from './lib/h5.mjs';
import { api, staffToken } from './lib/admin.mjs';

const SHOTS = process.env.E2E_SCREENSHOTS; // a folder to keep screenshots in, when set

describe('spine in the browser', () => {
  let s;
  let admin;
  let phone;
  const shot = async (page, name) => {
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
  };

  beforeAll(async () => {
    s = await startStack();
    admin = await (await s.browser.newContext(DESKTOP)).newPage();
    phone = await (await s.browser.newContext(PHONE)).newPage();
  });
  afterAll(async () => s?.close());

  it('R-ORG-01 R-ORG-02 a clerk logs in and imports a building of rooms from a CSV sheet', async () => {
    await admin.goto(s.adminUrl);
    await admin
      .getByTestId('login-username')
      .locator('input')
      .or(admin.locator('input[data-testid=login-username]'))
      .first()
      .fill('kefu');
    await admin
      .getByTestId('login-password')
      .locator('input')
      .or(admin.locator('input[data-testid=login-password]'))
      .first()
      .fill('Kefu@123');
    await admin.getByTestId('login-submit').click();
    await admin.getByTestId('current-user').waitFor();
    await expect(admin.getByTestId('current-user').innerText()).resolves.toContain('王芳');

    await admin.goto(`${s.adminUrl}/org`);
    await admin.getByTestId('import-open').click();
    const csv = join(s.dir, 'D座.csv');
    writeFileSync(
      csv,
      '\ufeff组团编码,组团名称,楼栋编码,楼栋名称,单元,楼层,房号,建筑面积,用途,户型,产权证号,交付日期\r\n' +
        '1,主楼,10,D座公寓,1单元,8,801,62.5,公寓,一室一厅,,2025-01-18\r\n' +
        '1,主楼,10,D座公寓,1单元,8,802,58,公寓,一室一厅,,2025-01-18\r\n' +
        '1,主楼,10,D座公寓,1单元,9,901,62.5,公寓,一室一厅,,2025-01-18\r\n',
    );
    await admin.locator('[data-testid=import-upload] input[type=file]').setInputFiles(csv);
    await admin.getByTestId('import-confirm').click();
    await admin.getByTestId('import-result').waitFor();
    const result = await admin.getByTestId('import-result').innerText();
    // cluster 1 主楼 exists already: one new building (D座公寓) with its three rooms
    expect(result).toMatch(/新增组团\s*0\s*新增楼栋\s*1\s*新增房屋\s*3/);
    // R-ORG-05 the clerk's codes are a draft until the general manager approves the project's code table
    const gm = (await staffToken(s.apiUrl, 'admin')).accessToken;
    const p101 = (await api(s.apiUrl, 'GET', '/projects', gm)).find((p) => p.code === '101');
    expect((await api(s.apiUrl, 'POST', `/projects/${p101.id}/code-table/approve`, gm)).approved).toBe(3);
    await shot(admin, 'admin-import');
  });

  it('R-ORG-04 an owner on a phone logs in by SMS and asks to bind a room of the new building', async () => {
    await loginBySms(phone, s, '13900000009');

    await phone.goto(`${s.h5Url}/#/pkg-auth/bind/index`);
    await phone.locator('.t-bind-project', { hasText: '瑞和丰收大厦' }).click();
    await phone.locator('.t-bind-building', { hasText: 'D座公寓' }).click();
    await phone.locator('.t-bind-room', { hasText: '0802' }).click();
    await phone.locator('.t-bind-kind-owner').click();
    await phone.locator('.t-bind-name input').fill('郑小龙');
    await shot(phone, 'h5-bind');
    await phone.locator('.t-bind-submit').click();
    await phone.locator('.t-bind-result-title').waitFor();
    expect(await phone.locator('.t-bind-result-title').innerText()).toContain('审核中');
  });

  it('R-ORG-04 the clerk approves the request and the owner then sees the room', async () => {
    await admin.goto(`${s.adminUrl}/bindings`);
    const row = admin.locator('tr', { hasText: '郑小龙' });
    await row.waitFor();
    expect(await row.innerText()).toContain('D座公寓');
    await row.getByTestId('binding-approve').click(); // approving asks nothing more: it can be revoked
    await admin.locator('tr', { hasText: '郑小龙' }).waitFor({ state: 'detached' });
    await shot(admin, 'admin-bindings');

    await phone.goto(`${s.h5Url}/#/pkg-house/rooms/index`);
    const card = phone.locator('.t-room-card', { hasText: 'D座公寓' });
    await card.waitFor();
    expect(await card.innerText()).toContain('0802');
    await shot(phone, 'h5-rooms');
  });
});
