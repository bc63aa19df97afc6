import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, ids, startTestApp, testDatabases, type TestApp } from './harness.js';

/** 2026-11-23 10:00 in Shanghai (the harness's pinned clock). */
const MON = '2026-11-23T02:00:00.000Z';
const ID = '110105199003071239';

describe.each(testDatabases())('访客登记 (%s)', (db) => {
  let t: TestApp;
  let kefu: string; // front desk of 101 (visitor.gate)
  let kefu2: string; // front desk of 201 only
  let caiwu: string; // finance: no gate
  let zhang: string; // owner of A座 1201 (101)
  let lina: string; // member of A座 1201
  let yang: string; // owner in 201 only
  let stranger: string; // a signed-in owner with no room
  let p101: number;
  let roomA: number; // 1011011201: 张伟 (owner), 李娜 (member)
  let roomPending: number; // 1011020601: only a pending binding
  let zhangId: number;
  let linaId: number;

  beforeAll(async () => {
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
    [kefu, kefu2, caiwu] = await Promise.all([
      t.staffToken('kefu', 'Kefu@123'),
      t.staffToken('kefu2', 'Kefu2@123'),
      t.staffToken('caiwu', 'Caiwu@123'),
    ]);
    zhang = await t.ownerToken('13800000001');
    lina = await t.ownerToken('13800000002');
    yang = await t.ownerToken('13700000011');
    stranger = await t.ownerToken('13900000009');
    const i = await ids(t);
    p101 = await i.project('101');
    roomA = await i.room('1011011201');
    roomPending = await i.room('1011020601');
    zhangId = Number((await t.ds.query("SELECT id FROM person WHERE name = '张伟'"))[0].id);
    linaId = Number((await t.ds.query("SELECT id FROM person WHERE name = '李娜'"))[0].id);
  });
  afterAll(async () => t?.close());

  const register = (body: Record<string, unknown> = {}, token = kefu) =>
    t.req('POST', '/api/v1/visitors', {
      token,
      body: { roomId: roomA, hostPersonId: zhangId, name: '赵访客', idNumber: ID, peopleCount: 2, reason: 'family', ...body },
    });
  const gate = (id: number, action: string, body: Record<string, unknown> = {}, token = kefu) =>
    t.req('POST', `/api/v1/visitors/${id}/actions/${action}`, { token, body });
  const mine = (id: number, action: string, token: string, body: Record<string, unknown> = {}) =>
    t.req('POST', `/api/v1/me/visitors/${id}/actions/${action}`, { token, body });
  const invite = (body: Record<string, unknown> = {}, token = zhang) =>
    t.req('POST', '/api/v1/me/visitors', {
      token,
      body: { roomId: roomA, name: '钱来访', phone: '13912345678', visitOn: '2026-11-23', peopleCount: 1, ...body },
    });

  it('R-PAS-05 the guard registers a visitor (ID masked), the host approves in the app, the guard lets them in and records the leaving', async () => {
    t.clock.set(new Date(MON));
    const r = await register({ plate: '粤b12345' });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const id = r.body.id as number;
    expect(r.body).toMatchObject({
      status: 'awaiting_host',
      source: 'gate',
      hostName: '张伟',
      visitOn: '2026-11-23',
      plate: '粤B12345',
      idNumberMasked: '1101**********1239',
      allowedActions: ['phone_approve', 'phone_refuse'],
    });
    expect(JSON.stringify(r.body)).not.toContain(ID);
    // not yet confirmed: the guard may not let them in
    const early = await gate(id, 'enter');
    expect(early.status).toBe(409);
    expect(early.body.message).toMatch(/尚未确认/);
    // the host's pending card, with 同意 / 拒绝 (the room's member sees the visitor, without the buttons)
    const card = (await t.req('GET', '/api/v1/me/visitors', { token: zhang })).body.find((x: { id: number }) => x.id === id);
    expect(card).toMatchObject({ statusLabel: '待您确认', allowedActions: ['approve', 'refuse'] });
    const seen = await t.req('GET', `/api/v1/me/visitors/${id}`, { token: lina });
    expect(seen.status).toBe(200);
    expect(seen.body.allowedActions).toEqual([]);
    expect((await mine(id, 'approve', lina)).status).toBe(403);
    const ok = await mine(id, 'approve', zhang);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ status: 'confirmed', confirmedVia: 'app', confirmedByName: '张伟' });
    // in, then out: the times recorded
    t.clock.set(new Date('2026-11-23T02:05:00.000Z'));
    const inn = await gate(id, 'enter');
    expect(inn.status, JSON.stringify(inn.body)).toBe(200);
    expect(inn.body).toMatchObject({ status: 'in', enteredAt: '2026-11-23T02:05:00.000Z', enteredByName: '王芳' });
    t.clock.set(new Date('2026-11-23T03:30:00.000Z'));
    const out = await gate(id, 'leave');
    expect(out.body).toMatchObject({ status: 'left', leftAt: '2026-11-23T03:30:00.000Z' });
    expect((await gate(id, 'leave')).status).toBe(409);
    // today's list for the guard, server-filtered
    const list = await t.req('GET', `/api/v1/visitors?projectId=${p101}&status=left&keyword=${encodeURIComponent('赵访客')}`, {
      token: kefu,
    });
    expect(list.body.items.map((x: { id: number }) => x.id)).toContain(id);
    const other = await t.req('GET', `/api/v1/visitors?projectId=${p101}&date=2026-11-22`, { token: kefu });
    expect(other.body.items.map((x: { id: number }) => x.id)).not.toContain(id);
    // R-OWN-06 the full ID number only by reveal, for a role that may, and logged
    const full = await t.req('POST', `/api/v1/visitors/${id}/reveal`, { token: kefu });
    expect(full.body.idNumber).toBe(ID);
    expect(await count(t, 'audit_event', "entity = 'visitor' AND entity_id = ? AND action = 'reveal_pii'", [String(id)])).toBe(1);
    // every step audited: register, approve, enter, leave
    expect(await count(t, 'audit_event', "entity = 'visitor' AND entity_id = ? AND action <> 'reveal_pii'", [String(id)])).toBe(
      4,
    );
  });

  it('R-PAS-05 the guard records a phone confirmation and who answered; a refusal (by phone or in the app) keeps the visitor out', async () => {
    t.clock.set(new Date(MON));
    const a = (await register()).body.id as number;
    const noWho = await gate(a, 'phone_approve');
    expect(noWho.status).toBe(400);
    expect(noWho.body.message).toMatch(/接听/);
    const phoned = await gate(a, 'phone_approve', { answeredBy: '张伟本人' });
    expect(phoned.body).toMatchObject({ status: 'confirmed', confirmedVia: 'phone', answeredBy: '张伟本人' });
    expect((await gate(a, 'enter')).status).toBe(200);

    const b = (await register()).body.id as number;
    const refused = await gate(b, 'phone_refuse', { answeredBy: '李娜', reason: '不认识此人' });
    expect(refused.body).toMatchObject({ status: 'refused', refuseReason: '不认识此人' });
    const kept = await gate(b, 'enter');
    expect(kept.status).toBe(409);
    expect(kept.body.message).toMatch(/拒绝/);

    const c = (await register({ hostPersonId: linaId })).body.id as number;
    expect((await mine(c, 'refuse', lina, { reason: '今天不在家' })).body.status).toBe('refused');
    expect((await gate(c, 'enter')).status).toBe(409);
    // a refused visitor is not approved afterwards
    expect((await mine(c, 'approve', lina)).status).toBe(409);
  });

  it('R-PAS-05 negative: a room with no bound occupant, a host who is not of the room, a bad ID, another project, an owner of no room', async () => {
    t.clock.set(new Date(MON));
    const before = await count(t, 'visitor');
    const empty = await register({ roomId: roomPending });
    expect(empty.status).toBe(400);
    expect(empty.body.message).toMatch(/没有已登记的住户/);
    const wrongHost = await register({
      hostPersonId: Number((await t.ds.query("SELECT id FROM person WHERE name = '杨秀英'"))[0].id),
    });
    expect(wrongHost.status).toBe(400);
    expect(wrongHost.body.message).toMatch(/不是该房屋/);
    const badId = await register({ idNumber: '110105199003071238' });
    expect(badId.status).toBe(400);
    expect(badId.body.message).toMatch(/[\u4e00-\u9fff]/);
    // staff of 201 do not see 101's rooms; finance has no gate
    expect((await register({}, kefu2)).status).toBe(404);
    expect((await register({}, caiwu)).status).toBe(403);
    // an owner invites only for a room they hold
    expect((await invite({}, stranger)).status).toBe(404);
    expect((await invite({}, yang)).status).toBe(404);
    const past = await invite({ visitOn: '2026-11-22' });
    expect(past.status).toBe(400);
    expect(past.body.message).toMatch(/早于今天/);
    expect(await count(t, 'visitor')).toBe(before);
  });

  it('R-PAS-05 an invitation’s code is valid on its day only, in the project’s zone (23:59 and 00:00 Shanghai)', async () => {
    t.clock.set(new Date(MON));
    const made = await invite({ visitOn: '2026-11-24', plate: '粤A88888' });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const code = made.body.code as string;
    expect(code).toMatch(/^\d{8}$/);
    expect(made.body).toMatchObject({
      status: 'invited',
      statusLabel: '已预约',
      phone: '13912345678',
      allowedActions: ['cancel'],
    });
    // 23:59:59 on the 23rd in Shanghai (UTC: the 23rd)
    t.clock.set(new Date('2026-11-23T15:59:59.000Z'));
    const early = await t.req('GET', `/api/v1/visitors/code/${code.slice(0, 4)}%20${code.slice(4)}`, { token: kefu });
    expect(early.status, JSON.stringify(early.body)).toBe(200);
    expect(early.body.refusal).toMatch(/尚未生效/);
    expect((await gate(made.body.id, 'enter', { idNumber: ID })).status).toBe(409);
    // 00:00 on the 24th in Shanghai (UTC: still the 23rd)
    t.clock.set(new Date('2026-11-23T16:00:00.000Z'));
    const valid = await t.req('GET', `/api/v1/visitors/code/${code}`, { token: kefu });
    expect(valid.body).toMatchObject({ refusal: null, name: '钱来访', phone: '139****5678', plate: '粤A88888' });
    // the next day it has expired
    t.clock.set(new Date('2026-11-24T16:00:00.000Z'));
    const late = await t.req('GET', `/api/v1/visitors/code/${code}`, { token: kefu });
    expect(late.body.refusal).toMatch(/已过期/);
    expect(late.body.shownStatus).toBe('expired');
    const no = await gate(made.body.id, 'enter', { idNumber: ID });
    expect(no.status).toBe(409);
    expect(no.body.message).toMatch(/已过期/);
    // another project's guard does not find it
    expect((await t.req('GET', `/api/v1/visitors/code/${code}`, { token: kefu2 })).status).toBe(404);
    expect((await t.req('GET', '/api/v1/visitors/code/abc', { token: kefu })).status).toBe(400);
  });

  it('R-PAS-05 six invitations at once get six codes; two guards using one code at once: one entry; used, it cannot be used again', async () => {
    t.clock.set(new Date(MON));
    const six = await Promise.all(Array.from({ length: 6 }, (_, n) => invite({ name: `并发访客${n}` })));
    expect(six.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201]);
    expect(new Set(six.map((r) => r.body.code)).size).toBe(6);
    const v = six[0]!.body;
    // the ID number is recorded at the gate for an invited visitor
    const noId = await gate(v.id, 'enter');
    expect(noId.status).toBe(400);
    expect(noId.body.message).toMatch(/证件号码/);
    const both = await Promise.all([gate(v.id, 'enter', { idNumber: ID }), gate(v.id, 'enter', { idNumber: ID })]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(both.find((r) => r.status === 409)!.body.message).toMatch(/不能重复使用/);
    const again = await t.req('GET', `/api/v1/visitors/code/${v.code}`, { token: kefu });
    expect(again.body).toMatchObject({ status: 'in', idNumberMasked: '1101**********1239' });
    expect(again.body.refusal).toMatch(/不能重复使用/);
    expect(await count(t, 'audit_event', "entity = 'visitor' AND entity_id = ? AND action = 'enter'", [String(v.id)])).toBe(1);
    // a cancelled invitation does not open the gate; only the inviter cancels
    const w = six[1]!.body;
    expect((await mine(w.id, 'cancel', lina)).status).toBe(403);
    expect((await mine(w.id, 'cancel', zhang)).body.status).toBe('cancelled');
    const c = await gate(w.id, 'enter', { idNumber: ID });
    expect(c.status).toBe(409);
    expect(c.body.message).toMatch(/取消/);
  });

  it('R-PAS-05 owners see only their rooms’ visitors; the code only the one who invited', async () => {
    t.clock.set(new Date(MON));
    const v = (await invite({ name: '孙只看' })).body;
    const asLina = await t.req('GET', `/api/v1/me/visitors/${v.id}`, { token: lina });
    expect(asLina.status).toBe(200);
    expect(asLina.body.code).toBeNull();
    expect(asLina.body.phone).toBe('139****5678');
    expect((await t.req('GET', `/api/v1/me/visitors/${v.id}`, { token: yang })).status).toBe(404);
    expect((await t.req('GET', '/api/v1/me/visitors', { token: yang })).body.map((x: { id: number }) => x.id)).not.toContain(
      v.id,
    );
    expect((await t.req('GET', '/api/v1/me/visitors', { token: stranger })).body).toEqual([]);
    expect((await mine(v.id, 'cancel', yang)).status).toBe(404);
    // the guard's room picker: whom a visitor may come to see
    const hosts = await t.req('GET', `/api/v1/visitors/hosts?roomId=${roomA}`, { token: kefu });
    expect(hosts.body.map((h: { name: string }) => h.name).sort()).toEqual(['张伟', '李娜'].sort());
    expect((await t.req('GET', `/api/v1/visitors/hosts?roomId=${roomA}`, { token: kefu2 })).status).toBe(404);
  });
});
