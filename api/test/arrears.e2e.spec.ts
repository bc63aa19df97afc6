// R-ARR-01…07 欠费催缴: households in arrears by age (whole months since the oldest unpaid bill fell due, in the
// project's zone, pinned clock), the ladder's step and the action due this month, what they owe today (owed():
// principal and late fee), recording actions once (notices once a room and month, concurrency safe), promised
// pay dates followed up, the printed written notices of a building, large customers, and who may do what.
// Each test has a project of its own: five rooms, bills of 2025-05, 2026-06, 2026-08 and 2026-11 (due the 15th),
// paid so that the rooms are 19, 6, 4 and 1 months in arrears on 2026-12-16 and the fifth owes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { china, feeItem, feeProject, makeStaff } from './fees-fixtures.js';
import { startTestApp, testDatabases, type TestApp } from './harness.js';

interface Bill {
  id: number;
  roomId: number;
  period: string;
  totalFen: number;
  status: string;
}
interface Row {
  roomId: number;
  ageMonths: number;
  stage: string;
  due: string;
  owedFen: number;
  flagged: boolean;
  largeCustomer: boolean;
  promiseDue: boolean;
  promisedOn: string | null;
  ownerName: string | null;
  ownerPhoneMasked: string | null;
  bills: number;
  lastAction: { kind: string } | null;
}

const TODAY = china('2026-12-16', '10:00');
const PERIODS = ['2025-05', '2026-06', '2026-08', '2026-11'];

