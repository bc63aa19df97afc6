import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlaService } from '../src/modules/sla/sla.service.js';
import { count, ids, startTestApp, testDatabases, type TestApp } from './harness.js';

/** Project SLA settings used here: 30 min dispatch, emergency 2 h, normal 2 working days, 2026-12-02 a holiday. */
const SETTINGS = {
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
};

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
        notDuplicate: true,
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

  /** project 101 on this file's settings (each test that reads them sets them itself: any order, or alone) */
  const useSettings = async () => {
    const put = await t.req('PUT', `/api/v1/projects/${p101}/sla-settings`, { token: jingli, body: SETTINGS });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
  };

  it('durations are per-project settings: working days skip the project holidays (pinned clock)', async () => {
    await useSettings();
    t.clock.set('2026-11-30T02:00:00Z'); // Monday 10:00 in Shanghai
    const r = await intake('normal');
    // + 2 working days, Wednesday 12-02 is a holiday → Thursday 12-03 10:00 local
    expect(r.body.requiredBy).toBe('2026-12-03T02:00:00.000Z');
    expect(r.body.clocks.find((c: { kind: string }) => c.kind === 'dispatch').dueAt).toBe('2026-11-30T02:30:00.000Z');
  });

  it('R-REP-13 R-SRV-06 the due-time preview uses the project’s own durations, holidays and the agreed visit end, as intake does', async () => {
    const admin = await t.staffToken('admin', 'Admin@123');
    const made = await t.req('POST', '/api/v1/projects', {
      token: admin,
      body: { code: '391', name: '时限预览项目', kind: 'residential' },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const pid = made.body.id;
    const put = await t.req('PUT', `/api/v1/projects/${pid}/sla-settings`, { token: admin, body: SETTINGS });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    t.clock.set('2026-11-30T02:00:00Z'); // Monday 10:00 in Shanghai
    const preview = (q: string, token = admin) => t.req('GET', `/api/v1/sla/due-preview?projectId=${pid}${q}`, { token });
    // Monday + 2 working days, Wednesday 12-02 a holiday of this project → Thursday
    const normal = await preview('&urgency=normal');
    expect(normal.status, JSON.stringify(normal.body)).toBe(200);
    expect(normal.body).toEqual({
      kind: 'resolve',
      urgency: 'normal',
      from: '2026-11-30T02:00:00.000Z',
      duration: { value: 2, unit: 'working_days' },
      dueAt: '2026-12-03T02:00:00.000Z',
      timeZone: 'Asia/Shanghai',
    });
    expect((await preview('&urgency=emergency&from=2026-11-30T05:00:00Z')).body.dueAt).toBe('2026-11-30T07:00:00.000Z');
    expect((await preview('&kind=dispatch')).body.dueAt).toBe('2026-11-30T02:30:00.000Z');
    // a visit agreed after the promise moves the required-by time; one before it does not
    expect((await preview('&urgency=normal&appointmentEnd=2026-12-04T10:00:00Z')).body.dueAt).toBe('2026-12-04T10:00:00.000Z');
    expect((await preview('&urgency=normal&appointmentEnd=2026-12-01T10:00:00Z')).body.dueAt).toBe('2026-12-03T02:00:00.000Z');
    // intake on that project answers with the same required-by and promised time
    const cats = (await t.req('GET', `/api/v1/repair-categories?projectId=${pid}`, { token: admin })).body;
    const filed = await t.req('POST', '/api/v1/service-requests', {
      token: admin,
      body: {
        notDuplicate: true,
        projectId: pid,
        channel: 'phone',
        categoryId: cats.find((c: { code: string }) => c.code === 'PUB-LIGHT').id,
        location: '1栋大堂',
        description: '大堂灯不亮',
        urgency: 'normal',
        requesterName: '保安',
        requesterPhone: '13900003334',
      },
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    expect([filed.body.requiredBy, filed.body.promisedAt]).toEqual([normal.body.dueAt, normal.body.dueAt]);
    // another project's settings are not the clerk's to read; bad input is refused in Chinese
    expect((await preview('&urgency=normal', kefu)).status).toBe(404);
    expect((await t.req('GET', '/api/v1/sla/due-preview?projectId=99999', { token: admin })).status).toBe(404);
    const bad = await preview('&urgency=soon');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/^紧急程度/);
  });

  it('refuses bad settings with a Chinese reason and keeps the old ones; a clerk cannot change them', async () => {
    await useSettings();
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
    await useSettings();
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
