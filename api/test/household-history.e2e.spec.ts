import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ids, startTestApp, testDatabases, type TestApp } from './harness.js';
import { china, makeStaff, tenBillsProject } from './fees-fixtures.js';

interface Entry {
  key: string;
  kind: string;
  at: string;
  title: string;
  detail: string | null;
  status: string;
  ref: { type: string; id: number } | null;
}

describe.each(testDatabases())("a household's one history (%s)", (db) => {
  let t: TestApp;
  let admin: string;
  let kefu: string;
  let kefu2: string;
  let jigong: string;
  let caiwu: string;
  let p101: number;
  let serial = 0;

  beforeAll(async () => {
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
    t.clock.set('2026-11-01T00:00:00.000Z'); // the tests' pinned days are in November: sign in before them
    admin = await t.staffToken('admin', 'Admin@123');
    kefu = await t.staffToken('kefu', 'Kefu@123');
    kefu2 = await t.staffToken('kefu2', 'Kefu2@123');
    jigong = await t.staffToken('jigong', 'Jigong@123');
    caiwu = await t.staffToken('caiwu', 'Caiwu@123');
    p101 = await (await ids(t)).project('101');
  });
  afterAll(async () => t?.close());

  /** A room of its own in 101's A座 with an owner of its own, who signs in to the app. */
  const householdIn101 = async () => {
    const n = ++serial;
    const building = await (await ids(t)).building('101', 'A座写字楼');
    const room = await t.req('POST', '/api/v1/rooms', {
      token: admin,
      body: { buildingId: building, roomNo: String(4100 + n), area: 8800, use: 'office' },
    });
    expect(room.status, JSON.stringify(room.body)).toBe(201);
    const phone = `1360000${String(4100 + n)}`;
    const owner = await t.req('POST', '/api/v1/owners', {
      token: kefu,
      body: { projectId: p101, roomId: room.body.id, kind: 'owner', name: `户史业主${n}`, phone },
    });
    expect(owner.status, JSON.stringify(owner.body)).toBe(201);
    return { roomId: room.body.id as number, token: await t.ownerToken(phone), name: `户史业主${n}` };
  };
  const history = (roomId: number, token = kefu, q = '') => t.req('GET', `/api/v1/rooms/${roomId}/history${q}`, { token });
  /** Every entry, a page of `limit` at a time, following nextCursor. */
  const walk = async (roomId: number, limit: number) => {
    const all: Entry[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const r = await history(roomId, kefu, `?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(r.body.items.length).toBeLessThanOrEqual(limit);
      all.push(...r.body.items);
      cursor = r.body.nextCursor;
      if (!cursor) return all;
    }
    throw new Error('the history never ended');
  };

  it("R-OWN-08 a household's requests, complaints, suggestions and occupant changes are one history, newest first, paged without a gap or a repeat even when they share a moment", async () => {
    t.clock.set('2026-11-01T02:00:00.000Z'); // the owner is registered (bound) first
    const h = await householdIn101();
    const catalogue = (await t.req('GET', `/api/v1/repair-catalogue?projectId=${p101}`, { token: kefu })).body as {
      id: number;
      code: string;
    }[];
    const warranty = catalogue.find((c) => c.code === 'HOME-WARRANTY')!.id;

    // three things in the same second (the clock is pinned): their order is the kinds' order, then newest id first
    t.clock.set('2026-11-02T02:00:00.000Z');
    const rq = await t.req('POST', '/api/v1/me/service-requests', {
      token: h.token,
      body: { roomId: h.roomId, categoryId: warranty, description: '卫生间门锁坏了', notDuplicate: true },
    });
    expect(rq.status, JSON.stringify(rq.body)).toBe(201);
    const rq2 = await t.req('POST', '/api/v1/me/service-requests', {
      token: h.token,
      body: { roomId: h.roomId, categoryId: warranty, description: '阳台推拉门卡住', notDuplicate: true },
    });
    expect(rq2.status, JSON.stringify(rq2.body)).toBe(201);
    const cp = await t.req('POST', '/api/v1/me/complaints', {
      token: h.token,
      body: { roomId: h.roomId, problem: '楼上装修噪音太大' },
    });
    expect(cp.status, JSON.stringify(cp.body)).toBe(201);
    t.clock.set('2026-11-03T02:00:00.000Z');
    const sg = await t.req('POST', '/api/v1/me/enquiries', {
      token: h.token,
      body: { roomId: h.roomId, type: 'suggestion', content: '建议大堂增设快递柜' },
    });
    expect(sg.status, JSON.stringify(sg.body)).toBe(201);
    // another household's request is not in this one's history
    const other = await householdIn101();
    await t.req('POST', '/api/v1/me/service-requests', {
      token: other.token,
      body: { roomId: other.roomId, categoryId: warranty, description: '别家的报修', notDuplicate: true },
    });

    const first = await history(h.roomId);
    expect(first.status).toBe(200);
    const keys = (first.body.items as Entry[]).map((e) => e.key);
    const binding = (first.body.items as Entry[]).find((e) => e.kind === 'binding')!;
    // newest first; of one second, the request before the complaint and the later request before the earlier;
    // the other household's request is not here
    expect(keys).toEqual([
      `enquiry:${sg.body.id}`,
      `request:${rq2.body.id}`,
      `request:${rq.body.id}`,
      `complaint:${cp.body.id}`,
      binding.key,
    ]);
    expect([binding.title, binding.status, binding.at]).toEqual([`${h.name} 绑定为业主`, '已绑定', '2026-11-01T02:00:00.000Z']);
    const request = (first.body.items as Entry[]).find((e) => e.key === `request:${rq.body.id}`)!;
    expect(request.title).toContain(rq.body.code);
    expect(request.detail).toBe('卫生间门锁坏了');
    expect(request.ref).toEqual({ type: 'request', id: rq.body.id });
    expect(request.at).toBe('2026-11-02T02:00:00.000Z');
    const suggestion = (first.body.items as Entry[]).find((e) => e.kind === 'enquiry')!;
    expect([suggestion.title, suggestion.detail]).toEqual(['建议', '建议大堂增设快递柜']);

    // pages of one, two and three walk the same history: every entry once, in the same order
    for (const limit of [1, 2, 3]) expect((await walk(h.roomId, limit)).map((e) => e.key)).toEqual(keys);
  });

  it('R-OWN-08 a payment is in the household history with its method, amount and receipt; a refund shows on it', async () => {
    const at = china('2026-11-10', '09:00');
    const { projectId, rooms, bills } = await tenBillsProject(t, admin, '741', at);
    const bill = bills.find((b) => b.roomId === rooms[0])!;
    t.clock.set(china('2026-11-10', '10:00'));
    const paid = await t.req('POST', `/api/v1/bills/${bill.id}/desk-payments`, {
      token: admin,
      body: { method: 'cash', amountFen: bill.totalFen },
    });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    const r = await history(rooms[0]!, admin);
    expect(r.status).toBe(200);
    const payment = (r.body.items as Entry[]).find((e) => e.kind === 'payment')!;
    expect(payment.title).toBe('缴费 垃圾清运费 2026-09');
    expect(payment.detail).toBe(`现金 ¥15.00 · 收据 ${paid.body.receiptNo}`);
    expect(payment.status).toBe('已缴');
    expect(payment.at).toBe(china('2026-11-10', '10:00').toISOString());
    // paid back at the desk (asked by finance, approved by another): the entry says so
    const finance = await makeStaff(t, admin, 'hhfin741', ['finance'], [projectId]);
    const asked = await t.req('POST', '/api/v1/refunds', {
      token: finance.token,
      body: { paymentId: paid.body.paymentId, reason: '多收了' },
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    expect((await t.req('POST', `/api/v1/refunds/${asked.body.id}/approve`, { token: admin, body: {} })).body.status).toBe(
      'succeeded',
    );
    const after = (await history(rooms[0]!, admin)).body.items.find((e: Entry) => e.key === payment.key);
    expect(after.status).toBe('已退款');
    // the other rooms' payments are theirs
    expect((await history(rooms[1]!, admin)).body.items.filter((e: Entry) => e.kind === 'payment')).toEqual([]);
  });

  it('R-OWN-08 R-OWN-06 the history is for the desk, quality and finance of the room’s project: a technician is refused, another project’s clerk finds no room, a forged cursor is refused', async () => {
    const h = await householdIn101();
    expect((await history(h.roomId, caiwu)).status).toBe(200);
    const tech = await history(h.roomId, jigong);
    expect(tech.status).toBe(403);
    expect(tech.body.message).toMatch(/[\u4e00-\u9fff]/);
    expect((await history(h.roomId, kefu2)).status).toBe(404);
    expect((await history(999_999)).status).toBe(404);
    for (const cursor of ['abc', Buffer.from(JSON.stringify([1, 'parking', 2])).toString('base64url')]) {
      const bad = await history(h.roomId, kefu, `?cursor=${cursor}`);
      expect(bad.status, cursor).toBe(400);
      expect(bad.body.message).toContain('翻页游标无效');
    }
  });
});
