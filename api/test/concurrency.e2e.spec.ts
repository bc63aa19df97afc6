// Fifty identical one-time actions at once: exactly one succeeds, the rest are refused, and what the
// action writes is written once (on MariaDB the requests really run side by side).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, ids, startTestApp, testDatabases, type TestApp } from './harness.js';
import { checked } from './support/repair-steps.js';

const N = 50;

describe.each(testDatabases())('one-time actions under concurrency (%s)', (db) => {
  let t: TestApp;
  let kefu: string;
  let caiwu: string;
  let jigong: string;
  let p101: number;
  let room1201: number;
  let jigongId: number;
  const cat = async (code: string) =>
    Number((await t.ds.query('SELECT id FROM repair_category WHERE project_id = ? AND code = ?', [p101, code]))[0].id);
  const act = (token: string, id: number, action: string, body: Record<string, unknown> = {}) =>
    t.req('POST', `/api/v1/service-requests/${id}/actions/${action}`, { token, body });
  let filed = 0;
  const intake = async (code: string, extra: Record<string, unknown>) => {
    const r = await t.req('POST', '/api/v1/service-requests', {
      token: kefu,
      body: {
        notDuplicate: true,
        projectId: p101,
        channel: 'phone',
        categoryId: await cat(code),
        description: `并发测试 ${++filed}`, // each its own problem: the same words within a minute are one intake (R-SRV-05)
        urgency: 'normal',
        requesterName: '张伟',
        requesterPhone: '13800000001',
        ...extra,
      },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.id as number;
  };
  /** the visit agreed with the owner for an in-home repair (R-REP-01): two hours from now */
  const visit = () => ({
    appointmentStart: new Date(t.clock.now().getTime() + 2 * 3600_000).toISOString(),
    appointmentEnd: new Date(t.clock.now().getTime() + 4 * 3600_000).toISOString(),
  });
  const tally = (rs: { status: number }[]) => {
    const by: Record<number, number> = {};
    for (const r of rs) by[r.status] = (by[r.status] ?? 0) + 1;
    return by;
  };

  beforeAll(async () => {
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(7 * 86400) } });
    kefu = await t.staffToken('kefu', 'Kefu@123');
    caiwu = await t.staffToken('caiwu', 'Caiwu@123');
    jigong = await t.staffToken('jigong', 'Jigong@123');
    const i = await ids(t);
    p101 = await i.project('101');
    room1201 = await i.room('1011011201');
    jigongId = await i.staff('jigong');
  });
  afterAll(async () => t?.close());

  it('R-FEE-02 R-PAY-02 fifty cashiers taking one bill at the desk: one payment, one receipt', async () => {
    const id = await intake('HOME-LOCK', { roomId: room1201, ...visit() });
    await act(kefu, id, 'dispatch', { assigneeStaffId: jigongId });
    await act(jigong, id, 'accept');
    await act(jigong, id, 'arrive');
    expect((await act(jigong, id, 'finish', checked({ result: '换锁芯', feeFen: 6000 }))).status).toBe(200);
    const bill = Number((await t.ds.query("SELECT id FROM bill WHERE source_type = 'repair' AND source_id = ?", [id]))[0].id);
    const rs = await Promise.all(
      Array.from({ length: N }, () =>
        t.req('POST', `/api/v1/bills/${bill}/desk-payments`, { token: caiwu, body: { method: 'cash', amountFen: 6000 } }),
      ),
    );
    expect(tally(rs)).toEqual({ 201: 1, 409: N - 1 });
    expect(await count(t, 'payment', 'bill_id = ?', [bill])).toBe(1);
  });

  it('R-SRV-05 fifty identical intakes at once (same room, category and description, a double tap): one order, the rest told which', async () => {
    // half past a minute of the suite's clock (its tokens stay valid)
    const m0 = Math.floor(t.clock.now().getTime() / 60_000) * 60_000 + 60_000;
    t.clock.set(new Date(m0 + 30_000).toISOString());
    const category = await cat('HOME-TAP');
    const description = `并发受理：厨房龙头漏水（${db}）`;
    const body = {
      projectId: p101,
      channel: 'phone',
      categoryId: category,
      roomId: room1201,
      description,
      urgency: 'normal',
      requesterName: '张伟',
      requesterPhone: '13800000001',
      notDuplicate: true, // past the open-duplicate check: only the intake key stands between them
      ...visit(),
    };
    const file = (b: Record<string, unknown>) => t.req('POST', '/api/v1/service-requests', { token: kefu, body: b });
    const rs = await Promise.all(Array.from({ length: N }, () => file(body)));
    expect(tally(rs)).toEqual({ 201: 1, 409: N - 1 });
    const first = rs.find((r) => r.status === 201)!.body;
    expect(new Set(rs.filter((r) => r.status === 409).map((r) => r.body.message))).toEqual(
      new Set([`同一问题刚刚已受理（工单 ${first.code}），请勿重复提交`]),
    );
    expect(
      await count(t, 'service_request', 'room_id = ? AND category_id = ? AND description = ?', [room1201, category, description]),
    ).toBe(1);
    expect(await count(t, 'duty_log_entry', 'request_id = ?', [first.id])).toBe(1);
    expect(await count(t, 'sla_clock', 'request_id = ?', [first.id])).toBe(3);

    // across a minute boundary, less than a minute later: still the same intake
    t.clock.set(new Date(m0 + 70_000).toISOString());
    expect((await file({ ...body, description: ` ${description}  ` })).status).toBe(409);
    // not the same problem: another description, another category, another room
    expect((await file({ ...body, description: `${description}，另一处` })).status).toBe(201);
    expect((await file({ ...body, categoryId: await cat('HOME-ELEC') })).status).toBe(201);
    // more than two minutes on, the same words are a new report (the open-duplicate check answers those)
    t.clock.set(new Date(m0 + 151_000).toISOString());
    expect((await file(body)).status).toBe(201);
    expect(
      await count(t, 'service_request', 'room_id = ? AND category_id = ? AND description = ?', [room1201, category, description]),
    ).toBe(2);
  });

  it('R-REP-04 fifty grabs of one pool order: one technician has it', async () => {
    const id = await intake('PUB-LIGHT', { location: 'A座大堂' });
    await act(kefu, id, 'dispatch', { toPool: true });
    const rs = await Promise.all(Array.from({ length: N }, () => act(jigong, id, 'grab')));
    expect(tally(rs)).toEqual({ 200: 1, 409: N - 1 });
    expect(await count(t, 'request_event', "request_id = ? AND action = 'grab'", [id])).toBe(1);
  });

  it('R-ORG-04 fifty approvals of one binding request: approved once', async () => {
    const owner = await t.ownerToken('13900000009');
    const room = await (await ids(t)).room('1011010901');
    const apply = await t.req('POST', '/api/v1/me/bindings', {
      token: owner,
      body: { roomId: room, kind: 'owner', name: '新业主' },
    });
    expect(apply.status, JSON.stringify(apply.body)).toBe(201);
    const rs = await Promise.all(
      Array.from({ length: N }, () => t.req('POST', `/api/v1/bindings/${apply.body.id}/approve`, { token: kefu })),
    );
    expect(tally(rs)).toEqual({ 200: 1, 409: N - 1 });
    expect(
      await count(t, 'audit_event', "entity = 'room_binding' AND entity_id = ? AND action = 'approved'", [String(apply.body.id)]),
    ).toBe(1);
  });

  it('R-REP-09 fifty clerks recording the callback of one order: one callback record', async () => {
    const id = await intake('PUB-LIGHT', { location: 'B座大堂' });
    await act(kefu, id, 'dispatch', { assigneeStaffId: jigongId });
    await act(jigong, id, 'accept');
    await act(jigong, id, 'arrive');
    await act(jigong, id, 'finish', checked({ result: '换灯' }));
    const rs = await Promise.all(
      Array.from({ length: N }, () => act(kefu, id, 'callback', { method: 'phone', satisfaction: 'satisfied' })),
    );
    expect(tally(rs)).toEqual({ 200: 1, 409: N - 1 });
    expect(await count(t, 'callback_record', 'request_id = ?', [id])).toBe(1);
  });
});

