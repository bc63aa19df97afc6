// R-FEE-06 the cashier's end-of-day cash handover (现金移交): the desk payments of a business day in the
// project's zone, not handed over yet, go to finance on a 交款单 with counts and totals per method in fen;
// a payment is in at most one handover however many are made at once; finance — never the cashier —
// confirms the cash or records a shortfall with a reason; a confirmed handover never changes again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeWechatPay } from '../../scripts/fake-wechatpay/server.mjs';
import { china, makeStaff, startPayApp, tenBillsProject, type Bill } from './fees-fixtures.js';
import { count, testDatabases, type TestApp } from './harness.js';

describe.each(testDatabases())('cash handover (%s)', (db) => {
  let t: TestApp;
  let pay: FakeWechatPay;
  let admin: string;
  let codeSeq = 810;

  const staff = (username: string, roles: string[], projectIds: number[]) => makeStaff(t, admin, username, roles, projectIds);

  /** A project with ten unpaid bills of ¥15 (two months × five rooms), its owner's phone, a cashier and two finance clerks. */
  const setup = async () => {
    const code = String(codeSeq++);
    const { projectId, rooms, phone, bills } = await tenBillsProject(t, admin, code, china('2026-11-23', '09:00'));
    const clerk = await staff(`sy${code}`, ['service_clerk'], [projectId]);
    const cwA = await staff(`cwa${code}`, ['finance'], [projectId]);
    const cwB = await staff(`cwb${code}`, ['finance'], [projectId]);
    return { code, projectId, rooms, phone, bills, clerk, cwA, cwB };
  };
  /** Takes a bill's money at the desk at a China time; answers the payment's id. */
  const desk = async (token: string, bill: Bill, method: string, at: Date) => {
    t.clock.set(at);
    const r = await t.req('POST', `/api/v1/bills/${bill.id}/desk-payments`, {
      token,
      body: { method, amountFen: bill.totalFen },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.paymentId as number;
  };
  const pending = (token: string, projectId: number, day?: string) =>
    t.req('GET', `/api/v1/cash-handovers/pending?projectId=${projectId}${day ? `&day=${day}` : ''}`, { token });
  const handOver = (token: string, body: Record<string, unknown>) => t.req('POST', '/api/v1/cash-handovers', { token, body });
  const handoverOf = async (paymentId: number) =>
    (await t.ds.query('SELECT handover_id AS h FROM payment WHERE id = ?', [paymentId]))[0].h as number | null;

  beforeAll(async () => {
    ({ t, pay } = await startPayApp(db, 30 * 86400));
    admin = await t.staffToken('admin', 'Admin@123');
  });
  afterAll(async () => {
    await t?.close();
    await pay?.close();
  });

  it('R-FEE-06 a cashier hands a business day’s desk payments to finance with totals per method in fen: a payment at 23:30 China time is that day’s, one at 00:30 the next morning is the next day’s (not the UTC day); another finance clerk confirms, and the handover never changes again', async () => {
    const { projectId, bills, cwA, cwB, code } = await setup();
    const p1 = await desk(cwA.token, bills[1]!, 'cash', china('2026-11-23', '10:15'));
    const p2 = await desk(cwA.token, bills[2]!, 'card', china('2026-11-23', '14:40'));
    const p3 = await desk(cwA.token, bills[3]!, 'cash', china('2026-11-23', '23:30')); // 15:30 UTC the same date
    const p4 = await desk(cwA.token, bills[4]!, 'transfer', china('2026-11-24', '00:30')); // 16:30 UTC on the 23rd

    // now 00:30 on the 24th in China: today is the 24th; the 23rd's three wait to be handed over
    const today = await pending(cwA.token, projectId);
    expect(today.status, JSON.stringify(today.body)).toBe(200);
    expect(today.body).toMatchObject({ businessDay: '2026-11-24', today: '2026-11-24', count: 1, totalFen: 1500, cashFen: 0 });
    expect(today.body.items.map((x: { id: number }) => x.id)).toEqual([p4]);
    expect(today.body.otherDays).toEqual([{ day: '2026-11-23', count: 3, totalFen: 4500 }]);
    const day = await pending(cwA.token, projectId, '2026-11-23');
    expect(day.body).toMatchObject({ businessDay: '2026-11-23', count: 3, totalFen: 4500, cashFen: 3000 });
    expect(day.body.byMethod).toEqual([
      { method: 'cash', count: 2, fen: 3000 },
      { method: 'card', count: 1, fen: 1500 },
    ]);
    expect(day.body.items.map((x: { id: number }) => x.id)).toEqual([p1, p2, p3]);

    const made = await handOver(cwA.token, { projectId, businessDay: '2026-11-23', paymentIds: [p1, p2, p3], note: '当日收款' });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const h = made.body;
    expect(h.code).toMatch(new RegExp(`^JK${code}261123\\d{4}$`));
    expect(h).toMatchObject({
      status: 'submitted',
      businessDay: '2026-11-23',
      paymentCount: 3,
      totalFen: 4500,
      cashFen: 3000,
      cashierStaffId: cwA.id,
      mayConfirm: false,
      mayWithdraw: true,
      timeZone: 'Asia/Shanghai',
    });
    expect(h.payments.map((x: { id: number }) => x.id)).toEqual([p1, p2, p3]);
    for (const id of [p1, p2, p3]) expect(await handoverOf(id)).toBe(h.id);
    expect(await handoverOf(p4)).toBeNull();
    expect((await pending(cwA.token, projectId, '2026-11-23')).body.count).toBe(0);

    // the cashier never confirms their own handover, even holding finance's right
    const own = await t.req('POST', `/api/v1/cash-handovers/${h.id}/confirm`, {
      token: cwA.token,
      body: { receivedCashFen: 3000 },
    });
    expect(own.status).toBe(403);
    expect(own.body.message).toMatch(/不能确认自己的交款单/);
    // another finance clerk counts the cash: as expected
    const seen = await t.req('GET', `/api/v1/cash-handovers/${h.id}`, { token: cwB.token });
    expect(seen.body).toMatchObject({ mayConfirm: true, mayWithdraw: false });
    const ok = await t.req('POST', `/api/v1/cash-handovers/${h.id}/confirm`, {
      token: cwB.token,
      body: { receivedCashFen: 3000 },
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body).toMatchObject({ status: 'confirmed', receivedCashFen: 3000, shortFen: 0, confirmedByName: `员工cwb${code}` });

    // confirmed is final: neither confirmed again, nor withdrawn, nor its payments handed over again
    const again = await t.req('POST', `/api/v1/cash-handovers/${h.id}/confirm`, {
      token: cwB.token,
      body: { receivedCashFen: 2000, note: '再点一次' },
    });
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/已确认，不能再修改/);
    const back = await t.req('POST', `/api/v1/cash-handovers/${h.id}/withdraw`, { token: cwA.token });
    expect(back.status).toBe(409);
    expect(back.body.message).toMatch(/已确认，不能再修改/);
    const twice = await handOver(cwA.token, { projectId, businessDay: '2026-11-23', paymentIds: [p1] });
    expect(twice.status).toBe(409);
    expect(twice.body.message).toMatch(/已在另一张交款单中/);
    expect((await t.ds.query('SELECT status, received_cash_fen AS r FROM cash_handover WHERE id = ?', [h.id]))[0]).toMatchObject({
      status: 'confirmed',
    });
    expect(await count(t, 'cash_handover', 'project_id = ?', [projectId])).toBe(1);
  });

  it('R-FEE-06 refused with a Chinese 4xx and nothing written: an empty handover, another project’s payment, an online WeChat payment, another cashier’s payment, a payment of another day, a day still to come, bad input', async () => {
    const { projectId, bills, rooms, phone, clerk, cwA } = await setup();
    const other = await setup();
    // the clerk also works in the other project and takes a payment there
    const both = await staff(`syx${other.code}`, ['service_clerk'], [projectId, other.projectId]);
    const foreign = await desk(both.token, other.bills[1]!, 'cash', china('2026-11-23', '11:00'));
    const mine = await desk(both.token, bills[1]!, 'cash', china('2026-11-23', '11:05'));
    const colleague = await desk(clerk.token, bills[2]!, 'cash', china('2026-11-23', '11:10'));
    const yesterday = await desk(both.token, bills[3]!, 'cash', china('2026-11-22', '18:00'));
    // the owner pays a bill of their room online: WeChat Pay's money is not the cashier's to hand over
    t.clock.set(china('2026-11-23', '12:00'));
    const owner = await t.ownerToken(phone);
    const ownBill = bills.find((b) => b.roomId === rooms[0])!;
    const order = await t.req('POST', '/api/v1/me/payments', { token: owner, body: { billIds: [ownBill.id], channel: 'h5' } });
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    expect(await pay.state.pay(order.body.outTradeNo)).toEqual([204]);
    const online = (await t.ds.query("SELECT id FROM payment WHERE bill_id = ? AND method = 'wechat_pay'", [ownBill.id]))[0]
      .id as number;
    // the online payment is not pending for anyone
    expect((await pending(both.token, projectId, '2026-11-23')).body.items.map((x: { id: number }) => x.id)).toEqual([mine]);

    const before = await count(t, 'cash_handover');
    const cases: [string, Record<string, unknown>, number, RegExp][] = [
      ['empty', { projectId, businessDay: '2026-11-23', paymentIds: [] }, 400, /交款单不能为空/],
      ['another project’s payment', { projectId, businessDay: '2026-11-23', paymentIds: [mine, foreign] }, 400, /不属于本项目/],
      ['no such payment', { projectId, businessDay: '2026-11-23', paymentIds: [mine, 99_999_999] }, 400, /不存在或不属于本项目/],
      [
        'an online payment',
        { projectId, businessDay: '2026-11-23', paymentIds: [mine, online] },
        400,
        /微信支付的线上收款，不需要移交/,
      ],
      [
        'another cashier’s payment',
        { projectId, businessDay: '2026-11-23', paymentIds: [mine, colleague] },
        400,
        /只能移交本人的收款/,
      ],
      [
        'a payment of another day',
        { projectId, businessDay: '2026-11-23', paymentIds: [mine, yesterday] },
        400,
        /不是 2026-11-23 的收款/,
      ],
      ['a day still to come', { projectId, businessDay: '2026-11-24', paymentIds: [mine] }, 400, /营业日不能晚于今天/],
      ['a date that does not exist', { projectId, businessDay: '2026-02-30', paymentIds: [mine] }, 400, /营业日/],
      ['ids that are not numbers', { projectId, businessDay: '2026-11-23', paymentIds: ['x'] }, 400, /移交的收款/],
    ];
    for (const [what, body, status, message] of cases) {
      const r = await handOver(both.token, body);
      expect(r.status, `${what}: ${JSON.stringify(r.body)}`).toBe(status);
      expect(r.body.message, what).toMatch(message);
    }
    // a project outside the cashier's scope answers as if it did not exist
    const out = await handOver(cwA.token, { projectId: other.projectId, businessDay: '2026-11-23', paymentIds: [foreign] });
    expect(out.status).toBe(404);
    expect(await count(t, 'cash_handover')).toBe(before);
    for (const id of [mine, foreign, colleague, yesterday, online]) expect(await handoverOf(id)).toBeNull();
    // a future day is not listed either
    expect((await pending(both.token, projectId, '2026-11-24')).status).toBe(400);
    // and the right one goes through
    const ok = await handOver(both.token, { projectId, businessDay: '2026-11-23', paymentIds: [mine] });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
  });

  it('R-FEE-06 finance records a shortfall only with a reason and never more cash than expected; a cashier may withdraw an unconfirmed handover, which frees its payments to be handed over again', async () => {
    const { projectId, bills, clerk, cwB } = await setup();
    const a = await desk(clerk.token, bills[1]!, 'cash', china('2026-11-23', '09:30'));
    const b = await desk(clerk.token, bills[2]!, 'wechat_scan', china('2026-11-23', '09:40'));
    const made = await handOver(clerk.token, { projectId, businessDay: '2026-11-23', paymentIds: [a, b] });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body).toMatchObject({ totalFen: 3000, cashFen: 1500 });
    // a clerk without finance's right does not confirm at all
    expect(
      (
        await t.req('POST', `/api/v1/cash-handovers/${made.body.id}/confirm`, {
          token: clerk.token,
          body: { receivedCashFen: 1500 },
        })
      ).status,
    ).toBe(403);

    // withdrawn: its payments are pending again and go on a new handover
    const back = await t.req('POST', `/api/v1/cash-handovers/${made.body.id}/withdraw`, { token: clerk.token });
    expect(back.status, JSON.stringify(back.body)).toBe(201);
    expect(back.body).toMatchObject({ status: 'withdrawn', payments: [] });
    expect(await handoverOf(a)).toBeNull();
    expect((await pending(clerk.token, projectId, '2026-11-23')).body.count).toBe(2);
    const again = await handOver(clerk.token, { projectId, businessDay: '2026-11-23', paymentIds: [a, b] });
    expect(again.status).toBe(201);
    expect(again.body.code).not.toBe(made.body.code);
    // a withdrawn one is not confirmed later
    expect(
      (
        await t.req('POST', `/api/v1/cash-handovers/${made.body.id}/confirm`, {
          token: cwB.token,
          body: { receivedCashFen: 1500 },
        })
      ).status,
    ).toBe(409);
    // only its own cashier withdraws
    expect((await t.req('POST', `/api/v1/cash-handovers/${again.body.id}/withdraw`, { token: cwB.token })).status).toBe(403);

    const confirm = (body: Record<string, unknown>) =>
      t.req('POST', `/api/v1/cash-handovers/${again.body.id}/confirm`, { token: cwB.token, body });
    const more = await confirm({ receivedCashFen: 1600 });
    expect(more.status).toBe(400);
    expect(more.body.message).toMatch(/多于应交现金 ¥15\.00/);
    const noReason = await confirm({ receivedCashFen: 1000 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.message).toMatch(/短款 ¥5\.00.*请填写短款原因/);
    const negative = await confirm({ receivedCashFen: -1, note: '少了' });
    expect(negative.status).toBe(400);
    expect((await t.ds.query('SELECT status FROM cash_handover WHERE id = ?', [again.body.id]))[0].status).toBe('submitted');
    const short = await confirm({ receivedCashFen: 1000, note: '找零有误，差五元' });
    expect(short.status, JSON.stringify(short.body)).toBe(201);
    expect(short.body).toMatchObject({ status: 'short', receivedCashFen: 1000, shortFen: 500, confirmNote: '找零有误，差五元' });
    expect((await confirm({ receivedCashFen: 1500 })).status).toBe(409);
  });

  it('R-FEE-06 finance sees the project’s handovers with filters by day, cashier and status and server paging; a cashier sees only their own; staff of another project get 404', async () => {
    const { projectId, bills, clerk, cwA, cwB } = await setup();
    const other = await setup();
    const made: number[] = [];
    for (const [i, who, day] of [
      [1, clerk, '2026-11-21'],
      [2, clerk, '2026-11-22'],
      [3, cwA, '2026-11-22'],
    ] as const) {
      const pid = await desk(who.token, bills[i]!, 'cash', china(day, '16:00'));
      const r = await handOver(who.token, { projectId, businessDay: day, paymentIds: [pid] });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      made.push(r.body.id);
    }
    expect(
      (await t.req('POST', `/api/v1/cash-handovers/${made[2]}/confirm`, { token: cwB.token, body: { receivedCashFen: 1500 } }))
        .status,
    ).toBe(201);
    const list = (token: string, qs = '') => t.req('GET', `/api/v1/cash-handovers?projectId=${projectId}${qs}`, { token });

    const all = await list(cwB.token);
    expect(all.body.items.map((h: { id: number }) => h.id)).toEqual([...made].reverse());
    expect(all.body.cashiers.map((c: { id: number }) => c.id).sort()).toEqual([clerk.id, cwA.id].sort());
    expect((await list(cwB.token, '&from=2026-11-22&to=2026-11-22')).body.items.map((h: { id: number }) => h.id)).toEqual([
      made[2],
      made[1],
    ]);
    expect((await list(cwB.token, `&cashierId=${clerk.id}`)).body.items.map((h: { id: number }) => h.id)).toEqual([
      made[1],
      made[0],
    ]);
    expect((await list(cwB.token, '&status=confirmed')).body.items.map((h: { id: number }) => h.id)).toEqual([made[2]]);
    const first = await list(cwB.token, '&limit=2');
    expect(first.body.items).toHaveLength(2);
    const second = await list(cwB.token, `&limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(second.body.items.map((h: { id: number }) => h.id)).toEqual([made[0]]);
    expect(second.body.nextCursor).toBeNull();
    // bad filters: Chinese 400
    const bad = await list(cwB.token, '&from=2026-11-23&to=2026-11-01');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/开始日期不能晚于结束日期/);
    expect((await list(cwB.token, '&status=lost')).status).toBe(400);

    // the clerk sees their own only, whatever cashier they ask for, and not a colleague's handover
    expect((await list(clerk.token, `&cashierId=${cwA.id}`)).body.items.map((h: { id: number }) => h.id)).toEqual([
      made[1],
      made[0],
    ]);
    expect((await t.req('GET', `/api/v1/cash-handovers/${made[2]}`, { token: clerk.token })).status).toBe(404);
    // finance of another project reaches nothing of this one
    expect((await t.req('GET', `/api/v1/cash-handovers/${made[0]}`, { token: other.cwB.token })).status).toBe(404);
    expect(
      (
        await t.req('POST', `/api/v1/cash-handovers/${made[0]}/confirm`, {
          token: other.cwB.token,
          body: { receivedCashFen: 1500 },
        })
      ).status,
    ).toBe(404);
    expect((await list(other.cwB.token)).status).toBe(404);
    expect((await t.ds.query('SELECT status FROM cash_handover WHERE id = ?', [made[0]]))[0].status).toBe('submitted');
  });

  it('R-FEE-06 ten handovers of the same payments made at once: one handover, each payment in it once; two finance clerks confirming at once: one wins', async () => {
    const { projectId, bills, clerk, cwA, cwB } = await setup();
    const ids: number[] = [];
    for (const [i, m] of (['cash', 'cash', 'card', 'transfer'] as const).entries())
      ids.push(await desk(clerk.token, bills[i + 1]!, m, china('2026-11-23', `1${i}:00`)));
    const tries = await Promise.all(
      Array.from({ length: 10 }, () => handOver(clerk.token, { projectId, businessDay: '2026-11-23', paymentIds: ids })),
    );
    const codes = tries.map((r) => r.status).sort();
    expect(
      codes.filter((s) => s === 201),
      JSON.stringify(tries.map((r) => r.body.message)),
    ).toHaveLength(1);
    expect(codes.filter((s) => s !== 201).every((s) => s === 409)).toBe(true);
    expect(await count(t, 'cash_handover', 'project_id = ?', [projectId])).toBe(1);
    const won = tries.find((r) => r.status === 201)!.body;
    expect(won).toMatchObject({ paymentCount: 4, totalFen: 6000, cashFen: 3000 });
    for (const id of ids) expect(await handoverOf(id)).toBe(won.id);

    const both = await Promise.all(
      [cwA, cwB].map((w) =>
        t.req('POST', `/api/v1/cash-handovers/${won.id}/confirm`, { token: w.token, body: { receivedCashFen: 3000 } }),
      ),
    );
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
  });
});
