import { chromium } from 'playwright-core';
import { menuPaths, signIn, settled } from './e2e/lib/admin.mjs';
const [user] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await (await b.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', reducedMotion: 'reduce' })).newPage();
await signIn(page, 'http://127.0.0.1:5273', user);
const paths = await menuPaths(page);
console.log(paths.join(' '));
for (const p of paths) {
  await page.goto('http://127.0.0.1:5273' + p);
  try { await settled(page, 15000); } catch {}
  await page.screenshot({ path: `/tmp/shots/${user}${p.replaceAll('/', '_')}.png`, fullPage: true });
}
await b.close();
