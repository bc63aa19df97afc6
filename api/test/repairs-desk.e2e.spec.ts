// Repairs at the service desk: the published catalogue and its round-robin rota, the work order
// handed back, the owner's signature, a paid repair's fee owed by the room and taken at the desk
// with a receipt, and the monthly KPIs — on a real database with a pinned clock.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { count, ids, startTestApp, testDatabases, type TestApp } from './harness.js';
import { checked } from './support/repair-steps.js';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000970485973000003e8000003e801b57b526b0000000d494441540899636060606000000005000187a14ed40000000049454e44ae426082',
  'hex',
).toString('base64');
type Clock = { kind: string; dueAt: string; metAt: string | null; breachedAt: string | null };

describe.each(testDatabases())('repairs at the desk (%s)', (db) => {
  let t: TestApp;
  let kefu: string;
  let zhuguan: string;
  let jigong: string;
  let caiwu: string;
  let owner: string;
  let p101: number;
  let room1201: number;
  let jigongId: number;
  let gongchengId: number;
  let catalogue: { id: number; code: string; name: string; rota: number[] }[];
  const cat = (code: string) => catalogue.find((c) => c.code === code)!.id;
  const act = (token: string, id: number, action: string, body: Record<string, unknown> = {}) =>
    t.req('POST', `/api/v1/service-requests/${id}/actions/${action}`, { token, body });
  let filed = 0;
  const phoneRepair = async (code: string, extra: Record<string, unknown> = {}) => {
    const r = await t.req('POST', '/api/v1/service-requests', {
      token: kefu,
      body: {
        projectId: p101,
        channel: 'phone',
        categoryId: cat(code),
        // each its own problem: the same words at the same spot within a minute are one intake (R-SRV-05)
        description: `报修测试 ${++filed}`,
        urgency: 'normal',
        requesterName: '张伟',
        requesterPhone: '13800000001',
        // the same spot again and again: the clerk has checked each is another problem (R-SRV-05)
        notDuplicate: true,
        ...(code.startsWith('HOME')
          ? // an in-home visit agreed with the owner (R-REP-01)
            {
              roomId: room1201,
              appointmentStart: new Date(t.clock.now().getTime() + 4 * 3600_000).toISOString(),
              appointmentEnd: new Date(t.clock.now().getTime() + 6 * 3600_000).toISOString(),
            }
          : { location: 'A座5楼走廊' }),
        ...extra,
      },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.id as number;
  };
  /** dispatched to jigong, accepted and on site */
  const onSite = async (code: string) => {
    const id = await phoneRepair(code);
    expect((await act(kefu, id, 'dispatch', { assigneeStaffId: jigongId })).status).toBe(200);
    await act(jigong, id, 'accept');
    expect((await act(jigong, id, 'arrive')).body.status).toBe('arrived');
    return id;
  };

  beforeAll(async () => {
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
    t.clock.set('2026-12-01T01:00:00Z'); // 09:00 in Shanghai
    kefu = await t.staffToken('kefu', 'Kefu@123');
    zhuguan = await t.staffToken('zhuguan', 'Zhuguan@123');
    jigong = await t.staffToken('jigong', 'Jigong@123');
    caiwu = await t.staffToken('caiwu', 'Caiwu@123');
    owner = await t.ownerToken('13800000001');
    const i = await ids(t);
    p101 = await i.project('101');
    room1201 = await i.room('1011011201');
    jigongId = await i.staff('jigong');
    gongchengId = await i.staff('gongcheng');
    catalogue = (await t.req('GET', `/api/v1/repair-catalogue?projectId=${p101}`, { token: kefu })).body;
  });
  // every test starts at the same hour (some move the clock weeks on; the 30-day logins of beforeAll stay valid)
  beforeEach(() => {
    t.clock.set('2026-12-01T01:00:00Z');
  });
  afterAll(async () => t?.close());

  it('R-REP-02 the catalogue is data: a paid item must publish its fee, a public item is never paid, and a clerk cannot change prices', async () => {
    const tap = cat('HOME-TAP');
    const clerk = await t.req('PUT', `/api/v1/repair-catalogue/${tap}`, { token: kefu, body: { priceFen: 1 } });
    expect(clerk.status).toBe(403);
    const noPrice = await t.req('POST', '/api/v1/repair-catalogue', {
      token: zhuguan,
      body: { projectId: p101, code: 'HOME-AC', name: '空调清洗', scope: 'in_home', paid: true },
    });
    expect(noPrice.status).toBe(400);
    expect(noPrice.body.message).toBe('有偿类别必须公布收费标准（金额或收费说明）');
    const paidPublic = await t.req('POST', '/api/v1/repair-catalogue', {
      token: zhuguan,
      body: { projectId: p101, code: 'PUB-X', name: '公区付费', scope: 'public', paid: true, priceFen: 100 },
    });
    expect(paidPublic.status).toBe(400);
    expect(await count(t, 'repair_category', "code IN ('HOME-AC', 'PUB-X')")).toBe(0);

    const ok = await t.req('POST', '/api/v1/repair-catalogue', {
      token: zhuguan,
      body: {
        projectId: p101,
        code: 'HOME-AC',
        name: '空调清洗',
        scope: 'in_home',
        paid: true,
        priceFen: 12000,
        priceNote: '120元/台',
      },
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    const dup = await t.req('POST', '/api/v1/repair-catalogue', {
      token: zhuguan,
      body: { projectId: p101, code: 'HOME-AC', name: '空调清洗2', scope: 'in_home', paid: false },
    });
    expect(dup.status).toBe(409);
    // the owner sees the new price before filing
    const pub = await t.req('GET', `/api/v1/directory/projects/${p101}/repair-categories`, { token: owner });
    expect(pub.body.find((c: { code: string }) => c.code === 'HOME-AC')).toMatchObject({
      priceFen: 12000,
      priceNote: '120元/台',
    });
    // switched off: gone from the owner's list
    await t.req('PUT', `/api/v1/repair-catalogue/${ok.body.id}`, { token: zhuguan, body: { active: false } });
    const pub2 = await t.req('GET', `/api/v1/directory/projects/${p101}/repair-categories`, { token: owner });
    expect(pub2.body.some((c: { code: string }) => c.code === 'HOME-AC')).toBe(false);
  });

  it('R-REP-02 a new project starts with the default published catalogue', async () => {
    const admin = await t.staffToken('admin', 'Admin@123');
    const p = await t.req('POST', '/api/v1/projects', {
      token: admin,
      body: { code: '305', name: '测试新项目', kind: 'residential' },
    });
    expect(p.status, JSON.stringify(p.body)).toBe(201);
    const list = await t.req('GET', `/api/v1/repair-catalogue?projectId=${p.body.id}`, { token: admin });
    expect(list.body.length).toBeGreaterThanOrEqual(8);
    expect(list.body.filter((c: { paid: boolean; priceFen: number | null }) => c.paid && c.priceFen === null).length).toBe(0);
  });

  it('R-REP-04 round-robin per category: the rota takes turns, and only technicians of the project may be on it', async () => {
    const light = cat('PUB-LIGHT');
    const bad = await t.req('PUT', `/api/v1/repair-catalogue/${light}`, {
      token: zhuguan,
      body: { rota: [jigongId, await (await ids(t)).staff('kefu')] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/不是本项目技工/);
    const set = await t.req('PUT', `/api/v1/repair-catalogue/${light}`, {
      token: zhuguan,
      body: { rota: [gongchengId, jigongId] },
    });
    expect(set.status).toBe(200);
    expect(set.body.rotaNames).toEqual(['赵海涛', '孙师傅']);

    const names: string[] = [];
    for (let i = 0; i < 3; i++) {
      const id = await phoneRepair('PUB-LIGHT');
      const d = await act(kefu, id, 'dispatch', { roundRobin: true });
      expect(d.status, JSON.stringify(d.body)).toBe(200);
      names.push(d.body.assigneeName);
      expect(d.body.events.at(-1).note).toMatch(/^按类别轮派给/);
    }
    expect(names).toEqual(['赵海涛', '孙师傅', '赵海涛']);
    // the catalogue says whose turn is next
    const after = await t.req('GET', `/api/v1/repair-catalogue?projectId=${p101}`, { token: kefu });
    expect(after.body.find((c: { id: number }) => c.id === light).rotaNext).toEqual({ id: jigongId, name: '孙师傅' });
    // the round-robin is one of four ways, not combined with another
    const id = await phoneRepair('PUB-LIGHT');
    expect((await act(kefu, id, 'dispatch', { roundRobin: true, toPool: true })).status).toBe(400);
  });

  it('R-REP-04 concurrent round-robin dispatches never give two turns to one dispatch: four at once split two and two', async () => {
    const lift = cat('PUB-LIFT');
    await t.req('PUT', `/api/v1/repair-catalogue/${lift}`, { token: zhuguan, body: { rota: [jigongId, gongchengId] } });
    const reqs = [];
    for (let i = 0; i < 4; i++) reqs.push(await phoneRepair('PUB-LIFT'));
    const res = await Promise.all(reqs.map((id) => act(kefu, id, 'dispatch', { roundRobin: true })));
    expect(res.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const got = res.map((r) => r.body.assigneeName).sort();
    expect(got).toEqual(['孙师傅', '孙师傅', '赵海涛', '赵海涛']);
    const [row] = await t.ds.query('SELECT rota_cursor AS c FROM repair_category WHERE id = ?', [lift]);
    expect(Number(row.c)).toBe(4);
  });

  it('the request list filters by type on the server; an unknown type is a 400 in Chinese', async () => {
    // its own orders: five repairs, one of them with a technician on site and one waiting in the grab pool
    for (let i = 0; i < 3; i++) await phoneRepair('PUB-OTHER');
    await onSite('PUB-OTHER');
    const pooled = await phoneRepair('PUB-OTHER');
    expect((await act(kefu, pooled, 'dispatch', { toPool: true })).status).toBe(200);
    const repairs = await t.req('GET', `/api/v1/service-requests?projectId=${p101}&type=repair&limit=5`, { token: kefu });
    expect(repairs.body.items.length).toBe(5);
    expect(repairs.body.items.every((r: { type: string }) => r.type === 'repair')).toBe(true);
    const complaints = await t.req('GET', `/api/v1/service-requests?projectId=${p101}&type=complaint`, { token: kefu });
    expect(complaints.body.items).toEqual([]);
    const pool = await t.req('GET', `/api/v1/service-requests?projectId=${p101}&inPool=true`, { token: kefu });
    expect(pool.body.items.map((r: { id: number }) => r.id)).toContain(pooled);
    expect(
      pool.body.items.every(
        (r: { assigneeKind: string; status: string }) => r.assigneeKind === 'pool' && r.status === 'dispatched',
      ),
    ).toBe(true);
    const working = await t.req('GET', `/api/v1/service-requests?projectId=${p101}&stage=in_progress&limit=100`, { token: kefu });
    expect(working.body.items.length).toBeGreaterThan(0);
    expect(
      working.body.items.every((r: { status: string }) => ['dispatched', 'accepted', 'arrived', 'paused'].includes(r.status)),
    ).toBe(true);
    const bad = await t.req('GET', `/api/v1/service-requests?projectId=${p101}&type=party`, { token: kefu });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/^类型必须是以下之一/);
  });

  /** the numbers given out so far on a day of project 101 (other tests may have used the day) */
  const givenOn = async (prefix: string) => count(t, 'service_request', 'code LIKE ?', [`${prefix}%`]);

  it('work order numbers: twenty intakes at once in one project get twenty consecutive numbers, none refused', async () => {
    t.clock.set('2026-12-03T02:00:00Z');
    const before = await givenOn('BX101261203');
    const res = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.req('POST', '/api/v1/service-requests', {
          token: kefu,
          body: {
            projectId: p101,
            channel: 'phone',
            categoryId: cat('PUB-OTHER'),
            location: `并发测试${i + 1}号`,
            description: '同时受理',
            urgency: 'normal',
            requesterName: '张伟',
            requesterPhone: '13800000001',
          },
        }),
      ),
    );
    expect(res.map((r) => r.status)).toEqual(Array(20).fill(201));
    const codes = res.map((r) => r.body.code as string).sort();
    expect(codes).toEqual(Array.from({ length: 20 }, (_, i) => `BX101261203${String(before + i + 1).padStart(4, '0')}`));
  });

  it('the day counters are rebuilt from the numbers already given out (migration data step)', async () => {
    const { backfillDailyCounters } = await import('../src/database/migrations/data-steps.js');
    // numbers of a day of its own given out (two at least), then the counters lost
    t.clock.set('2026-12-04T02:00:00Z');
    await phoneRepair('PUB-OTHER');
    await phoneRepair('PUB-OTHER');
    const given = await givenOn('BX101261204');
    expect(given).toBeGreaterThanOrEqual(2);
    await t.ds.query('DELETE FROM daily_counter');
    const qr = t.ds.createQueryRunner();
    try {
      await backfillDailyCounters(qr);
    } finally {
      await qr.release();
    }
    const [row] = await t.ds.query("SELECT last_serial AS n FROM daily_counter WHERE prefix = 'BX101261204'");
    expect(Number(row.n)).toBe(given);
    const next = await phoneRepair('PUB-OTHER');
    const d = await t.req('GET', `/api/v1/service-requests/${next}`, { token: kefu });
    expect(d.body.code).toBe(`BX101261204${String(given + 1).padStart(4, '0')}`);
  });

  it('R-REP-03 an in-home repair needs the room it is for; nothing is written without it', async () => {
    const before = await count(t, 'service_request');
    const r = await t.req('POST', '/api/v1/service-requests', {
      token: kefu,
      body: {
        projectId: p101,
        channel: 'phone',
        categoryId: cat('HOME-DRAIN'),
        location: '某处',
        description: '下水道堵了',
        urgency: 'normal',
        requesterName: '张伟',
        requesterPhone: '13800000001',
      },
    });
    expect(r.status).toBe(400);
    expect(r.body.message).toBe('“下水道疏通”是户内报修，请先选择房屋');
    expect(await count(t, 'service_request')).toBe(before);
  });

  it('R-REP-05 a work order handed in before its completion was entered makes the details due within 2 hours', async () => {
    t.clock.set('2026-12-01T02:00:00Z');
    const id = await onSite('PUB-WATER');
    t.clock.set('2026-12-01T03:00:00Z');
    const h = await act(jigong, id, 'hand_in', { note: '附材料领用单' });
    expect(h.status, JSON.stringify(h.body)).toBe(200);
    expect(h.body.status).toBe('arrived');
    expect(h.body.times.orderReturnedAt).toBe('2026-12-01T03:00:00.000Z');
    const entry = h.body.clocks.find((c: Clock) => c.kind === 'completion_entry');
    expect(entry.dueAt).toBe('2026-12-01T05:00:00.000Z');
    expect(h.body.allowedActions).not.toContain('hand_in');
    const again = await act(kefu, id, 'hand_in');
    expect([again.status, again.body.message]).toEqual([409, '该工单已交回']);
    // entered 3 hours after the return: the promise is broken and stays so
    t.clock.set('2026-12-01T06:00:00Z');
    const f = await act(jigong, id, 'finish', checked({ result: '更换水管接头' }));
    expect(f.body.clocks.find((c: Clock) => c.kind === 'completion_entry')).toMatchObject({
      metAt: '2026-12-01T06:00:00.000Z',
      breachedAt: '2026-12-01T06:00:00.000Z',
    });

    // finished on the phone first, then the paper comes back: no completion clock at all
    const id2 = await onSite('PUB-DOOR');
    await act(jigong, id2, 'finish', checked({ result: '门禁复位' }));
    const h2 = await act(kefu, id2, 'hand_in');
    expect(h2.body.times.orderReturnedAt).toBe('2026-12-01T06:00:00.000Z');
    expect(h2.body.clocks.some((c: Clock) => c.kind === 'completion_entry')).toBe(false);
    expect(h2.body.events.at(-1)).toMatchObject({ action: 'hand_in', note: '工单已交回客服中心' });
    // not before the work started
    const id3 = await phoneRepair('PUB-OTHER');
    expect((await act(kefu, id3, 'hand_in')).status).toBe(409);
  });

  it('R-REP-09 an owner who never confirmed in the app confirms on the callback, which closes the order', async () => {
    const id = await onSite('PUB-OTHER');
    await act(jigong, id, 'finish', checked({ result: '已处理' }));
    const before = await t.req('GET', `/api/v1/service-requests/${id}`, { token: kefu });
    expect(before.body.allowedActions).toContain('callback');
    const cb = await act(kefu, id, 'callback', { method: 'phone', satisfaction: 'satisfied' });
    expect(cb.status, JSON.stringify(cb.body)).toBe(200);
    expect(cb.body.status).toBe('closed');
    expect(cb.body.times.confirmedAt).not.toBeNull();
    expect(cb.body.events.at(-1).note).toBe('业主在回访中确认完工；回访（电话）：满意');
    // the technician cannot close it by "calling back"
    const id2 = await onSite('PUB-OTHER');
    await act(jigong, id2, 'finish', checked({ result: '已处理' }));
    expect((await act(jigong, id2, 'callback', { method: 'phone', satisfaction: 'satisfied' })).status).toBe(403);
  });

  it('an extension shows on its clock; approving one whose promise is already kept is refused', async () => {
    const id = await onSite('PUB-OTHER');
    const x = await t.req('POST', `/api/v1/service-requests/${id}/extensions`, {
      token: kefu,
      body: { kind: 'resolve', until: '2026-12-30T10:00:00Z', reason: '等待配件到货' },
    });
    expect(x.status, JSON.stringify(x.body)).toBe(201);
    const d = await t.req('GET', `/api/v1/service-requests/${id}`, { token: kefu });
    const resolve = d.body.clocks.find((c: Clock) => c.kind === 'resolve');
    expect(resolve.extension).toMatchObject({ id: x.body.id, status: 'pending', reason: '等待配件到货' });
    expect(x.body.clockId).toBe(resolve.id);
    const mineOnly = await t.req('GET', `/api/v1/sla-extensions?projectId=${p101}&requestId=${id}`, { token: zhuguan });
    expect(mineOnly.body.map((e: { id: number }) => e.id)).toEqual([x.body.id]);
    await act(jigong, id, 'finish', checked({ result: '已处理' }));
    const late = await t.req('POST', `/api/v1/sla-extensions/${x.body.id}/approve`, { token: zhuguan, body: {} });
    expect([late.status, late.body.message]).toEqual([409, '该承诺已完成，无需再延期（可驳回此申请）']);
    const rej = await t.req('POST', `/api/v1/sla-extensions/${x.body.id}/reject`, { token: zhuguan, body: { note: '已完工' } });
    expect(rej.status).toBe(200);
  });

  it('R-REP-06 the owner signs on the screen: the signature is kept with the order and readable only by its project', async () => {
    const id = await onSite('PUB-OTHER');
    await act(jigong, id, 'finish', checked({ result: '已处理' }));
    const noSig = await act(jigong, id, 'confirm', {});
    expect(noSig.status).toBe(400);
    const c = await act(jigong, id, 'confirm', { signature: `data:image/png;base64,${PNG}` });
    expect(c.status, JSON.stringify(c.body)).toBe(200);
    expect(c.body.signature.url).toMatch(/^\/api\/v1\/uploads\/\d+$/);
    expect(c.body.events.at(-1).photos).toEqual([c.body.signature]);
    const get = (token: string) =>
      t.app.inject({ method: 'GET', url: c.body.signature.url, headers: { authorization: `Bearer ${token}` } });
    expect((await get(kefu)).statusCode).toBe(200);
    expect((await get(kefu)).headers['content-type']).toBe('image/png');
    expect((await get(await t.staffToken('kefu2', 'Kefu2@123'))).statusCode).toBe(404);
    const other = await t.ownerToken('13900000009');
    expect((await get(other)).statusCode).toBe(404);
  });

  it('R-FEE-02 R-PAY-04 a paid repair is owed by the room; the desk takes it once, with a receipt, and a paid bill is never changed', async () => {
    t.clock.set('2026-12-02T02:00:00Z');
    const id = await onSite('HOME-TAP');
    const f = await act(
      jigong,
      id,
      'finish',
      checked({
        result: '更换阀芯',
        feeFen: 4500,
        materials: [{ name: '阀芯', spec: 'G1/2', quantity: 1 }],
      }),
    );
    expect(f.body.bill).toMatchObject({ amountFen: 4500, status: 'unpaid', roomId: room1201, receiptNo: null });
    const billId = f.body.bill.id;
    expect(f.body.bill).toMatchObject({ payerName: '张伟', sourceCode: f.body.code });
    const listed = await t.req('GET', `/api/v1/bills?projectId=${p101}&status=unpaid`, { token: caiwu });
    expect(listed.body.items.map((b: { id: number }) => b.id)).toContain(billId);

    // a technician does not take money at the desk; a wrong amount is refused and writes nothing
    expect(
      (await t.req('POST', `/api/v1/bills/${billId}/desk-payments`, { token: jigong, body: { method: 'cash', amountFen: 4500 } }))
        .status,
    ).toBe(403);
    const wrong = await t.req('POST', `/api/v1/bills/${billId}/desk-payments`, {
      token: caiwu,
      body: { method: 'cash', amountFen: 4000 },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.message).toBe('收款金额应为 ¥45.00（现在是 ¥40.00）');
    expect(await count(t, 'payment')).toBe(0);

    // two cashiers at once: one payment, one receipt
    const pays = await Promise.all([
      t.req('POST', `/api/v1/bills/${billId}/desk-payments`, { token: caiwu, body: { method: 'cash', amountFen: 4500 } }),
      t.req('POST', `/api/v1/bills/${billId}/desk-payments`, { token: kefu, body: { method: 'wechat_scan', amountFen: 4500 } }),
    ]);
    expect(pays.map((p) => p.status).sort()).toEqual([201, 409]);
    expect(await count(t, 'payment', 'bill_id = ?', [billId])).toBe(1);
    const receipt = pays.find((p) => p.status === 201)!.body;
    expect(receipt).toMatchObject({
      receiptNo: 'SJ1012612020001',
      amountFen: 4500,
      payerName: '张伟',
      roomLabel: 'A座写字楼 1201',
      propertyCode: '1011011201',
      projectName: '瑞和丰收大厦',
      feedbackLine: '您的意见对我们非常重要，不满意或有建议时，请告诉我们，我们乐意改进',
    });

    // on the timeline, and the owner can read the receipt; another owner cannot
    const d = await t.req('GET', `/api/v1/service-requests/${id}`, { token: kefu });
    expect(d.body.bill).toMatchObject({ status: 'paid', receiptNo: 'SJ1012612020001' });
    expect(d.body.events.at(-1)).toMatchObject({ action: 'payment' });
    expect(d.body.events.at(-1).note).toMatch(/收取维修费 ¥45\.00.*收据 SJ1012612020001/);
    expect((await t.req('GET', `/api/v1/receipts/${receipt.paymentId}`, { token: owner })).body.receiptNo).toBe(
      'SJ1012612020001',
    );
    const mine = await t.req('GET', '/api/v1/me/bills', { token: owner });
    expect(mine.body.items.find((b: { id: number }) => b.id === billId)).toMatchObject({
      status: 'paid',
      receiptNo: 'SJ1012612020001',
    });
    expect(mine.body.unpaidFen).toBe(0);
    expect((await t.req('GET', '/api/v1/me/bills', { token: await t.ownerToken('13900000009') })).body).toEqual({
      items: [],
      unpaidFen: 0,
    });
    expect(
      (await t.req('GET', `/api/v1/receipts/${receipt.paymentId}`, { token: await t.ownerToken('13900000009') })).status,
    ).toBe(404);
    expect(
      (await t.req('GET', `/api/v1/receipts/${receipt.paymentId}`, { token: await t.staffToken('kefu2', 'Kefu2@123') })).status,
    ).toBe(404);

    // handled again after a bad callback and finished with another fee: the paid bill stays as it was
    await act(jigong, id, 'confirm', { signature: `data:image/png;base64,${PNG}` });
    await act(kefu, id, 'callback', { method: 'phone', satisfaction: 'dissatisfied', comment: '还在滴水' });
    await act(kefu, id, 'dispatch', { assigneeStaffId: jigongId });
    await act(jigong, id, 'accept');
    await act(jigong, id, 'arrive');
    const again = await act(jigong, id, 'finish', checked({ result: '再次更换', feeFen: 9900 }));
    expect(again.body.bill).toMatchObject({ id: billId, amountFen: 4500, status: 'paid' });
    expect(await count(t, 'bill', "source_type = 'repair' AND source_id = ?", [id])).toBe(1);

    // the next receipt of the day takes the next number
    const id2 = await onSite('HOME-LOCK');
    const f2 = await act(jigong, id2, 'finish', checked({ result: '换锁芯', feeFen: 5000 }));
    const r2 = await t.req('POST', `/api/v1/bills/${f2.body.bill.id}/desk-payments`, {
      token: kefu,
      body: { method: 'card', amountFen: 5000, payerName: '张伟家属' },
    });
    expect(r2.body).toMatchObject({ receiptNo: 'SJ1012612020002', payerName: '张伟家属', method: 'card' });
  });

  it('R-FEE-03 an unpaid repair bill follows a corrected fee and is voided when the fee becomes zero', async () => {
    const id = await onSite('HOME-ELEC');
    const f = await act(jigong, id, 'finish', checked({ result: '更换插座', feeFen: 5000 }));
    const billId = f.body.bill.id;
    await act(jigong, id, 'confirm', { signature: `data:image/png;base64,${PNG}` });
    await act(kefu, id, 'callback', { method: 'phone', satisfaction: 'dissatisfied', comment: '费用有异议' });
    await act(kefu, id, 'dispatch', { assigneeStaffId: jigongId });
    await act(jigong, id, 'accept');
    await act(jigong, id, 'arrive');
    expect((await t.req('GET', '/api/v1/me/bills?status=unpaid', { token: owner })).body.unpaidFen).toBe(5000);
    const g = await act(jigong, id, 'finish', checked({ result: '复查，免收费', feeFen: 0 }));
    expect(g.body.bill).toBeNull();
    const [row] = await t.ds.query('SELECT status, amount_fen AS a FROM bill WHERE id = ?', [billId]);
    expect(row.status).toBe('void');
    const pay = await t.req('POST', `/api/v1/bills/${billId}/desk-payments`, {
      token: caiwu,
      body: { method: 'cash', amountFen: 5000 },
    });
    expect(pay.status).toBe(409);
  });

  it('R-REP-12 R-REP-09 the monthly KPIs: timeliness, callbacks and satisfaction are counted from the clocks, in the project month', async () => {
    // a fresh month, so earlier tests do not count
    t.clock.set('2027-01-04T01:00:00Z');
    kefu = await t.staffToken('kefu', 'Kefu@123'); // a month on: fresh logins
    jigong = await t.staffToken('jigong', 'Jigong@123');
    const onTime = await onSite('PUB-LIGHT');
    await act(jigong, onTime, 'finish', checked({ result: '换灯' }));
    const late = await phoneRepair('PUB-WATER', { urgency: 'emergency' }); // 4 hours
    await act(kefu, late, 'dispatch', { assigneeStaffId: jigongId });
    await act(jigong, late, 'accept');
    await act(jigong, late, 'arrive');
    t.clock.set('2027-01-04T06:00:00Z'); // 5 hours later
    await act(jigong, late, 'finish', checked({ result: '关阀换管' }));
    const cancelled = await phoneRepair('PUB-OTHER');
    await act(kefu, cancelled, 'cancel', { reason: '业主已自行处理' });
    // one callback on time and satisfied, one late and dissatisfied
    await act(jigong, onTime, 'confirm', { signature: `data:image/png;base64,${PNG}` });
    await act(kefu, onTime, 'callback', { method: 'phone', satisfaction: 'satisfied' });
    t.clock.set('2027-01-05T08:00:00Z'); // > 24 h after the late one finished
    await act(jigong, late, 'confirm', { signature: `data:image/png;base64,${PNG}` });
    await act(kefu, late, 'callback', { method: 'visit', satisfaction: 'dissatisfied', comment: '来得太慢' });

    const k = await t.req('GET', `/api/v1/reports/repair-kpis?projectId=${p101}&month=2027-01`, { token: kefu });
    expect(k.status, JSON.stringify(k.body)).toBe(200);
    expect(k.body).toMatchObject({
      month: '2027-01',
      received: 3,
      resolved: 2, // the cancelled request is neither on time nor late
      resolvedOnTime: 1,
      timelyRate: 50,
      timelyTargetMet: false,
      timelyTarget: 100,
      callbacksDue: 2,
      callbacksDone: 2,
      callbacksOnTime: 1,
      callbackRate: 100,
      callbackTimelyRate: 50,
      rated: 2,
      satisfied: 1,
      satisfactionRate: 50,
    });
    // the reopened one is open again, past nothing yet; a month with nothing measures nothing
    const empty = await t.req('GET', `/api/v1/reports/repair-kpis?projectId=${p101}&month=2027-03`, { token: kefu });
    expect(empty.body).toMatchObject({ received: 0, timelyRate: null, timelyTargetMet: null, satisfactionRate: null });
    expect((await t.req('GET', `/api/v1/reports/repair-kpis?projectId=${p101}&month=2027-13`, { token: kefu })).status).toBe(400);
    const other = await t.req('GET', `/api/v1/reports/repair-kpis?projectId=${p101}`, {
      token: await t.staffToken('kefu2', 'Kefu2@123'),
    });
    expect(other.status).toBe(404);
  });
});
