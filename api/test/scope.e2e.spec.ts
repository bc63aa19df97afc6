import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, ids, startTestApp, testDatabases, type TestApp } from './harness.js';

describe.each(testDatabases())('project and household scoping (%s)', (db) => {
  let t: TestApp;
  let kefu: string; // service clerk of project 101 only
  let p201: number;
  let room201: number;
  let building201: number;
  let owner201: number;
  beforeAll(async () => {
    t = await startTestApp(db);
    kefu = await t.staffToken('kefu', 'Kefu@123');
    const id = await ids(t);
    p201 = await id.project('201');
    room201 = await id.room('2011011201');
    building201 = await id.building('201', '1栋');
    owner201 = Number((await t.ds.query("SELECT id FROM person WHERE name = '杨秀英'"))[0].id);
  });
  afterAll(async () => t?.close());

  it("R-ORG-03 staff of one project reading another project's building, room or owner get 404", async () => {
    for (const url of [
      `/api/v1/rooms/${room201}`,
      `/api/v1/owners/${owner201}`,
      `/api/v1/projects/${p201}/buildings`,
      `/api/v1/projects/${p201}/clusters`,
      `/api/v1/rooms?projectId=${p201}`,
      `/api/v1/owners?projectId=${p201}`,
      `/api/v1/bindings?projectId=${p201}`,
      `/api/v1/vehicles?projectId=${p201}`,
    ]) {
      const r = await t.req('GET', url, { token: kefu });
      expect(r.status, url).toBe(404);
      expect(r.body.code).toBe('NOT_FOUND');
    }
    const patch = await t.req('PATCH', `/api/v1/buildings/${building201}`, { token: kefu, body: { name: '改名' } });
    expect(patch.status).toBe(404);
    expect(await count(t, 'building', "name = '改名'")).toBe(0);
  });

  it('R-ORG-03 the same reads succeed for staff assigned to that project, and for head office', async () => {
    const kefu2 = await t.staffToken('kefu2', 'Kefu2@123');
    expect((await t.req('GET', `/api/v1/rooms/${room201}`, { token: kefu2 })).status).toBe(200);
    const admin = await t.staffToken('admin', 'Admin@123');
    expect((await t.req('GET', `/api/v1/owners/${owner201}`, { token: admin })).status).toBe(200);
  });

  it("R-ORG-04 an owner reading another household's room gets 404, and sees only rooms bound to them", async () => {
    const zhang = await t.ownerToken('13800000001');
    const mine = await t.req('GET', '/api/v1/me/rooms', { token: zhang });
    expect(mine.body.map((r: { propertyCode: string }) => r.propertyCode).sort()).toEqual(['1011011201', '1013011001']);
    const other = await t.req('GET', `/api/v1/me/rooms/${room201}`, { token: zhang });
    expect(other.status).toBe(404);
    // a pending binding does not open the room either
    const wang = await t.ownerToken('13800000003'); // tenant request of 1201 is pending
    const r1201 = await ids(t).then((i) => i.room('1011011201'));
    expect((await t.req('GET', `/api/v1/me/rooms/${r1201}`, { token: wang })).status).toBe(404);
  });

  it('R-OWN-06 a technician cannot list owners or reveal personal data; a clerk sees masked phones and the reveal is logged', async () => {
    const jigong = await t.staffToken('jigong', 'Jigong@123');
    const p101 = await ids(t).then((i) => i.project('101'));
    expect((await t.req('GET', `/api/v1/owners?projectId=${p101}`, { token: jigong })).status).toBe(403);
    const list = await t.req('GET', `/api/v1/owners?projectId=${p101}&keyword=13800000001`, { token: kefu });
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0].phoneMasked).toBe('138****0001');
    expect(JSON.stringify(list.body)).not.toContain('13800000001');
    const id = list.body.items[0].id;
    const detail = await t.req('GET', `/api/v1/owners/${id}`, { token: kefu });
    expect(detail.body.idNumberMasked).toBe('4403**********4512');
    const before = await count(t, 'audit_event', "action = 'reveal_pii' AND entity_id = ?", [String(id)]);
    const reveal = await t.req('POST', `/api/v1/owners/${id}/reveal`, { token: kefu });
    expect(reveal.body).toEqual({ phone: '13800000001', idNumber: '440307198503124512' });
    expect(await count(t, 'audit_event', "action = 'reveal_pii' AND entity_id = ?", [String(id)])).toBe(before + 1);
    const quality = await t.staffToken('pinzhi', 'Pinzhi@123');
    expect((await t.req('POST', `/api/v1/owners/${id}/reveal`, { token: quality })).status).toBe(403);
  });

  it('R-OWN-06 phone and ID number are stored encrypted, not in clear', async () => {
    const rows = await t.ds.query("SELECT phone_enc, phone_hash, id_no_enc FROM person WHERE name = '张伟'");
    expect(rows[0].phone_enc).toMatch(/^v1:/);
    expect(rows[0].phone_enc).not.toContain('13800000001');
    expect(rows[0].id_no_enc).not.toContain('440307');
    expect(rows[0].phone_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a bad body gets 400 with a Chinese message naming the field, and writes no row', async () => {
    const p101 = await ids(t).then((i) => i.project('101'));
    const before = await count(t, 'room');
    const cases: [unknown, RegExp][] = [
      [{ buildingId: 1, roomNo: '12a', area: 8000, use: 'office' }, /房号/],
      [{ buildingId: 1, roomNo: '1299', area: -5, use: 'office' }, /建筑面积/],
      [{ buildingId: 1, roomNo: '1299', area: 8000, use: 'castle' }, /用途必须是以下之一/],
      [{ buildingId: 1, roomNo: '1299', area: 8000, use: 'office', hacker: true }, /不允许的字段/],
      [{ roomNo: '1299', area: 8000, use: 'office' }, /楼栋/],
    ];
    for (const [body, msg] of cases) {
      const r = await t.req('POST', '/api/v1/rooms', { token: kefu, body });
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.code).toBe('VALIDATION_FAILED');
      expect(r.body.message).toMatch(msg);
      expect(r.body.details.fields[0].field).toBeTruthy();
    }
    const notJson = await t.app.inject({
      method: 'POST',
      url: '/api/v1/rooms',
      headers: { authorization: `Bearer ${kefu}`, 'content-type': 'application/json' },
      payload: '{oops',
    });
    expect(notJson.statusCode).toBe(400);
    expect(JSON.parse(notJson.body).message).toMatch(/JSON/);
    const owner = await t.req('POST', '/api/v1/owners', {
      token: kefu,
      body: { projectId: p101, roomId: 1, kind: 'owner', name: '测试', phone: '123' },
    });
    expect(owner.status).toBe(400);
    expect(owner.body.message).toBe('请输入正确的11位手机号');
    const badId = await t.req('POST', '/api/v1/owners', {
      token: kefu,
      body: { projectId: p101, roomId: 1, kind: 'owner', name: '测试', phone: '13611112222', idNumber: '440307198503124513' },
    });
    expect(badId.status).toBe(400);
    expect(badId.body.message).toMatch(/身份证/);
    expect(await count(t, 'room')).toBe(before);
    expect(await count(t, 'person', "name = '测试'")).toBe(0);
  });

  it('an unknown path answers the same error shape in Chinese', async () => {
    const r = await t.req('GET', '/api/v1/nothing-here');
    expect(r.status).toBe(404);
    expect(r.body.code).toBe('NOT_FOUND');
    expect(r.body.message).toMatch(/不存在/);
  });
});
