import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_OWNER_MODULES, OWNER_MODULES, OWNER_MODULE_INFO } from '@wy/shared';
import { count, ids, startTestApp, testDatabases, type TestApp } from './harness.js';

/** The owner's mini-program shows only modules that are built and switched on for the project. */
describe.each(testDatabases())('owner modules per project (%s)', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(db);
  });
  afterAll(async () => t?.close());

  it('a new project shows every built module to its owners; the unbuilt ones are listed but off', async () => {
    const admin = await t.staffToken('admin', 'Admin@123');
    const created = await t.req('POST', '/api/v1/projects', {
      token: admin,
      body: { code: '777', name: '模块测试花园', kind: 'residential' },
    });
    expect(created.status).toBe(201);
    const r = await t.req('GET', `/api/v1/projects/${created.body.id}/modules`, { token: admin });
    expect(r.status).toBe(200);
    const on = r.body.modules.filter((m: { enabled: boolean }) => m.enabled).map((m: { key: string }) => m.key);
    expect(on).toEqual([...BUILT_OWNER_MODULES]);
    expect(on).toEqual(['repair', 'fee', 'complaint', 'info', 'parking', 'renovation', 'pass', 'movein', 'visitor']);
    expect(r.body.modules.map((m: { key: string; built: boolean }) => `${m.key}:${m.built}`)).toEqual([
      'repair:true',
      'fee:true',
      'complaint:true',
      'info:true',
      'parking:true',
      'renovation:true',
      'pass:true',
      'movein:true',
      'visitor:true',
    ]);
  });

  it('the project manager switches 物业缴费 off for 201: its owners no longer get it, 101 owners still do', async () => {
    const jingli = await t.staffToken('jingli', 'Jingli@123');
    const p201 = await ids(t).then((i) => i.project('201'));
    const put = await t.req('PUT', `/api/v1/projects/${p201}/modules`, { token: jingli, body: { enabled: ['repair'] } });
    expect(put.status).toBe(200);
    expect(put.body.modules.filter((m: { enabled: boolean }) => m.enabled).map((m: { key: string }) => m.key)).toEqual([
      'repair',
    ]);
    expect(await count(t, 'audit_event', "entity = 'project' AND entity_id = ? AND action = 'modules'", [String(p201)])).toBe(1);

    const yang = await t.ownerToken('13700000011'); // owner in 瑞和花园 (201)
    const rooms = await t.req('GET', '/api/v1/me/rooms', { token: yang });
    expect(rooms.body.map((x: { propertyCode: string; modules: string[]; timeZone: string }) => x)).toEqual([
      expect.objectContaining({ propertyCode: '2011011201', modules: ['repair'], timeZone: 'Asia/Shanghai' }),
    ]);
    const room = await t.req('GET', `/api/v1/me/rooms/${rooms.body[0].roomId}`, { token: yang });
    expect(room.body.modules).toEqual(['repair']);

    const zhang = await t.ownerToken('13800000001'); // owner in 101
    const his = await t.req('GET', '/api/v1/me/rooms', { token: zhang });
    expect(new Set(his.body.map((x: { modules: string[] }) => x.modules.join(',')))).toEqual(
      new Set(['repair,fee,complaint,info,parking,renovation,pass,movein,visitor']),
    );

    // switched back on
    const back = await t.req('PUT', `/api/v1/projects/${p201}/modules`, {
      token: jingli,
      body: { enabled: ['repair', 'fee'] },
    });
    expect(back.status).toBe(200);
    expect((await t.req('GET', '/api/v1/me/rooms', { token: yang })).body[0].modules).toEqual(['repair', 'fee']);
  });

  it('an unbuilt module cannot be switched on, an unknown one is refused, and only head office / the manager switch', async () => {
    const admin = await t.staffToken('admin', 'Admin@123');
    const p101 = await ids(t).then((i) => i.project('101'));
    // every owner module is built now; should one be added unbuilt, it cannot be switched on
    const notBuilt = OWNER_MODULES.find((m) => !OWNER_MODULE_INFO[m].built);
    if (notBuilt) {
      const unbuilt = await t.req('PUT', `/api/v1/projects/${p101}/modules`, {
        token: admin,
        body: { enabled: ['repair', notBuilt] },
      });
      expect(unbuilt.status).toBe(400);
      expect(unbuilt.body.message).toBe(`${OWNER_MODULE_INFO[notBuilt].label}尚未上线，不能开启`);
    }
    const unknown = await t.req('PUT', `/api/v1/projects/${p101}/modules`, { token: admin, body: { enabled: ['casino'] } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toBe('开放的功能含有无效的值');
    const kefu = await t.staffToken('kefu', 'Kefu@123');
    const clerk = await t.req('PUT', `/api/v1/projects/${p101}/modules`, { token: kefu, body: { enabled: ['repair'] } });
    expect(clerk.status).toBe(403);
    const kefu2 = await t.staffToken('kefu2', 'Kefu2@123');
    expect((await t.req('GET', `/api/v1/projects/${p101}/modules`, { token: kefu2 })).status).toBe(403);
    const jingli = await t.staffToken('jingli', 'Jingli@123');
    const p999 = 999999;
    expect((await t.req('GET', `/api/v1/projects/${p999}/modules`, { token: jingli })).status).toBe(404);
    // nothing was written by the refused calls
    expect(await count(t, 'project_setting', "project_id = ? AND `key` = 'owner_modules_off'", [p101])).toBe(0);
  });
});