describe.each(testDatabases())('arrears collection (%s)', (db) => {
  let t: TestApp;
  let admin: string;
  let codeSeq = 870;

  beforeAll(async () => {
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
    admin = await t.staffToken('admin', 'Admin@123');
  });
  afterAll(async () => {
    await t?.close();
  });

  /** A project whose rooms 0–3 are 19, 6, 4 and 1 months in arrears on TODAY, room 4 paid up; a finance clerk. */
  async function arrearsProject() {
    const code = String(codeSeq++);
    t.clock.set(TODAY);
    admin = await t.staffToken('admin', 'Admin@123');
    const { projectId, rooms } = await feeProject(t, admin, code);
    await feeItem(t, admin, projectId, {
      code: 'WYF',
      name: '物业服务费',
      category: 'management',
      basis: 'fixed',
      unitFen: 20000,
      dueDay: 15,
      lateFeePerTenThousand: 5,
      lateFeeCapPercent: 30,
    });
    for (const period of PERIODS)
      expect((await t.req('POST', '/api/v1/bill-runs', { token: admin, body: { projectId, period } })).status).toBe(201);
    const bills = (await t.req('GET', `/api/v1/bills?projectId=${projectId}&limit=100`, { token: admin })).body.items as Bill[];
    expect(bills).toHaveLength(20);
    // room i pays the first i periods; room 4 pays everything
    for (const [i, roomId] of rooms.entries())
      for (const b of bills.filter((x) => x.roomId === roomId && PERIODS.indexOf(x.period) < (i === 4 ? 4 : i))) {
        const r = await t.req('POST', `/api/v1/bills/${b.id}/desk-payments`, {
          token: admin,
          body: { method: 'cash', amountFen: b.totalFen },
        });
        expect(r.status, JSON.stringify(r.body)).toBe(201);
      }
    const finance = await makeStaff(t, admin, `cj${code}`, ['finance'], [projectId]);
    const buildings = (await t.req('GET', `/api/v1/projects/${projectId}/buildings`, { token: admin })).body;
    return {
      projectId,
      rooms,
      finance: finance.token,
      buildingId: (buildings.items ?? buildings)[0].id as number,
      /** the clerk signs in again after the clock jumped months ahead (tokens live 30 days) */
      signIn: () => t.staffToken(`cj${code}`, 'Cw#Finance2026'),
    };
  }
  const list = async (token: string, q: string) => {
    const r = await t.req('GET', `/api/v1/arrears?${q}`, { token });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body as { items: Row[]; nextCursor: string | null; total: number; totalOwedFen: number; today: string };
  };
  const roomStatus = async (token: string, roomId: number) => {
    const r = await t.req('GET', `/api/v1/arrears/rooms/${roomId}`, { token });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body as Row & { inArrears: boolean; actions: { kind: string }[] };
  };
  const act = (token: string, body: Record<string, unknown>) => t.req('POST', '/api/v1/arrears/actions', { token, body });

  it('R-ARR-01 R-ARR-02 R-ARR-03 R-ARR-06 the list: age, step, action due and owed today (principal + late fee) per household; a paid household is not listed', async () => {
    const { projectId, rooms, finance, buildingId } = await arrearsProject();
    const page = await list(finance, `projectId=${projectId}`);
    expect(page.today).toBe('2026-12-16');
    expect(page.items.map((r) => r.roomId)).toEqual(rooms.slice(0, 4)); // oldest first
    expect(page.items.map((r) => r.ageMonths)).toEqual([19, 6, 4, 1]);
    expect(page.items.map((r) => r.stage)).toEqual(['suit', 'lawyer', 'remind', 'remind']);
    expect(page.items.map((r) => r.due)).toEqual(['sue', 'lawyer_letter', 'remind_and_notice', 'remind_and_notice']);
    expect(page.items.map((r) => r.flagged)).toEqual([true, true, true, false]);
    expect(page.items.map((r) => r.bills)).toEqual([4, 3, 2, 1]);
    expect(page.items[0]).toMatchObject({ ownerName: '收费业主', ownerPhoneMasked: expect.stringMatching(/^137\*+\d{4}$/) });
    // what they owe is what the bills owe today, late fee included
    const unpaid = (await t.req('GET', `/api/v1/bills?projectId=${projectId}&status=unpaid&limit=100`, { token: admin })).body
      .items as Bill[];
    for (const r of page.items) {
      const mine = unpaid.filter((b) => b.roomId === r.roomId);
      expect(r.owedFen).toBe(mine.reduce((s, b) => s + b.totalFen, 0));
      expect(r.owedFen).toBeGreaterThan(20000 * mine.length); // the late fee runs
    }
    expect(page.total).toBe(4);
    expect(page.totalOwedFen).toBe(page.items.reduce((s, r) => s + r.owedFen, 0));
    expect(page.items.some((r) => r.roomId === rooms[4])).toBe(false);
    expect((await roomStatus(finance, rooms[4]!)).inArrears).toBe(false);

    // filters, sort and pages, on the server
    expect((await list(finance, `projectId=${projectId}&stage=remind`)).items.map((r) => r.roomId)).toEqual([rooms[2], rooms[3]]);
    expect((await list(finance, `projectId=${projectId}&buildingId=${buildingId}`)).total).toBe(4);
    const amount = await list(finance, `projectId=${projectId}&sort=amount`);
    expect(amount.items.map((r) => r.owedFen)).toEqual([...amount.items.map((r) => r.owedFen)].sort((a, b) => b - a));
    const first = await list(finance, `projectId=${projectId}&limit=3`);
    expect(first.items).toHaveLength(3);
    const second = await list(finance, `projectId=${projectId}&limit=3&cursor=${first.nextCursor}`);
    expect(second.items.map((r) => r.roomId)).toEqual([rooms[3]]);
    expect(second.nextCursor).toBeNull();
    // the desk reads it too
    const kefu = await makeStaff(t, admin, `kf${projectId}`, ['service_clerk'], [projectId]);
    expect((await list(kefu.token, `projectId=${projectId}`)).total).toBe(4);
  });

  it('R-ARR-01 R-ARR-02 age is whole months in the project zone: 5 months the day before, 6 (lawyer) on the day', async () => {
    const { rooms, finance } = await arrearsProject();
    // due 2026-06-15; 2026-12-14 23:30 China is still 5 months, 2026-12-15 00:10 China is 6
    t.clock.set(new Date('2026-12-14T15:30:00Z'));
    expect(await roomStatus(finance, rooms[1]!)).toMatchObject({ ageMonths: 5, stage: 'remind', flagged: true });
    t.clock.set(new Date('2026-12-14T16:10:00Z'));
    expect(await roomStatus(finance, rooms[1]!)).toMatchObject({ ageMonths: 6, stage: 'lawyer', due: 'lawyer_letter' });
    // three months is not flagged, over three is (R-ARR-06): room 2 (due 2026-08-15)
    t.clock.set(china('2026-11-14', '10:00'));
    expect(await roomStatus(finance, rooms[2]!)).toMatchObject({ ageMonths: 2, flagged: false });
    t.clock.set(china('2026-11-15', '10:00'));
    expect(await roomStatus(finance, rooms[2]!)).toMatchObject({ ageMonths: 3, flagged: false });
    t.clock.set(TODAY);
    expect(await roomStatus(finance, rooms[2]!)).toMatchObject({ ageMonths: 4, flagged: true });
  });

  it('R-ARR-04 a large customer flagged by finance: lawyer letter from 3 months, suit from 6; the desk may not flag', async () => {
    const { projectId, rooms, finance } = await arrearsProject();
    const kefu = await makeStaff(t, admin, `kd${projectId}`, ['service_clerk'], [projectId]);
    expect(
      (await t.req('PUT', `/api/v1/arrears/rooms/${rooms[2]}/large-customer`, { token: kefu.token, body: { large: true } }))
        .status,
    ).toBe(403);
    for (const i of [1, 2, 3])
      expect(
        (await t.req('PUT', `/api/v1/arrears/rooms/${rooms[i]}/large-customer`, { token: finance, body: { large: true } }))
          .status,
      ).toBe(200);
    const page = await list(finance, `projectId=${projectId}`);
    const by = (i: number) => page.items.find((r) => r.roomId === rooms[i])!;
    expect(by(1)).toMatchObject({ ageMonths: 6, stage: 'suit', due: 'sue', largeCustomer: true });
    expect(by(2)).toMatchObject({ ageMonths: 4, stage: 'lawyer', due: 'lawyer_letter', largeCustomer: true });
    expect(by(3)).toMatchObject({ ageMonths: 1, stage: 'remind', largeCustomer: true });
    expect(by(0)).toMatchObject({ stage: 'suit', largeCustomer: false });
    // one letter is what a large customer's step asks
    expect((await act(finance, { roomId: rooms[2], kind: 'lawyer_letter', trackingNo: 'SF1234567890' })).status).toBe(201);
    expect((await roomStatus(finance, rooms[2]!)).due).toBe('none');
    // flagged off: the ordinary ladder again
    expect(
      (await t.req('PUT', `/api/v1/arrears/rooms/${rooms[1]}/large-customer`, { token: finance, body: { large: false } })).status,
    ).toBe(200);
    expect(await roomStatus(finance, rooms[1]!)).toMatchObject({ stage: 'lawyer', largeCustomer: false });
  });

  it("R-ARR-01 R-ARR-07 a phone reminder with a promised pay date: followed up when due; the month's written notice once (a second refused, two at once record one)", async () => {
    const { projectId, rooms, finance, signIn } = await arrearsProject();
    const rem = await act(finance, { roomId: rooms[3], kind: 'phone', note: '业主称月底前缴清', promisedOn: '2026-12-20' });
    expect(rem.status, JSON.stringify(rem.body)).toBe(201);
    expect(rem.body).toMatchObject({ kind: 'phone', doneOn: '2026-12-16', promisedOn: '2026-12-20', ageMonths: 1 });
    let h = await roomStatus(finance, rooms[3]!);
    expect(h).toMatchObject({ due: 'notice', promisedOn: '2026-12-20' });
    expect((await list(finance, `projectId=${projectId}&promiseDue=true`)).items).toEqual([]);
    // 本月待办 still lists it (the notice is due)
    expect((await list(finance, `projectId=${projectId}&todo=true`)).items.map((r) => r.roomId)).toContain(rooms[3]);

    // two clerks record the notice at once: one is recorded, the other refused
    const both = await Promise.all([
      act(finance, { roomId: rooms[3], kind: 'notice', signed: true }),
      act(finance, { roomId: rooms[3], kind: 'notice', signed: false }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    const again = await act(finance, { roomId: rooms[3], kind: 'notice' });
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/本月已登记过书面催缴通知单/);
    h = await roomStatus(finance, rooms[3]!);
    expect(h.due).toBe('none');
    expect(h.actions.filter((a) => a.kind === 'notice')).toHaveLength(1);
    expect((await list(finance, `projectId=${projectId}&todo=true`)).items.map((r) => r.roomId)).not.toContain(rooms[3]);

    // the promised day passes unpaid: it is on the follow-up list until someone calls again
    t.clock.set(china('2026-12-21', '09:00'));
    const due = await list(finance, `projectId=${projectId}&promiseDue=true`);
    expect(due.items.map((r) => r.roomId)).toEqual([rooms[3]]);
    expect(due.items[0]).toMatchObject({ promisedOn: '2026-12-20', promiseDue: true });
    expect((await act(finance, { roomId: rooms[3], kind: 'sms', note: '再次提醒' })).status).toBe(201);
    expect((await list(finance, `projectId=${projectId}&promiseDue=true`)).items).toEqual([]);

    // a new month: the notice is due again and may be recorded
    t.clock.set(china('2027-01-16', '10:00'));
    const later = await signIn();
    expect((await roomStatus(later, rooms[3]!)).due).toBe('remind_and_notice');
    expect((await act(later, { roomId: rooms[3], kind: 'notice', signed: true })).status).toBe(201);
    t.clock.set(TODAY);
  });

  it('R-ARR-02 R-ARR-03 R-ARR-05 lawyer letters need a tracking number and are two in all; suit follow-up and preservation only after the instruction to sue', async () => {
    const { rooms, finance, signIn } = await arrearsProject();
    const noTracking = await act(finance, { roomId: rooms[1], kind: 'lawyer_letter' });
    expect(noTracking.status).toBe(400);
    expect(noTracking.body.message).toMatch(/快递单号/);
    expect((await act(finance, { roomId: rooms[1], kind: 'lawyer_letter', trackingNo: 'SF0000000001' })).status).toBe(201);
    expect((await roomStatus(finance, rooms[1]!)).due).toBe('none');
    // at 12 months the second letter is due
    t.clock.set(china('2027-06-16', '10:00'));
    const later = await signIn();
    expect(await roomStatus(later, rooms[1]!)).toMatchObject({ ageMonths: 12, due: 'lawyer_letter' });
    expect((await act(later, { roomId: rooms[1], kind: 'lawyer_letter', trackingNo: 'SF0000000002' })).status).toBe(201);
    t.clock.set(china('2027-07-16', '10:00'));
    const third = await act(await signIn(), { roomId: rooms[1], kind: 'lawyer_letter', trackingNo: 'SF0000000003' });
    expect(third.status).toBe(409);
    expect(third.body.message).toMatch(/已发过2次律师函/);
    t.clock.set(TODAY);

    const early = await act(finance, { roomId: rooms[0], kind: 'preservation', note: '申请财产保全' });
    expect(early.status).toBe(409);
    expect(early.body.message).toMatch(/尚未委托起诉/);
    expect((await act(finance, { roomId: rooms[0], kind: 'sue', note: '书面委托法律顾问起诉' })).status).toBe(201);
    expect((await roomStatus(finance, rooms[0]!)).due).toBe('none');
    expect((await act(finance, { roomId: rooms[0], kind: 'litigation', note: '已立案' })).status).toBe(201);
    expect((await act(finance, { roomId: rooms[0], kind: 'preservation', note: '申请财产保全' })).status).toBe(201);
    const h = await roomStatus(finance, rooms[0]!);
    expect(h.actions.map((a) => a.kind)).toEqual(['preservation', 'litigation', 'sue']);
    // the household's one history shows them (the room sheet's 360° view)
    const hist = await t.req('GET', `/api/v1/rooms/${rooms[0]}/history`, { token: admin });
    expect(hist.status).toBe(200);
    expect(hist.body.items.filter((e: { kind: string }) => e.kind === 'arrears').map((e: { title: string }) => e.title)).toEqual(
      expect.arrayContaining(['催缴 委托起诉', '催缴 保全申请']),
    );
  });

  it('R-ARR-01 the written notices of a building: each household a month or more in arrears with its bills, late fee and rule; printing records them once', async () => {
    const { projectId, rooms, finance, buildingId } = await arrearsProject();
    const n = await t.req('GET', `/api/v1/arrears/notices?projectId=${projectId}&buildingId=${buildingId}`, { token: finance });
    expect(n.status, JSON.stringify(n.body)).toBe(200);
    expect(n.body).toMatchObject({ buildingName: '1栋', today: '2026-12-16', payLink: 'pkg-fee/index/index' });
    expect(n.body.payInstructions).toMatch(/小程序/);
    const notices = n.body.notices as {
      roomId: number;
      bills: { lateFeeFen: number; lateFeeRule: string; period: string }[];
      totalFen: number;
      noticedThisMonth: boolean;
    }[];
    expect(notices.map((x) => x.roomId).sort((a, b) => a - b)).toEqual(rooms.slice(0, 4));
    const oldest = notices.find((x) => x.roomId === rooms[0])!;
    expect(oldest.bills.map((b) => b.period)).toEqual(PERIODS);
    expect(oldest.bills[0]!.lateFeeFen).toBeGreaterThan(0);
    expect(oldest.bills[0]!.lateFeeRule).toMatch(/万分之5/);
    expect(notices.every((x) => !x.noticedThisMonth)).toBe(true);

    const rec = await t.req('POST', '/api/v1/arrears/notices', {
      token: finance,
      body: { projectId, buildingId, roomIds: notices.map((x) => x.roomId) },
    });
    expect(rec.status, JSON.stringify(rec.body)).toBe(201);
    expect(rec.body).toEqual({ recorded: 4, skipped: 0 });
    const again = await t.req('POST', '/api/v1/arrears/notices', {
      token: finance,
      body: { projectId, buildingId, roomIds: notices.map((x) => x.roomId) },
    });
    expect(again.body).toEqual({ recorded: 0, skipped: 4 });
    expect((await roomStatus(finance, rooms[3]!)).actions[0]).toMatchObject({
      kind: 'notice',
      doneOn: '2026-12-16',
      signed: false,
    });
    // a paid household is not on the batch
    const paid = await t.req('POST', '/api/v1/arrears/notices', {
      token: finance,
      body: { projectId, buildingId, roomIds: [rooms[4]] },
    });
    expect(paid.status).toBe(400);
    expect(paid.body.message).toMatch(/不在该楼栋的催缴名单中/);
  });

  it('R-ARR-01 R-ARR-07 bad input is refused with a Chinese 400 and nothing is written; a paid household cannot be collected; technician 403; another project 404', async () => {
    const { projectId, rooms, finance } = await arrearsProject();
    const count = async () => Number((await t.ds.query('SELECT COUNT(*) AS n FROM arrears_action'))[0].n);
    const before = await count();
    for (const [body, msg] of [
      [{ roomId: rooms[3], kind: 'letter' }, /催缴方式必须是以下之一/],
      [{ roomId: rooms[3], kind: 'phone', doneOn: '2026-12-17' }, /催缴日期不能晚于今天/],
      [{ roomId: rooms[3], kind: 'phone', promisedOn: '2026-12-10' }, /承诺缴费日期不能早于催缴日期/],
      [{ roomId: rooms[3], kind: 'phone', promisedOn: '2026-13-01' }, /承诺缴费日期不是有效的日期/],
      [{ roomId: rooms[3], kind: 'phone', doneOn: '2026-10-01' }, /不能早于最早欠费的到期日/],
      [{ roomId: rooms[3], kind: 'lawyer_letter', trackingNo: '顺丰 123' }, /快递单号只能是/],
    ] as const) {
      const r = await act(finance, body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.message).toMatch(msg);
    }
    const paid = await act(finance, { roomId: rooms[4], kind: 'phone' });
    expect(paid.status).toBe(409);
    expect(paid.body.message).toMatch(/没有逾期未缴的账单/);
    expect(await count()).toBe(before);

    const jigong = await makeStaff(t, admin, `jg${projectId}`, ['technician'], [projectId]);
    expect((await t.req('GET', `/api/v1/arrears?projectId=${projectId}`, { token: jigong.token })).status).toBe(403);
    expect((await act(jigong.token, { roomId: rooms[3], kind: 'phone' })).status).toBe(403);
    const kefu = await makeStaff(t, admin, `kq${projectId}`, ['service_clerk'], [projectId]);
    expect((await act(kefu.token, { roomId: rooms[3], kind: 'phone' })).status).toBe(403);

    const other = await feeProject(t, admin, String(codeSeq++));
    const stranger = await makeStaff(t, admin, `ot${other.projectId}`, ['finance'], [other.projectId]);
    expect((await t.req('GET', `/api/v1/arrears?projectId=${projectId}`, { token: stranger.token })).status).toBe(404);
    expect((await t.req('GET', `/api/v1/arrears/rooms/${rooms[3]}`, { token: stranger.token })).status).toBe(404);
    expect((await act(stranger.token, { roomId: rooms[3], kind: 'phone' })).status).toBe(404);
    expect(await count()).toBe(before);
  });
});
