import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, ids, startTestApp, testDatabases, type TestApp } from './harness.js';

const H = 3_600_000;
const D = 24 * H;
/** Monday 2026-11-23 10:00 in Shanghai. */
const MON = '2026-11-23T02:00:00.000Z';
const at = (base: string, ms: number) => new Date(new Date(base).getTime() + ms).toISOString();

interface Clock {
  kind: string;
  dueAt: string;
  metAt: string | null;
  late: boolean;
  cancelled: boolean;
  cycle: number;
  extendedUntil: string | null;
}
const clock = (body: { clocks: Clock[] }, kind: string, cycle = 0) =>
  body.clocks.find((k) => k.kind === kind && k.cycle === cycle);

describe.each(testDatabases())('complaints: intake, review and grading, codes and clocks (%s)', (db) => {
  let t: TestApp;
  let kefu: string;
  let zhuguan: string;
  let jingli: string;
  let jigong: string;
  let owner: string;
  let otherOwner: string;
  let p101: number;
  let p201: number;
  let roomA: number;
  let gongcheng: number;
  let jigongId: number;
  let jingliId: number;
  let itemLeak: number;
  let itemNoise: number;

  beforeAll(async () => {
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
    kefu = await t.staffToken('kefu', 'Kefu@123');
    zhuguan = await t.staffToken('zhuguan', 'Zhuguan@123');
    jingli = await t.staffToken('jingli', 'Jingli@123');
    jigong = await t.staffToken('jigong', 'Jigong@123');
    owner = await t.ownerToken('13800000001');
    otherOwner = await t.ownerToken('13900000009');
    const i = await ids(t);
    p101 = await i.project('101');
    p201 = await i.project('201');
    roomA = await i.room('1011011201');
    gongcheng = await i.staff('gongcheng');
    jigongId = await i.staff('jigong');
    jingliId = await i.staff('jingli');
    const item = async (projectId: number, importance: string, category: string, name: string) => {
      const r = await t.req('POST', '/api/v1/complaint-classes', {
        token: zhuguan,
        body: { projectId, importance, category, name },
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r.body.id as number;
    };
    itemLeak = await item(p101, 'B', 'GC', '公共区域漏水未及时处理');
    itemNoise = await item(p101, 'C', 'ZX', '夜间噪音劝阻不及时');
  });
  afterAll(async () => t?.close());

  const intake = (body: Record<string, unknown>, token = kefu) =>
    t.req('POST', '/api/v1/complaints', {
      token,
      body: {
        projectId: p101,
        channel: 'phone',
        complainantName: '张伟',
        complainantPhone: '13800000001',
        problem: '楼道漏水三天没人管',
        ...body,
      },
    });
  const act = (id: number, action: string, body: Record<string, unknown> = {}, token = kefu) =>
    t.req('POST', `/api/v1/complaints/${id}/actions/${action}`, { token, body });
  const graded = async (importance: string, category: string, extra: Record<string, unknown> = {}) => {
    const r = await intake({ review: true, valid: true, importance, category, kind: 'help', ...extra });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body;
  };

  it('R-CMP-05 R-CMP-21 intake records the complainant, the problem, what they ask, the promised reply time and the immediate-action flags; bad input writes nothing', async () => {
    t.clock.set(MON);
    const r = await intake({ asks: '三天内修好并清理', immediate: ['worsens', 'asked'] });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({
      status: 'received',
      code: null,
      complainantName: '张伟',
      complainantPhoneMasked: '138****0001',
      problem: '楼道漏水三天没人管',
      asks: '三天内修好并清理',
      immediate: ['worsens', 'asked'],
      receivedAt: MON,
      // the default promise: 2 days
      promisedAt: at(MON, 2 * D),
    });
    expect(r.body.allowedActions).toContain('review');
    const told = await t.req('POST', '/api/v1/complaints', {
      token: kefu,
      body: { projectId: p101, channel: 'walk_in', complainantName: '李娜', problem: '保安态度差', promisedAt: at(MON, 6 * H) },
    });
    expect(told.body.promisedAt).toBe(at(MON, 6 * H));
    // the immediate filter finds the flagged one only
    const flagged = await t.req('GET', `/api/v1/complaints?projectId=${p101}&immediate=true`, { token: kefu });
    expect(flagged.body.items.map((x: { id: number }) => x.id)).toContain(r.body.id);
    expect(flagged.body.items.map((x: { id: number }) => x.id)).not.toContain(told.body.id);

    const before = await count(t, 'complaint');
    const bad = [
      { receivedAt: at(MON, H) }, // in the future
      { askedBy: at(MON, -H) }, // before it was received
      { complainantPhone: '12345' },
      { immediate: ['because'] },
      { review: true, valid: true, importance: 'B', kind: 'help' }, // no category
      { review: true, valid: true, classItemId: 999999, kind: 'help' },
      { review: true, valid: false }, // invalid without the explanation
    ];
    for (const b of bad) {
      const x = await intake(b);
      expect(x.status, JSON.stringify(b)).toBe(400);
      expect(x.body.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await count(t, 'complaint')).toBe(before);
    // staff of another project cannot file here
    const kefu2 = await t.staffToken('kefu2', 'Kefu2@123');
    expect((await intake({}, kefu2)).status).toBe(404);
    expect(await count(t, 'complaint')).toBe(before);
  });

  it('R-CMP-02 R-CMP-03 R-CMP-04 R-CMP-17 a valid complaint graded from the classification table gets project-class-category-serial; the table of another project is refused', async () => {
    t.clock.set(MON);
    const r = await intake({});
    const noKind = await act(r.body.id, 'review', { valid: true, classItemId: itemLeak });
    expect(noKind.status).toBe(400);
    expect(noKind.body.message).toContain('投诉类型');
    const reviewed = await act(r.body.id, 'review', { valid: true, classItemId: itemLeak, kind: 'venting' });
    expect(reviewed.status, JSON.stringify(reviewed.body)).toBe(200);
    expect(reviewed.body).toMatchObject({
      status: 'handling',
      importance: 'B',
      category: 'GC',
      kind: 'venting',
      classItemId: itemLeak,
    });
    expect(reviewed.body.code).toMatch(/^101-B-GC-\d{6}$/);
    // the next review in the project takes the next serial, whatever its class and category
    const next = await graded('C', 'KF');
    const serialOf = (code: string) => Number(code.slice(-6));
    expect(serialOf(next.code)).toBe(serialOf(reviewed.body.code) + 1);
    expect(next.code).toMatch(/^101-C-KF-/);

    // a common complaint of project 201's table cannot grade a complaint of 101
    const admin = await t.staffToken('admin', 'Admin@123');
    const foreign = await t.req('POST', '/api/v1/complaint-classes', {
      token: admin,
      body: { projectId: p201, importance: 'A', category: 'ZX', name: '门岗放行陌生人' },
    });
    expect(foreign.status).toBe(201);
    const r2 = await intake({});
    const refused = await act(r2.body.id, 'review', { valid: true, classItemId: foreign.body.id, kind: 'help' });
    expect(refused.status).toBe(400);
    const still = await t.req('GET', `/api/v1/complaints/${r2.body.id}`, { token: kefu });
    expect(still.body).toMatchObject({ status: 'received', code: null });
    // the reviewer's own class wins over the table's
    const own = await act(r2.body.id, 'review', { valid: true, classItemId: itemNoise, importance: 'B', kind: 'inquiry' });
    expect(own.body.code).toMatch(/^101-B-ZX-/);
  });

  it('R-CMP-02 re-grading keeps the serial and records the old code; no change or no reason is refused', async () => {
    t.clock.set(MON);
    const c = await graded('C', 'BJ');
    const serial = c.code.slice(-6);
    expect((await act(c.id, 'regrade', { importance: 'B' })).status).toBe(400); // no reason
    expect((await act(c.id, 'regrade', { importance: 'C', category: 'BJ', reason: '复核' })).status).toBe(400); // no change
    const r = await act(c.id, 'regrade', { importance: 'B', category: 'GC', reason: '涉及公共设施损坏' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.code).toBe(`101-B-GC-${serial}`);
    expect(r.body.codeHistory).toEqual([c.code]);
    // R-CMP-09 the handling limit is the new class's, from the receipt: B 3 days
    expect(clock(r.body, 'resolve')!.dueAt).toBe(at(MON, 3 * D));
    const again = await act(c.id, 'regrade', { importance: 'A', reason: '影响正常生活' });
    expect(again.body.code).toBe(`101-A-GC-${serial}`);
    expect(again.body.codeHistory).toEqual([c.code, `101-B-GC-${serial}`]);
    expect(again.body.escalatedAt).toBe(MON);
    expect(clock(again.body, 'answer')!.dueAt).toBe(at(MON, 2 * D));
  });

  it('R-CMP-16 an invalid complaint is explained and kept as invalid, never deleted, and goes no further', async () => {
    t.clock.set(MON);
    const r = await intake({ problem: '要求物业赔偿邻居装修噪音', channel: 'letter' });
    const noWhy = await act(r.body.id, 'review', { valid: false });
    expect(noWhy.status).toBe(400);
    const inv = await act(r.body.id, 'review', { valid: false, note: '装修在允许时段内进行，已向您说明装修管理规定' });
    expect(inv.status, JSON.stringify(inv.body)).toBe(200);
    expect(inv.body).toMatchObject({
      status: 'invalid',
      code: null,
      invalidReason: '装修在允许时段内进行，已向您说明装修管理规定',
    });
    expect(inv.body.allowedActions).toEqual([]);
    // the explanation answered the letter: its acknowledgment is kept
    expect(clock(inv.body, 'acknowledge')!.metAt).toBe(MON);
    for (const a of ['handle', 'review', 'regrade', 'reply'])
      expect(
        (await act(r.body.id, a, { note: 'x', reason: 'x', valid: true, importance: 'B', category: 'GC', kind: 'help' })).status,
      ).toBe(409);
    const listed = await t.req('GET', `/api/v1/complaints?projectId=${p101}&status=invalid`, { token: kefu });
    expect(listed.body.items.map((x: { id: number }) => x.id)).toContain(r.body.id);
    expect((await t.req('DELETE', `/api/v1/complaints/${r.body.id}`, { token: jingli })).status).toBe(404);
    expect(await count(t, 'complaint', 'id = ?', [r.body.id])).toBe(1);
  });

  it('R-CMP-07 class B and C are forwarded to the discipline supervisor within 1 hour; a technician is not one; late is marked late', async () => {
    t.clock.set(MON);
    const b = await graded('B', 'GC');
    expect(clock(b, 'forward')!.dueAt).toBe(at(MON, H));
    expect(b.escalatedAt).toBeNull();
    t.clock.set(at(MON, 30 * 60_000));
    const tech = await act(b.id, 'forward', { handlerStaffId: jigongId });
    expect(tech.status).toBe(400);
    const ok = await act(b.id, 'forward', { handlerStaffId: gongcheng });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.handlerName).toBe('赵海涛');
    expect(clock(ok.body, 'forward')).toMatchObject({ metAt: at(MON, 30 * 60_000), late: false });
    expect(await count(t, 'staff_notification', 'staff_id = ? AND link = ?', [gongcheng, `/complaints/${b.id}`])).toBe(1);

    // the supervisors offered for forwarding: no technician, no clerk
    const handlers = await t.req('GET', `/api/v1/complaints/handlers?projectId=${p101}`, { token: kefu });
    const handlerIds = handlers.body.map((h: { id: number }) => h.id);
    expect(handlerIds).toContain(gongcheng);
    expect(handlerIds).not.toContain(jigongId);
    t.clock.set(MON);
    const c = await graded('C', 'GC');
    t.clock.set(at(MON, 2 * H));
    const listed = await t.req('GET', `/api/v1/complaints?projectId=${p101}&overdue=true`, { token: kefu });
    expect(listed.body.items.find((x: { id: number }) => x.id === c.id)).toMatchObject({ late: true });
    const late = await act(c.id, 'forward', { handlerStaffId: gongcheng });
    expect(clock(late.body, 'forward')).toMatchObject({ metAt: at(MON, 2 * H), late: true });
    // forwarded at review: kept at once
    t.clock.set(MON);
    const atOnce = await graded('B', 'GC', { handlerStaffId: gongcheng });
    expect(clock(atOnce, 'forward')).toMatchObject({ metAt: MON, late: false });
  });

  it('R-CMP-08 class A goes to the manager at once, is answered within 2 days and handled within 10; only class A is answered first', async () => {
    t.clock.set(MON);
    const before = await count(t, 'staff_notification', 'staff_id = ?', [jingliId]);
    const a = await graded('A', 'ZX', { problem: '电梯困人二十分钟无人救援' });
    expect(a.code).toMatch(/^101-A-ZX-/);
    expect(a.escalatedAt).toBe(MON);
    expect(clock(a, 'answer')!.dueAt).toBe(at(MON, 2 * D));
    expect(clock(a, 'resolve')!.dueAt).toBe(at(MON, 10 * D));
    expect(clock(a, 'forward')).toBeUndefined();
    expect(a.events.map((e: { action: string }) => e.action)).toEqual(['intake', 'review', 'escalate']);
    expect(await count(t, 'staff_notification', 'staff_id = ?', [jingliId])).toBe(before + 1);
    expect((await act(a.id, 'answer', {})).status).toBe(400); // no words
    const ans = await act(a.id, 'answer', { note: '已联系电梯维保单位彻查，三日内给您书面结果' });
    expect(ans.status).toBe(200);
    expect(clock(ans.body, 'answer')).toMatchObject({ metAt: MON, late: false });
    expect((await act(a.id, 'answer', { note: '再答复一次' })).status).toBe(409);
    const b = await graded('B', 'ZX');
    expect((await act(b.id, 'answer', { note: '答复' })).status).toBe(409);
    expect(b.escalatedAt).toBeNull();
  });

  it('R-CMP-08 R-CMP-09 a class A complaint past its 2-day answer appears in the manager’s escalation inbox; an approved extension with reason takes it out; only the manager approves', async () => {
    t.clock.set(MON);
    const a = await graded('A', 'GC', { problem: '地下室进水影响车辆' });
    const b = await graded('B', 'GC');
    const inbox = async () =>
      (await t.req('GET', `/api/v1/complaints/escalations?projectId=${p101}`, { token: jingli })).body.map(
        (x: { id: number }) => x.id,
      );
    t.clock.set(at(MON, 2 * D - 60_000));
    expect(await inbox()).not.toContain(a.id);
    t.clock.set(at(MON, 2 * D + 60_000));
    expect(await inbox()).toContain(a.id);
    // a late class B complaint is not the manager's inbox (t + 3 days + 1 min: B is late too)
    t.clock.set(at(MON, 3 * D + 60_000));
    expect(await inbox()).toContain(a.id);
    expect(await inbox()).not.toContain(b.id);
    expect((await t.req('GET', `/api/v1/complaints/escalations?projectId=${p101}`, { token: kefu })).status).toBe(403);

    const body = { clock: 'answer', until: at(MON, 5 * D), reason: '需等待保险公司定损' };
    expect((await act(a.id, 'extend', body, zhuguan)).status).toBe(403);
    expect((await act(a.id, 'extend', { ...body, reason: undefined }, jingli)).status).toBe(400);
    expect((await act(a.id, 'extend', { ...body, until: at(MON, D) }, jingli)).status).toBe(400); // not later than the due time
    const ext = await act(a.id, 'extend', body, jingli);
    expect(ext.status, JSON.stringify(ext.body)).toBe(200);
    expect(clock(ext.body, 'answer')).toMatchObject({ dueAt: at(MON, 5 * D), extendedUntil: at(MON, 5 * D), late: false });
    expect(ext.body.events.at(-1).note).toContain('需等待保险公司定损');
    expect(await inbox()).not.toContain(a.id);
  });

  it('R-CMP-09 class B is handled within 3 days, class C within 2, or within the time the complainant asked for', async () => {
    t.clock.set(MON);
    expect(clock(await graded('B', 'BJ'), 'resolve')!.dueAt).toBe(at(MON, 3 * D));
    expect(clock(await graded('C', 'BJ'), 'resolve')!.dueAt).toBe(at(MON, 2 * D));
    const asked = at(MON, 20 * H);
    expect(clock(await graded('C', 'BJ', { askedBy: asked }), 'resolve')!.dueAt).toBe(asked);
    // handled after its limit: the promise is kept late, so broken
    const c = await graded('C', 'YY');
    await act(c.id, 'forward', { handlerStaffId: gongcheng });
    t.clock.set(at(MON, 2 * D + H));
    const h = await act(c.id, 'handle', { note: '已修剪' });
    expect(clock(h.body, 'resolve')).toMatchObject({ metAt: at(MON, 2 * D + H), late: true });
  });

  it('R-CMP-10 R-CMP-11 R-CMP-12 after handling the reply is due within 2 days and the callback within 3; class A and B get a second callback within a month, C does not', async () => {
    t.clock.set(MON);
    const b = await graded('B', 'GC', { handlerStaffId: gongcheng });
    expect((await act(b.id, 'handle', {})).status).toBe(400); // no result
    t.clock.set(at(MON, D));
    const h = await act(b.id, 'handle', { note: '已更换破损水管' });
    expect(h.body.status).toBe('handled');
    expect(clock(h.body, 'reply')!.dueAt).toBe(at(MON, 3 * D));
    expect(clock(h.body, 'callback')!.dueAt).toBe(at(MON, 4 * D));
    expect((await act(b.id, 'callback', { satisfaction: 'satisfied', method: 'phone' })).status).toBe(409); // reply first
    expect((await act(b.id, 'reply', { note: '水管已更换' })).status).toBe(400); // no method
    const rep = await act(b.id, 'reply', { note: '水管已更换，欢迎监督', method: 'phone' });
    expect(rep.body.status).toBe('replied');
    expect(clock(rep.body, 'reply')).toMatchObject({ metAt: at(MON, D), late: false });
    expect(clock(rep.body, 'second_callback')!.dueAt).toBe(at(MON, 31 * D));
    const cb = await act(b.id, 'callback', { satisfaction: 'satisfied', method: 'phone' });
    expect(cb.body.status).toBe('closed');
    expect(cb.body.allowedActions).toContain('second_callback');
    const second = await act(b.id, 'second_callback', { satisfaction: 'very_satisfied', method: 'phone' });
    expect(second.status).toBe(200);
    expect(clock(second.body, 'second_callback')!.metAt).toBe(at(MON, D));
    expect((await act(b.id, 'second_callback', { satisfaction: 'satisfied', method: 'phone' })).status).toBe(409);

    t.clock.set(MON);
    const c = await graded('C', 'KF', { handlerStaffId: gongcheng });
    await act(c.id, 'verify_identity', { note: '核对姓名与预留电话' }); // R-CMP-23
    await act(c.id, 'handle', { note: '已道歉' });
    const crep = await act(c.id, 'reply', { note: '已道歉', method: 'phone' });
    expect(clock(crep.body, 'second_callback')).toBeUndefined();
    await act(c.id, 'callback', { satisfaction: 'satisfied', method: 'phone' });
    expect((await act(c.id, 'second_callback', { satisfaction: 'satisfied', method: 'phone' })).status).toBe(409);
  });

  it('R-CMP-01 R-CMP-11 a dissatisfied callback sends it back to handling in a new cycle with a new limit', async () => {
    t.clock.set(MON);
    const b = await graded('B', 'GC', { handlerStaffId: gongcheng });
    await act(b.id, 'handle', { note: '已处理' });
    await act(b.id, 'reply', { note: '已处理', method: 'phone' });
    t.clock.set(at(MON, D));
    expect((await act(b.id, 'callback', { satisfaction: 'dissatisfied', method: 'phone' })).status).toBe(400); // reason needed
    const r = await act(b.id, 'callback', { satisfaction: 'dissatisfied', method: 'phone', note: '还在漏' });
    expect(r.body).toMatchObject({ status: 'handling', cycle: 1 });
    expect(clock(r.body, 'resolve', 1)!.dueAt).toBe(at(MON, 4 * D));
    expect(clock(r.body, 'second_callback')).toMatchObject({ cancelled: true });
    const h = await act(b.id, 'handle', { note: '彻底更换管段' });
    expect(clock(h.body, 'reply', 1)).toBeDefined();
  });

  it('R-CMP-06 a complaint not made face to face is acknowledged within 2 days; the mini-program acknowledges at once; a phone complaint needs none', async () => {
    t.clock.set(MON);
    const letter = await intake({ channel: 'letter' });
    expect(clock(letter.body, 'acknowledge')).toMatchObject({ dueAt: at(MON, 2 * D), metAt: null });
    expect(letter.body.allowedActions).toContain('acknowledge');
    expect((await act(letter.body.id, 'acknowledge', {})).status).toBe(400); // how
    t.clock.set(at(MON, D));
    const ack = await act(letter.body.id, 'acknowledge', { method: 'sms' });
    expect(clock(ack.body, 'acknowledge')).toMatchObject({ metAt: at(MON, D), late: false });
    expect((await act(letter.body.id, 'acknowledge', { method: 'sms' })).status).toBe(409);
    const phone = await intake({ channel: 'phone' });
    expect(clock(phone.body, 'acknowledge')).toBeUndefined();
    expect((await act(phone.body.id, 'acknowledge', { method: 'sms' })).status).toBe(409);

    t.clock.set(MON);
    const mine = await t.req('POST', '/api/v1/me/complaints', {
      token: owner,
      body: { roomId: roomA, problem: '垃圾桶两天没清理' },
    });
    expect(mine.status, JSON.stringify(mine.body)).toBe(201);
    const staffView = await t.req('GET', `/api/v1/complaints/${mine.body.id}`, { token: kefu });
    expect(staffView.body).toMatchObject({ channel: 'miniapp', status: 'received', complainantName: '张伟' });
    expect(clock(staffView.body, 'acknowledge')).toMatchObject({ metAt: MON, late: false });
  });

  it('R-CMP-05 the complainant sees the reply time promised, the progress in owner words, and no grading, code or staff notes; another owner sees nothing', async () => {
    t.clock.set(MON);
    const r = await t.req('POST', '/api/v1/me/complaints', {
      token: owner,
      body: { roomId: roomA, problem: '电梯按钮失灵', asks: '尽快修好', askedBy: at(MON, 3 * D) },
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      statusLabel: '已收到',
      problem: '电梯按钮失灵',
      asks: '尽快修好',
      promisedAt: at(MON, 2 * D),
    });
    expect(r.body.events[0].note).toBe('已受理您的投诉，我们将于 2026-11-25 10:00 前答复您');
    expect((await t.req('POST', '/api/v1/me/complaints', { token: owner, body: { roomId: 999999, problem: 'x' } })).status).toBe(
      404,
    );
    const id = r.body.id;
    await act(id, 'review', { valid: true, importance: 'B', category: 'GC', kind: 'help', handlerStaffId: gongcheng });
    await act(id, 'handle', { note: '内部备注：更换按钮面板，费用走维修基金' });
    await act(id, 'reply', { note: '电梯按钮已修复', method: 'miniapp' });
    const mine = await t.req('GET', `/api/v1/me/complaints/${id}`, { token: owner });
    expect(mine.status).toBe(200);
    expect(mine.body.statusLabel).toBe('已答复');
    // the join code (R-CMP-14) is random letters: it may hold "GC" by chance, so it is left out of the search
    const text = JSON.stringify({ ...mine.body, joinCode: null });
    expect(mine.body.joinCode).toMatch(/^[A-Z0-9]+$/);
    expect(text).not.toMatch(/101-B-GC|GC|费用走维修基金|赵海涛|评审|一般/);
    expect(mine.body.events.map((e: { label: string }) => e.label)).toEqual([
      '投诉已受理',
      '已发出书面回执',
      '处理完成',
      '已答复处理结果',
    ]);
    expect(mine.body.events.at(-1).note).toBe('电梯按钮已修复');
    expect(mine.body.promises.find((x: { label: string }) => x.label === '回访')).toMatchObject({ done: false });
    const list = await t.req('GET', '/api/v1/me/complaints', { token: owner });
    expect(list.body.map((x: { id: number }) => x.id)).toContain(id);
    expect((await t.req('GET', `/api/v1/me/complaints/${id}`, { token: otherOwner })).status).toBe(404);
    expect(
      (await t.req('GET', '/api/v1/me/complaints', { token: otherOwner })).body.map((x: { id: number }) => x.id),
    ).not.toContain(id);
    // a technician is no complaint desk
    expect((await t.req('GET', `/api/v1/complaints/${id}`, { token: jigong })).status).toBe(403);
  });

  it('R-CMP-02 concurrent reviews in one project never share or skip a serial', async () => {
    t.clock.set(MON);
    const n = 16;
    const made = await Promise.all(Array.from({ length: n }, () => intake({})));
    for (const m of made) expect(m.status).toBe(201);
    const reviews = await Promise.all(
      made.map((m, i) => act(m.body.id, 'review', { valid: true, importance: i % 2 ? 'B' : 'C', category: 'GC', kind: 'help' })),
    );
    for (const r of reviews) expect(r.status, JSON.stringify(r.body)).toBe(200);
    const serials = reviews.map((r) => Number(r.body.code.slice(-6))).sort((a, b) => a - b);
    expect(new Set(serials).size).toBe(n);
    expect(serials[n - 1]! - serials[0]!).toBe(n - 1);
    // and intake-with-review at once, concurrently, too
    const atOnce = await Promise.all(
      Array.from({ length: n }, () => intake({ review: true, valid: true, importance: 'B', category: 'KF', kind: 'help' })),
    );
    const s2 = atOnce.map((r) => Number(r.body.code.slice(-6)));
    expect(new Set([...serials, ...s2]).size).toBe(2 * n);
    const [row] = await t.ds.query(
      'SELECT COUNT(*) AS n, COUNT(DISTINCT serial) AS d FROM complaint WHERE project_id = ? AND serial IS NOT NULL',
      [p101],
    );
    expect(Number(row.d)).toBe(Number(row.n));
  });
});
