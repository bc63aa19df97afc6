// R-REP-16 proved with its negative cases: the technician of an in-home repair contacts the owner
// within the project's contact time after dispatch (a clock started at dispatch, kept by 已联系业主,
// started over by a re-dispatch; none for a public area), and finishing an in-home repair needs the
// completion checklist (fee explained, fix tried, site cleaned). Every test files its own request
// and pins the clock itself, so it passes alone and in any order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxService } from '../src/modules/notifications/outbox.service.js';
import { SlaService } from '../src/modules/sla/sla.service.js';
import { count, ids, startTestApp, testDatabases, type TestApp } from './harness.js';
import { ALL_CHECKED } from './support/repair-steps.js';

const MIN = 60_000;
type Clock = {
  kind: string;
  startedAt: string;
  dueAt: string;
  metAt: string | null;
  breachedAt: string | null;
  cancelledAt: string | null;
  cycle: number;
  dispatchRound: number;
};
type Event = { action: string; note: string | null; label: string };

describe.each(testDatabases())('R-REP-16 contact and completion checklist (%s)', (db) => {
  let t: TestApp;
  let kefu: string;
  let jigong: string;
  let gongcheng: string;
  let jingli: string;
  let owner: string;
  let p101: number;
  let room1201: number;
  let jigongId: number;
  let gongchengId: number;
  let cats: { id: number; code: string }[];
  let spot = 0;
  const cat = (code: string) => cats.find((c) => c.code === code)!.id;
  const at = (iso: string, plusMin = 0) => new Date(Date.parse(iso) + plusMin * MIN).toISOString();
  const act = (token: string, id: number, action: string, body: Record<string, unknown> = {}) =>
    t.req('POST', `/api/v1/service-requests/${id}/actions/${action}`, { token, body });
  const detail = async (token: string, id: number) => (await t.req('GET', `/api/v1/service-requests/${id}`, { token })).body;
  const contactClock = (d: { clocks: Clock[] }) => d.clocks.filter((c) => c.kind === 'contact');
  /** a repair filed at the desk by phone at `now` */
  const deskIntake = async (now: string, body: Record<string, unknown>) => {
    t.clock.set(now);
    const r = await t.req('POST', '/api/v1/service-requests', {
      token: kefu,
      body: { projectId: p101, channel: 'phone', urgency: 'normal', ...body },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.id as number;
  };
  /** an in-home repair of 张伟's room (visit agreed for the afternoon) */
  const homeRepair = (now: string, code = 'HOME-TAP') =>
    deskIntake(now, {
      categoryId: cat(code),
      roomId: room1201,
      description: '联系业主测试：厨房龙头漏水',
      requesterName: '张伟',
      requesterPhone: '13800000001',
      appointmentStart: at(now, 5 * 60),
      appointmentEnd: at(now, 7 * 60),
      notDuplicate: true,
    });
  /** a public-area repair at a fresh spot */
  const publicRepair = (now: string) =>
    deskIntake(now, {
      categoryId: cat('PUB-LIGHT'),
      location: `联系业主测试${db}位置${++spot}`,
      description: '楼道灯不亮',
      requesterName: '保安',
      requesterPhone: '13900004444',
    });
  const dispatchTo = async (id: number, staffId: number) => {
    const d = await act(kefu, id, 'dispatch', { assigneeStaffId: staffId });
    expect(d.status, JSON.stringify(d.body)).toBe(200);
    return d.body;
  };
  /** the visit the technician agrees on the phone: two hours from `from` */
  const visit = (from: string) => ({ appointmentStart: at(from, 120), appointmentEnd: at(from, 180) });

  beforeAll(async () => {
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
    t.clock.set('2026-12-07T01:00:00Z');
    kefu = await t.staffToken('kefu', 'Kefu@123');
    jigong = await t.staffToken('jigong', 'Jigong@123');
    gongcheng = await t.staffToken('gongcheng', 'Gongcheng@123');
    jingli = await t.staffToken('jingli', 'Jingli@123');
    const i = await ids(t);
    p101 = await i.project('101');
    room1201 = await i.room('1011011201');
    jigongId = await i.staff('jigong');
    gongchengId = await i.staff('gongcheng');
    cats = (await t.req('GET', `/api/v1/repair-categories?projectId=${p101}`, { token: kefu })).body;
    owner = await t.ownerToken('13800000001');
  });
  afterAll(async () => t?.close());

  it('R-REP-16 contact 29 minutes after dispatch keeps the promise; the agreed visit becomes the appointment and the owner reads it', async () => {
    const T0 = '2026-12-08T01:00:00.000Z'; // 09:00 in Shanghai
    // filed by the owner in the mini-program and reviewed by the clerk
    t.clock.set(at(T0, -10));
    const filed = await t.req('POST', '/api/v1/me/service-requests', {
      token: owner,
      body: {
        roomId: room1201,
        categoryId: cat('HOME-TAP'),
        description: '联系业主测试：卫生间龙头漏水',
        appointmentStart: at(T0, 300),
        appointmentEnd: at(T0, 420),
        notDuplicate: true,
      },
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    const id = filed.body.id as number;
    expect((await act(kefu, id, 'review', { urgency: 'normal' })).status).toBe(200);
    t.clock.set(T0);
    const d = await dispatchTo(id, jigongId);
    expect(contactClock(d)).toEqual([
      expect.objectContaining({ startedAt: T0, dueAt: at(T0, 30), metAt: null, breachedAt: null }),
    ]);
    expect((await detail(jigong, id)).allowedActions).toContain('contact');

    // what was agreed is needed: without a visit time nothing is written
    t.clock.set(at(T0, 29));
    const events = await count(t, 'request_event', 'request_id = ?', [id]);
    const bad = await act(jigong, id, 'contact', {});
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe('请填写与业主约定的上门时间');
    const backwards = await act(jigong, id, 'contact', { appointmentStart: at(T0, 180), appointmentEnd: at(T0, 120) });
    expect(backwards.status).toBe(400);
    expect(backwards.body.message).toBe('约定上门的结束时间必须晚于开始时间');
    expect(await count(t, 'request_event', 'request_id = ?', [id])).toBe(events);
    expect(await count(t, 'sla_clock', "request_id = ? AND kind = 'contact' AND met_at IS NULL", [id])).toBe(1);
    // the clerk is not the technician: the contact is the technician's to record
    expect((await act(kefu, id, 'contact', visit(T0))).status).toBe(403);

    const ok = await act(jigong, id, 'contact', { ...visit(T0), note: '业主下午在家' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(contactClock(ok.body)).toEqual([expect.objectContaining({ metAt: at(T0, 29), breachedAt: null })]);
    expect(ok.body.times.contactedAt).toBe(at(T0, 29));
    expect([ok.body.appointmentStart, ok.body.appointmentEnd]).toEqual([at(T0, 120), at(T0, 180)]);
    expect(ok.body.status).toBe('dispatched'); // contacting is not accepting
    expect(ok.body.allowedActions).not.toContain('contact');
    const last = (ok.body.events as Event[]).at(-1)!;
    expect([last.action, last.label, last.note]).toEqual([
      'contact',
      '已联系业主',
      '已联系业主，约定 2026-12-08 11:00–12:00 上门；业主下午在家',
    ]);
    // once only
    const again = await act(jigong, id, 'contact', visit(T0));
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('已联系过业主');

    // the owner reads the agreed time, in owner words, without the technician's remark
    const mine = await t.req('GET', `/api/v1/me/service-requests/${id}`, { token: owner });
    expect(mine.status).toBe(200);
    const seen = (mine.body.events as Event[]).find((e) => e.action === 'contact')!;
    expect([seen.label, seen.note]).toEqual(['师傅已与您联系', '师傅已与您联系，约定 2026-12-08 11:00–12:00 上门']);
    expect(JSON.stringify(mine.body)).not.toContain('业主下午在家');
  });

  it('R-REP-16 contact 31 minutes after dispatch is late: the breach job escalates it once, the order shows overdue, and the late contact stays a breach', async () => {
    const T0 = '2026-12-08T03:00:00.000Z';
    const id = await homeRepair(at(T0, -5));
    t.clock.set(T0);
    await dispatchTo(id, jigongId);
    const sla = t.app.get(SlaService);
    t.clock.set(at(T0, 30)); // due, not yet late
    await sla.tick();
    expect(await count(t, 'sla_clock', "request_id = ? AND kind = 'contact' AND breached_at IS NOT NULL", [id])).toBe(0);
    t.clock.set(at(T0, 31));
    await Promise.all([sla.tick(), sla.tick()]);
    const [clock] = await t.ds.query("SELECT id FROM sla_clock WHERE request_id = ? AND kind = 'contact'", [id]);
    expect(await count(t, 'outbox', 'dedupe_key = ?', [`breach:${clock.id}`])).toBe(1);
    await t.app.get(OutboxService).drain();
    const code = (await detail(kefu, id)).code;
    const notes = await t.req('GET', '/api/v1/notifications', { token: jigong });
    expect(notes.body.filter((n: { title: string }) => n.title === `超时：${code} 联系业主`)).toHaveLength(1);
    const list = await t.req('GET', `/api/v1/service-requests?projectId=${p101}&overdue=true&limit=100`, { token: kefu });
    expect(list.body.items.map((x: { id: number }) => x.id)).toContain(id);

    const late = await act(jigong, id, 'contact', visit(at(T0, 31)));
    expect(late.status).toBe(200);
    expect(contactClock(late.body)).toEqual([expect.objectContaining({ metAt: at(T0, 31), breachedAt: at(T0, 31) })]);
  });

  it('R-REP-16 contacting 31 minutes after dispatch, before the breach job ran, is recorded late', async () => {
    const T0 = '2026-12-08T05:00:00.000Z';
    const id = await homeRepair(at(T0, -5));
    t.clock.set(T0);
    await dispatchTo(id, jigongId);
    t.clock.set(at(T0, 31));
    const late = await act(jigong, id, 'contact', visit(at(T0, 31)));
    expect(contactClock(late.body)).toEqual([
      expect.objectContaining({ dueAt: at(T0, 30), metAt: at(T0, 31), breachedAt: at(T0, 31) }),
    ]);
  });

  it('R-REP-16 a public-area repair has no contact promise and no 已联系 button', async () => {
    const T0 = '2026-12-08T06:00:00.000Z';
    const id = await publicRepair(at(T0, -5));
    t.clock.set(T0);
    const d = await dispatchTo(id, jigongId);
    expect(contactClock(d)).toEqual([]);
    expect((await detail(jigong, id)).allowedActions).not.toContain('contact');
    t.clock.set(at(T0, 10));
    const tried = await act(jigong, id, 'contact', visit(at(T0, 10)));
    expect(tried.status).toBe(409);
    expect(tried.body.message).toBe('公共区域报修无需联系业主');
    t.clock.set(at(T0, 120)); // long after: still nothing due
    await t.app.get(SlaService).tick();
    expect(await count(t, 'sla_clock', "request_id = ? AND kind = 'contact'", [id])).toBe(0);
  });

  it('R-REP-16 each dispatch round has its own contact promise: a transfer to another technician, and a return then a new dispatch', async () => {
    const T0 = '2026-12-08T07:00:00.000Z';
    const id = await homeRepair(at(T0, -5));
    t.clock.set(T0);
    await dispatchTo(id, jigongId);
    t.clock.set(at(T0, 40)); // jigong never called: broken
    await t.app.get(SlaService).tick();
    expect(await count(t, 'sla_clock', "request_id = ? AND kind = 'contact' AND breached_at IS NOT NULL", [id])).toBe(1);

    const moved = await act(kefu, id, 'transfer', { assigneeStaffId: gongchengId, reason: '孙师傅今天请假' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    // round 1 stays broken (ended by the transfer); round 2 runs from the transfer
    expect(contactClock(moved.body)).toEqual([
      expect.objectContaining({ dispatchRound: 0, startedAt: T0, breachedAt: at(T0, 40), cancelledAt: at(T0, 40) }),
      expect.objectContaining({ dispatchRound: 1, startedAt: at(T0, 40), dueAt: at(T0, 70), metAt: null, breachedAt: null }),
    ]);
    expect((await detail(gongcheng, id)).allowedActions).toContain('contact');
    t.clock.set(at(T0, 60));
    const ok = await act(gongcheng, id, 'contact', visit(at(T0, 60)));
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(contactClock(ok.body).map((c) => [c.dispatchRound, c.metAt, c.breachedAt])).toEqual([
      [0, at(T0, 40), at(T0, 40)],
      [1, at(T0, 60), null],
    ]);

    // returned to the centre: nobody has to call until it is dispatched again, and then afresh
    t.clock.set(at(T0, 65));
    const back = await act(gongcheng, id, 'return', { reason: '缺少配件' });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect(back.body.times.contactedAt).toBeNull();
    t.clock.set(at(T0, 90));
    const again = await dispatchTo(id, jigongId);
    expect(contactClock(again).map((c) => [c.dispatchRound, c.startedAt, c.dueAt, c.metAt, c.breachedAt])).toEqual([
      [0, T0, at(T0, 30), at(T0, 40), at(T0, 40)],
      [1, at(T0, 40), at(T0, 70), at(T0, 60), null],
      [2, at(T0, 90), at(T0, 120), null, null],
    ]);
    expect((await detail(jigong, id)).allowedActions).toContain('contact');
  });

  it('R-REP-16 a round broken before a re-dispatch stays broken in the monthly KPIs; a round re-dispatched in time leaves them', async () => {
    const month = '2026-12';
    const T0 = '2026-12-12T01:00:00.000Z';
    const kpis = async () => {
      t.clock.set(at(T0, 600));
      const k = await t.req('GET', `/api/v1/reports/repair-kpis?projectId=${p101}&month=${month}`, { token: kefu });
      expect(k.status).toBe(200);
      return { due: k.body.contactsDue as number, onTime: k.body.contactsOnTime as number };
    };
    const before = await kpis();

    // round 1 broken (the breach job marked it), round 2 contacted in time
    const late = await homeRepair(at(T0, -5));
    t.clock.set(T0);
    await dispatchTo(late, jigongId);
    // (no breach job here: it would mark other tests' running promises too and move this month's counts)
    t.clock.set(at(T0, 40));
    expect((await act(kefu, late, 'transfer', { assigneeStaffId: gongchengId, reason: '改派' })).status).toBe(200);
    t.clock.set(at(T0, 60));
    expect((await act(gongcheng, late, 'contact', visit(at(T0, 60)))).status).toBe(200);

    // round 1 past due but transferred before the breach job ran: still broken, at the transfer
    const T1 = at(T0, 120);
    const unnoticed = await homeRepair(at(T1, -5));
    t.clock.set(T1);
    await dispatchTo(unnoticed, jigongId);
    t.clock.set(at(T1, 35));
    expect((await act(kefu, unnoticed, 'transfer', { assigneeStaffId: gongchengId, reason: '改派' })).status).toBe(200);
    const d = await detail(kefu, unnoticed);
    expect(contactClock(d).map((c) => [c.dispatchRound, c.breachedAt, c.cancelledAt])).toEqual([
      [0, at(T1, 35), at(T1, 35)],
      [1, null, null],
    ]);
    t.clock.set(at(T1, 50));
    expect((await act(gongcheng, unnoticed, 'contact', visit(at(T1, 50)))).status).toBe(200);

    // the negative case: transferred 10 minutes after dispatch, before anything was due — round 1 is
    // neither kept nor broken (it leaves the KPIs), round 2 kept
    const T2 = at(T0, 240);
    const early = await homeRepair(at(T2, -5));
    t.clock.set(T2);
    await dispatchTo(early, jigongId);
    t.clock.set(at(T2, 10));
    expect((await act(kefu, early, 'transfer', { assigneeStaffId: gongchengId, reason: '改派' })).status).toBe(200);
    t.clock.set(at(T2, 35)); // round 1 would have been late by now, round 2 is not
    const e = await detail(kefu, early);
    expect(contactClock(e).map((c) => [c.dispatchRound, c.breachedAt, c.cancelledAt])).toEqual([
      [0, null, at(T2, 10)],
      [1, null, null],
    ]);
    expect((await act(gongcheng, early, 'contact', visit(at(T2, 35)))).status).toBe(200);

    // rounds that fell due: late ×2, unnoticed ×2, early ×1 (its first round left); on time: one each
    const after = await kpis();
    expect({ due: after.due - before.due, onTime: after.onTime - before.onTime }).toEqual({ due: 5, onTime: 3 });
  });

  it('R-REP-16 the contact promise starts when a technician grabs an order from the pool, not while it waits there', async () => {
    const T0 = '2026-12-11T01:00:00.000Z';
    const sla = t.app.get(SlaService);
    const id = await homeRepair(at(T0, -5));
    t.clock.set(T0);
    const pooled = await act(kefu, id, 'dispatch', { toPool: true });
    expect(pooled.status, JSON.stringify(pooled.body)).toBe(200);
    expect(contactClock(pooled.body)).toEqual([]);
    // an hour in the pool: nothing is late
    t.clock.set(at(T0, 60));
    await sla.tick();
    expect(await count(t, 'sla_clock', "request_id = ? AND kind = 'contact'", [id])).toBe(0);
    expect((await t.req('GET', `/api/v1/service-requests/${id}`, { token: kefu })).body.overdue).toBe(false);

    t.clock.set(at(T0, 90));
    const grabbed = await act(jigong, id, 'grab');
    expect(grabbed.status, JSON.stringify(grabbed.body)).toBe(200);
    expect(contactClock(grabbed.body)).toEqual([
      expect.objectContaining({ dispatchRound: 0, startedAt: at(T0, 90), dueAt: at(T0, 120), metAt: null }),
    ]);
    t.clock.set(at(T0, 115));
    const ok = await act(jigong, id, 'contact', visit(at(T0, 115)));
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(contactClock(ok.body)).toEqual([expect.objectContaining({ metAt: at(T0, 115), breachedAt: null })]);

    // the negative case: grabbed and not called within 30 minutes of the grab is late
    const T1 = at(T0, 180);
    const idle = await homeRepair(at(T1, -5));
    t.clock.set(T1);
    await act(kefu, idle, 'dispatch', { toPool: true });
    t.clock.set(at(T1, 10));
    expect((await act(jigong, idle, 'grab')).status).toBe(200);
    t.clock.set(at(T1, 40));
    await sla.tick();
    expect(contactClock(await detail(kefu, idle))).toEqual([
      expect.objectContaining({ startedAt: at(T1, 10), dueAt: at(T1, 40), breachedAt: null }),
    ]);
    t.clock.set(at(T1, 41));
    await sla.tick();
    expect(contactClock(await detail(kefu, idle))).toEqual([expect.objectContaining({ breachedAt: at(T1, 41) })]);
  });

  it('R-REP-16 a transfer into the grab pool ends the round: no promise runs until someone grabs it', async () => {
    const T0 = '2026-12-11T06:00:00.000Z';
    const id = await homeRepair(at(T0, -5));
    t.clock.set(T0);
    await dispatchTo(id, jigongId);
    t.clock.set(at(T0, 10));
    const moved = await act(jigong, id, 'transfer', { toPool: true, reason: '今天忙不过来' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(contactClock(moved.body).map((c) => [c.dispatchRound, c.metAt, c.breachedAt, c.cancelledAt])).toEqual([
      [0, at(T0, 10), null, at(T0, 10)],
    ]);
    t.clock.set(at(T0, 120));
    await t.app.get(SlaService).tick();
    expect(
      await count(t, 'sla_clock', "request_id = ? AND kind = 'contact' AND (breached_at IS NOT NULL OR met_at IS NULL)", [id]),
    ).toBe(0);
    expect((await act(gongcheng, id, 'contact', visit(at(T0, 120)))).status).toBe(409);
    expect((await act(gongcheng, id, 'grab')).status).toBe(200);
    expect(contactClock(await detail(kefu, id)).map((c) => [c.dispatchRound, c.startedAt, c.metAt])).toEqual([
      [0, T0, at(T0, 10)],
      [1, at(T0, 120), null],
    ]);
  });

  it('R-REP-16 the contact time is a project setting', async () => {
    const current = (await t.req('GET', `/api/v1/projects/${p101}/sla-settings`, { token: jingli })).body;
    const put = (contact: { value: number; unit: string }) =>
      t.req('PUT', `/api/v1/projects/${p101}/sla-settings`, {
        token: jingli,
        body: { ...current, repair: { ...current.repair, contact } },
      });
    expect(current.repair.contact).toEqual({ value: 30, unit: 'minutes' });
    try {
      expect((await put({ value: 45, unit: 'minutes' })).status).toBe(200);
      const T0 = '2026-12-09T01:00:00.000Z';
      const id = await homeRepair(at(T0, -5));
      t.clock.set(T0);
      expect(contactClock(await dispatchTo(id, jigongId))).toEqual([expect.objectContaining({ dueAt: at(T0, 45) })]);
    } finally {
      expect((await put({ value: 30, unit: 'minutes' })).status).toBe(200);
    }
  });

  it('R-REP-16 finishing an in-home repair without the checklist is refused with 400 in Chinese and nothing is written; with it, it is stored and shown', async () => {
    const T0 = '2026-12-10T01:00:00.000Z';
    const id = await homeRepair(at(T0, -5), 'HOME-DRAIN'); // paid: 80 元
    t.clock.set(T0);
    await dispatchTo(id, jigongId);
    await act(jigong, id, 'accept');
    await act(jigong, id, 'contact', visit(T0));
    expect((await act(jigong, id, 'arrive')).body.status).toBe('arrived');
    t.clock.set(at(T0, 60));
    const before = {
      events: await count(t, 'request_event', 'request_id = ?', [id]),
      bills: await count(t, 'bill', "source_type = 'repair' AND source_id = ?", [id]),
    };
    const finish = (checks: Record<string, boolean>) =>
      act(jigong, id, 'finish', { result: '疏通下水道', feeFen: 8000, ...checks });
    const none = await finish({});
    expect(none.status).toBe(400);
    expect(none.body.message).toBe('完工前请确认：已向业主出示并解释费用、业主已试用，确认修好、现场已清理干净');
    const noFee = await finish({ fixTried: true, siteCleaned: true, feeExplained: false });
    expect(noFee.status).toBe(400);
    expect(noFee.body.message).toBe('完工前请确认：已向业主出示并解释费用');
    const dirty = await finish({ feeExplained: true, fixTried: true });
    expect(dirty.status).toBe(400);
    expect(dirty.body.message).toBe('完工前请确认：现场已清理干净');
    expect(await count(t, 'request_event', 'request_id = ?', [id])).toBe(before.events);
    expect(await count(t, 'bill', "source_type = 'repair' AND source_id = ?", [id])).toBe(before.bills);
    const still = await detail(kefu, id);
    expect([still.status, still.times.finishedAt, still.rounds]).toEqual(['arrived', null, []]);

    const done = await finish(ALL_CHECKED);
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.rounds).toEqual([
      expect.objectContaining({ feeFen: 8000, checklist: { feeExplained: true, fixTried: true, siteCleaned: true } }),
    ]);
    // on the printed work order too
    const printed = await t.req('POST', `/api/v1/service-requests/${id}/print`, { token: kefu });
    expect(printed.status, JSON.stringify(printed.body)).toBe(200);
    expect(printed.body.contents.rounds.map((r: { checklist: unknown }) => r.checklist)).toEqual([
      { feeExplained: true, fixTried: true, siteCleaned: true },
    ]);
  });

  it('R-REP-16 with no fee the fee check is not asked; a public-area finish needs no checklist', async () => {
    const T0 = '2026-12-10T03:00:00.000Z';
    const free = await homeRepair(at(T0, -5), 'HOME-WARRANTY');
    t.clock.set(T0);
    await dispatchTo(free, jigongId);
    await act(jigong, free, 'accept');
    await act(jigong, free, 'arrive');
    const missing = await act(jigong, free, 'finish', { result: '更换密封条', fixTried: true });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toBe('完工前请确认：现场已清理干净');
    const ok = await act(jigong, free, 'finish', { result: '更换密封条', fixTried: true, siteCleaned: true });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.rounds[0].checklist).toEqual({ feeExplained: false, fixTried: true, siteCleaned: true });

    const pub = await publicRepair(at(T0, 10));
    await dispatchTo(pub, jigongId);
    await act(jigong, pub, 'accept');
    await act(jigong, pub, 'arrive');
    const fixed = await act(jigong, pub, 'finish', { result: '更换灯管' });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    expect(fixed.body.rounds[0].checklist).toBeNull();
  });
});
