// R-FEE-04 收缴率: a project's billed months against what was collected, in total, by building (paged) and
// by fee item — sums made by the database (one SQL per level), refunds taken off what was collected, other
// months and void bills left out. A small fixture of two buildings and two fee items, on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feeItem, feeProject } from './fees-fixtures.js';
import { startTestApp, testDatabases, type TestApp } from './harness.js';

interface Row {
  id: number | null;
  name: string;
  billedFen: number;
  collectedFen: number;
  owedFen: number;
  ratePct: number | null;
  bills: number;
}
interface Bill {
  id: number;
  roomId: number;
  feeItemId: number | null;
  period: string | null;
  amountFen: number;
  totalFen: number;
}

describe.each(testDatabases())('collection rate (%s)', (db) => {
  let t: TestApp;
  let admin: string;
  let codeSeq = 860;

  beforeAll(async () => {
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
    admin = await t.staffToken('admin', 'Admin@123');
  });
  afterAll(async () => {
    await t?.close();
  });

  const report = (q: string, token = admin) => t.req('GET', `/api/v1/reports/collection?${q}`, { token });

  it('R-FEE-04 R-PAY-04 collection rate per project, building and fee item: billed vs collected fen, refunds taken off, other months left out', async () => {
    const code = String(codeSeq++);
    const { projectId, rooms } = await feeProject(t, admin, code);
    // a second building with one room
    const clusters = await t.req('GET', `/api/v1/projects/${projectId}/clusters`, { token: admin });
    const clusterId = (clusters.body.items ?? clusters.body)[0].id;
    const b2 = await t.req('POST', `/api/v1/projects/${projectId}/buildings`, {
      token: admin,
      body: { clusterId, code: '02', name: '2栋' },
    });
    expect(b2.status, JSON.stringify(b2.body)).toBe(201);
    const r2 = await t.req('POST', '/api/v1/rooms', {
      token: admin,
      body: { buildingId: b2.body.id, roomNo: '201', area: 10000, use: 'residential' },
    });
    expect(r2.status, JSON.stringify(r2.body)).toBe(201);
    const wyf = await feeItem(t, admin, projectId, {
      code: 'WYF',
      name: '物业服务费',
      category: 'management',
      basis: 'area',
      unitFen: 285,
    });
    const ljf = await feeItem(t, admin, projectId, {
      code: 'LJF',
      name: '垃圾清运费',
      category: 'garbage',
      basis: 'fixed',
      unitFen: 1500,
    });
    for (const period of ['2026-09', '2026-10']) {
      t.clock.set(new Date(`${period}-05T02:00:00Z`));
      const run = await t.req('POST', '/api/v1/bill-runs', { token: admin, body: { projectId, period } });
      expect(run.status, JSON.stringify(run.body)).toBe(201);
    }
    const bills = (await t.req('GET', `/api/v1/bills?projectId=${projectId}&period=2026-09&limit=100`, { token: admin })).body
      .items as Bill[];
    expect(bills).toHaveLength(12); // six rooms, two items
    const sum = (xs: Bill[]) => xs.reduce((a, b) => a + b.amountFen, 0);

    // paid at the desk: every bill of the first room, and the garbage fee of building 2's room
    const paid = bills.filter((b) => b.roomId === rooms[0] || (b.roomId === r2.body.id && b.feeItemId === ljf.id));
    const receipts: number[] = [];
    for (const b of paid) {
      const r = await t.req('POST', `/api/v1/bills/${b.id}/desk-payments`, {
        token: admin,
        body: { method: 'cash', amountFen: b.totalFen },
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      receipts.push(r.body.paymentId);
    }
    // the first room's garbage fee paid back (a refund asked by finance, approved by another person)
    const username = `sj${code}`;
    expect(
      (
        await t.req('POST', '/api/v1/staff', {
          token: admin,
          body: { username, name: '收缴出纳', password: 'Cw#Finance2026', roles: ['finance'], projectIds: [projectId] },
        })
      ).status,
    ).toBe(201);
    const finance = await t.staffToken(username, 'Cw#Finance2026');
    const back = paid.findIndex((b) => b.roomId === rooms[0] && b.feeItemId === ljf.id);
    const asked = await t.req('POST', '/api/v1/refunds', {
      token: finance,
      body: { paymentId: receipts[back], reason: '重复缴费退回' },
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    expect((await t.req('POST', `/api/v1/refunds/${asked.body.id}/approve`, { token: admin, body: {} })).body.status).toBe(
      'succeeded',
    );
    const collected = sum(paid) - 1500;
    const billed = sum(bills);

    // the project
    const total = await report(`projectId=${projectId}&from=2026-09&to=2026-09`, finance);
    expect(total.status, JSON.stringify(total.body)).toBe(200);
    expect(total.body).toMatchObject({ from: '2026-09', to: '2026-09', by: 'project', items: [], nextCursor: null });
    expect(total.body.total).toEqual({
      id: projectId,
      name: '合计',
      billedFen: billed,
      collectedFen: collected,
      owedFen: billed - collected,
      ratePct: Math.floor((collected * 1000) / billed) / 10,
      bills: 12,
    });
    // two months: October billed, nothing collected
    const two = (await report(`projectId=${projectId}&from=2026-09&to=2026-10`, finance)).body.total as Row;
    expect(two).toMatchObject({ billedFen: billed * 2, collectedFen: collected, bills: 24 });

    // by fee item
    const items = (await report(`projectId=${projectId}&from=2026-09&to=2026-09&by=fee_item`, finance)).body.items as Row[];
    const of = (id: number) => bills.filter((b) => b.feeItemId === id);
    expect(items).toEqual([
      expect.objectContaining({
        id: wyf.id,
        name: '物业服务费',
        billedFen: sum(of(wyf.id)),
        collectedFen: sum(paid.filter((b) => b.feeItemId === wyf.id)),
        bills: 6,
      }),
      expect.objectContaining({
        id: ljf.id,
        name: '垃圾清运费',
        billedFen: 9000,
        collectedFen: 1500,
        owedFen: 7500,
        ratePct: 16.6,
        bills: 6,
      }),
    ]);

    // by building, a page of one at a time
    const p1 = await report(`projectId=${projectId}&from=2026-09&to=2026-09&by=building&limit=1`, finance);
    expect(p1.body.items).toHaveLength(1);
    expect(p1.body.nextCursor).not.toBeNull();
    const p2 = await report(
      `projectId=${projectId}&from=2026-09&to=2026-09&by=building&limit=1&cursor=${p1.body.nextCursor}`,
      finance,
    );
    expect(p2.body.nextCursor).toBeNull();
    const [first, second] = [p1.body.items[0] as Row, p2.body.items[0] as Row];
    const inB2 = bills.filter((b) => b.roomId === r2.body.id);
    expect(first).toMatchObject({ name: '1栋', billedFen: billed - sum(inB2), collectedFen: collected - 1500, bills: 10 });
    expect(second).toMatchObject({ name: '2栋', billedFen: sum(inB2), collectedFen: 1500, bills: 2 });
    expect(first.collectedFen + second.collectedFen).toBe(collected);

    // the Excel sheet: every building (not one page), Chinese headers, yuan with two decimals from fen, the total last
    const sheet = async (q: string) => {
      const x = await t.app.inject({
        method: 'GET',
        url: `/api/v1/reports/collection/export?${q}`,
        headers: { authorization: `Bearer ${finance}` },
      });
      expect(x.statusCode, x.body).toBe(200);
      expect(x.headers['content-type']).toContain('spreadsheetml');
      expect(String(x.headers['content-disposition'])).toContain('.xlsx');
      const ExcelJS = (await import('exceljs')).default;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(x.rawPayload as never);
      const ws = wb.worksheets[0]!;
      return { ws, rows: (ws.getSheetValues().filter(Boolean) as unknown[][]).map((r) => r.slice(1)) };
    };
    const yuan = (fen: number) => Number((fen / 100).toFixed(2));
    const byBuilding = await sheet(`projectId=${projectId}&from=2026-09&to=2026-09&by=building&limit=1`);
    expect(byBuilding.rows[0]).toEqual(['楼栋', '账单数', '应收（元）', '实收（元）', '未收（元）', '收缴率（%）']);
    expect(byBuilding.rows[1]).toEqual([
      '1栋',
      10,
      yuan(first.billedFen),
      yuan(first.collectedFen),
      yuan(first.owedFen),
      first.ratePct,
    ]);
    expect(byBuilding.rows[2]).toEqual(['2栋', 2, yuan(second.billedFen), 15, yuan(second.owedFen), second.ratePct]);
    expect(byBuilding.rows[3]).toEqual([
      '合计',
      12,
      yuan(billed),
      yuan(collected),
      yuan(billed - collected),
      total.body.total.ratePct,
    ]);
    expect(byBuilding.ws.getCell('C2').numFmt).toBe('#,##0.00');
    expect(byBuilding.ws.getCell('F2').numFmt).toBe('0.0');
    const byItem = await sheet(`projectId=${projectId}&from=2026-09&to=2026-09&by=fee_item`);
    expect(byItem.rows.map((r) => r[0])).toEqual([
      '收费项目',
      '物业服务费',
      '垃圾清运费',
      '合计',
      expect.stringMatching(/账期 2026-09 至 2026-09/),
    ]);
    expect(byItem.rows[2]).toEqual(['垃圾清运费', 6, 90, 15, 75, 16.6]);
  });

  it('R-FEE-04 a month with nothing billed has no rate; bad input is refused with a Chinese 400; a clerk without the right gets 403', async () => {
    const { projectId } = await feeProject(t, admin, String(codeSeq++));
    const empty = await report(`projectId=${projectId}&from=2030-01&to=2030-02`);
    expect(empty.body.total).toMatchObject({ billedFen: 0, collectedFen: 0, ratePct: null, bills: 0 });
    for (const [q, msg] of [
      [`projectId=${projectId}&from=2026-10&to=2026-09`, /开始账期不能晚于结束账期/],
      [`projectId=${projectId}&from=2026-13`, /开始账期/],
      [`projectId=${projectId}&by=room`, /统计维度/],
      [`projectId=${projectId}&by=building&cursor=abc`, /翻页游标/],
    ] as const) {
      const r = await report(q);
      expect(r.status, q).toBe(400);
      expect(r.body.message).toMatch(msg);
    }
    const clerkName = `kf${codeSeq++}`;
    await t.req('POST', '/api/v1/staff', {
      token: admin,
      body: { username: clerkName, name: '客服', password: 'Kf#Service2026', roles: ['service_clerk'], projectIds: [projectId] },
    });
    const clerk = await t.staffToken(clerkName, 'Kf#Service2026');
    expect((await report(`projectId=${projectId}`, clerk)).status).toBe(403);
    const x = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reports/collection/export?projectId=${projectId}`,
      headers: { authorization: `Bearer ${clerk}` },
    });
    expect(x.statusCode).toBe(403);
    const bad = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reports/collection/export?projectId=${projectId}&from=2026-10&to=2026-09`,
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(bad.statusCode, bad.body).toBe(400);
    expect(bad.json().message).toMatch(/开始账期不能晚于结束账期/);
  });
});
