// The demo data `npm start` loads: repairs in every state, made through the real service.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/database/seed.js';
import { count, ids, startTestApp, testDatabases, type TestApp } from './harness.js';

describe.each(testDatabases())('demo data (%s)', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(db, { demoRequests: true });
  });
  afterAll(async () => t?.close());

  it('loads repairs in every state of the flow, with their clocks, timeline and the paid job’s bill', async () => {
    const rows: { status: string; n: number }[] = await t.ds.query(
      'SELECT status, COUNT(*) AS n FROM service_request GROUP BY status',
    );
    const by = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    expect(by).toMatchObject({ received: 2, dispatched: 1, accepted: 1, arrived: 1, confirmed: 2 });
    expect(await count(t, 'bill', "status = 'unpaid' AND amount_fen = 8000")).toBe(1);
    expect(await count(t, 'sla_clock', "kind = 'callback' AND met_at IS NULL")).toBe(2);
    expect(await count(t, 'request_event')).toBe(23);
    const kefu = await t.staffToken('kefu', 'Kefu@123');
    const cb = await t.req('GET', `/api/v1/callbacks?projectId=${await (await ids(t)).project('101')}`, { token: kefu });
    expect(cb.body.map((c: { categoryName: string }) => c.categoryName).sort()).toEqual(['电梯故障', '门锁维修']);
  });

  it('the clerk’s desk counts what is waiting: to dispatch, in the pool, in progress, callbacks, bindings', async () => {
    const kefu = await t.staffToken('kefu', 'Kefu@123');
    const p101 = await (await ids(t)).project('101');
    const c = await t.req('GET', `/api/v1/service-requests/counts?projectId=${p101}`, { token: kefu });
    expect(c.body).toEqual({
      toDispatch: 1,
      inPool: 1,
      inProgress: 3,
      overdue: 0,
      callbacksDue: 2,
      callbacksOverdue: 0,
      pendingExtensions: 0,
      pendingBindings: 2,
    });
    // 25 hours on, both callbacks are late; the urgent electrical job waiting for dispatch is overdue too
    t.clock.advance(25 * 3600_000);
    const later = await t.req('GET', `/api/v1/service-requests/counts?projectId=${p101}`, {
      token: await t.staffToken('kefu', 'Kefu@123'),
    });
    expect(later.body).toMatchObject({ callbacksOverdue: 2 });
    expect(later.body.overdue).toBeGreaterThanOrEqual(1);
    expect(
      (
        await t.req('GET', `/api/v1/service-requests/counts?projectId=${p101}`, {
          token: await t.staffToken('kefu2', 'Kefu2@123'),
        })
      ).status,
    ).toBe(404);
  });

  it('is loaded once: a second start changes nothing', async () => {
    const before = await count(t, 'service_request');
    expect(await seedDemo(t.app)).toBe(false);
    expect(await count(t, 'service_request')).toBe(before);
  });
});
