// A person belongs to the projects where they hold a room: staff of another project cannot attach
// them by phone and so read what was entered elsewhere, and a login-phone change needs the manager.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, ids, startTestApp, testDatabases, type TestApp } from './harness.js';

describe.each(testDatabases())('people across projects (%s)', (db) => {
  let t: TestApp;
  let kefu: string; // clerk of 101
  let kefu2: string; // clerk of 201
  let admin: string;
  let p201: number;
  let room201: number;
  let zhang: number; // owner of rooms in 101 only
  const snapshot = async () => ({
    bindings: await count(t, 'room_binding'),
    persons: await count(t, 'person'),
    updated: String((await t.ds.query('SELECT updated_at AS u FROM person WHERE id = ?', [zhang]))[0].u),
  });

  beforeAll(async () => {
    t = await startTestApp(db);
    kefu = await t.staffToken('kefu', 'Kefu@123');
    kefu2 = await t.staffToken('kefu2', 'Kefu2@123');
    admin = await t.staffToken('admin', 'Admin@123');
    const i = await ids(t);
    p201 = await i.project('201');
    room201 = await i.room('2011011201');
    zhang = Number((await t.ds.query("SELECT id FROM person WHERE name = '张伟'"))[0].id);
  });
  afterAll(async () => t?.close());

  it('R-OWN-06 R-ORG-03 a clerk of 201 cannot attach a 101 owner by phone, and so cannot reveal or change what 101 entered', async () => {
    const before = await snapshot();
    const attach = await t.req('POST', '/api/v1/owners', {
      token: kefu2,
      body: { projectId: p201, roomId: room201, kind: 'tenant', name: '冒名', phone: '13800000001' },
    });
    expect(attach.status).toBe(409);
    expect(attach.body.message).toBe(
      '该手机号已是其他项目的业主。为保护业主信息，请业主本人在小程序中申请绑定本项目的房屋，由本项目审核',
    );
    expect(await snapshot()).toEqual(before);
    for (const [method, url, body] of [
      ['GET', `/api/v1/owners/${zhang}`, undefined],
      ['POST', `/api/v1/owners/${zhang}/reveal`, undefined],
      ['PATCH', `/api/v1/owners/${zhang}`, { phone: '13700009999' }],
    ] as const) {
      const r = await t.req(method, url, { token: kefu2, body });
      expect(r.status, url).toBe(404);
    }
    expect(await snapshot()).toEqual(before);
    // the owner's own SMS login still opens the owner's own record
    const owner = await t.ownerToken('13800000001');
    expect((await t.req('GET', '/api/v1/auth/me', { token: owner })).body.id).toBe(zhang);
  });

  it('R-ORG-04 R-OWN-06 an owner who applies for a 201 room is readable by 201 to review, revealed only once the room is theirs', async () => {
    const owner = await t.ownerToken('13800000001');
    const apply = await t.req('POST', '/api/v1/me/bindings', {
      token: owner,
      body: { roomId: room201, kind: 'tenant', name: '张伟' },
    });
    expect(apply.status, JSON.stringify(apply.body)).toBe(201);
    expect((await t.req('GET', `/api/v1/owners/${zhang}`, { token: kefu2 })).status).toBe(200);
    expect((await t.req('POST', `/api/v1/owners/${zhang}/reveal`, { token: kefu2 })).status).toBe(404);
    const approve = await t.req('POST', `/api/v1/bindings/${apply.body.id}/approve`, { token: kefu2 });
    expect(approve.status, JSON.stringify(approve.body)).toBe(200);
    const reveal = await t.req('POST', `/api/v1/owners/${zhang}/reveal`, { token: kefu2 });
    expect(reveal.status).toBe(200);
    expect(reveal.body.phone).toBe('13800000001');
    // undo for the other tests: the tenancy ends
    expect(
      (await t.req('POST', `/api/v1/bindings/${apply.body.id}/revoke`, { token: kefu2, body: { reason: '测试结束' } })).status,
    ).toBe(200);
  });

  it("R-OWN-03 an owner's login phone is changed only by a manager covering every project where the owner holds a room, and the old phone is told", async () => {
    const phone = '13700004444';
    const clerk = await t.req('PATCH', `/api/v1/owners/${zhang}`, { token: kefu, body: { phone } });
    expect(clerk.status).toBe(403);
    expect(clerk.body.message).toBe('更换业主的登录手机号须经管理处经理审批，请由负责该业主全部房屋所在项目的经理办理');
    // a note is not a login change: the clerk may write it
    expect((await t.req('PATCH', `/api/v1/owners/${zhang}`, { token: kefu, body: { note: '常出差' } })).status).toBe(200);
    // a manager of 201 only does not cover 101
    const mk = await t.req('POST', '/api/v1/staff', {
      token: admin,
      body: { username: 'mgr_zero', name: '经理', password: 'Zero#Mgr2026', roles: ['project_manager'], projectIds: [p201] },
    });
    expect(mk.status).toBe(201);
    const mgr201 = await t.staffToken('mgr_zero', 'Zero#Mgr2026');
    expect((await t.req('PATCH', `/api/v1/owners/${zhang}`, { token: mgr201, body: { phone } })).status).toBe(404);
    const before = t.sms.sent.length;
    const jingli = await t.staffToken('jingli', 'Jingli@123');
    const done = await t.req('PATCH', `/api/v1/owners/${zhang}`, { token: jingli, body: { phone } });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const notice = t.sms.sent.slice(before);
    expect(notice).toHaveLength(1);
    expect(notice[0]).toMatchObject({ phone: '13800000001', template: 'phone_changed', params: { tail: '4444' } });
    expect(
      await count(t, 'audit_event', "entity = 'person' AND entity_id = ? AND action = 'update' AND note LIKE '%phone%'", [
        String(zhang),
      ]),
    ).toBe(1);
    // put it back for the other tests
    expect((await t.req('PATCH', `/api/v1/owners/${zhang}`, { token: jingli, body: { phone: '13800000001' } })).status).toBe(200);
  });
});
