// `npm run bench:weight`: how much each admin console route downloads on a first visit (empty cache),
// measured from Chromium's network events through the demo stack's static server (which compresses as a
// production server would). Goal: every route ≤ 500 KB compressed, the login page ≤ 250 KB. API answers
// (data) are left out: this is the weight of the console itself. Not part of `npm test`.
import { DESKTOP, startStack } from '../e2e/stack.mjs';
import { menuPaths, settled, staffToken } from '../e2e/lib/admin.mjs';

const ROUTE_GOAL = 500 * 1024;
const LOGIN_GOAL = 250 * 1024;
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;

const s = await startStack();
try {
  const { accessToken, refreshToken, me } = await staffToken(s.apiUrl, 'admin');
  const projects = await fetch(`${s.apiUrl}/api/v1/projects`, { headers: { authorization: `Bearer ${accessToken}` } }).then((r) =>
    r.json(),
  );
  const projectId = projects.find((p) => p.code === '101').id;
  const list = await fetch(`${s.apiUrl}/api/v1/service-requests?projectId=${projectId}&limit=1`, {
    headers: { authorization: `Bearer ${accessToken}` },
  }).then((r) => r.json());

  /** One first visit in a fresh browser context: bytes on the wire (compressed) and unpacked, per kind. */
  async function visit(path, signedIn) {
    const ctx = await s.browser.newContext(DESKTOP);
    if (signedIn)
      await ctx.addInitScript(
        ([a, r, m, p]) => {
          localStorage.setItem('wy.admin.accessToken', a);
          localStorage.setItem('wy.admin.refreshToken', r);
          localStorage.setItem('wy.admin.me', m);
          localStorage.setItem('wy.admin.projectId', p);
        },
        [accessToken, refreshToken, JSON.stringify(me), String(projectId)],
      );
    const page = await ctx.newPage();
    const seen = [];
    page.on('requestfinished', (req) => seen.push(req));
    await page.goto(`${s.adminUrl}${path}`);
    // the page itself, not just the shell: lazy chunks load one after another (shell, then page)
    await page.waitForFunction(() => !document.querySelector('.wy-page-loading'));
    await settled(page).catch((e) => {
      throw new Error(`${path} did not finish loading: ${e.message}`);
    });
    let wire = 0;
    let files = 0;
    let js = 0;
    for (const req of seen) {
      if (new URL(req.url()).pathname.startsWith('/api/')) continue;
      const { responseBodySize } = await req.sizes();
      wire += responseBodySize;
      files += 1;
      if (req.url().endsWith('.js')) js += responseBodySize;
      if (process.env.WEIGHT_DETAIL === path) console.log(`  ${path} ${new URL(req.url()).pathname} ${kb(responseBodySize)}`);
    }
    await ctx.close();
    return { path, wire, files, js };
  }

  const rows = [await visit('/login', false)];
  const menuPage = await (async () => {
    const ctx = await s.browser.newContext(DESKTOP);
    const page = await ctx.newPage();
    await page.goto(`${s.adminUrl}/login`);
    await page.locator('input[data-testid=login-username]').fill('admin');
    await page.locator('input[data-testid=login-password]').fill('Admin@123');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('current-user').waitFor();
    const paths = await menuPaths(page);
    await ctx.close();
    return paths;
  })();
  for (const path of [...menuPage, `/requests/${list.items[0].id}`]) rows.push(await visit(path, true));

  console.log('\n首次访问的下载量（压缩后，不含接口数据）/ first-visit weight, compressed, without API data');
  console.log('route'.padEnd(22), 'total'.padStart(8), 'js'.padStart(8), 'files'.padStart(6), ' goal');
  let over = 0;
  for (const r of rows) {
    const goal = r.path === '/login' ? LOGIN_GOAL : ROUTE_GOAL;
    const ok = r.wire <= goal;
    if (!ok) over += 1;
    console.log(
      r.path.padEnd(22),
      kb(r.wire).padStart(8),
      kb(r.js).padStart(8),
      String(r.files).padStart(6),
      ` ≤ ${kb(goal)} ${ok ? '✓' : '✗'}`,
    );
  }
  const worst = rows.filter((r) => r.path !== '/login').sort((a, b) => b.wire - a.wire)[0];
  console.log(
    `\nlogin ${kb(rows[0].wire)} (goal ≤ ${kb(LOGIN_GOAL)}); heaviest route ${worst.path} ${kb(worst.wire)} (goal ≤ ${kb(ROUTE_GOAL)}); ${over ? `${over} over the goal` : 'all within the goals'}`,
  );
} finally {
  await s.close();
}
