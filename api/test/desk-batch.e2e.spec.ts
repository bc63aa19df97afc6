// R-FEE-02 合并收款: a household pays several bills at the desk at once. One room's unpaid bills are taken
// together for exactly what they owe today, all or nothing, each paid once with its own receipt number (as an
// online payment of several bills is), so each stays refundable and printable on its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { china, makeStaff, tenBillsProject, type Bill } from './fees-fixtures.js';
import { count, startTestApp, testDatabases, type TestApp } from './harness.js';

describe.each(testDatabases())('合并收款 at the desk (%s)', (db) => {
  let t: TestApp;
  let admin: string;
  let caiwu: string;
  let codeSeq = 860;

  const setup = async () => {
    const code = String(codeSeq++);
    const { projectId, rooms, bills } = await tenBillsProject(t, admin, code, china('2026-11-23', '09:00'));
    // the project's cashier
    caiwu = (await makeStaff(t, admin, `hb${code}`, ['finance'], [projectId])).token;
    // two months of each room: bills[i] is 2026-09 and bills[i + 5] 2026-10 of rooms[i]
    return { projectId, rooms, bills };
  };
  const take = (billIds: number[], amountFen: number, token = caiwu) =>
    t.req('POST', '/api/v1/desk-payments', { token, body: { billIds, method: 'cash', amountFen, payerName: '王芳' } });
  const payments = (bills: Bill[]) => count(t, 'payment', `bill_id IN (${bills.map((b) => b.id).join(',')})`);
  const sum = (bills: Bill[]) => bills.reduce((a, b) => a + b.totalFen, 0);

  beforeAll(async () => {
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
    admin = await t.staffToken('admin', 'Admin@123');
  });
  afterAll(async () => t?.close());

  it('R-FEE-02 two months of one room are taken at once for what they owe together: a receipt each, numbered apart, printed together', async () => {
    const { bills } = await setup();
    const mine = [bills[0]!, bills[5]!];
    const r = await take(
      mine.map((b) => b.id),
      sum(mine),
    );
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.totalFen).toBe(sum(mine));
    expect(r.body.receipts).toHaveLength(2);
    // by period: September first
    expect(r.body.receipts.map((x: { period: string }) => x.period)).toEqual(['2026-09', '2026-10']);
    expect(new Set(r.body.receipts.map((x: { receiptNo: string }) => x.receiptNo)).size).toBe(2);
    expect(r.body.receipts[0]).toMatchObject({ payerName: '王芳', method: 'cash', amountFen: mine[0]!.totalFen });
    expect(await payments(mine)).toBe(2);
    const left = await t.ds.query(`SELECT status FROM bill WHERE id IN (${mine.map((b) => b.id).join(',')})`);
    expect(left.map((x: { status: string }) => x.status)).toEqual(['paid', 'paid']);
    // each receipt opens on its own, as a desk payment's does
    const one = await t.req('GET', `/api/v1/receipts/${r.body.receipts[1].paymentId}`, { token: caiwu });
    expect(one.body).toMatchObject({ receiptNo: r.body.receipts[1].receiptNo, period: '2026-10' });
    // taken again: refused, nothing more written
    const again = await take(
      mine.map((b) => b.id),
      sum(mine),
    );
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/已缴清/);
    expect(await payments(mine)).toBe(2);
  });

  it('R-FEE-02 a wrong total, another room’s bill, one bill alone or an unknown bill is refused in Chinese and writes nothing', async () => {
    const { bills } = await setup();
    const mine = [bills[1]!, bills[6]!];
    const short = await take(
      mine.map((b) => b.id),
      sum(mine) - 1,
    );
    expect(short.status).toBe(400);
    expect(short.body.message).toMatch(/收款金额应为 ¥30\.00/);
    const rooms = await take([bills[1]!.id, bills[2]!.id], bills[1]!.totalFen + bills[2]!.totalFen);
    expect(rooms.status).toBe(400);
    expect(rooms.body.message).toMatch(/同一房屋/);
    const alone = await take([bills[1]!.id, bills[1]!.id], bills[1]!.totalFen);
    expect(alone.status).toBe(400);
    expect(alone.body.message).toMatch(/至少选择两笔/);
    const unknown = await take([bills[1]!.id, 99_999_999], bills[1]!.totalFen);
    expect(unknown.status).toBe(404);
    const empty = await take([], 100);
    expect(empty.status).toBe(400);
    expect(await payments([...mine, bills[2]!])).toBe(0);
    // a technician may not take money (403), whatever the bills
    const jigong = await t.staffToken('jigong', 'Jigong@123');
    expect(
      (
        await take(
          mine.map((b) => b.id),
          sum(mine),
          jigong,
        )
      ).status,
    ).toBe(403);
    expect(await payments(mine)).toBe(0);
  });

  it('R-FEE-02 one bill already paid at the desk: the whole batch is refused, the other bill stays unpaid', async () => {
    const { bills } = await setup();
    const [a, b] = [bills[3]!, bills[8]!];
    const single = await t.req('POST', `/api/v1/bills/${a.id}/desk-payments`, {
      token: caiwu,
      body: { method: 'cash', amountFen: a.totalFen },
    });
    expect(single.status, JSON.stringify(single.body)).toBe(201);
    const r = await take([a.id, b.id], a.totalFen + b.totalFen);
    expect(r.status).toBe(409);
    expect(r.body.message).toMatch(/已缴清/);
    expect(await payments([b])).toBe(0);
  });

  it('R-FEE-02 the same batch sent five times at once (a double click, two desks): each bill is paid once', async () => {
    const { bills } = await setup();
    const mine = [bills[4]!, bills[9]!];
    const rs = await Promise.all(
      Array.from({ length: 5 }, () =>
        take(
          mine.map((b) => b.id),
          sum(mine),
        ),
      ),
    );
    const statuses = rs.map((r) => r.status).sort();
    expect(statuses, JSON.stringify(rs.map((r) => r.body))).toEqual([201, 409, 409, 409, 409]);
    expect(await payments(mine)).toBe(2);
  });
});
