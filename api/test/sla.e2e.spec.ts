import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlaService } from '../src/modules/sla/sla.service.js';
import { count, ids, startTestApp, testDatabases, type TestApp } from './harness.js';

describe.each(testDatabases())('SLA settings and extensions (%s)', (db) => {
  let t: TestApp;
  let kefu: string;
  let zhuguan: string;
  let jingli: string;
  let p101: number;
  let catLight: number;
  beforeAll(async () => {
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
    kefu = await t.staffToken('kefu', 'Kefu@123');
    zhuguan = await t.staffToken('zhuguan', 'Zhuguan@123');
    jingli = await t.staffToken('jingli', 'Jingli@123');
    p101 = await ids(t).then((i) => i.project('101'));
    catLight = (await t.req('GET', `/api/v1/repair-categories?projectId=${p101}`, { token: kefu })).body.find(
      (c: { code: string }) => c.code === 'PUB-LIGHT',
    ).id;
  });
  afterAll(async () => t?.close());

  const intake = (urgency: string) =>
    t.req('POST', '/api/v1/service-requests', {
      token: kefu,
      body: {
        projectId: p101,
        channel: 'phone',
        categoryId: catLight,
        location: '地库B2',
        description: '灯管闪烁',
        urgency,
        requesterName: '保安',
        requesterPhone: '13900003333',
      },
    });

  it('durations are per-project settings: working days skip the project holidays (pinned clock)', async () => {
    const put = await t.req('PUT', `/api/v1/projects/${p101}/sla-settings`, {
      token: jingli,
      body: {
        repair: {
          entry: { value: 2, unit: 'hours' },
          dispatch: { value: 30, unit: 'minutes' },
          resolve: {
            emergency: { value: 2, unit: 'hours' },
            urgent: { value: 8, unit: 'hours' },
            normal: { value: 2, unit: 'working_days' },
          },
          callback: { value: 24, unit: 'hours' },
          secondCallback: { value: 30, unit: 'days' },
        },
        holidays: ['2026-12-02'],
        workdays: [],
      },
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    t.clock.set('2026-11-30T02:00:00Z'); // Monday 10:00 in Shanghai
    const r = await intake('normal');
    // + 2 working days, Wednesday 12-02 is a holiday → Thursday 12-03 10:00 local
    expect(r.body.requiredBy).toBe('2026-12-03T02:00:00.000Z');
    expect(r.body.clocks.find((c: { kind: string }) => c.kind === 'dispatch').dueAt).toBe('2026-11-30T02:30:00.000Z');
  });

  it('refuses bad settings with a Chinese reason and keeps the old ones; a clerk cannot change them', async () => {
    const bad = await t.req('PUT', `/api/v1/projects/${p101}/sla-settings`, {
      token: jingli,
      body: { repair: { entry: { value: -1, unit: 'hours' } }, holidays: [], workdays: [] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe('录入时限必须是正整数加单位（分钟、小时、天或工作日）');
    const now = await t.req('GET', `/api/v1/projects/${p101}/sla-settings`, { token: kefu });
    expect(now.body.repair.dispatch).toEqual({ value: 30, unit: 'minutes' });
    expect((await t.req('PUT', `/api/v1/projects/${p101}/sla-settings`, { token: kefu, body: now.body })).status).toBe(403);
  });

  it('an extension takes effect only once approved, is recorded on the timeline, and the breach job respects it', async () => {
    t.clock.set('2026-12-07T02:00:00Z');
    const r = await intake('emergency'); // resolve due 04:00Z
    const id = r.body.id;
    const ext = await t.req('POST', `/api/v1/service-requests/${id}/extensions`, {
      token: kefu,
      body: { kind: 'resolve', until: '2026-12-07T10:00:00Z', reason: '需等待电梯厂家配件' },
    });
    expect(ext.status, JSON.stringify(ext.body)).toBe(201);
    expect(ext.body).toMatchObject({ status: 'pending', dueAt: '2026-12-07T04:00:00.000Z' });
    // not yet approved: past the original due time it is breached
    expect((await t.req('POST', `/api/v1/sla-extensions/${ext.body.id}/approve`, { token: kefu, body: {} })).status).toBe(403);
    const ok = await t.req('POST', `/api/v1/sla-extensions/${ext.body.id}/approve`, { token: zhuguan, body: { note: '同意' } });
    expect(ok.body.status).toBe('approved');
    expect((await t.req('POST', `/api/v1/sla-extensions/${ext.body.id}/reject`, { token: zhuguan, body: {} })).status).toBe(409);
    t.clock.set('2026-12-07T05:00:00Z');
    await t.app.get(SlaService).tick();
    expect(await count(t, 'sla_clock', "request_id = ? AND kind = 'resolve' AND breached_at IS NOT NULL", [id])).toBe(0);
    const d = await t.req('GET', `/api/v1/service-requests/${id}`, { token: kefu });
    expect(d.body.clocks.find((c: { kind: string }) => c.kind === 'resolve').dueAt).toBe('2026-12-07T10:00:00.000Z');
    expect(d.body.events.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['extension_request', 'extension_approved']),
    );
    t.clock.set('2026-12-07T10:00:01Z');
    await t.app.get(SlaService).tick();
    expect(await count(t, 'sla_clock', "request_id = ? AND kind = 'resolve' AND breached_at IS NOT NULL", [id])).toBe(1);
  });
});
