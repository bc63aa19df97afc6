// 业户资料 governance: entry within 3 days and a second person's check against the original documents
// (R-OWN-02), written notice of a fee-relevant change before it takes effect (R-OWN-04), who enters what
// (R-OWN-09), and the general manager's approval of a project's code table before its codes are used (R-ORG-05).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Jobs } from '../src/infra/jobs.js';
import { count, ids, startTestApp, testDatabases, type TestApp } from './harness.js';
import { feeItem, makeStaff } from './fees-fixtures.js';

describe.each(testDatabases())('owner records governance (%s)', (db) => {
  let t: TestApp;
  let admin: string;
  let jingli: string;
  let zhuguan: string;
  let kefu: string;
  let caiwu: string;
  let building: number;
  let serial = 0;

  beforeAll(async () => {
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
    t.clock.set('2026-11-01T00:00:00.000Z');
    admin = await t.staffToken('admin', 'Admin@123');
    jingli = await t.staffToken('jingli', 'Jingli@123');
    zhuguan = await t.staffToken('zhuguan', 'Zhuguan@123');
    kefu = await t.staffToken('kefu', 'Kefu@123');
    caiwu = await t.staffToken('caiwu', 'Caiwu@123');
    building = await (await ids(t)).building('101', 'A座写字楼');
  });
  afterAll(async () => t?.close());

  /** A room of its own in 101's A座, entered by `token` now. */
  const room = async (token: string, extra: Record<string, unknown> = {}) => {
    const r = await t.req('POST', '/api/v1/rooms', {
      token,
      body: { buildingId: building, roomNo: String(4500 + ++serial), area: 8800, use: 'office', ...extra },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body as { id: number; propertyCode: string; recordStatus: string; recordLate: boolean; codeStatus: string };
  };
  const worklist = async (list: string) =>
    (
      await t.req('GET', `/api/v1/records/worklist?projectId=${await (await ids(t)).project('101')}&list=${list}`, {
        token: kefu,
      })
    ).body as { roomId: number; dueOn: string | null; late: boolean }[];

  it('R-OWN-02 a base record is entered within 3 days (project zone) or flagged late, and is 已录入 until a second person checks it against the copies of the original documents', async () => {
    // 10:00 on 23 November in China; received on the 20th: the 23rd is the last day in time
    t.clock.set('2026-11-23T02:00:00Z');
    const inTime = await room(zhuguan, { receivedOn: '2026-11-20' });
    expect(inTime).toMatchObject({ recordStatus: 'entered', recordLate: false });
    const late = await room(zhuguan, { deliveredOn: '2026-11-19' });
    expect(late).toMatchObject({ recordStatus: 'entered', recordLate: true });
    // 23:59 China on the 23rd is still the 23rd (UTC is the 23rd 15:59): in time for the 20th
    t.clock.set('2026-11-23T15:59:00Z');
    expect((await room(zhuguan, { receivedOn: '2026-11-20' })).recordLate).toBe(false);
    // 00:00 China on the 24th (UTC still the 23rd): late
    t.clock.set('2026-11-23T16:00:00Z');
    expect((await room(zhuguan, { receivedOn: '2026-11-20' })).recordLate).toBe(true);

    const unverified = await worklist('unverified');
    expect(unverified.map((r) => r.roomId)).toEqual(expect.arrayContaining([inTime.id, late.id]));
    const lateList = await worklist('late');
    expect(lateList.map((r) => r.roomId)).toContain(late.id);
    expect(lateList.map((r) => r.roomId)).not.toContain(inTime.id);
    expect(lateList.find((r) => r.roomId === late.id)).toMatchObject({ dueOn: '2026-11-22', late: true });

    // the one who entered it may not check it; a check names the documents
    const own = await t.req('POST', `/api/v1/rooms/${inTime.id}/verify`, {
      token: zhuguan,
      body: { documents: ['purchase_contract'] },
    });
    expect(own.status).toBe(403);
    expect(own.body.message).toContain('另一位客服人员');
    const none = await t.req('POST', `/api/v1/rooms/${inTime.id}/verify`, { token: kefu, body: { documents: [] } });
    expect(none.status).toBe(400);
    expect(JSON.stringify(none.body)).toContain('原件复印件');
    // finance does not check base records
    expect(
      (await t.req('POST', `/api/v1/rooms/${inTime.id}/verify`, { token: caiwu, body: { documents: ['id_card'] } })).status,
    ).toBe(403);

    // what an unchecked record may not do: be the ground of a written notice to the owner
    const notice = await t.req('POST', '/api/v1/fee-changes', {
      token: kefu,
      body: { roomId: inTime.id, field: 'area', toValue: '9000', effectiveOn: '2026-12-01', reason: '测绘面积更正' },
    });
    expect(notice.status).toBe(400);
    expect(notice.body.message).toContain('尚未对照原件核对');
    // before the check the entry is corrected directly
    expect((await t.req('PATCH', `/api/v1/rooms/${inTime.id}`, { token: zhuguan, body: { area: 8850 } })).status).toBe(200);

    const ok = await t.req('POST', `/api/v1/rooms/${inTime.id}/verify`, {
      token: kefu,
      body: { documents: ['purchase_contract', 'id_card'] },
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body).toMatchObject({
      recordStatus: 'verified',
      verifiedByName: '王芳',
      documents: ['purchase_contract', 'id_card'],
    });
    expect(ok.body.verifiedAt).toBe('2026-11-23T16:00:00.000Z');
    expect(
      (await t.req('POST', `/api/v1/rooms/${inTime.id}/verify`, { token: kefu, body: { documents: ['id_card'] } })).status,
    ).toBe(409);
    expect((await worklist('unverified')).map((r) => r.roomId)).not.toContain(inTime.id);
    expect(await count(t, 'audit_event', "entity = 'room' AND entity_id = ? AND action = 'verify'", [String(inTime.id)])).toBe(1);
  });

  /** A room entered by head office and checked by the clerk: a verified record with approved codes. */
  const verifiedRoom = async () => {
    const r = await room(admin);
    expect(
      (await t.req('POST', `/api/v1/rooms/${r.id}/verify`, { token: kefu, body: { documents: ['title_certificate'] } })).status,
    ).toBe(201);
    return r;
  };
  const area = async (id: number) => (await t.req('GET', `/api/v1/rooms/${id}`, { token: kefu })).body.area as number;
  const runJobs = () => t.app.get(Jobs).runOnce();

  it('R-OWN-04 a change of area is notified in writing before it takes effect: approved, printed, delivered, and the area bills read changes only on the effective date', async () => {
    t.clock.set('2026-11-23T02:00:00Z');
    const r = await verifiedRoom();
    // once checked, the area is not edited in place
    const direct = await t.req('PATCH', `/api/v1/rooms/${r.id}`, { token: zhuguan, body: { area: 9050 } });
    expect(direct.status).toBe(400);
    expect(direct.body.message).toContain('书面通知业主');
    const past = await t.req('POST', '/api/v1/fee-changes', {
      token: zhuguan,
      body: { roomId: r.id, field: 'area', toValue: '9050', effectiveOn: '2026-11-22', reason: '测绘面积更正' },
    });
    expect(past.status).toBe(400);
    const asked = await t.req('POST', '/api/v1/fee-changes', {
      token: zhuguan,
      body: { roomId: r.id, field: 'area', toValue: '9050', effectiveOn: '2026-11-25', reason: '测绘报告更正面积' },
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    expect(asked.body).toMatchObject({ status: 'pending', fromText: '88.00㎡', toText: '90.50㎡' });
    const id = asked.body.id as number;
    // one open change per room and field
    const again = await t.req('POST', '/api/v1/fee-changes', {
      token: kefu,
      body: { roomId: r.id, field: 'area', toValue: '9100', effectiveOn: '2026-11-26', reason: '重复申请' },
    });
    expect(again.status).toBe(409);
    // no notice before the manager's approval; the supervisor does not approve
    expect((await t.req('GET', `/api/v1/fee-changes/${id}/notice`, { token: zhuguan })).status).toBe(409);
    expect((await t.req('POST', `/api/v1/fee-changes/${id}/approve`, { token: zhuguan })).status).toBe(403);
    expect((await t.req('POST', `/api/v1/fee-changes/${id}/deliver`, { token: kefu, body: { how: 'in_person' } })).status).toBe(
      409,
    );
    const approved = await t.req('POST', `/api/v1/fee-changes/${id}/approve`, { token: jingli });
    expect(approved.status, JSON.stringify(approved.body)).toBe(201);
    expect(approved.body).toMatchObject({ status: 'approved', decidedByName: '陈建国' });
    const notice = await t.req('GET', `/api/v1/fee-changes/${id}/notice`, { token: kefu });
    expect(notice.status).toBe(200);
    expect(notice.body).toMatchObject({ projectName: '瑞和丰收大厦', effectiveOn: '2026-11-25', toText: '90.50㎡' });

    // approved, not delivered: the effective date comes and nothing changes
    t.clock.set('2026-11-25T02:00:00Z');
    await runJobs();
    expect(await area(r.id)).toBe(8800);
    t.clock.set('2026-11-24T02:00:00Z');
    const delivered = await t.req('POST', `/api/v1/fee-changes/${id}/deliver`, {
      token: kefu,
      body: { how: 'posted', note: '张贴于A座大堂公告栏' },
    });
    expect(delivered.status, JSON.stringify(delivered.body)).toBe(201);
    expect(delivered.body).toMatchObject({ status: 'delivered', deliveredHow: 'posted', deliveredByName: '王芳' });
    expect(await area(r.id)).toBe(8800);
    // 23:59 on the 24th in China: not yet
    t.clock.set('2026-11-24T15:59:00Z');
    await runJobs();
    expect(await area(r.id)).toBe(8800);
    // 00:00 on the 25th in China (still the 24th in UTC): in effect
    t.clock.set('2026-11-24T16:00:00Z');
    await runJobs();
    expect(await area(r.id)).toBe(9050);
    const done = await t.req('GET', `/api/v1/fee-changes/${id}`, { token: kefu });
    expect(done.body).toMatchObject({ status: 'effective', effectiveAt: '2026-11-24T16:00:00.000Z' });
    await runJobs();
    expect(
      await count(t, 'audit_event', "entity = 'room' AND entity_id = ? AND action = 'fee_change_effective'", [String(r.id)]),
    ).toBe(1);
  });

  it('R-OWN-04 a notice delivered after the effective date takes effect at once; a rejected change never does', async () => {
    t.clock.set('2026-11-23T02:00:00Z');
    const r = await verifiedRoom();
    const use = await t.req('POST', '/api/v1/fee-changes', {
      token: kefu,
      body: { roomId: r.id, field: 'use', toValue: 'retail', effectiveOn: '2026-11-23', reason: '改为商铺经营' },
    });
    expect(use.status, JSON.stringify(use.body)).toBe(201);
    expect(use.body.toText).toBe('商铺');
    expect((await t.req('POST', `/api/v1/fee-changes/${use.body.id}/approve`, { token: jingli })).status).toBe(201);
    expect((await t.req('GET', `/api/v1/rooms/${r.id}`, { token: kefu })).body.use).toBe('office');
    await t.req('POST', `/api/v1/fee-changes/${use.body.id}/deliver`, {
      token: kefu,
      body: { how: 'in_person', note: '业主本人签收' },
    });
    expect((await t.req('GET', `/api/v1/rooms/${r.id}`, { token: kefu })).body.use).toBe('retail');

    const a = await t.req('POST', '/api/v1/fee-changes', {
      token: kefu,
      body: { roomId: r.id, field: 'area', toValue: '7000', effectiveOn: '2026-11-24', reason: '面积更正' },
    });
    const rejected = await t.req('POST', `/api/v1/fee-changes/${a.body.id}/reject`, {
      token: jingli,
      body: { reason: '无测绘报告' },
    });
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectReason: '无测绘报告' });
    expect((await t.req('POST', `/api/v1/fee-changes/${a.body.id}/deliver`, { token: kefu, body: { how: 'mail' } })).status).toBe(
      409,
    );
    t.clock.set('2026-11-25T02:00:00Z');
    await runJobs();
    expect(await area(r.id)).toBe(8800);
    // the manager never approves their own request
    const own = await t.req('POST', '/api/v1/fee-changes', {
      token: jingli,
      body: { roomId: r.id, field: 'area', toValue: '7100', effectiveOn: '2026-12-01', reason: '面积更正' },
    });
    expect((await t.req('POST', `/api/v1/fee-changes/${own.body.id}/approve`, { token: jingli })).status).toBe(403);
  });

  it('R-OWN-09 base information by customer service, fee information by the finance assistant: each is refused to the other', async () => {
    t.clock.set('2026-11-23T02:00:00Z');
    const r = await room(zhuguan);
    // fee information: finance enters it; the account is stored encrypted and shown masked
    const fee = await t.req('PUT', `/api/v1/rooms/${r.id}/fee-info`, {
      token: caiwu,
      body: { feeStartOn: '2026-12-01', account: '6222 0212 3456 7890 123' },
    });
    expect(fee.status, JSON.stringify(fee.body)).toBe(200);
    expect(fee.body).toEqual({ roomId: r.id, feeStartOn: '2026-12-01', accountMasked: '**** **** 0123' });
    const [row] = await t.ds.query('SELECT fee_account_enc AS enc FROM room WHERE id = ?', [r.id]);
    expect(String(row.enc)).not.toContain('6222');
    // a clerk or a customer-service supervisor cannot edit fee information
    for (const token of [kefu, zhuguan])
      expect((await t.req('PUT', `/api/v1/rooms/${r.id}/fee-info`, { token, body: { feeStartOn: '2027-01-01' } })).status).toBe(
        403,
      );
    // finance cannot edit base information (a room, an owner)
    expect((await t.req('PATCH', `/api/v1/rooms/${r.id}`, { token: caiwu, body: { layout: '三室两厅' } })).status).toBe(403);
    expect(
      (
        await t.req('POST', '/api/v1/rooms', {
          token: caiwu,
          body: { buildingId: building, roomNo: '4999', area: 1, use: 'office' },
        })
      ).status,
    ).toBe(403);
    const p101 = await (await ids(t)).project('101');
    expect(
      (
        await t.req('POST', '/api/v1/owners', {
          token: caiwu,
          body: { projectId: p101, roomId: r.id, kind: 'owner', name: '财务录入', phone: '13711119999' },
        })
      ).status,
    ).toBe(403);
    // customer service enters base information
    expect((await t.req('PATCH', `/api/v1/rooms/${r.id}`, { token: zhuguan, body: { layout: '三室两厅' } })).status).toBe(200);
    expect(await count(t, 'room', "id = ? AND fee_start_on = '2026-12-01'", [r.id])).toBe(1);
  });

  it('R-ORG-05 a project code table is drawn up as 草拟 and its codes are not used (no owner bound, no bill) until the general manager approves it', async () => {
    t.clock.set('2026-11-23T02:00:00Z');
    const p = await t.req('POST', '/api/v1/projects', {
      token: admin,
      body: { code: '861', name: '编码审批测试', kind: 'residential' },
    });
    expect(p.status, JSON.stringify(p.body)).toBe(201);
    const projectId = p.body.id as number;
    const staff = await makeStaff(t, admin, 'bianma861', ['cs_supervisor'], [projectId]);
    const c = await t.req('POST', `/api/v1/projects/${projectId}/clusters`, {
      token: staff.token,
      body: { code: '1', name: '一区' },
    });
    const b = await t.req('POST', `/api/v1/projects/${projectId}/buildings`, {
      token: staff.token,
      body: { clusterId: c.body.id, code: '01', name: '1栋' },
    });
    const draft = await t.req('POST', '/api/v1/rooms', {
      token: staff.token,
      body: { buildingId: b.body.id, roomNo: '101', area: 9000, use: 'residential' },
    });
    expect(draft.body.codeStatus).toBe('draft');
    const table = await t.req('GET', `/api/v1/projects/${projectId}/code-table`, { token: staff.token });
    expect(table.body).toMatchObject({ status: 'draft', draftRooms: 1, approvedRooms: 0 });
    expect(table.body.drafts[0].propertyCode).toBe('8611010101');

    // not used: no owner bound, not offered to owners, not billed
    const owner = await t.req('POST', '/api/v1/owners', {
      token: staff.token,
      body: { projectId, roomId: draft.body.id, kind: 'owner', name: '编码业主', phone: '13786100001' },
    });
    expect(owner.status).toBe(400);
    expect(owner.body.message).toContain('尚在草拟');
    expect(await count(t, 'room_binding', 'room_id = ?', [draft.body.id])).toBe(0);
    await feeItem(t, admin, projectId, {
      code: 'WYF',
      name: '物业服务费',
      category: 'management',
      basis: 'fixed',
      unitFen: 10000,
    });
    expect((await t.req('POST', '/api/v1/bill-runs', { token: admin, body: { projectId, period: '2026-10' } })).status).toBe(201);
    expect(await count(t, 'bill', 'room_id = ?', [draft.body.id])).toBe(0);

    // only the general manager approves
    expect((await t.req('POST', `/api/v1/projects/${projectId}/code-table/approve`, { token: staff.token })).status).toBe(403);
    expect((await t.req('POST', `/api/v1/projects/${projectId}/code-table/approve`, { token: jingli })).status).toBe(403);
    const ok = await t.req('POST', `/api/v1/projects/${projectId}/code-table/approve`, { token: admin });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body).toEqual({ approved: 1 });
    expect((await t.req('POST', `/api/v1/projects/${projectId}/code-table/approve`, { token: admin })).status).toBe(409);
    const after = await t.req('GET', `/api/v1/projects/${projectId}/code-table`, { token: staff.token });
    expect(after.body).toMatchObject({ status: 'approved', draftRooms: 0, approvedRooms: 1, lastApprovedByName: '周总' });
    expect(
      (
        await t.req('POST', '/api/v1/owners', {
          token: staff.token,
          body: { projectId, roomId: draft.body.id, kind: 'owner', name: '编码业主', phone: '13786100001' },
        })
      ).status,
    ).toBe(201);
    expect((await t.req('POST', '/api/v1/bill-runs', { token: admin, body: { projectId, period: '2026-11' } })).status).toBe(201);
    expect(await count(t, 'bill', 'room_id = ?', [draft.body.id])).toBe(1);
    // a room head office enters itself is approved as it is entered; the demo projects stay approved
    expect((await room(admin)).codeStatus).toBe('approved');
    const demo = await t.req('GET', `/api/v1/projects/${await (await ids(t)).project('201')}/code-table`, { token: admin });
    expect(demo.body).toMatchObject({ status: 'approved', draftRooms: 0 });
  });
});
