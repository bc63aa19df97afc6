// Times in the project's zone: the browser is in New York (stack.mjs), the project in China. An order
// received at 10:00 China time — 21:00 or 22:00 the evening before in New York — shows 10:00 on the day
// of its order number in the list, the detail, its timeline and the duty log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatLocal } from '@wy/shared';
import { BROWSER_ZONE, DESKTOP, startStack } from './stack.mjs';
import { clockToChinaTen, phoneRequest, settled, signIn } from './lib/admin.mjs';

describe('times in the project zone', () => {
  let s;
  beforeAll(async () => {
    s = await startStack();
  });
  afterAll(async () => s?.close());

  it('an order received at 10:00 China time shows 10:00 on its order number’s day, with the browser in New York', async () => {
    // move the API's clock to the next 10:00 in China (at most a day ahead)
    const at = await clockToChinaTen(s.apiUrl);
    const day = formatLocal(at, 'Asia/Shanghai').slice(0, 10);
    expect(formatLocal(at, 'Asia/Shanghai').slice(11)).toBe('10:00');
    // the same instant is the evening before in New York: a screen in the browser's zone would show another day
    expect(formatLocal(at, BROWSER_ZONE).slice(0, 10)).not.toBe(day);

    const { request: r } = await phoneRequest(s.apiUrl, {
      location: 'B座6楼走廊',
      description: `走廊灯闪烁（${Date.now().toString(36)}）`,
    });
    expect(r.code.slice(5, 11)).toBe(day.slice(2).replaceAll('-', '')); // BX + 101 + YYMMDD + serial
    const expected = `${day} 10:00`;

    const page = await (await s.browser.newContext(DESKTOP)).newPage();
    await page.clock.install({ time: at }); // the office's clock is the API's
    await signIn(page, s.adminUrl, 'kefu');

    await page.goto(`${s.adminUrl}/requests`);
    const row = page.getByTestId('request-row').filter({ hasText: r.code });
    await row.waitFor();
    expect(await row.getByTestId('received-at').innerText()).toBe(expected);

    await page.goto(`${s.adminUrl}/requests/${r.id}`);
    const detail = page.locator(`[data-testid=request-detail][data-request-id="${r.id}"]`);
    await detail.waitFor();
    expect(await detail.innerText()).toMatch(new RegExp(`受理时间\\s*${expected}`));
    expect(await detail.getByTestId('timeline-event').first().innerText()).toContain(expected);

    await page.goto(`${s.adminUrl}/duty`);
    await settled(page);
    expect(await page.locator('input[data-testid=duty-date], [data-testid=duty-date] input').first().inputValue()).toBe(day);
    const entry = page.getByTestId('duty-entry').filter({ hasText: r.code });
    await entry.waitFor();
    expect(await entry.innerText()).toMatch(/^10:00/);
    await page.context().close();
  });
});
