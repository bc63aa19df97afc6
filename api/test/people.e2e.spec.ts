import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, ids, startTestApp, testDatabases, type TestApp } from './harness.js';

describe.each(testDatabases())('people and bindings (%s)', (db) => {
  let t: TestApp;
  let kefu: string;
  let p101: number;
  beforeAll(async () => {
    t = await startTestApp(db);
    kefu = await t.staffToken('kefu', 'Kefu@123');
    p101 = await ids(t).then((i) => i.project('101'));
  });
  afterAll(async () => t?.close());

  it('R-ORG-04 R-OWN-01 a new owner asks to bind a room; the centre approves; the owner then sees the room', async () => {
    const owner = await t.ownerToken('13900000009');
    const projects = await t.req('GET', '/api/v1/directory/projects', { token: owner });
    const project = projects.body.find((p: { code: string }) => p.code === '101');
    const buildings = await t.req('GET', `/api/v1/directory/projects/${project.id}/buildings`, { token: owner });
    const a = buildings.body.find((b: { name: string }) => b.name === 'A座写字楼');
    const rooms = await t.req('GET', `/api/v1/directory/buildings/${a.id}/rooms`, { token: owner });
    const room = rooms.body.find((r: { roomNo: string }) => r.roomNo === '1501');
    expect(Object.keys(room).sort()).toEqual(['floor', 'id', 'roomNo', 'unit']); // no personal data in the directory

    const req = await t.req('POST', '/api/v1/me/bindings', {
      token: owner,
      body: { roomId: room.id, kind: 'owner', name: '郑小龙' },
    });
    expect(req.status).toBe(201);
    expect(req.body).toMatchObject({ status: 'pending', kind: 'owner', propertyCode: '1011011501' });
    expect((await t.req('GET', '/api/v1/me/rooms', { token: owner })).body).toEqual([]);
    expect((await t.req('GET', `/api/v1/me/rooms/${room.id}`, { token: owner })).status).toBe(404);

    const again = await t.req('POST', '/api/v1/me/bindings', {
      token: owner,
      body: { roomId: room.id, kind: 'owner', name: '郑小龙' },
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('PEOPLE_BINDING_EXISTS');

    const pending = await t.req('GET', `/api/v1/bindings?projectId=${p101}&status=pending`, { token: kefu });
    const mine = pending.body.items.find((b: { id: number }) => b.id === req.body.id);
    expect(mine).toMatchObject({ personName: '郑小龙', phoneMasked: '139****0009', roomLabel: 'A座写字楼 1501' });
    const ok = await t.req('POST', `/api/v1/bindings/${req.body.id}/approve`, { token: kefu });
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('approved');
    const twice = await t.req('POST', `/api/v1/bindings/${req.body.id}/approve`, { token: kefu });
    expect(twice.status).toBe(409);

    const myRooms = await t.req('GET', '/api/v1/me/rooms', { token: owner });
    expect(myRooms.body.map((r: { propertyCode: string }) => r.propertyCode)).toEqual(['1011011501']);
    const detail = await t.req('GET', `/api/v1/me/rooms/${room.id}`, { token: owner });
    expect(detail.body.occupants).toEqual([expect.objectContaining({ name: '郑小龙', kind: 'owner', isMe: true })]);
    expect(
      await count(t, 'audit_event', "entity = 'room_binding' AND entity_id = ? AND action = 'approved'", [String(req.body.id)]),
    ).toBe(1);
  });

  it("R-ORG-04 an approved owner approves a tenant's request on their room, but not an owner's request", async () => {
    const zhang = await t.ownerToken('13800000001');
    const r1201 = await ids(t).then((i) => i.room('1011011201'));
    const detail = await t.req('GET', `/api/v1/me/rooms/${r1201}`, { token: zhang });
    const tenant = detail.body.occupants.find((o: { kind: string }) => o.kind === 'tenant');
    expect(tenant).toMatchObject({ name: '王磊', status: 'pending' });
    const ok = await t.req('POST', `/api/v1/me/bindings/${tenant.bindingId}/approve`, { token: zhang });
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('approved');
    const wang = await t.ownerToken('13800000003');
    expect((await t.req('GET', `/api/v1/me/rooms/${r1201}`, { token: wang })).status).toBe(200);

    // a second "owner" request on the same room is for the centre only
    const stranger = await t.ownerToken('13611112222');
    const claim = await t.req('POST', '/api/v1/me/bindings', {
      token: stranger,
      body: { roomId: r1201, kind: 'owner', name: '冒充者' },
    });
    expect(claim.status).toBe(201);
    const refused = await t.req('POST', `/api/v1/me/bindings/${claim.body.id}/approve`, { token: zhang });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/客服中心/);
    // the tenant (not an owner) cannot review anything on the room
    const notOwner = await t.req('POST', `/api/v1/me/bindings/${claim.body.id}/reject`, {
      token: wang,
      body: { reason: '不认识' },
    });
    expect(notOwner.status).toBe(404);
    const rej = await t.req('POST', `/api/v1/bindings/${claim.body.id}/reject`, { token: kefu, body: { reason: '无产权证明' } });
    expect(rej.body).toMatchObject({ status: 'rejected', rejectReason: '无产权证明' });
    const mine = await t.req('GET', '/api/v1/me/bindings', { token: stranger });
    expect(mine.body[0]).toMatchObject({ status: 'rejected', rejectReason: '无产权证明' });
    // once rejected, the person may ask again (the unique active key was released)
    const retry = await t.req('POST', '/api/v1/me/bindings', {
      token: stranger,
      body: { roomId: r1201, kind: 'member', name: '冒充者' },
    });
    expect(retry.status).toBe(201);
  });

  it('two reviewers deciding the same request at once: exactly one decision lands', async () => {
    const owner = await t.ownerToken('13611113333');
    const room = await ids(t).then((i) => i.room('1011011601'));
    const req = await t.req('POST', '/api/v1/me/bindings', { token: owner, body: { roomId: room, kind: 'owner', name: '并发' } });
    const zhuguan = await t.staffToken('zhuguan', 'Zhuguan@123');
    const results = await Promise.all([
      t.req('POST', `/api/v1/bindings/${req.body.id}/approve`, { token: kefu }),
      t.req('POST', `/api/v1/bindings/${req.body.id}/reject`, { token: zhuguan, body: { reason: '资料不全' } }),
      t.req('POST', `/api/v1/bindings/${req.body.id}/approve`, { token: zhuguan }),
    ]);
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(2);
    expect(
      await count(t, 'audit_event', "entity = 'room_binding' AND entity_id = ? AND action IN ('approved','rejected')", [
        String(req.body.id),
      ]),
    ).toBe(1);
  });

  it('concurrent binding requests for the same room never make two open bindings', async () => {
    const owner = await t.ownerToken('13611114444');
    const room = await ids(t).then((i) => i.room('1011011602'));
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        t.req('POST', '/api/v1/me/bindings', { token: owner, body: { roomId: room, kind: 'owner', name: '双击' } }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(await count(t, 'room_binding', "room_id = ? AND status IN ('pending','approved')", [room])).toBe(1);
  });

  it('R-OWN-01 the centre registers an owner with a room; the same phone is one person across rooms', async () => {
    const room = await ids(t).then((i) => i.room('1011011701'));
    const r = await t.req('POST', '/api/v1/owners', {
      token: kefu,
      body: {
        projectId: p101,
        roomId: room,
        kind: 'owner',
        name: '钱多多',
        phone: '13522223333',
        idNumber: '11010519491231002X',
        isKeyCustomer: true,
      },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({
      name: '钱多多',
      phoneMasked: '135****3333',
      isKeyCustomer: true,
      idNumberMasked: '1101**********002X',
    });
    expect(r.body.rooms[0]).toMatchObject({ propertyCode: '1011011701', status: 'approved' });
    const room2 = await ids(t).then((i) => i.room('1011011702'));
    const r2 = await t.req('POST', '/api/v1/owners', {
      token: kefu,
      body: { projectId: p101, roomId: room2, kind: 'owner', name: '钱多多', phone: '13522223333' },
    });
    expect(r2.body.id).toBe(r.body.id);
    expect(r2.body.rooms).toHaveLength(2);
    const dup = await t.req('POST', '/api/v1/owners', {
      token: kefu,
      body: { projectId: p101, roomId: room2, kind: 'owner', name: '钱多多', phone: '13522223333' },
    });
    expect(dup.status).toBe(409);
    // then the owner logs in by SMS with that phone and sees both rooms at once
    const token = await t.ownerToken('13522223333');
    expect((await t.req('GET', '/api/v1/me/rooms', { token })).body).toHaveLength(2);
    // search by name, by phone and by room number
    for (const keyword of ['钱多', '13522223333', '1702']) {
      const s = await t.req('GET', `/api/v1/owners?projectId=${p101}&keyword=${encodeURIComponent(keyword)}`, { token: kefu });
      expect(
        s.body.items.map((p: { id: number }) => p.id),
        keyword,
      ).toContain(r.body.id);
    }
  });

  it('R-OWN-05 an owner is archived (never deleted) by head office only; history stays and bindings end', async () => {
    const room = await ids(t).then((i) => i.room('1011011801'));
    const created = await t.req('POST', '/api/v1/owners', {
      token: kefu,
      body: { projectId: p101, roomId: room, kind: 'owner', name: '归档测试', phone: '13533334444' },
    });
    const id = created.body.id;
    expect((await t.req('POST', `/api/v1/owners/${id}/archive`, { token: kefu, body: { reason: '已售房' } })).status).toBe(403);
    expect((await t.req('DELETE', `/api/v1/owners/${id}`, { token: kefu })).status).toBe(404);
    const admin = await t.staffToken('admin', 'Admin@123');
    const owner = await t.ownerToken('13533334444');
    const done = await t.req('POST', `/api/v1/owners/${id}/archive`, { token: admin, body: { reason: '已售房' } });
    expect(done.status).toBe(200);
    expect(done.body.archivedAt).toBeTruthy();
    expect(done.body.rooms[0].status).toBe('revoked');
    expect(await count(t, 'person', 'id = ?', [id])).toBe(1);
    expect(await count(t, 'audit_event', "entity = 'person' AND entity_id = ? AND action = 'archive'", [String(id)])).toBe(1);
    expect((await t.req('GET', '/api/v1/auth/me', { token: owner })).status).toBe(401);
  });

  it('R-OWN-01 vehicles with plates: validated, unique per project, archived not deleted', async () => {
    const zhang = Number((await t.ds.query("SELECT id FROM person WHERE name = '张伟'"))[0].id);
    const bad = await t.req('POST', '/api/v1/vehicles', {
      token: kefu,
      body: { projectId: p101, personId: zhang, plate: 'ABC123' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/车牌号格式不正确/);
    const ok = await t.req('POST', '/api/v1/vehicles', {
      token: kefu,
      body: { projectId: p101, personId: zhang, plate: '粤b 8888a', model: '特斯拉' },
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body).toMatchObject({ plate: '粤B8888A', personName: '张伟' });
    const dup = await t.req('POST', '/api/v1/vehicles', {
      token: kefu,
      body: { projectId: p101, personId: zhang, plate: '粤B8888A' },
    });
    expect(dup.status).toBe(409);
    const list = await t.req('GET', `/api/v1/vehicles?projectId=${p101}&keyword=8888`, { token: kefu });
    expect(list.body.items).toHaveLength(1);
    expect((await t.req('DELETE', `/api/v1/vehicles/${ok.body.id}`, { token: kefu })).status).toBe(204);
    expect(await count(t, 'vehicle', 'id = ? AND archived_at IS NOT NULL', [ok.body.id])).toBe(1);
    const again = await t.req('POST', '/api/v1/vehicles', {
      token: kefu,
      body: { projectId: p101, personId: zhang, plate: '粤B8888A' },
    });
    expect(again.status).toBe(201);
    const mine = await t.req('GET', '/api/v1/me/vehicles', { token: await t.ownerToken('13800000001') });
    expect(mine.body.map((v: { plate: string }) => v.plate)).toEqual(expect.arrayContaining(['粤B12345', '粤B8888A']));
  });

  it('R-ORG-03 a project manager manages staff of their projects only and cannot grant head office', async () => {
    const jingli = await t.staffToken('jingli', 'Jingli@123');
    const list = await t.req('GET', '/api/v1/staff?state=all&limit=100', { token: jingli });
    expect(list.body.items.map((s: { username: string }) => s.username)).not.toContain('admin');
    const grant = await t.req('POST', '/api/v1/staff', {
      token: jingli,
      body: { username: 'boss2', name: 'x', password: 'Kf3#Clerk2026', roles: ['head_office'], projectIds: [] },
    });
    expect(grant.status).toBe(403);
    const p201 = await ids(t).then((i) => i.project('201'));
    const ok = await t.req('POST', '/api/v1/staff', {
      token: jingli,
      body: { username: 'kefu3', name: '新客服', password: 'Kf3#Clerk2026', roles: ['service_clerk'], projectIds: [p201] },
    });
    expect(ok.status).toBe(201);
    const weak = await t.req('POST', '/api/v1/staff', {
      token: jingli,
      body: { username: 'kefu4', name: '新客服', password: 'short', roles: ['service_clerk'], projectIds: [p201] },
    });
    expect(weak.status).toBe(400);
    expect(weak.body.message).toMatch(/密码至少8/);
    const kefuTok = await t.staffToken('kefu', 'Kefu@123');
    expect((await t.req('GET', '/api/v1/staff', { token: kefuTok })).status).toBe(403);
  });

  it('R-ORG-03 the staff list is filtered and paged by the server: project, name or username, state, a manager’s own projects; bad filters are refused', async () => {
    const admin = await t.staffToken('admin', 'Admin@123');
    const p201 = await ids(t).then((i) => i.project('201'));
    const mk = async (username: string, name: string) => {
      const r = await t.req('POST', '/api/v1/staff', {
        token: admin,
        body: { username, name, password: 'Kf3#Clerk2026', roles: ['service_clerk'], projectIds: [p201] },
      });
      expect(r.status).toBe(201);
      return r.body.id as number;
    };
    const a = await mk('paged.a', '翻页甲');
    const b = await mk('paged.b', '翻页乙');
    const c = await mk('paged.c', '翻页丙');
    expect((await t.req('PATCH', `/api/v1/staff/${c}`, { token: admin, body: { archived: true } })).status).toBe(200);
    type Page = {
      items: { id: number; username: string; archivedAt: string | null; projectIds: number[] }[];
      nextCursor: string | null;
    };
    const get = async (q: string, token = admin) => {
      const r = await t.req('GET', `/api/v1/staff?${q}`, { token });
      expect(r.status).toBe(200);
      return r.body as Page;
    };
    // name or username, active by default: the archived one is left out
    const kw = await get(`keyword=${encodeURIComponent('翻页')}`);
    expect(kw.items.map((s) => s.id)).toEqual([a, b]);
    expect((await get('keyword=paged.b')).items.map((s) => s.id)).toEqual([b]);
    // a LIKE wildcard is a plain character
    expect((await get('keyword=%25')).items).toEqual([]);
    expect((await get(`keyword=${encodeURIComponent('翻页')}&state=archived`)).items.map((s) => s.id)).toEqual([c]);
    expect((await get(`keyword=${encodeURIComponent('翻页')}&state=all`)).items.map((s) => s.id)).toEqual([a, b, c]);
    expect((await get(`keyword=${encodeURIComponent('翻页')}&state=locked`)).items).toEqual([]);
    // pages of one, by id, until the last
    const p1 = await get(`keyword=${encodeURIComponent('翻页')}&state=all&limit=1`);
    const p2 = await get(`keyword=${encodeURIComponent('翻页')}&state=all&limit=1&cursor=${p1.nextCursor}`);
    const p3 = await get(`keyword=${encodeURIComponent('翻页')}&state=all&limit=1&cursor=${p2.nextCursor}`);
    expect([...p1.items, ...p2.items, ...p3.items].map((s) => s.id)).toEqual([a, b, c]);
    expect(p3.nextCursor).toBeNull();
    // one project's staff only
    const of201 = await get(`projectId=${p201}&state=all&limit=100`);
    expect(of201.items.every((s) => s.projectIds.includes(p201))).toBe(true);
    expect(of201.items.map((s) => s.id)).toEqual(expect.arrayContaining([a, b, c]));
    const of101 = await get(`projectId=${p101}&state=all&limit=100`);
    expect(of101.items.map((s) => s.id)).not.toContain(a);
    // bad filters: 400 in Chinese
    const bad = await t.req('GET', '/api/v1/staff?state=gone', { token: admin });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/状态/);
    const badCursor = await t.req('GET', '/api/v1/staff?cursor=xyz', { token: admin });
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.message).toMatch(/翻页游标无效/);
  });
});
