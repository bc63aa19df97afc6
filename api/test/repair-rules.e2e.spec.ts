// The repair rules proved one by one, each with its negative case (issue 7, "rules that tests only
// half prove"). Every test files its own requests at its own spots and pins the clock itself, so it
// passes alone (-t "R-…") and in any order (--sequence.shuffle).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, ids, startTestApp, testDatabases, type TestApp } from './harness.js';
import { checked } from './support/repair-steps.js';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000970485973000003e8000003e801b57b526b0000000d494441540899636060606000000005000187a14ed40000000049454e44ae426082',
  'hex',
).toString('base64');
const SIGNATURE = `data:image/png;base64,${PNG}`;
type Clock = { kind: string; dueAt: string; metAt: string | null; breachedAt: string | null };
type Event = { action: string; note: string | null; audience: string; label: string };

describe.each(testDatabases())('repair rules (%s)', (db) => {
  let t: TestApp;
  let kefu: string;
  let zhuguan: string;
  let jigong: string;
  let p101: number;
  let room1201: number;
  let jigongId: number;
  let zhuguanId: number;
  let kefuId: number;
  /** 张伟 in the mini-program (signed in once: the SMS code is one a minute per phone) */
  let owner: string;
  let cats: { id: number; code: string; scope: string; paid: boolean }[];
  let spot = 0;
  const cat = (code: string) => cats.find((c) => c.code === code)!.id;
  /** a public spot no other test uses */
  const freshSpot = () => `规则测试${db}位置${++spot}`;
  const act = (token: string, id: number, action: string, body: Record<string, unknown> = {}) =>
    t.req('POST', `/api/v1/service-requests/${id}/actions/${action}`, { token, body });
  const detail = async (token: string, id: number) => (await t.req('GET', `/api/v1/service-requests/${id}`, { token })).body;
  const deskIntake = (body: Record<string, unknown>, token = kefu) =>
    t.req('POST', '/api/v1/service-requests', {
      token,
      body: {
        projectId: p101,
        channel: 'phone',
        description: '规则测试报修',
        urgency: 'normal',
        requesterName: '张伟',
        requesterPhone: '13800000001',
        ...body,
      },
    });
  /** a public-area repair at a fresh spot, filed by phone at the desk */
  const publicRepair = async (extra: Record<string, unknown> = {}) => {
    const r = await deskIntake({ categoryId: cat('PUB-LIGHT'), location: freshSpot(), ...extra });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.id as number;
  };
  /** dispatched to jigong, accepted, on site */
  const onSite = async (id: number) => {
    expect((await act(kefu, id, 'dispatch', { assigneeStaffId: jigongId })).status).toBe(200);
    expect((await act(jigong, id, 'accept')).status).toBe(200);
    expect((await act(jigong, id, 'arrive')).body.status).toBe('arrived');
    return id;
  };

  beforeAll(async () => {
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
    t.clock.set('2026-12-07T01:00:00Z'); // a Monday, 09:00 in Shanghai
    kefu = await t.staffToken('kefu', 'Kefu@123');
    zhuguan = await t.staffToken('zhuguan', 'Zhuguan@123');
    jigong = await t.staffToken('jigong', 'Jigong@123');
    const i = await ids(t);
    p101 = await i.project('101');
    room1201 = await i.room('1011011201');
    jigongId = await i.staff('jigong');
    zhuguanId = await i.staff('zhuguan');
    kefuId = await i.staff('kefu');
    cats = (await t.req('GET', `/api/v1/repair-categories?projectId=${p101}`, { token: kefu })).body;
    owner = await t.ownerToken('13800000001');
  });
  afterAll(async () => t?.close());

  it('R-FEE-03 a fractional or negative fee is refused with 400 in Chinese and nothing is written', async () => {
    t.clock.set('2026-12-07T02:00:00Z');
    const r = await deskIntake({
      categoryId: cat('HOME-TAP'),
      roomId: room1201,
      appointmentStart: '2026-12-07T06:00:00Z',
      appointmentEnd: '2026-12-07T08:00:00Z',
      notDuplicate: true,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const id = await onSite(r.body.id);
    for (const feeFen of [12.5, 0.01, -100, 1e20]) {
      const f = await act(jigong, id, 'finish', checked({ result: '更换阀芯', feeFen }));
      expect(f.status, `${feeFen}`).toBe(400);
      expect(f.body.message).toMatch(/费用（分）/);
    }
    const [row] = await t.ds.query('SELECT status, fee_fen AS fee FROM service_request WHERE id = ?', [id]);
    expect(row).toMatchObject({ status: 'arrived', fee: null });
    expect(await count(t, 'bill', 'source_id = ?', [id])).toBe(0);
    // the same finish with a whole number of fen goes through
    const ok = await act(jigong, id, 'finish', checked({ result: '更换阀芯', feeFen: 3000 }));
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.feeFen).toBe(3000);
  });

  it('R-REP-15 a confirmation by staff without the owner’s signature is refused; with it, or by the patrol housekeeper who raised it, it goes through', async () => {
    t.clock.set('2026-12-07T03:00:00Z');
    const id = await onSite(await publicRepair());
    await act(jigong, id, 'finish', checked({ result: '更换灯管' }));
    for (const token of [kefu, jigong]) {
      const r = await act(token, id, 'confirm', {});
      expect(r.status).toBe(400);
      expect(r.body.message).toBe('请业主在屏幕上签字确认');
    }
    expect((await detail(kefu, id)).status).toBe('finished');
    const signed = await act(jigong, id, 'confirm', { signature: SIGNATURE });
    expect(signed.status).toBe(200);
    expect(signed.body.status).toBe('confirmed');
    expect(signed.body.signature).not.toBeNull();

    // a housekeeper's patrol order is accepted by the housekeeper, without a signature
    const patrol = await deskIntake(
      { channel: 'patrol', categoryId: cat('PUB-OTHER'), location: freshSpot(), requesterName: '林晓燕' },
      zhuguan,
    );
    expect(patrol.status, JSON.stringify(patrol.body)).toBe(201);
    await onSite(patrol.body.id);
    await act(jigong, patrol.body.id, 'finish', checked({ result: '更换闭门器' }));
    const own = await act(zhuguan, patrol.body.id, 'confirm', {});
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    expect(own.body.signature).toBeNull();
  });

  it('R-REP-04 a transfer or a return without a reason is refused through the API, and with one it is recorded for staff only', async () => {
    t.clock.set('2026-12-07T04:00:00Z');
    const id = await publicRepair();
    await act(kefu, id, 'dispatch', { assigneeStaffId: jigongId });
    for (const [action, body] of [
      ['transfer', { assigneeTeam: '电梯维保公司' }],
      ['transfer', { assigneeTeam: '电梯维保公司', reason: '   ' }],
      ['return', {}],
    ] as const) {
      const r = await act(jigong, id, action, body);
      expect(r.status, `${action} ${JSON.stringify(body)}`).toBe(400);
      expect(r.body.message).toBe(`${action === 'transfer' ? '转单' : '退单'}需要填写原因`);
    }
    const d = await detail(kefu, id);
    expect(d.status).toBe('dispatched');
    expect(d.assigneeName).toBe('孙师傅');
    expect(d.events.map((e: Event) => e.action)).toEqual(['intake', 'dispatch']);
    const back = await act(jigong, id, 'return', { reason: '不是我负责的楼栋' });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect(back.body.status).toBe('received');
    expect(back.body.events.at(-1)).toMatchObject({ action: 'return', audience: 'staff' });
    expect(back.body.events.at(-1).note).toMatch(/不是我负责的楼栋/);
    // the technician who handed it back gets the outcome, with nothing left for him to do, and no longer reads it
    expect(back.body.allowedActions).toEqual([]);
    expect((await t.req('GET', `/api/v1/service-requests/${id}`, { token: jigong })).status).toBe(404);
  });

  it('R-SRV-04 the shift handover list is exactly the project’s open repairs: closed, cancelled and other projects’ are not on it', async () => {
    t.clock.set('2026-12-07T05:00:00Z');
    const received = await publicRepair();
    const working = await onSite(await publicRepair());
    const done = await onSite(await publicRepair());
    await act(jigong, done, 'finish', checked({ result: '换灯' }));
    await act(jigong, done, 'confirm', { signature: SIGNATURE });
    await act(kefu, done, 'callback', { method: 'phone', satisfaction: 'satisfied' });
    const cancelled = await publicRepair();
    await act(kefu, cancelled, 'cancel', { reason: '业主已自行处理' });
    const openIds = (
      await t.ds.query(
        "SELECT id FROM service_request WHERE project_id = ? AND status IN ('received','dispatched','accepted','arrived','paused','finished') ORDER BY id",
        [p101],
      )
    ).map((x: { id: number }) => Number(x.id));
    expect(openIds).toEqual(expect.arrayContaining([received, working]));
    const list = await t.req('GET', `/api/v1/shift-handover?projectId=${p101}`, { token: kefu });
    expect(list.status).toBe(200);
    const listed = list.body.openRequests.map((o: { id: number }) => o.id).sort((a: number, b: number) => a - b);
    expect(listed).toEqual(openIds);
    expect(listed).not.toContain(done);
    expect(listed).not.toContain(cancelled);
    // the handover record names each of them
    const shift = await t.req('POST', '/api/v1/shift-handovers', {
      token: kefu,
      body: { projectId: p101, toStaffId: zhuguanId, note: '夜班' },
    });
    expect(shift.status).toBe(201);
    expect(shift.body.content).toContain(`未完成报修 ${openIds.length} 单`);
  });

  it('R-REP-10 a request that is not important gets no second callback; an important one gets one', async () => {
    t.clock.set('2026-12-07T06:00:00Z');
    const plain = await onSite(await publicRepair());
    const important = await onSite(await publicRepair({ isImportant: true }));
    for (const id of [plain, important]) {
      await act(jigong, id, 'finish', checked({ result: '换灯' }));
      await act(jigong, id, 'confirm', { signature: SIGNATURE });
      expect((await act(kefu, id, 'callback', { method: 'phone', satisfaction: 'satisfied' })).body.status).toBe('closed');
    }
    const kinds = async (id: number) => (await detail(kefu, id)).clocks.map((c: Clock) => c.kind).sort();
    expect(await kinds(plain)).toEqual(['callback', 'dispatch', 'entry', 'resolve']);
    expect(await kinds(important)).toEqual(['callback', 'dispatch', 'entry', 'resolve', 'second_callback']);
    const queue = (await t.req('GET', `/api/v1/callbacks?projectId=${p101}&limit=100`, { token: kefu })).body.items as {
      requestId: number;
      kind: string;
    }[];
    expect(queue.filter((q) => q.requestId === plain)).toEqual([]);
    expect(queue.filter((q) => q.requestId === important).map((q) => q.kind)).toEqual(['second_callback']);
    t.clock.set('2026-12-20T06:00:00Z');
    const refused = await t.req('POST', `/api/v1/service-requests/${plain}/second-callback`, {
      token: kefu,
      body: { method: 'phone', satisfaction: 'satisfied' },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe('该工单没有待进行的二次回访');
    expect(await count(t, 'callback_record', 'request_id = ?', [plain])).toBe(1);
    const second = await t.req('POST', `/api/v1/service-requests/${important}/second-callback`, {
      token: kefu,
      body: { method: 'phone', satisfaction: 'satisfied' },
    });
    expect(second.status).toBe(200);
    expect(await count(t, 'callback_record', "request_id = ? AND kind = 'second_callback'", [important])).toBe(1);
  });

  it('R-REP-03 an in-home repair under warranty is free: shown at price 0, no fee may be charged and no bill is made; a paid one is billed', async () => {
    t.clock.set('2026-12-07T07:00:00Z');
    const window = { appointmentStart: '2026-12-07T08:00:00Z', appointmentEnd: '2026-12-07T09:00:00Z', notDuplicate: true };
    const w = await deskIntake({ categoryId: cat('HOME-WARRANTY'), roomId: room1201, ...window });
    expect(w.status, JSON.stringify(w.body)).toBe(201);
    expect(w.body).toMatchObject({ scope: 'in_home', chargeKind: 'warranty', priceFen: 0, bill: null });
    await onSite(w.body.id);
    const charged = await act(jigong, w.body.id, 'finish', checked({ result: '更换窗户密封条', feeFen: 2000 }));
    expect(charged.status).toBe(400);
    expect(charged.body.message).toBe('保修期内维修免费，不能收费');
    const free = await act(jigong, w.body.id, 'finish', checked({ result: '更换窗户密封条' }));
    expect(free.status).toBe(200);
    expect(free.body).toMatchObject({ status: 'finished', chargeKind: 'warranty', feeFen: null, bill: null });
    expect(await count(t, 'bill', "source_type = 'repair' AND source_id = ?", [w.body.id])).toBe(0);
    // the paid in-home repair next to it is billed to the room
    const paid = await deskIntake({ categoryId: cat('HOME-LOCK'), roomId: room1201, ...window });
    expect(paid.body).toMatchObject({ chargeKind: 'paid', priceFen: 5000 });
    await onSite(paid.body.id);
    const billed = await act(jigong, paid.body.id, 'finish', checked({ result: '更换锁芯', feeFen: 5000 }));
    expect(billed.body.bill).toMatchObject({ amountFen: 5000, status: 'unpaid' });
  });

  it('R-SRV-03 R-REP-13 a mini-program request is reviewed by a clerk, who classifies its urgency and becomes its first contact; only that clerk or a supervisor hands it over', async () => {
    t.clock.set('2026-12-09T01:00:00Z'); // Wednesday 09:00 in Shanghai
    const gongcheng = await t.staffToken('gongcheng', 'Gongcheng@123');
    const filed = await t.req('POST', '/api/v1/me/service-requests', {
      token: owner,
      body: { roomId: room1201, categoryId: cat('PUB-WATER'), description: '楼道天花滴水' },
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    const id = filed.body.id as number;
    // nobody owns it yet, and it is not dispatched before review
    let d = await detail(kefu, id);
    expect(d).toMatchObject({ firstContactName: null, urgency: 'normal', requiredBy: '2026-12-12T01:00:00.000Z' });
    expect(d.allowedActions).toEqual(['review', 'cancel']);
    const early = await act(kefu, id, 'dispatch', { assigneeStaffId: jigongId });
    expect(early.status).toBe(409);
    expect(early.body.message).toBe('小程序报修需先审核（确定紧急程度）再派单');
    const earlyHandover = await t.req('POST', `/api/v1/service-requests/${id}/handover`, {
      token: zhuguan,
      body: { toStaffId: zhuguanId },
    });
    expect(earlyHandover.status).toBe(409);
    // the review needs the urgency; a technician cannot review
    t.clock.set('2026-12-09T01:20:00Z');
    const noUrgency = await act(kefu, id, 'review', {});
    expect(noUrgency.status).toBe(400);
    expect(noUrgency.body.message).toBe('审核需要确定紧急程度');
    expect((await act(jigong, id, 'review', { urgency: 'urgent' })).status).toBe(404);
    expect((await detail(kefu, id)).events.map((e: Event) => e.action)).toEqual(['intake']);
    // the clerk classifies it urgent: 24 h from receipt (the project's default), and the owner is told
    const reviewed = await act(kefu, id, 'review', { urgency: 'urgent', isImportant: true, note: '已电话确认漏水位置' });
    expect(reviewed.status, JSON.stringify(reviewed.body)).toBe(200);
    expect(reviewed.body).toMatchObject({
      status: 'received',
      urgency: 'urgent',
      isImportant: true,
      firstContactName: '王芳',
      requiredBy: '2026-12-10T01:00:00.000Z',
      promisedAt: '2026-12-10T01:00:00.000Z',
    });
    expect(reviewed.body.clocks.find((c: Clock) => c.kind === 'resolve').dueAt).toBe('2026-12-10T01:00:00.000Z');
    expect(reviewed.body.allowedActions).toEqual(['dispatch', 'cancel']);
    const mine = await t.req('GET', `/api/v1/me/service-requests/${id}`, { token: owner });
    expect(mine.body.events.map((e: Event) => [e.action, e.label, e.note])).toEqual([
      ['intake', '报修已受理', '公区漏水：楼道天花滴水；预计 2026-12-12 09:00 前处理完毕'],
      ['review', '服务中心已审核', '预计 2026-12-10 09:00 前处理完毕'],
    ]);
    // once only
    const again = await act(kefu, id, 'review', { urgency: 'normal' });
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('该报修已审核');
    // a desk request has its first contact at intake: there is nothing to review
    const desk = await publicRepair();
    expect((await detail(kefu, desk)).allowedActions).toEqual(['dispatch', 'cancel']);
    expect((await act(kefu, desk, 'review', { urgency: 'urgent' })).status).toBe(403);

    // who may hand over: another desk colleague may not; the first contact may; the supervisor may reassign
    const byColleague = await t.req('POST', `/api/v1/service-requests/${id}/handover`, {
      token: gongcheng,
      body: { toStaffId: zhuguanId },
    });
    expect(byColleague.status).toBe(403);
    expect(byColleague.body.message).toBe('只有首问负责人本人或客服主管、管理处经理可以移交首问责任');
    const byOwner = await t.req('POST', `/api/v1/service-requests/${id}/handover`, {
      token: kefu,
      body: { toStaffId: zhuguanId, note: '下班' },
    });
    expect(byOwner.status).toBe(200);
    expect(byOwner.body.firstContactName).toBe('林晓燕');
    expect(byOwner.body.events.at(-1)).toMatchObject({ action: 'handover', audience: 'staff' });
    // kefu no longer owns it: handing it on is the new owner's or the supervisor's business
    expect(
      (await t.req('POST', `/api/v1/service-requests/${id}/handover`, { token: kefu, body: { toStaffId: kefuId } })).status,
    ).toBe(403);
    const back = await t.req('POST', `/api/v1/service-requests/${id}/handover`, { token: zhuguan, body: { toStaffId: kefuId } });
    expect(back.body.firstContactName).toBe('王芳');
    d = await detail(kefu, id);
    expect(d.events.filter((e: Event) => e.action === 'handover').map((e: Event) => e.note)).toEqual([
      '首问责任移交给 林晓燕：下班',
      '首问责任移交给 王芳',
    ]);
  });

  it('R-REP-04 the printed work order: what was on it and each print time are recorded for staff; the first print time is kept', async () => {
    t.clock.set('2026-12-10T01:00:00Z');
    const id = await publicRepair({ urgency: 'urgent' });
    await act(kefu, id, 'dispatch', { assigneeStaffId: jigongId });
    t.clock.set('2026-12-10T01:02:00Z');
    const first = await t.req('POST', `/api/v1/service-requests/${id}/print`, { token: kefu });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const d0 = await detail(kefu, id);
    expect(first.body).toEqual({
      printedAt: '2026-12-10T01:02:00.000Z',
      firstPrintedAt: '2026-12-10T01:02:00.000Z',
      printCount: 1,
      contents: {
        code: d0.code,
        categoryName: '公区照明',
        scope: 'public',
        roomLabel: null,
        location: d0.location,
        description: '规则测试报修',
        requesterName: '张伟',
        phoneMasked: '138****0001',
        urgency: 'urgent',
        receivedAt: '2026-12-10T01:00:00.000Z',
        appointmentStart: null,
        appointmentEnd: null,
        requiredBy: '2026-12-11T01:00:00.000Z',
        assigneeName: '孙师傅',
        chargeKind: 'free',
        priceFen: null,
        rounds: [],
      },
    });
    t.clock.set('2026-12-10T03:00:00Z');
    const again = await t.req('POST', `/api/v1/service-requests/${id}/print`, { token: kefu });
    expect(again.body).toMatchObject({
      printedAt: '2026-12-10T03:00:00.000Z',
      firstPrintedAt: '2026-12-10T01:02:00.000Z',
      printCount: 2,
    });
    const d = await detail(kefu, id);
    expect(d.times.printedAt).toBe('2026-12-10T01:02:00.000Z');
    expect(d.events.filter((e: Event) => e.action === 'print').map((e: Event) => [e.label, e.note, e.audience])).toEqual([
      ['打印派工单', '打印派工单（第 1 次）', 'staff'],
      ['打印派工单', '打印派工单（第 2 次）', 'staff'],
    ]);
    // the technician on the order does not print the centre's paper; another project's desk does not reach it
    expect((await t.req('POST', `/api/v1/service-requests/${id}/print`, { token: jigong })).status).toBe(403);
    const kefu2 = await t.staffToken('kefu2', 'Kefu2@123');
    expect((await t.req('POST', `/api/v1/service-requests/${id}/print`, { token: kefu2 })).status).toBe(404);
    expect(await count(t, 'request_event', "request_id = ? AND action = 'print'", [id])).toBe(2);
  });

  it('R-REP-05 the clerk writes the technician’s leaving time on the returned order and countersigns it, once, only after it is handed in', async () => {
    t.clock.set('2026-12-10T05:00:00Z');
    const id = await publicRepair();
    await act(kefu, id, 'dispatch', { assigneeStaffId: jigongId });
    t.clock.set('2026-12-10T05:10:00Z');
    await act(jigong, id, 'accept'); // collects the paper order at the centre
    t.clock.set('2026-12-10T05:40:00Z');
    await act(jigong, id, 'arrive');
    t.clock.set('2026-12-10T06:30:00Z');
    await act(jigong, id, 'finish', checked({ result: '换灯' }));
    const early = await act(kefu, id, 'countersign', { leftAt: '2026-12-10T05:15:00Z' });
    expect(early.status).toBe(409);
    expect(early.body.message).toBe('工单尚未交回，不能签收');
    t.clock.set('2026-12-10T07:00:00Z');
    expect((await act(jigong, id, 'hand_in', { note: '附旧灯管' })).status).toBe(200);
    // the technician does not countersign his own order
    expect((await act(jigong, id, 'countersign', { leftAt: '2026-12-10T05:15:00Z' })).status).toBe(403);
    for (const [leftAt, message] of [
      [undefined, '请填写技工离开时间'],
      ['2026-12-10T05:05:00Z', '离开时间不能早于技工领取工单的时间'],
      ['2026-12-10T05:45:00Z', '离开时间不能晚于技工到场的时间'],
      ['2026-12-10T08:00:00Z', '离开时间不能晚于现在'],
    ] as const) {
      const r = await act(kefu, id, 'countersign', leftAt ? { leftAt } : {});
      expect(r.status, leftAt).toBe(400);
      expect(r.body.message).toBe(message);
    }
    expect((await detail(kefu, id)).times).toMatchObject({ leftAt: null, countersignedAt: null });
    const ok = await act(kefu, id, 'countersign', { leftAt: '2026-12-10T05:15:00Z' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.times).toMatchObject({
      orderReturnedAt: '2026-12-10T07:00:00.000Z',
      leftAt: '2026-12-10T05:15:00.000Z',
      countersignedAt: '2026-12-10T07:00:00.000Z',
    });
    expect(ok.body.countersignedByName).toBe('王芳');
    expect(ok.body.events.at(-1)).toMatchObject({
      action: 'countersign',
      audience: 'staff',
      note: '技工离开时间 2026-12-10 13:15；王芳 签收',
    });
    expect(ok.body.allowedActions).not.toContain('countersign');
    const twice = await act(kefu, id, 'countersign', { leftAt: '2026-12-10T05:20:00Z' });
    expect(twice.status).toBe(409);
    expect(twice.body.message).toBe('该工单已签收');
  });

  it('a redo keeps each round’s materials: the reopened order’s second finish adds a round, the first round is kept', async () => {
    t.clock.set('2026-12-11T01:00:00Z');
    const id = await onSite(await publicRepair());
    const first = [{ name: 'LED灯管', spec: 'T8 1.2m', quantity: 2, unit: '根' }];
    await act(jigong, id, 'finish', checked({ result: '更换灯管', materials: first }));
    await act(jigong, id, 'confirm', { signature: SIGNATURE });
    const cb = await act(kefu, id, 'callback', { method: 'phone', satisfaction: 'dissatisfied', comment: '还是闪' });
    expect(cb.body.status).toBe('received');
    t.clock.set('2026-12-11T05:00:00Z');
    await onSite(id);
    const second = [{ name: '镇流器', spec: '36W', quantity: 1, unit: '个' }];
    const redo = await act(jigong, id, 'finish', checked({ result: '更换镇流器', materials: second }));
    expect(redo.status).toBe(200);
    expect(redo.body.materials).toEqual(second);
    expect(redo.body.rounds).toEqual([
      {
        round: 1,
        finishedAt: '2026-12-11T01:00:00.000Z',
        actorName: '孙师傅',
        result: '更换灯管',
        materials: first,
        feeFen: null,
        checklist: null, // a public area: no completion checklist (R-REP-16)
      },
      {
        round: 2,
        finishedAt: '2026-12-11T05:00:00.000Z',
        actorName: '孙师傅',
        result: '更换镇流器',
        materials: second,
        feeFen: null,
        checklist: null,
      },
    ]);
  });

  it('R-REP-01 a desk intake of an in-home repair without the agreed visit window is refused with 400, nothing written', async () => {
    t.clock.set('2026-12-08T01:00:00Z');
    const before = await count(t, 'service_request');
    const dutyBefore = await count(t, 'duty_log_entry');
    for (const window of [{}, { appointmentStart: '2026-12-08T06:00:00Z' }]) {
      const r = await deskIntake({ categoryId: cat('HOME-ELEC'), roomId: room1201, notDuplicate: true, ...window });
      expect(r.status).toBe(400);
      expect(r.body.message).toMatch(/户内维修，请与客户约定上门时间|预约时间需要开始和结束/);
    }
    expect(await count(t, 'service_request')).toBe(before);
    expect(await count(t, 'duty_log_entry')).toBe(dutyBefore);
    // a public-area repair needs no visit; an in-home one with its window is taken and keeps it
    expect(await publicRepair()).toBeGreaterThan(0);
    const ok = await deskIntake({
      categoryId: cat('HOME-ELEC'),
      roomId: room1201,
      notDuplicate: true,
      appointmentStart: '2026-12-08T06:00:00Z',
      appointmentEnd: '2026-12-08T08:00:00Z',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body).toMatchObject({
      appointmentStart: '2026-12-08T06:00:00.000Z',
      appointmentEnd: '2026-12-08T08:00:00.000Z',
    });
  });

  it('R-SRV-06 the promised time defaults to the required-by time and the customer is told it on the timeline', async () => {
    t.clock.set('2026-12-08T02:00:00Z'); // 10:00 in Shanghai, Tuesday
    const urgent = await deskIntake({ categoryId: cat('PUB-LIGHT'), location: freshSpot(), urgency: 'urgent' });
    expect(urgent.status).toBe(201);
    // urgent: 24 h (R-REP-13 default)
    expect(urgent.body).toMatchObject({ requiredBy: '2026-12-09T02:00:00.000Z', promisedAt: '2026-12-09T02:00:00.000Z' });
    expect(urgent.body.events[0].note).toContain('预计 2026-12-09 10:00 前处理完毕');
    // a time agreed with the customer is kept and told instead
    const told = await deskIntake({
      categoryId: cat('PUB-LIGHT'),
      location: freshSpot(),
      urgency: 'urgent',
      promisedAt: '2026-12-08T10:00:00Z',
    });
    expect(told.body).toMatchObject({ promisedAt: '2026-12-08T10:00:00.000Z', requiredBy: '2026-12-09T02:00:00.000Z' });
    expect(told.body.events[0].note).toContain('预计 2026-12-08 18:00 前处理完毕');
    // the owner reads it in the mini-program
    const mine = await t.req('POST', '/api/v1/me/service-requests', {
      token: owner,
      body: { roomId: room1201, categoryId: cat('PUB-DOOR'), description: '单元门禁刷卡无反应' },
    });
    expect(mine.status, JSON.stringify(mine.body)).toBe(201);
    const seen = await t.req('GET', `/api/v1/me/service-requests/${mine.body.id}`, { token: owner });
    expect(seen.body.promisedAt).toBe(seen.body.requiredBy);
    expect(seen.body.events[0]).toMatchObject({ action: 'intake', audience: 'owner' });
    expect(seen.body.events[0].note).toContain(`预计 ${localText(seen.body.promisedAt)} 前处理完毕`);
  });

  it('R-SRV-05 intake itself finds an open request at the same spot and category and refuses to file it twice; closed, other spots and other categories are no match', async () => {
    t.clock.set('2026-12-08T03:00:00Z');
    const where = freshSpot();
    const first = await publicRepair({ location: where });
    const before = await count(t, 'service_request');
    const again = await deskIntake({ categoryId: cat('PUB-LIGHT'), location: where });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('SRV_DUPLICATE');
    expect(again.body.details.duplicates.map((d: { id: number }) => d.id)).toEqual([first]);
    expect(again.body.message).toMatch(/已有未完成的工单/);
    expect(await count(t, 'service_request')).toBe(before);
    // an owner filing the same problem for the same room is told it is being handled
    const home = await t.req('POST', '/api/v1/me/service-requests', {
      token: owner,
      body: { roomId: room1201, categoryId: cat('HOME-DRAIN'), description: '下水道堵塞' },
    });
    expect(home.status, JSON.stringify(home.body)).toBe(201);
    const twice = await t.req('POST', '/api/v1/me/service-requests', {
      token: owner,
      body: { roomId: room1201, categoryId: cat('HOME-DRAIN'), description: '下水道堵塞' },
    });
    expect(twice.status).toBe(409);
    expect(twice.body.message).toBe(
      `该问题已有报修正在处理（工单 ${home.body.code}），无需重复报修；如是另一个问题，请确认后再提交`,
    );
    // not a match: another spot, another category, and the same spot once the first is closed
    expect((await deskIntake({ categoryId: cat('PUB-LIGHT'), location: freshSpot() })).status).toBe(201);
    expect((await deskIntake({ categoryId: cat('PUB-WATER'), location: where })).status).toBe(201);
    t.clock.set('2026-12-08T05:00:00Z'); // fixed and called back two hours later
    await onSite(first);
    await act(jigong, first, 'finish', checked({ result: '换灯' }));
    await act(jigong, first, 'confirm', { signature: SIGNATURE });
    await act(kefu, first, 'callback', { method: 'phone', satisfaction: 'satisfied' });
    const afterClose = await deskIntake({ categoryId: cat('PUB-LIGHT'), location: where });
    expect(afterClose.status, JSON.stringify(afterClose.body)).toBe(201);
    // the clerk who checked that it is another problem at the same spot files it, and that is recorded
    const vouched = await deskIntake({
      categoryId: cat('PUB-LIGHT'),
      location: where,
      description: '灯罩破裂',
      notDuplicate: true,
    });
    expect(vouched.status).toBe(201);
    expect(vouched.body.events[0].note).toContain('已核实非重复报修');
  });
});

/** 'YYYY-MM-DD HH:mm' in Shanghai (UTC+8, no DST) */
function localText(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}
