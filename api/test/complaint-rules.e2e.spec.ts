import { formatYuan } from '@wy/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, ids, startTestApp, testDatabases, type TestApp } from './harness.js';

/** Monday 2026-11-23 10:00 in Shanghai. */
const MON = '2026-11-23T02:00:00.000Z';

describe.each(testDatabases())('complaints: compensation authority, joint complaints, transfers, identity checks (%s)', (db) => {
  let t: TestApp;
  const tok: Record<string, string> = {};
  let p101: number;
  let roomA: number;
  let roomChen: number;
  let gongchengId: number;

  interface Owed {
    id: number;
    roomId: number;
    amountFen: number;
    totalFen: number;
  }
  beforeAll(async () => {
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
    t.clock.set(MON);
    for (const [u, pw] of [
      ['kefu', 'Kefu@123'],
      ['zhuguan', 'Zhuguan@123'],
      ['gongcheng', 'Gongcheng@123'],
      ['pinzhi', 'Pinzhi@123'],
      ['jingli', 'Jingli@123'],
      ['admin', 'Admin@123'],
    ])
      tok[u] = await t.staffToken(u, pw);
    tok.zhang = await t.ownerToken('13800000001');
    tok.lina = await t.ownerToken('13800000002');
    tok.chen = await t.ownerToken('13800000004');
    tok.zhou = await t.ownerToken('13700000014'); // an owner of 瑞和花园 (201)
    const i = await ids(t);
    p101 = await i.project('101');
    roomA = await i.room('1011011201');
    roomChen = await i.room('1011010803');
    gongchengId = await i.staff('gongcheng');
  });
  afterAll(async () => t?.close());

  const graded = async (importance: string, category: string, extra: Record<string, unknown> = {}) => {
    const r = await t.req('POST', '/api/v1/complaints', {
      token: tok.kefu,
      body: {
        projectId: p101,
        channel: 'phone',
        complainantName: '张伟',
        problem: '地库积水',
        review: true,
        valid: true,
        importance,
        category,
        kind: 'help',
        ...extra,
      },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body;
  };
  const act = (id: number, action: string, body: Record<string, unknown>, who = 'kefu') =>
    t.req('POST', `/api/v1/complaints/${id}/actions/${action}`, { token: tok[who], body });
  const bell = async (who: string) =>
    (await t.req('GET', '/api/v1/notifications', { token: tok[who] })).body as { title: string; body: string }[];

  it('R-CMP-13 compensation is promised only after the facts are confirmed and within authority — supervisor ¥1000, quality ¥2000, manager per the project — and reported to the superior at once', async () => {
    t.clock.set(MON);
    const c = await graded('B', 'GC', { handlerStaffId: gongchengId });
    const pay = (amountFen: number, who: string, extra: Record<string, unknown> = {}) =>
      act(c.id, 'compensate', { amountFen, note: '赔偿被水浸的地毯', factsConfirmed: true, ...extra }, who);
    // a clerk has no authority; facts first; a fractional or negative amount is refused
    expect((await pay(10_000, 'kefu')).status).toBe(403);
    expect((await pay(10_000, 'gongcheng', { factsConfirmed: false })).status).toBe(400);
    expect((await pay(12.5, 'gongcheng')).status).toBe(400);
    expect((await pay(-100, 'gongcheng')).status).toBe(400);
    // the engineering supervisor: up to ¥1000, not a fen more
    const over = await pay(100_001, 'gongcheng');
    expect(over.status).toBe(403);
    expect(over.body.message).toContain('超出您的赔偿权限');
    // the quality supervisor: up to ¥2000
    expect((await pay(200_001, 'pinzhi')).status).toBe(403);
    expect(await count(t, 'complaint', 'id = ? AND compensation_fen IS NOT NULL', [c.id])).toBe(0);
    const ok = await pay(100_000, 'gongcheng');
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ compensationFen: 100_000, compensationNote: '赔偿被水浸的地毯' });
    expect(ok.body.allowedActions).not.toContain('compensate');
    // reported to the project manager the same moment
    expect((await bell('jingli')).some((n) => n.title.startsWith('赔偿承诺报告') && n.body.includes('¥1,000.00'))).toBe(true);

    // the manager: within the project's annual authorisation (default ¥5000), then it goes up to head office
    const d = await graded('B', 'ZX');
    expect((await act(d.id, 'compensate', { amountFen: 500_001, note: '车辆刮擦', factsConfirmed: true }, 'jingli')).status).toBe(
      403,
    );
    const m = await act(d.id, 'compensate', { amountFen: 300_000, note: '车辆刮擦', factsConfirmed: true }, 'jingli');
    expect(m.status, JSON.stringify(m.body)).toBe(200);
    expect((await bell('admin')).some((n) => n.title.startsWith('赔偿承诺报告') && n.body.includes('¥3,000.00'))).toBe(true);
  });

  it('R-CMP-14 R-CMP-03 neighbours join a complaint from the mini-program with its code; at three people it becomes class A and is escalated in writing to the company the same day', async () => {
    t.clock.set(MON);
    const mine = await t.req('POST', '/api/v1/me/complaints', {
      token: tok.zhang,
      body: { roomId: roomA, problem: '大堂空调一周不制冷' },
    });
    expect(mine.status).toBe(201);
    expect(mine.body.joinCode).toMatch(/^[A-Z2-9]{8}$/);
    expect(mine.body.jointCount).toBe(1);
    const code = mine.body.joinCode as string;
    const join = (who: string, roomId: number, joinCode = code) =>
      t.req('POST', '/api/v1/me/complaints/join', { token: tok[who], body: { roomId, joinCode } });
    // the complaint is reviewed B/GC before the neighbours join
    const reviewed = await act(mine.body.id, 'review', { valid: true, importance: 'B', category: 'GC', kind: 'help' });
    const serial = (reviewed.body.code as string).slice(-6);

    // a wrong code, a room that is not mine, an owner of another project, the complainant: refused, nothing written
    expect((await join('lina', roomA, 'ZZZZZZZZ')).status).toBe(404);
    expect((await join('lina', roomChen)).status).toBe(404);
    const zhouRooms = (await t.req('GET', '/api/v1/me/rooms', { token: tok.zhou })).body as { roomId: number }[];
    expect((await join('zhou', zhouRooms[0]!.roomId)).status).toBe(404);
    expect((await join('zhang', roomA)).status).toBe(409);
    expect((await join('lina', roomA, 'bad')).status).toBe(400);
    expect(await count(t, 'complaint_party', 'complaint_id = ?', [mine.body.id])).toBe(0);

    const two = await join('lina', roomA);
    expect(two.status, JSON.stringify(two.body)).toBe(200);
    expect(two.body).toMatchObject({ jointCount: 2, joinCode: null }); // the code is the complainant's to give
    expect((await join('lina', roomA)).status).toBe(409); // once
    let staff = await t.req('GET', `/api/v1/complaints/${mine.body.id}`, { token: tok.kefu });
    expect(staff.body).toMatchObject({ importance: 'B', companyReportedAt: null });

    t.clock.set('2026-11-23T06:00:00.000Z');
    const three = await join('chen', roomChen);
    expect(three.status).toBe(200);
    expect(three.body.events.map((e: { label: string }) => e.label)).toContain('已作为联名投诉上报');
    staff = await t.req('GET', `/api/v1/complaints/${mine.body.id}`, { token: tok.kefu });
    expect(staff.body).toMatchObject({
      importance: 'A',
      code: `101-A-GC-${serial}`,
      codeHistory: [`101-B-GC-${serial}`],
      jointCount: 3,
      companyReportedAt: '2026-11-23T06:00:00.000Z',
      escalatedAt: '2026-11-23T06:00:00.000Z',
    });
    expect(staff.body.parties.map((x: { name: string }) => x.name)).toEqual(['李娜', '陈静']);
    // written to the company's complaint department (head office) and the manager told of the class A one
    expect((await bell('admin')).some((n) => n.title === `联名投诉上报 101-A-GC-${serial}` && n.body.includes('3 人'))).toBe(
      true,
    );
    expect((await bell('jingli')).some((n) => n.title === `重大投诉 101-A-GC-${serial}`)).toBe(true);
    // the neighbours follow it in their own list
    const theirs = await t.req('GET', '/api/v1/me/complaints', { token: tok.chen });
    expect(theirs.body.map((x: { id: number }) => x.id)).toContain(mine.body.id);

    // an ungraded joint complaint of three must be graded class A
    const other = await t.req('POST', '/api/v1/complaints', {
      token: tok.kefu,
      body: { projectId: p101, channel: 'letter', complainantName: '王芳', problem: '三户联名：楼上漏水' },
    });
    for (const name of ['赵敏', '钱亮'])
      expect(
        (await t.req('POST', `/api/v1/complaints/${other.body.id}/parties`, { token: tok.kefu, body: { name } })).status,
      ).toBe(200);
    const asB = await act(other.body.id, 'review', { valid: true, importance: 'B', category: 'GC', kind: 'help' });
    expect(asB.status).toBe(400);
    expect(asB.body.message).toContain('A 类');
    expect((await act(other.body.id, 'review', { valid: true, importance: 'A', category: 'GC', kind: 'help' })).status).toBe(200);
  });

  it('R-CMP-15 the manager transfers a complaint the project cannot resolve to the company or the developer; the complainant is told and the centre keeps tracking it', async () => {
    t.clock.set(MON);
    const mine = await t.req('POST', '/api/v1/me/complaints', {
      token: tok.zhang,
      body: { roomId: roomA, problem: '外墙瓷砖脱落' },
    });
    const id = mine.body.id as number;
    expect((await act(id, 'transfer', { transferTo: 'developer', note: '瑞和地产工程部' }, 'jingli')).status).toBe(409); // not reviewed yet
    await act(id, 'review', { valid: true, importance: 'B', category: 'GC', kind: 'help', handlerStaffId: gongchengId });
    expect((await act(id, 'transfer', { transferTo: 'developer', note: '瑞和地产工程部' })).status).toBe(403); // a clerk
    expect((await act(id, 'transfer', { transferTo: 'developer' }, 'jingli')).status).toBe(400);
    expect((await act(id, 'transfer', { transferTo: 'bank', note: 'x' }, 'jingli')).status).toBe(400);
    const r = await act(id, 'transfer', { transferTo: 'developer', note: '瑞和地产工程部，函〔2026〕21号' }, 'jingli');
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    // still being handled, its promises running
    expect(r.body).toMatchObject({ status: 'handling', transferredTo: 'developer' });
    expect(r.body.running.map((k: { kind: string }) => k.kind)).toContain('resolve');
    expect(r.body.allowedActions).not.toContain('transfer');
    const owner = await t.req('GET', `/api/v1/me/complaints/${id}`, { token: tok.zhang });
    const told = owner.body.events.find((e: { label: string }) => e.label === '已转交上级单位处理');
    expect(told.note).toContain('建设单位');
    expect(told.note).toContain('继续跟踪');
    expect(JSON.stringify(owner.body)).not.toContain('函〔2026〕21号');
  });

  it('R-CMP-23 a communication-type complaint is handled only after the taker confirms the complainant and looks at their payments: what the room owes today, approved adjustments and late fees counted', async () => {
    t.clock.set(MON);
    const zhangId = Number((await t.ds.query("SELECT id FROM person WHERE name = '张伟'"))[0].id);
    // 张伟's room owes a ¥50 one-off charge with an approved ¥1.00 waiver (and whatever else it owes), so what the
    // room owes (adjustments and today's late fee counted, as the owner sees it) is not the sum of the bills' amounts
    const item = await t.req('POST', '/api/v1/fee-items', {
      token: tok.admin,
      body: {
        projectId: p101,
        code: `CMP23${Date.now() % 100000}`,
        name: '装修垃圾清运费',
        category: 'garbage',
        basis: 'one_off',
        unitFen: 5000,
      },
    });
    expect(item.status, JSON.stringify(item.body)).toBe(201);
    const charged = await t.req('POST', '/api/v1/bills/one-off', {
      token: tok.kefu,
      body: { roomId: roomA, feeItemId: item.body.id, period: '2026-11' },
    });
    expect(charged.status, JSON.stringify(charged.body)).toBe(201);
    const unpaid = await count(t, 'bill', "room_id = ? AND status = 'unpaid'", [roomA]);
    const owedBills = async () =>
      ((await t.req('GET', '/api/v1/me/bills?status=unpaid', { token: tok.zhang })).body.items as Owed[]).filter(
        (b) => b.roomId === roomA,
      );
    const asked = await t.req('POST', '/api/v1/bill-adjustments', {
      token: tok.kefu,
      body: { billId: charged.body.billId, kind: 'reduce', target: 'principal', amountFen: 100, reason: '核对后减免一元' },
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    expect(
      (await t.req('POST', `/api/v1/bill-adjustments/${asked.body.id}/approve`, { token: tok.jingli, body: {} })).status,
    ).toBe(201);
    const bills = await owedBills();
    expect(bills).toHaveLength(unpaid);
    const owedFen = bills.reduce((a, b) => a + b.totalFen, 0);
    const rawFen = bills.reduce((a, b) => a + b.amountFen, 0);
    expect(owedFen).not.toBe(rawFen);
    const c = await graded('C', 'KF', { roomId: roomA, complainantPersonId: zhangId, handlerStaffId: gongchengId });
    expect(c.needsIdentityCheck).toBe(true);
    expect(c.allowedActions).not.toContain('handle');
    const early = await act(c.id, 'handle', { note: '已向业主道歉' }, 'zhuguan');
    expect(early.status).toBe(409);
    expect(early.body.message).toContain('核实');
    expect((await act(c.id, 'verify_identity', {})).status).toBe(400);
    const v = await act(c.id, 'verify_identity', { note: '核对姓名、房号与预留电话' });
    expect(v.status, JSON.stringify(v.body)).toBe(200);
    const step = v.body.events.find((e: { action: string }) => e.action === 'verify_identity');
    expect(step.note).toContain('已绑定业主');
    expect(step.note).toContain(`欠费 ${formatYuan(owedFen)}（${unpaid} 笔）`);
    expect(step.note).not.toContain(formatYuan(rawFen));
    expect(step.audience).toBe('staff');
    expect((await act(c.id, 'verify_identity', { note: '再次' })).status).toBe(409);
    expect((await act(c.id, 'handle', { note: '已向业主道歉' }, 'zhuguan')).status).toBe(200);
    // other categories need no such step
    const g = await graded('C', 'BJ', { handlerStaffId: gongchengId });
    expect(g.needsIdentityCheck).toBe(false);
    expect((await act(g.id, 'handle', { note: '已清扫' }, 'zhuguan')).status).toBe(200);
  });

  it('R-RPT-01 R-CMP-22 the month’s statistics: timely-handling, correct-handling, callback, satisfaction, valid and tracking rates and complaints per 100 households, per category, with an Excel sheet', async () => {
    const DEC = (day: number, hour = 10) => new Date(Date.UTC(2026, 11, day, hour - 8)).toISOString();
    t.clock.set(DEC(1));
    const cb = (id: number, satisfaction: string, note?: string) =>
      act(id, 'callback', { satisfaction, method: 'phone', ...(note ? { note } : {}) });
    const reply = (id: number) => act(id, 'reply', { note: '已处理完毕', method: 'phone' });
    // 1. B/GC handled in time, replied, closed satisfied the first time
    const c1 = await graded('B', 'GC', { handlerStaffId: gongchengId });
    // 2. C/BJ handled late, a dissatisfied callback sends it back, handled again and closed satisfied
    const c2 = await graded('C', 'BJ', { handlerStaffId: gongchengId });
    // 3. invalid
    const inv = await t.req('POST', '/api/v1/complaints', {
      token: tok.kefu,
      body: {
        projectId: p101,
        channel: 'phone',
        complainantName: '周先生',
        problem: '要求赔偿',
        review: true,
        valid: false,
        note: '不属于物业责任，已解释',
      },
    });
    expect(inv.status).toBe(201);
    // 4. B/GC handled in time, not yet called back
    const c4 = await graded('B', 'GC', { handlerStaffId: gongchengId });
    t.clock.set(DEC(2));
    await act(c1.id, 'handle', { note: '已修复' });
    await reply(c1.id);
    await act(c4.id, 'handle', { note: '已修复' });
    t.clock.set(DEC(3));
    expect((await cb(c1.id, 'satisfied')).body.status).toBe('closed');
    t.clock.set(DEC(5));
    await act(c2.id, 'handle', { note: '已清扫' });
    await reply(c2.id);
    expect((await cb(c2.id, 'dissatisfied', '仍有垃圾')).body.status).toBe('handling');
    t.clock.set(DEC(6));
    await act(c2.id, 'handle', { note: '已彻底清理' });
    await reply(c2.id);
    expect((await cb(c2.id, 'very_satisfied')).body.status).toBe('closed');

    const households = Number(
      (await t.ds.query('SELECT COUNT(*) AS n FROM room WHERE project_id = ? AND archived_at IS NULL', [p101]))[0].n,
    );
    const s = await t.req('GET', `/api/v1/complaints/stats?projectId=${p101}&month=2026-12`, { token: tok.zhuguan });
    expect(s.status, JSON.stringify(s.body)).toBe(200);
    expect(s.body.households).toBe(households);
    expect(s.body.total).toMatchObject({
      received: 4,
      valid: 3,
      handled: 4,
      handledInTime: 3,
      closed: 2,
      closedFirstTime: 1,
      satisfied: 2,
      tracked: 2,
      callbacksDue: 4,
      callbacksDone: 3,
      validRate: 75,
      timelyRate: 75,
      correctRate: 50,
      satisfactionRate: 100,
      trackingRate: 100,
      callbackRate: 75,
      complaintRate: Math.round((3 * 10000) / households) / 100,
    });
    const gc = s.body.byCategory.find((x: { category: string }) => x.category === 'GC');
    expect(gc).toMatchObject({
      label: '工程',
      received: 2,
      handled: 2,
      handledInTime: 2,
      timelyRate: 100,
      closed: 1,
      correctRate: 100,
    });
    const bj = s.body.byCategory.find((x: { category: string }) => x.category === 'BJ');
    expect(bj).toMatchObject({ handled: 2, handledInTime: 1, timelyRate: 50, closedFirstTime: 0, correctRate: 0 });
    expect(s.body.byCategory.find((x: { category: string }) => x.category === 'YY')).toMatchObject({
      received: 0,
      timelyRate: null,
    });
    // another month counts none of it
    const nov = await t.req('GET', `/api/v1/complaints/stats?projectId=${p101}&month=2027-01`, { token: tok.zhuguan });
    expect(nov.body.total).toMatchObject({ received: 0, handled: 0, timelyRate: null });
    // refusals: a bad month, another project's staff, a role without the desk
    expect((await t.req('GET', `/api/v1/complaints/stats?projectId=${p101}&month=2026-13`, { token: tok.zhuguan })).status).toBe(
      400,
    );
    const kefu2 = await t.staffToken('kefu2', 'Kefu2@123');
    expect((await t.req('GET', `/api/v1/complaints/stats?projectId=${p101}&month=2026-12`, { token: kefu2 })).status).toBe(404);
    expect((await t.req('GET', `/api/v1/complaints/stats?projectId=${p101}&month=2026-12`, { token: tok.zhang })).status).toBe(
      403,
    );

    const x = await t.app.inject({
      method: 'GET',
      url: `/api/v1/complaints/stats/export?projectId=${p101}&month=2026-12`,
      headers: { authorization: `Bearer ${tok.zhuguan}` },
    });
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-type']).toContain('spreadsheetml');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as never);
    const ws = wb.worksheets[0]!;
    const rows = ws.getSheetValues().filter(Boolean) as unknown[][];
    const total = rows.find((r) => r[1] === '合计')!;
    expect(total.slice(2, 4)).toEqual([4, 3]);
    expect(rows[0]).toContain('及时处理率(%)');
  });
});