/**
 * A transaction must never need a second connection: with requests queued on a row lock holding every
 * pooled connection, the one holding the lock would wait for a connection forever. On a pool of one,
 * any such query hangs at once, so the flows below would time out.
 */
describe.runIf(testDatabases().includes('mysql'))('every write flow runs on a pool of one connection (mysql)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('mysql', { env: { DB_POOL_SIZE: '1' } });
  });
  afterAll(async () => t?.close());

  it('R-SRV-02 R-REP-09 R-FEE-02 intake, dispatch, the technician, the fee, the desk payment, the callback and a binding approval, one connection', async () => {
    const kefu = await t.staffToken('kefu', 'Kefu@123');
    const jigong = await t.staffToken('jigong', 'Jigong@123');
    const caiwu = await t.staffToken('caiwu', 'Caiwu@123');
    const i = await ids(t);
    const [p101, room, jigongId] = [await i.project('101'), await i.room('1011011201'), await i.staff('jigong')];
    const lock = Number(
      (await t.ds.query("SELECT id FROM repair_category WHERE project_id = ? AND code = 'HOME-LOCK'", [p101]))[0].id,
    );
    const r = await t.req('POST', '/api/v1/service-requests', {
      token: kefu,
      body: {
        notDuplicate: true,
        projectId: p101,
        channel: 'phone',
        categoryId: lock,
        description: '门锁',
        urgency: 'normal',
        roomId: room,
        requesterName: '张伟',
        requesterPhone: '13800000001',
        appointmentStart: new Date(t.clock.now().getTime() + 2 * 3600_000).toISOString(),
        appointmentEnd: new Date(t.clock.now().getTime() + 4 * 3600_000).toISOString(),
      },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const act = (token: string, a: string, body: Record<string, unknown> = {}) =>
      t.req('POST', `/api/v1/service-requests/${r.body.id}/actions/${a}`, { token, body });
    expect((await act(kefu, 'dispatch', { assigneeStaffId: jigongId })).status).toBe(200);
    expect((await act(jigong, 'accept')).status).toBe(200);
    expect((await act(jigong, 'arrive')).status).toBe(200);
    expect((await act(jigong, 'finish', checked({ result: '换锁芯', feeFen: 5000 }))).status).toBe(200);
    const bill = Number(
      (await t.ds.query("SELECT id FROM bill WHERE source_type = 'repair' AND source_id = ?", [r.body.id]))[0].id,
    );
    const pay = await t.req('POST', `/api/v1/bills/${bill}/desk-payments`, {
      token: caiwu,
      body: { method: 'cash', amountFen: 5000 },
    });
    expect(pay.status, JSON.stringify(pay.body)).toBe(201);
    expect((await act(kefu, 'callback', { method: 'phone', satisfaction: 'satisfied' })).body.status).toBe('closed');
    const owner = await t.ownerToken('13900000009');
    const apply = await t.req('POST', '/api/v1/me/bindings', {
      token: owner,
      body: { roomId: await i.room('1011010902'), kind: 'owner', name: '新业主' },
    });
    expect((await t.req('POST', `/api/v1/bindings/${apply.body.id}/approve`, { token: kefu })).status).toBe(200);
  });
});
