// Fee items, meter readings, the monthly bill run and late fees (R-FEE-01, R-FEE-03, R-FEE-04, R-FEE-05):
// each test bills a project of its own, made through the API, so the expected bills are exactly its rooms.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hundredthsToFen, lateFeeFen, tieredAmountFen } from '@wy/shared';
import { BillRunService } from '../src/modules/billing/bill-run.service.js';
import { BillingService } from '../src/modules/billing/billing.service.js';
import { AREAS, feeItem, feeProject } from './fees-fixtures.js';
import { count, startTestApp, testDatabases, type TestApp } from './harness.js';

describe.each(testDatabases())('fees and the bill run (%s)', (db) => {
  let t: TestApp;
  let admin: string;
  let caiwu: string;
  let kefu: string;
  let codeSeq = 700;

  /** A project with five rooms (areas in AREAS) and one residential owner bound to the first room. */
  const project = () => feeProject(t, admin, String(codeSeq++));
  const item = (projectId: number, body: Record<string, unknown>) => feeItem(t, admin, projectId, body);
  const property = (projectId: number, extra: Record<string, unknown> = {}) =>
    item(projectId, {
      code: 'WYF',
      name: '物业服务费',
      category: 'management',
      basis: 'area',
      unitFen: 285,
      roomUse: 'residential',
      ...extra,
    });

  beforeAll(async () => {
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
  });
  // the late-fee test moves the clock on by months: every test signs in afresh
  beforeEach(async () => {
    admin = await t.staffToken('admin', 'Admin@123');
    caiwu = await t.staffToken('caiwu', 'Caiwu@123');
    kefu = await t.staffToken('kefu', 'Kefu@123');
  });
  afterAll(async () => t?.close());

  it('R-FEE-01 R-FEE-03 fee items are written in whole fen with their basis, checked, and published to the project’s owners', async () => {
    const { projectId, phone } = await project();
    const bad = async (body: Record<string, unknown>, msg: RegExp) => {
      const r = await t.req('POST', '/api/v1/fee-items', {
        token: admin,
        body: { projectId, code: 'X1', name: '坏项目', category: 'other', ...body },
      });
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.message).toMatch(msg);
    };
    await bad({ basis: 'area', unitFen: 2.85 }, /单价（分）必须是整数/);
    await bad({ basis: 'area', unitFen: 0 }, /大于 0 的单价/);
    await bad({ basis: 'metered', tiers: [] }, /阶梯价/);
    await bad(
      {
        basis: 'metered',
        tiers: [
          { upTo: 500, unitFen: 350 },
          { upTo: 300, unitFen: 400 },
          { upTo: null, unitFen: 500 },
        ],
      },
      /递增/,
    );
    await bad({ basis: 'metered', tiers: [{ upTo: 500, unitFen: 350 }] }, /最后一档/);
    await bad({ basis: 'fixed', unitFen: 1000, category: 'rent' }, /类别/);
    expect(await count(t, 'fee_item', 'project_id = ?', [projectId])).toBe(0);

    await property(projectId, { lateFeePerTenThousand: 5, lateFeeCapPercent: 30, basisNote: '深发改〔2026〕12号' });
    const dup = await t.req('POST', '/api/v1/fee-items', {
      token: admin,
      body: { projectId, code: 'WYF', name: '又一个', category: 'management', basis: 'fixed', unitFen: 100 },
    });
    expect(dup.status).toBe(409);
    // a clerk sees the items but cannot set prices
    expect(
      (
        await t.req(
          'GET',
          `/api/v1/fee-items?projectId=${await t.ds.query("SELECT id FROM project WHERE code = '101'").then((r) => r[0].id)}`,
          { token: kefu },
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await t.req('POST', '/api/v1/fee-items', {
          token: kefu,
          body: { projectId, code: 'K1', name: '前台', category: 'other', basis: 'fixed', unitFen: 1 },
        })
      ).status,
    ).toBe(403);

    const owner = await t.ownerToken(phone);
    const std = await t.req('GET', '/api/v1/me/fee-standards', { token: owner });
    expect(std.status).toBe(200);
    const mine = std.body.projects.find((x: { projectId: number }) => x.projectId === projectId);
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({ name: '物业服务费', basis: 'area', unitFen: 285, basisNote: '深发改〔2026〕12号' });
    expect(mine.items[0].lateFeeRule).toBe('逾期后，每日按欠费金额的万分之5计收违约金，最高不超过欠费金额的 30%');
    // an owner of another project does not read this project's standards
    const other = await t.req('GET', '/api/v1/me/fee-standards', { token: await t.ownerToken('13800000001') });
    expect(other.body.projects.map((x: { projectId: number }) => x.projectId)).not.toContain(projectId);
    // a stopped item is no longer published
    await t.req('PATCH', `/api/v1/fee-items/${mine.items[0].id}`, { token: admin, body: { active: false } });
    const after = await t.req('GET', '/api/v1/me/fee-standards', { token: owner });
    expect(after.body.projects.find((x: { projectId: number }) => x.projectId === projectId).items).toEqual([]);
  });

  it('R-FEE-04 R-FEE-03 the bill run: preview writes nothing, the run bills area × price and fixed per room in whole fen, and a rerun adds nothing', async () => {
    const { projectId, rooms } = await project();
    const wyf = await property(projectId);
    const lj = await item(projectId, { code: 'LJF', name: '垃圾清运费', category: 'garbage', basis: 'fixed', unitFen: 1500 });
    const period = '2026-10';
    const pv = await t.req('POST', '/api/v1/bill-runs/preview', { token: caiwu, body: { projectId, period } });
    // caiwu (finance) is scoped to project 101 only: a new project is not theirs
    expect(pv.status).toBe(404);
    const preview = await t.req('POST', '/api/v1/bill-runs/preview', { token: admin, body: { projectId, period } });
    expect(preview.status, JSON.stringify(preview.body)).toBe(201);
    const expectedWyf = AREAS.slice(0, 4).map((a) => hundredthsToFen(a * 285));
    expect(expectedWyf).toEqual([25436, 34343, 19189, 42753]);
    expect(preview.body.lines).toEqual([
      {
        feeItemId: wyf.id,
        feeItemName: '物业服务费',
        basis: 'area',
        bills: 4,
        amountFen: expectedWyf.reduce((a, b) => a + b, 0),
      },
      { feeItemId: lj.id, feeItemName: '垃圾清运费', basis: 'fixed', bills: 5, amountFen: 7500 },
    ]);
    expect(preview.body).toMatchObject({ bills: 9, existingBills: 0 });
    expect(await count(t, 'bill', 'project_id = ?', [projectId])).toBe(0);

    const run = await t.req('POST', '/api/v1/bill-runs', { token: admin, body: { projectId, period } });
    expect(run.status, JSON.stringify(run.body)).toBe(201);
    expect(run.body).toMatchObject({ status: 'done', addedNow: 9, billsCreated: 9, amountFen: preview.body.amountFen, runs: 1 });
    const rows = await t.ds.query(
      'SELECT room_id, fee_item_id, amount_fen, due_on, kind, title FROM bill WHERE project_id = ? ORDER BY room_id, fee_item_id',
      [projectId],
    );
    expect(rows).toHaveLength(9);
    expect(
      rows
        .filter((r: { fee_item_id: number }) => Number(r.fee_item_id) === wyf.id)
        .map((r: { amount_fen: number }) => Number(r.amount_fen)),
    ).toEqual(expectedWyf);
    expect(rows[0]).toMatchObject({ due_on: '2026-10-25', kind: 'management', title: '物业服务费 2026-10' });
    // the retail room pays no residential property fee
    expect(rows.filter((r: { room_id: number }) => Number(r.room_id) === rooms[4]).map((r: { kind: string }) => r.kind)).toEqual([
      'garbage',
    ]);

    const again = await t.req('POST', '/api/v1/bill-runs', { token: admin, body: { projectId, period } });
    expect(again.body).toMatchObject({ addedNow: 0, billsCreated: 9, runs: 2 });
    expect(await count(t, 'bill', 'project_id = ?', [projectId])).toBe(9);
    expect((await t.req('POST', '/api/v1/bill-runs/preview', { token: admin, body: { projectId, period } })).body).toMatchObject({
      bills: 0,
      existingBills: 9,
    });
    // a future month is refused; a bad month is a 400 in Chinese
    const future = await t.req('POST', '/api/v1/bill-runs', { token: admin, body: { projectId, period: '2099-12' } });
    expect(future.status).toBe(400);
    expect(future.body.message).toMatch(/未来的账期/);
    expect((await t.req('POST', '/api/v1/bill-runs', { token: admin, body: { projectId, period: '2026-13' } })).status).toBe(400);
    const runs = await t.req('GET', `/api/v1/bill-runs?projectId=${projectId}`, { token: admin });
    expect(runs.body.items).toHaveLength(1);
  });

  it('R-FEE-04 a run stopped half-way goes on from its cursor, and runs at once never bill a room twice', async () => {
    const { projectId, rooms } = await project();
    await property(projectId);
    await item(projectId, { code: 'LJF', name: '垃圾清运费', category: 'garbage', basis: 'fixed', unitFen: 1500 });
    const period = '2026-09';
    // a run that stopped after the first two rooms: their bills are in, the cursor says so
    const svc = t.app.get(BillRunService);
    const me = { kind: 'staff', id: 1, name: '总部', roles: ['head_office'], scope: 'all' } as never;
    await svc.run(me, projectId, period, 2);
    expect(await count(t, 'bill', 'project_id = ? AND period = ?', [projectId, period])).toBe(9);
    await t.ds.query('DELETE FROM bill WHERE project_id = ? AND period = ? AND room_id > ?', [projectId, period, rooms[1]]);
    await t.ds.query("UPDATE bill_run SET status = 'running', cursor_room_id = ? WHERE project_id = ? AND period = ?", [
      rooms[1],
      projectId,
      period,
    ]);
    const resumed = await svc.run(me, projectId, period, 2);
    expect(resumed.addedNow).toBe(5);
    expect(await count(t, 'bill', 'project_id = ? AND period = ?', [projectId, period])).toBe(9);

    // five runs of another month at once: every (room, item) once
    const p2 = '2026-08';
    const all = await Promise.all(
      Array.from({ length: 5 }, () => t.req('POST', '/api/v1/bill-runs', { token: admin, body: { projectId, period: p2 } })),
    );
    for (const r of all) expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(all.reduce((a, r) => a + r.body.addedNow, 0)).toBe(9);
    expect(await count(t, 'bill', 'project_id = ? AND period = ?', [projectId, p2])).toBe(9);
    expect(await count(t, 'bill_run', 'project_id = ? AND period = ?', [projectId, p2])).toBe(1);
  });

  it('R-FEE-04 R-FEE-03 metered fees: the cashier enters readings, tiers price the usage, the run bills it, and a billed reading is final', async () => {
    const { projectId, rooms } = await project();
    const tiers = [
      { upTo: 2200, unitFen: 390 },
      { upTo: 3000, unitFen: 505 },
      { upTo: null, unitFen: 650 },
    ];
    const water = await item(projectId, {
      code: 'SF',
      name: '水费',
      category: 'water',
      basis: 'metered',
      tiers,
      meterUnit: '吨',
    });
    const period = '2026-10';
    const read = (roomId: number, previous: number, current: number, token = admin) =>
      t.req('POST', '/api/v1/meter-readings', { token, body: { roomId, feeItemId: water.id, period, previous, current } });
    const bad = await read(rooms[0]!, 5000, 4000);
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/本期读数不能小于上期读数/);
    // 35.55 t: 22 × 3.90 + 8 × 5.05 + 5.55 × 6.50 = 85.80 + 40.40 + 36.075 = 162.275 → 162.28 (one rounding)
    const r1 = await read(rooms[0]!, 100000, 103555);
    expect(r1.status, JSON.stringify(r1.body)).toBe(201);
    expect(r1.body).toMatchObject({ usage: 3555, amountFen: 16228, billed: false });
    expect(tieredAmountFen(tiers, 3555)).toBe(16228);
    expect((await read(rooms[1]!, 0, 1000)).body.amountFen).toBe(3900);
    const pv = await t.req('POST', '/api/v1/bill-runs/preview', { token: admin, body: { projectId, period } });
    expect(pv.body).toMatchObject({ bills: 2, amountFen: 16228 + 3900, missingReadings: 3 });
    await t.req('POST', '/api/v1/bill-runs', { token: admin, body: { projectId, period } });
    const bills = await t.ds.query('SELECT room_id, amount_fen FROM bill WHERE project_id = ? ORDER BY room_id', [projectId]);
    expect(bills.map((b: { amount_fen: number }) => Number(b.amount_fen))).toEqual([16228, 3900]);
    // the reading is final once billed; a later month's reading starts a new bill
    const late = await read(rooms[0]!, 100000, 109999);
    expect(late.status).toBe(409);
    const list = await t.req('GET', `/api/v1/meter-readings?projectId=${projectId}&period=${period}`, { token: admin });
    expect(list.body.items.find((x: { roomId: number }) => x.roomId === rooms[0])).toMatchObject({
      billed: true,
      amountFen: 16228,
    });
    // the reading sheet asks for the rooms of one page of a building
    const some = await t.req('GET', `/api/v1/meter-readings?projectId=${projectId}&period=${period}&roomIds=${rooms[1]},${rooms[2]}`, {
      token: admin,
    });
    expect(some.body.items.map((x: { roomId: number }) => x.roomId)).toEqual([rooms[1]]);
    const junk = await t.req('GET', `/api/v1/meter-readings?projectId=${projectId}&period=${period}&roomIds=1;2`, { token: admin });
    expect(junk.status).toBe(400);
    expect(junk.body.message).toMatch(/房屋必须是逗号分隔的房屋ID/);
    // a reading is only for a metered item
    const wyf = await property(projectId);
    const notMetered = await t.req('POST', '/api/v1/meter-readings', {
      token: admin,
      body: { roomId: rooms[2], feeItemId: wyf.id, period, previous: 0, current: 10 },
    });
    expect(notMetered.status).toBe(400);
  });

  it('R-FEE-05 late fees follow the item’s contract rule, are shown to the owner, are taken at the desk and frozen once paid', async () => {
    const { projectId, rooms, phone } = await project();
    await property(projectId, { lateFeePerTenThousand: 5, lateFeeGraceDays: 3, lateFeeCapPercent: 10, dueDay: 25 });
    // the clock only moves forward here (sessions stay valid); the month billed is the clock's own
    const t0 = t.clock.now().getTime();
    const at = (iso: string) => t.clock.set(new Date(Math.max(Date.parse(iso), t.clock.now().getTime())).toISOString());
    const month = new Date(t0 + 8 * 3600_000).toISOString().slice(0, 7);
    await t.req('POST', '/api/v1/bill-runs', { token: admin, body: { projectId, period: month } });
    const owner = await t.ownerToken(phone);
    const principal = hundredthsToFen(AREAS[0]! * 285);
    const mine = async () => {
      const r = await t.req('GET', '/api/v1/me/bills?status=unpaid', { token: owner });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return r.body.items.find((b: { roomId: number; period: string }) => b.roomId === rooms[0] && b.period === month);
    };
    const due = `${month}-25`;
    const day = (d: string, n: number) => new Date(Date.parse(`${d}T02:00:00Z`) + n * 86400_000).toISOString();
    // before the due date and within the grace days: no late fee
    if (Date.parse(`${due}T00:00:00Z`) > t.clock.now().getTime())
      expect(await mine()).toMatchObject({ amountFen: principal, lateFeeFen: 0, totalFen: principal, dueOn: due });
    at(day(due, 3));
    expect((await mine()).lateFeeFen).toBe(0);
    // 20 days late: 25436 × 5/10000 × 20 = 254.36 → 254 fen
    at(day(due, 20));
    const b = await mine();
    expect(b).toMatchObject({ lateDays: 20, lateFeeFen: 254, totalFen: principal + 254 });
    expect(b.lateFeeRule).toMatch(/逾期超过 3 天后/);
    expect(lateFeeFen({ perTenThousandPerDay: 5, graceDays: 3, capPercent: 10 }, principal, '2026-10-10', '2026-10-30').fen).toBe(
      254,
    );

    // the desk takes the principal and the late fee together, never the principal alone
    const short = await t.req('POST', `/api/v1/bills/${b.id}/desk-payments`, {
      token: admin,
      body: { method: 'cash', amountFen: principal },
    });
    expect(short.status).toBe(400);
    expect(short.body.message).toMatch(/含违约金 ¥2\.54/);
    const paid = await t.req('POST', `/api/v1/bills/${b.id}/desk-payments`, {
      token: admin,
      body: { method: 'cash', amountFen: principal + 254 },
    });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    expect(paid.body).toMatchObject({ amountFen: principal + 254, lateFeeFen: 254, period: month });
    // a paid bill's late fee is what was paid; an unpaid one of the same rule is capped at 10% after long enough
    await t.req('POST', '/api/v1/bills/one-off', {
      token: admin,
      body: {
        roomId: rooms[0],
        feeItemId: (
          await item(projectId, {
            code: 'YJ',
            name: '押金',
            category: 'deposit',
            basis: 'one_off',
            unitFen: 100000,
            lateFeePerTenThousand: 5,
            lateFeeCapPercent: 10,
            dueDay: 1,
          })
        ).id,
        period: month,
      },
    });
    at(day(due, 400));
    const all = (await t.req('GET', '/api/v1/me/bills', { token: await t.ownerToken(phone) })).body.items;
    expect(all.find((x: { id: number }) => x.id === b.id)).toMatchObject({
      status: 'paid',
      lateFeeFen: 254,
      totalFen: principal + 254,
    });
    expect(all.find((x: { kind: string }) => x.kind === 'deposit')).toMatchObject({
      status: 'unpaid',
      lateFeeFen: 10000,
      totalFen: 110000,
    });
  });

  it('R-FEE-04 one-off charges: one bill per room, item and period, only from a one-off item', async () => {
    const { projectId, rooms } = await project();
    const dep = await item(projectId, { code: 'YJ', name: '装修押金', category: 'deposit', basis: 'one_off', unitFen: 200000 });
    const wyf = await property(projectId);
    const charge = (body: Record<string, unknown>) =>
      t.req('POST', '/api/v1/bills/one-off', { token: admin, body: { roomId: rooms[1], period: '2026-11', ...body } });
    const r = await charge({ feeItemId: dep.id, note: '2栋装修' });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const bill = (await t.ds.query('SELECT amount_fen, title, kind FROM bill WHERE id = ?', [r.body.billId]))[0];
    expect({ ...bill, amount_fen: Number(bill.amount_fen) }).toEqual({
      amount_fen: 200000,
      title: '装修押金 2栋装修',
      kind: 'deposit',
    });
    expect((await charge({ feeItemId: dep.id })).status).toBe(409);
    const periodic = await charge({ feeItemId: wyf.id });
    expect(periodic.status).toBe(400);
    expect((await charge({ feeItemId: dep.id, period: '2026-10', amountFen: -5 })).status).toBe(400);
    expect(await count(t, 'bill', 'project_id = ?', [projectId])).toBe(1);
  });

  it('R-FEE-04 R-FEE-03 another module bills a room for its own record (parking rent): once per source, whole fen only, and the owner sees it', async () => {
    const { projectId, rooms, phone } = await project();
    const billing = t.app.get(BillingService);
    const rent = {
      projectId,
      roomId: rooms[0]!,
      kind: 'parking',
      title: '车位租金 B1-088 2026年11月',
      sourceType: 'parking',
      sourceId: 9001,
      amountFen: 45000,
      dueOn: '2026-11-05',
    };
    const charge = (c: typeof rent) => t.ds.transaction((em) => billing.chargeSource(em, c));
    const first = await charge(rent);
    expect(first.created).toBe(true);
    // again (a retried job, a double click): the same bill, nothing added
    expect(await charge({ ...rent, amountFen: 50000 })).toEqual({ billId: first.billId, created: false });
    expect((await charge({ ...rent, sourceId: 9002, title: '车位租金 B1-088 2026年12月' })).created).toBe(true);
    // not whole fen or nothing: refused in Chinese, nothing written
    for (const bad of [{ amountFen: 450.5 }, { amountFen: 0 }])
      await expect(charge({ ...rent, sourceId: 9003, ...bad })).rejects.toMatchObject({
        message: expect.stringMatching(/[\u4e00-\u9fa5]/),
      });
    expect(await count(t, 'bill', 'project_id = ?', [projectId])).toBe(2);
    const mine = await t.req('GET', '/api/v1/me/bills?status=unpaid', { token: await t.ownerToken(phone) });
    expect(mine.body.items.map((b: { title: string; amountFen: number }) => [b.title, b.amountFen])).toEqual([
      ['车位租金 B1-088 2026年12月', 45000],
      ['车位租金 B1-088 2026年11月', 45000],
    ]);
  });
});
