/** A project of its own for fee and payment tests: five rooms, one owner, fee items made through the API. */
import { expect } from 'vitest';
import { startFakeWechatPay, type FakeWechatPay } from '../../scripts/fake-wechatpay/server.mjs';
import { startTestApp, type DbKind, type TestApp } from './harness.js';
import { projectWithRooms } from './support/blocks.js';
import { freePort } from './support/instances.js';

export const AREAS = [8925, 12050, 6733, 15001, 9999];

/** China time (UTC+8) of a day as an instant. */
export const china = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+08:00`);

/** A bill as the fee tests read it from the API. */
export interface Bill {
  id: number;
  roomId: number;
  totalFen: number;
}

/** A project of its own with ten unpaid ¥15 garbage bills (2026-09 and 2026-10 × five rooms), billed at `at`. */
export async function tenBillsProject(t: TestApp, admin: string, code: string, at: Date) {
  t.clock.set(at);
  const { projectId, rooms, phone } = await feeProject(t, admin, code);
  await feeItem(t, admin, projectId, { code: 'LJF', name: '垃圾清运费', category: 'garbage', basis: 'fixed', unitFen: 1500 });
  for (const period of ['2026-09', '2026-10'])
    expect((await t.req('POST', '/api/v1/bill-runs', { token: admin, body: { projectId, period } })).status).toBe(201);
  const list = await t.req('GET', `/api/v1/bills?projectId=${projectId}&status=unpaid&limit=100`, { token: admin });
  const bills = (list.body.items as Bill[]).sort((a, b) => a.id - b.id);
  expect(bills).toHaveLength(10);
  return { projectId, rooms, phone, bills };
}

/** A staff member of these projects with these roles, made by head office; answers the id and a token. */
export async function makeStaff(t: TestApp, admin: string, username: string, roles: string[], projectIds: number[]) {
  const made = await t.req('POST', '/api/v1/staff', {
    token: admin,
    body: { username, name: `员工${username}`, password: 'Cw#Finance2026', roles, projectIds },
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return { id: made.body.id as number, token: await t.staffToken(username, 'Cw#Finance2026') };
}

export async function feeProject(t: TestApp, admin: string, code: string) {
  const { projectId, rooms } = await projectWithRooms(t, admin, {
    code,
    name: `收费测试${code}`,
    rooms: AREAS.map((area, i) => ({ roomNo: String(101 + i), area, use: i === 4 ? 'retail' : 'residential' })),
  });
  const phone = `1370000${code}1`;
  const o = await t.req('POST', '/api/v1/owners', {
    token: admin,
    body: { projectId, roomId: rooms[0], kind: 'owner', name: '收费业主', phone },
  });
  expect(o.status, JSON.stringify(o.body)).toBe(201);
  return { projectId, rooms, phone };
}

export async function feeItem(t: TestApp, admin: string, projectId: number, body: Record<string, unknown>) {
  const r = await t.req('POST', '/api/v1/fee-items', { token: admin, body: { projectId, ...body } });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: number; lateFeeRule: string };
}

/**
 * An API listening on a real port (the fake provider posts its notifies there) with online payment on,
 * against a fake WeChat Pay v3 that keeps the app's pinned clock and retries notifies at once.
 */
export async function startPayApp(db: DbKind, tokenTtlSec: number): Promise<{ t: TestApp; pay: FakeWechatPay }> {
  let clock: TestApp['clock'] | null = null;
  const pay = await startFakeWechatPay({
    appId: 'wxtest0000000001',
    now: () => (clock ? clock.now().getTime() : Date.now()),
    retryDelaysMs: [0, 0, 0],
  });
  const port = await freePort();
  const t = await startTestApp(db, {
    env: {
      ...pay.env,
      WECHATPAY_NOTIFY_URL: `http://127.0.0.1:${port}/api/v1/payments/wechat/notify`,
      ACCESS_TOKEN_TTL_SECONDS: String(tokenTtlSec),
    },
  });
  clock = t.clock;
  await t.app.listen(port, '127.0.0.1');
  return { t, pay };
}
