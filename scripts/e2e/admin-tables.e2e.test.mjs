// Lists at 1440 and 1280 px keep their key columns on screen (UX lesson): 报修工单 shows the status
// with its deadline beside it, 受理时间 and a fixed 操作 column; rooms show 操作; the handover list 预约;
// the callback queue its 回访期限 beside the order number, the customer's phone and the owner's own rating.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, startStack } from './stack.mjs';
import { api, awaitingCallback, ownerToken, settled, signIn } from './lib/admin.mjs';

const OWNER_PHONE = '13800000001'; // 张伟, owner of A座 1201 in the demo data

const SHOTS = process.env.E2E_SCREENSHOTS; // a folder to keep screenshots in, when set

describe('tables at desk widths', () => {
  let s;
  let waiting; // a repair waiting for its callback, made by this suite
  beforeAll(async () => {
    s = await startStack();
    const owner = await ownerToken(s.apiUrl, OWNER_PHONE);
    waiting = await awaitingCallback(s.apiUrl, owner, { description: `阳台地漏堵塞（${Date.now().toString(36)}）` });
  });
  afterAll(async () => s?.close());

  /** The header titles of a table whose cells lie wholly inside both the table's visible area and the window. */
  async function visibleHeaders(page, table) {
    return table.evaluate((t) => {
      const box = t.querySelector('.ant-table-container').getBoundingClientRect();
      const right = Math.min(box.right, window.innerWidth);
      return [...t.querySelectorAll('thead th')]
        .filter((th) => {
          const r = th.getBoundingClientRect();
          return r.width > 0 && r.left >= box.left - 1 && r.right <= right + 1;
        })
        .map((th) => th.innerText.trim())
        .filter(Boolean);
    });
  }

  for (const width of [1440, 1280]) {
    it(`at ${width} px the key columns are on screen, status beside its deadline`, async () => {
      const page = await (await s.browser.newContext({ ...DESKTOP, viewport: { width, height: 900 } })).newPage();
      await signIn(page, s.adminUrl, 'kefu');

      await page.goto(`${s.adminUrl}/requests`);
      await page.getByTestId('request-row').first().waitFor();
      await settled(page);
      const requests = await visibleHeaders(page, page.locator('.ant-table-wrapper').first());
      expect(requests).toEqual(expect.arrayContaining(['单号', '状态', '期限', '受理时间', '类别', '房屋/位置', '操作']));
      expect(requests.indexOf('期限')).toBe(requests.indexOf('状态') + 1);
      if (SHOTS) await page.screenshot({ path: join(SHOTS, `admin-requests-${width}.png`) });

      await page.goto(`${s.adminUrl}/org`);
      await page.locator('.ant-table-row').first().waitFor();
      await settled(page);
      const rooms = await visibleHeaders(page, page.locator('.ant-table-wrapper').first());
      expect(rooms).toEqual(expect.arrayContaining(['物业编码', '楼栋', '房号', '操作']));
      if (SHOTS) await page.screenshot({ path: join(SHOTS, `admin-rooms-${width}.png`) });

      await page.goto(`${s.adminUrl}/callbacks`);
      const callbacks = page.getByTestId('callback-table');
      await callbacks.getByTestId('callback-row').filter({ hasText: waiting.code }).waitFor();
      await settled(page);
      const queue = await visibleHeaders(page, callbacks);
      expect(queue).toEqual(expect.arrayContaining(['单号', '回访期限', '客户', '业主自评']));
      expect(queue.indexOf('回访期限')).toBe(queue.indexOf('单号') + 1);
      if (SHOTS) await page.screenshot({ path: join(SHOTS, `admin-callbacks-${width}.png`) });

      await page.goto(`${s.adminUrl}/duty`);
      const handover = page.getByTestId('handover-table');
      await handover.locator('.ant-table-row').first().waitFor();
      await settled(page);
      expect(await visibleHeaders(page, handover)).toEqual(['单号', '状态', '房屋/位置', '处理人', '预约', '内容']);
      if (SHOTS) await page.screenshot({ path: join(SHOTS, `admin-duty-${width}.png`), fullPage: true });
      await page.context().close();
    });
  }

  it('员工与角色 is filtered on the server: the words typed and the state go to the API, which answers the matching account', async () => {
    const page = await (await s.browser.newContext({ ...DESKTOP, viewport: { width: 1280, height: 900 } })).newPage();
    const asked = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/v1/staff?') || r.url().endsWith('/api/v1/staff')) asked.push(new URL(r.url()).searchParams);
    });
    await signIn(page, s.adminUrl, 'admin');
    await page.goto(`${s.adminUrl}/staff`);
    const rows = page.locator('.ant-table-row');
    await rows.first().waitFor();
    await settled(page);
    expect(await visibleHeaders(page, page.locator('.ant-table-wrapper').first())).toEqual(
      expect.arrayContaining(['用户名', '姓名', '角色', '状态', '操作']),
    );
    await page.getByPlaceholder('姓名 / 用户名').fill('jigong');
    // (the filter bar once dropped what was typed: the form never received it, and no request carried it)
    const answered = page.waitForResponse((r) => r.url().includes('/api/v1/staff?') && r.url().includes('keyword=jigong'));
    await page.getByTestId('list-search').click();
    expect((await answered).status()).toBe(200);
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(1);
    await settled(page);
    expect(await rows.first().innerText()).toContain('jigong');
    // the server was asked with the words and the state; it answered one page
    const last = asked.at(-1);
    expect(last.get('keyword')).toBe('jigong');
    expect(last.get('state')).toBe('active');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'admin-staff-1280.png') });
    await page.context().close();
  });

  it('项目管理 is filtered and paged on the server: the words typed go to the API, which answers the matching project', async () => {
    const page = await (await s.browser.newContext({ ...DESKTOP, viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(page, s.adminUrl, 'admin');
    await page.goto(`${s.adminUrl}/projects`);
    const rows = page.locator('.ant-table-row');
    await rows.first().waitFor();
    await settled(page);
    expect(await visibleHeaders(page, page.locator('.ant-table-wrapper').first())).toEqual(
      expect.arrayContaining(['项目编码', '项目名称', '类型', '楼栋', '房屋', '操作']),
    );
    await page.getByPlaceholder('项目编码或名称').fill(' 101 ');
    const answered = page.waitForResponse((r) => r.url().includes('/api/v1/projects/list?') && r.url().includes('keyword=101'));
    await page.getByTestId('list-search').click();
    expect((await answered).status()).toBe(200);
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(1);
    await settled(page);
    expect(await rows.first().innerText()).toContain('101');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'admin-projects-1280.png') });
    await page.context().close();
  });

  it('报修类别 and 延期审批 load through the query hook: the catalogue and its edit dialog, the extensions or their empty state, the project and messages in the header', async () => {
    const page = await (await s.browser.newContext({ ...DESKTOP, viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(page, s.adminUrl, 'zhuguan');
    await page.goto(`${s.adminUrl}/catalogue`);
    await page.getByTestId('catalogue-row').first().waitFor();
    await settled(page);
    expect(await page.getByTestId('catalogue-row').count()).toBeGreaterThan(3);
    await page.getByRole('button', { name: '编辑' }).first().click();
    await page.locator('.ant-modal-title').filter({ hasText: '编辑报修类别' }).waitFor();
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'admin-catalogue-edit-1280.png') });
    await page.keyboard.press('Escape');

    await page.goto(`${s.adminUrl}/sla/extensions`);
    await page.getByTestId('extensions-filter').waitFor();
    await settled(page);
    await expect
      .poll(
        async () => (await page.getByTestId('extension-row').count()) + (await page.getByText('没有待审批的延期申请').count()),
        {
          timeout: 30_000,
        },
      )
      .toBeGreaterThan(0);
    expect(await page.getByText('没有加载出来').count()).toBe(0);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'admin-extensions-1280.png') });

    // the header through the query hook too: the project switcher shows the project, the bell its unread messages
    await expect
      .poll(() => page.locator('.wy-shell__header').getByText('瑞和丰收大厦').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await page.getByTestId('notification-bell').click();
    await page.getByTestId('notification-item').first().waitFor();
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'admin-bell-1280.png') });
    const readAll = page.getByTestId('notifications-read-all');
    if (await readAll.count()) {
      await readAll.click();
      await expect.poll(() => readAll.count(), { timeout: 30_000 }).toBe(0);
    }
    await page.context().close();
  });

  it("R-OWN-08 the room sheet shows the household's one history to the desk, each entry opening its record; a technician's sheet has none", async () => {
    const page = await (await s.browser.newContext(DESKTOP)).newPage();
    const { propertyCode, roomNo } = await api(s.apiUrl, 'GET', `/rooms/${waiting.roomId}`, waiting.clerk);
    /** 楼栋房屋 → the room of the repair waiting for its callback (the demo owner's) → 详情. */
    const openRoom = async () => {
      await page.goto(`${s.adminUrl}/org`);
      await page.getByPlaceholder('房号 / 物业编码 / 单元').fill(propertyCode);
      await page.getByPlaceholder('房号 / 物业编码 / 单元').press('Enter');
      const row = page.locator('.ant-table-row').filter({ hasText: roomNo });
      await expect.poll(() => page.locator('.ant-table-row').count()).toBe(1);
      await row.getByText('详情', { exact: true }).click();
      const drawer = page.getByTestId('room-drawer');
      await drawer.getByText('物业编码').waitFor();
      return drawer;
    };
    await signIn(page, s.adminUrl, 'kefu');
    let drawer = await openRoom();
    const entry = drawer.getByTestId('household-event').filter({ hasText: waiting.code });
    await entry.waitFor();
    expect(await entry.innerText()).toMatch(/报修[\s\S]*待回访/);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'admin-household-history.png') });
    await entry.getByRole('link').click();
    await page.waitForURL(new RegExp(`/requests/${waiting.id}$`));
    await page.context().clearCookies();

    await page.goto(`${s.adminUrl}/login`);
    await page.evaluate(() => window.localStorage.clear());
    await signIn(page, s.adminUrl, 'jigong');
    drawer = await openRoom();
    await drawer.getByText('住户').first().waitFor();
    expect(await drawer.getByText('户档案动态').count()).toBe(0);
    await page.context().close();
  });
});
