// R-PAY-04 bill adjustments (账单调整): the desk or finance proposes a waiver (减免) of an unpaid bill's principal
// or late fee, or an increase (调增), with a reason; a second person with billing.adjust_approve (the manager)
// approves or rejects — never the proposer. Only an approved adjustment changes what the bill owes, through
// the one owed() — the owner's list, the desk, the online order, the receipt and the collection rate. A paid
// bill is never adjusted (a refund corrects it); an approval never leaves an open online order at the old amount.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeWechatPay } from '../../scripts/fake-wechatpay/server.mjs';
import { feeItem, feeProject, startPayApp } from './fees-fixtures.js';
import { count, T0, testDatabases, type TestApp } from './harness.js';

interface Bill {
  id: number;
  roomId: number;
  title: string;
  amountFen: number;
  principalFen: number;
  lateFeeFen: number;
  lateDays: number;
  totalFen: number;
  status: string;
  paymentId: number | null;
  feeItemId: number | null;
  adjustments: { kind: string; target: string; amountFen: number; line: string }[];
}

describe.each(testDatabases())('bill adjustments (%s)', (db) => {
  let t: TestApp;
  let pay: FakeWechatPay;
  let admin: string;
  let codeSeq = 830;

  const staff = async (projectId: number, username: string, roles: string[]) => {
    const r = await t.req('POST', '/api/v1/staff', {
      token: admin,
      body: { username, name: `员工${username}`, password: 'Adj#Staff2026', roles, projectIds: [projectId] },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return t.staffToken(username, 'Adj#Staff2026');
  };
  /**
   * A project of its own, October billed (due 10-25, 万分之5 a day, so late on the pinned 11-23), a desk clerk
   * who proposes, two managers who approve, finance, and the owner of the first room with its two bills.
   */
  const setup = async () => {
    t.clock.set(new Date(T0));
    const code = String(codeSeq++);
    const { projectId, rooms, phone } = await feeProject(t, admin, code);
    const wyf = await feeItem(t, admin, projectId, {
      code: 'WYF',
      name: '物业服务费',
      category: 'management',
      basis: 'area',
      unitFen: 285,
      lateFeePerTenThousand: 5,
      lateFeeCapPercent: 30,
    });
    await feeItem(t, admin, projectId, { code: 'LJF', name: '垃圾清运费', category: 'garbage', basis: 'fixed', unitFen: 1500 });
    expect((await t.req('POST', '/api/v1/bill-runs', { token: admin, body: { projectId, period: '2026-10' } })).status).toBe(201);
    const clerk = await staff(projectId, `kf${code}`, ['service_clerk']);
    const manager = await staff(projectId, `jl${code}`, ['project_manager']);
    const manager2 = await staff(projectId, `jm${code}`, ['project_manager']);
    const finance = await staff(projectId, `cw${code}`, ['finance']);
    const owner = await t.ownerToken(phone);
    const mine = async () =>
      ((await t.req('GET', '/api/v1/me/bills?status=unpaid', { token: owner })).body.items as Bill[])
        .filter((b) => b.roomId === rooms[0])
        .sort((a, b) => a.id - b.id);
    const bills = await mine();
    expect(bills).toHaveLength(2);
    const property = bills.find((b) => b.feeItemId === wyf.id)!;
    const garbage = bills.find((b) => b.feeItemId !== wyf.id)!;
    expect(property.lateFeeFen).toBeGreaterThan(0);
    const billOf = async (id: number) => (await mine()).find((b) => b.id === id)!;
    return { projectId, rooms, clerk, manager, manager2, finance, owner, billOf, property, garbage };
  };
  const propose = (token: string, body: Record<string, unknown>) => t.req('POST', '/api/v1/bill-adjustments', { token, body });
  const approve = (token: string, id: number) =>
    t.req('POST', `/api/v1/bill-adjustments/${id}/approve`, { token, body: { note: '同意' } });
  const adjustmentRow = async (id: number) => (await t.ds.query('SELECT * FROM bill_adjustment WHERE id = ?', [id]))[0];

  beforeAll(async () => {
    ({ t, pay } = await startPayApp(db, 7 * 86400));
    admin = await t.staffToken('admin', 'Admin@123');
  });
  afterAll(async () => {
    await t?.close();
    await pay?.close();
  });

  it('R-PAY-04 R-FEE-05 a late-fee waiver proposed at the desk changes nothing until the manager approves; then the owner, the desk and the receipt show the reduced amount', async () => {
    const { projectId, clerk, manager, owner, billOf, property } = await setup();
    const asked = await propose(clerk, {
      billId: property.id,
      kind: 'reduce',
      target: 'late_fee',
      amountFen: 100,
      reason: '重点客户，经理同意减免部分违约金',
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    expect(asked.body).toMatchObject({ status: 'pending', line: '减免 违约金 −¥1.00', billTotalFen: property.totalFen });
    // pending: the owner still owes the whole amount (and sees no waiting adjustment); the desk sees it 调整中
    expect((await billOf(property.id))).toMatchObject({ totalFen: property.totalFen, adjustments: [], pendingAdjustment: null });
    const desk = async () =>
      (await t.req('GET', `/api/v1/bills?projectId=${projectId}&roomId=${property.roomId}&status=unpaid`, { token: clerk })).body
        .items as (Bill & { pendingAdjustment: unknown })[];
    expect((await desk()).find((b) => b.id === property.id)!.pendingAdjustment).toEqual({
      id: asked.body.id,
      line: '减免 违约金 −¥1.00',
      reason: '重点客户，经理同意减免部分违约金',
      proposedByName: expect.any(String),
    });
    expect((await desk()).find((b) => b.id !== property.id)!.pendingAdjustment).toBeNull();
    // the clerk may propose but not approve (no billing.adjust_approve)
    expect((await approve(clerk, asked.body.id)).status).toBe(403);

    const ok = await approve(manager, asked.body.id);
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body).toMatchObject({ status: 'approved', decisionNote: '同意', billTotalFen: property.totalFen - 100 });
    const now = (await billOf(property.id));
    expect(now).toMatchObject({
      amountFen: property.amountFen, // the bill's own amount is never edited
      principalFen: property.amountFen,
      lateFeeFen: property.lateFeeFen - 100,
      totalFen: property.totalFen - 100,
      adjustments: [
        { kind: 'reduce', target: 'late_fee', amountFen: 100, line: '减免 违约金 −¥1.00', reason: '重点客户，经理同意减免部分违约金' },
      ],
    });
    expect((await desk()).find((b) => b.id === property.id)!.pendingAdjustment).toBeNull();
    expect(Number((await t.ds.query('SELECT amount_fen FROM bill WHERE id = ?', [property.id]))[0].amount_fen)).toBe(
      property.amountFen,
    );
    // in the bill's history: proposed and approved, by whom
    expect(
      await count(t, 'audit_event', "entity = 'bill' AND entity_id = ? AND action IN ('adjustment_proposed', 'adjustment_approved')", [
        property.id,
      ]),
    ).toBe(2);

    // the desk takes the reduced amount, not the old one
    const old = await t.req('POST', `/api/v1/bills/${property.id}/desk-payments`, {
      token: clerk,
      body: { method: 'cash', amountFen: property.totalFen },
    });
    expect(old.status).toBe(400);
    const paid = await t.req('POST', `/api/v1/bills/${property.id}/desk-payments`, {
      token: clerk,
      body: { method: 'cash', amountFen: now.totalFen },
    });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    expect(paid.body).toMatchObject({
      amountFen: now.totalFen,
      lateFeeFen: now.lateFeeFen,
      billAmountFen: property.amountFen,
      adjustments: [{ line: '减免 违约金 −¥1.00' }],
    });
    const receipt = await t.req('GET', `/api/v1/receipts/${paid.body.paymentId}`, { token: owner });
    expect(receipt.body.adjustments).toEqual([expect.objectContaining({ line: '减免 违约金 −¥1.00' })]);
    // paid: the owner's history shows what was paid, with the line
    const history = (await t.req('GET', '/api/v1/me/bills?status=paid', { token: owner })).body.items as Bill[];
    expect(history.find((b) => b.id === property.id)).toMatchObject({ totalFen: now.totalFen, adjustments: [{ amountFen: 100 }] });
  });

  it('R-PAY-04 R-FEE-03 a principal waiver and an increase move the principal; the late fee runs on the corrected principal', async () => {
    const { clerk, manager, billOf, property, garbage } = await setup();
    const cut = await propose(clerk, { billId: property.id, kind: 'reduce', target: 'principal', amountFen: 5000, reason: '面积复核少算' });
    expect(cut.status, JSON.stringify(cut.body)).toBe(201);
    expect((await approve(manager, cut.body.id)).status).toBe(201);
    const up = await propose(clerk, { billId: garbage.id, kind: 'increase', target: 'principal', amountFen: 300, reason: '大件垃圾加收' });
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    expect(up.body.line).toBe('调增 费用 +¥3.00');
    expect((await approve(manager, up.body.id)).status).toBe(201);
    const p = await billOf(property.id);
    const g = await billOf(garbage.id);
    expect(p!.principalFen).toBe(property.amountFen - 5000);
    expect(p!.lateFeeFen).toBe(Math.floor(((property.amountFen - 5000) * 5 * p!.lateDays + 5000) / 10000));
    expect(p!.totalFen).toBe(p!.principalFen + p!.lateFeeFen);
    expect(g).toMatchObject({ principalFen: 1800, totalFen: 1800, adjustments: [{ line: '调增 费用 +¥3.00' }] });
  });

  it('R-PAY-04 bad input is a Chinese 4xx and writes nothing: no reason, not a positive amount, a late-fee increase, a waiver beyond what is owed, a second pending one, a paid bill', async () => {
    const { projectId, clerk, manager, property, garbage } = await setup();
    const before = await count(t, 'bill_adjustment', 'project_id = ?', [projectId]);
    const noReason = await propose(clerk, { billId: property.id, kind: 'reduce', target: 'late_fee', amountFen: 100, reason: '' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.message).toMatch(/调整原因/);
    const zero = await propose(clerk, { billId: property.id, kind: 'reduce', target: 'late_fee', amountFen: 0, reason: '测试原因' });
    expect(zero.status).toBe(400);
    const frac = await propose(clerk, { billId: property.id, kind: 'reduce', target: 'late_fee', amountFen: 1.5, reason: '测试原因' });
    expect(frac.status).toBe(400);
    const lateUp = await propose(clerk, { billId: property.id, kind: 'increase', target: 'late_fee', amountFen: 100, reason: '测试原因' });
    expect(lateUp.status).toBe(400);
    expect(lateUp.body.message).toMatch(/违约金只能减免/);
    const over = await propose(clerk, {
      billId: property.id,
      kind: 'reduce',
      target: 'late_fee',
      amountFen: property.lateFeeFen + 1,
      reason: '测试原因',
    });
    expect(over.status).toBe(400);
    expect(over.body.message).toMatch(/不能超过当前违约金/);
    const overPrincipal = await propose(clerk, {
      billId: garbage.id,
      kind: 'reduce',
      target: 'principal',
      amountFen: 1501,
      reason: '测试原因',
    });
    expect(overPrincipal.status).toBe(400);
    expect(overPrincipal.body.message).toMatch(/不能超过应缴费用 ¥15\.00/);
    const noLate = await propose(clerk, { billId: garbage.id, kind: 'reduce', target: 'late_fee', amountFen: 1, reason: '测试原因' });
    expect(noLate.status).toBe(400);
    expect(noLate.body.message).toMatch(/没有违约金/);
    expect((await propose(clerk, { billId: 99_999_999, kind: 'reduce', target: 'principal', amountFen: 1, reason: '测试原因' })).status).toBe(
      404,
    );
    expect(await count(t, 'bill_adjustment', 'project_id = ?', [projectId])).toBe(before);

    // one waiting per bill
    const first = await propose(clerk, { billId: garbage.id, kind: 'reduce', target: 'principal', amountFen: 500, reason: '第一笔' });
    expect(first.status).toBe(201);
    const second = await propose(manager, { billId: garbage.id, kind: 'reduce', target: 'principal', amountFen: 100, reason: '第二笔' });
    expect(second.status).toBe(409);
    expect(second.body.message).toMatch(/等待审批/);

    // a paid bill is never adjusted: a refund corrects it
    const paid = await t.req('POST', `/api/v1/bills/${property.id}/desk-payments`, {
      token: clerk,
      body: { method: 'cash', amountFen: property.totalFen },
    });
    expect(paid.status).toBe(201);
    const late = await propose(clerk, { billId: property.id, kind: 'reduce', target: 'principal', amountFen: 100, reason: '缴费后减免' });
    expect(late.status).toBe(409);
    expect(late.body.message).toMatch(/已缴清.*退款/);
  });

  it('R-PAY-04 never approved by the proposer; a rejection needs a reason and leaves the amount as it was; a bill paid while its adjustment waited refuses the approval', async () => {
    const { clerk, manager, manager2, billOf, property, garbage } = await setup();
    const own = await propose(manager, { billId: property.id, kind: 'reduce', target: 'late_fee', amountFen: 50, reason: '经理自己提出' });
    expect(own.status).toBe(201);
    const self = await approve(manager, own.body.id);
    expect(self.status).toBe(403);
    expect(self.body.message).toMatch(/提出人以外/);
    expect((await adjustmentRow(own.body.id)).status).toBe('pending');
    const noWhy = await t.req('POST', `/api/v1/bill-adjustments/${own.body.id}/reject`, { token: manager2, body: { note: '' } });
    expect(noWhy.status).toBe(400);
    expect(noWhy.body.message).toMatch(/驳回原因/);
    const no = await t.req('POST', `/api/v1/bill-adjustments/${own.body.id}/reject`, {
      token: manager2,
      body: { note: '不符合减免条件' },
    });
    expect(no.status, JSON.stringify(no.body)).toBe(201);
    expect(no.body).toMatchObject({ status: 'rejected', decisionNote: '不符合减免条件' });
    expect((await billOf(property.id)).totalFen).toBe(property.totalFen);
    // decided once: approving a rejected one is a 409
    expect((await approve(manager2, own.body.id)).status).toBe(409);
    // a rejected one frees the bill for a new proposal
    expect((await propose(clerk, { billId: property.id, kind: 'reduce', target: 'late_fee', amountFen: 10, reason: '重新提出' })).status).toBe(201);

    // paid at the desk while its adjustment waited: approval is refused, nothing changes
    const waiting = await propose(clerk, { billId: garbage.id, kind: 'reduce', target: 'principal', amountFen: 500, reason: '等待中' });
    expect(waiting.status).toBe(201);
    expect(
      (await t.req('POST', `/api/v1/bills/${garbage.id}/desk-payments`, { token: clerk, body: { method: 'cash', amountFen: 1500 } }))
        .status,
    ).toBe(201);
    const tooLate = await approve(manager, waiting.body.id);
    expect(tooLate.status).toBe(409);
    expect(tooLate.body.message).toMatch(/已缴清/);
    expect((await adjustmentRow(waiting.body.id)).status).toBe('pending');
  });

  it('R-PAY-04 two approvals at once: one wins, the bill is adjusted once; two proposals at once: one waits, the other is a 409', async () => {
    const { clerk, finance, manager, manager2, billOf, property, garbage } = await setup();
    const a = await propose(clerk, { billId: property.id, kind: 'reduce', target: 'principal', amountFen: 1000, reason: '同时审批' });
    expect(a.status).toBe(201);
    const both = await Promise.all([approve(manager, a.body.id), approve(manager2, a.body.id), approve(admin, a.body.id)]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(await count(t, 'bill_adjustment', "bill_id = ? AND status = 'approved'", [property.id])).toBe(1);
    expect(await count(t, 'audit_event', "entity = 'bill' AND entity_id = ? AND action = 'adjustment_approved'", [property.id])).toBe(1);
    expect((await billOf(property.id)).principalFen).toBe(property.amountFen - 1000);

    const asks = await Promise.all(
      [clerk, finance, manager].map((tok, i) =>
        propose(tok, { billId: garbage.id, kind: 'reduce', target: 'principal', amountFen: 100 + i, reason: `同时提出${i}` }),
      ),
    );
    expect(asks.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(await count(t, 'bill_adjustment', "bill_id = ? AND status = 'pending'", [garbage.id])).toBe(1);
  });

  it('R-PAY-04 R-PAY-01 while the owner has an open WeChat Pay order for the bill the approval is refused; once it expires the approval passes and the next order asks the new amount', async () => {
    const { clerk, manager, owner, billOf, property } = await setup();
    const waiting = await propose(clerk, { billId: property.id, kind: 'reduce', target: 'late_fee', amountFen: 200, reason: '线上支付中' });
    expect(waiting.status).toBe(201);
    const o = await t.req('POST', '/api/v1/me/payments', { token: owner, body: { billIds: [property.id], channel: 'h5' } });
    expect(o.status, JSON.stringify(o.body)).toBe(201);
    expect(o.body.totalFen).toBe(property.totalFen);
    const refused = await approve(manager, waiting.body.id);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/正在线上缴/);
    expect((await adjustmentRow(waiting.body.id)).status).toBe('pending');
    const version = (await t.ds.query('SELECT version FROM bill WHERE id = ?', [property.id]))[0].version;

    // the order expires unpaid: the approval passes, the bill moves on, the owner's next order is for the new total
    t.clock.advance(31 * 60_000);
    const ok = await approve(manager, waiting.body.id);
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(Number((await t.ds.query('SELECT version FROM bill WHERE id = ?', [property.id]))[0].version)).toBe(Number(version) + 1);
    const now = (await billOf(property.id));
    expect(now.totalFen).toBe(now.principalFen + now.lateFeeFen);
    expect(now.adjustments).toHaveLength(1);
    const o2 = await t.req('POST', '/api/v1/me/payments', { token: owner, body: { billIds: [property.id], channel: 'h5' } });
    expect(o2.status, JSON.stringify(o2.body)).toBe(201);
    expect(o2.body.totalFen).toBe(now.totalFen);
    expect(await pay.state.pay(o2.body.outTradeNo)).toEqual([204]);
    const paid = (await t.req('GET', '/api/v1/me/bills?status=paid', { token: owner })).body.items as Bill[];
    expect(paid.find((b) => b.id === property.id)).toMatchObject({ status: 'paid', totalFen: now.totalFen });
  });

  it('R-PAY-04 an order quoted before an approval that slipped past the open-order check is not credited at the old amount: the bill stays owed and the payment is put on record for a refund', async () => {
    const { projectId, owner, property } = await setup();
    const o = await t.req('POST', '/api/v1/me/payments', { token: owner, body: { billIds: [property.id], channel: 'h5' } });
    expect(o.status).toBe(201);
    // the race: an approved principal waiver lands after the order was quoted
    await t.ds.query(
      `INSERT INTO bill_adjustment (project_id, bill_id, pending_bill_id, kind, target, amount_fen, reason, status, proposed_by_id, proposed_by_name, proposed_at)
       VALUES (?, ?, NULL, 'reduce', 'principal', 1000, '竞态', 'approved', 1, '测试', ?)`,
      [projectId, property.id, '2026-11-23 02:00:00'],
    );
    expect(await pay.state.pay(o.body.outTradeNo)).toEqual([204]);
    expect((await t.ds.query('SELECT status FROM bill WHERE id = ?', [property.id]))[0].status).toBe('unpaid');
    expect(await count(t, 'payment', 'bill_id = ?', [property.id])).toBe(0);
    expect(await count(t, 'audit_event', "entity = 'bill' AND entity_id = ? AND action = 'amount_changed'", [property.id])).toBe(1);
  });

  it('R-PAY-04 R-FEE-04 the collection rate counts the adjusted charge: billed and collected move with approved principal adjustments, not with pending ones or late-fee waivers', async () => {
    const { projectId, clerk, manager, finance, property, garbage } = await setup();
    const rate = async () =>
      (await t.req('GET', `/api/v1/reports/collection?projectId=${projectId}&from=2026-10&to=2026-10`, { token: finance })).body
        .total as { billedFen: number; collectedFen: number };
    const before = await rate();
    const cut = await propose(clerk, { billId: garbage.id, kind: 'reduce', target: 'principal', amountFen: 500, reason: '减免垃圾费' });
    expect((await rate()).billedFen).toBe(before.billedFen); // pending: nothing yet
    expect((await approve(manager, cut.body.id)).status).toBe(201);
    const late = await propose(clerk, { billId: property.id, kind: 'reduce', target: 'late_fee', amountFen: 100, reason: '减免违约金' });
    expect((await approve(manager, late.body.id)).status).toBe(201);
    expect(
      (await t.req('POST', `/api/v1/bills/${garbage.id}/desk-payments`, { token: clerk, body: { method: 'cash', amountFen: 1000 } }))
        .status,
    ).toBe(201);
    expect(await rate()).toMatchObject({ billedFen: before.billedFen - 500, collectedFen: before.collectedFen + 1000 });
  });

  it('R-PAY-04 the list is filtered and paged on the server, within the staff member’s projects', async () => {
    const { projectId, rooms, clerk, manager, property, garbage } = await setup();
    const a = await propose(clerk, { billId: property.id, kind: 'reduce', target: 'late_fee', amountFen: 10, reason: '列表一' });
    await propose(clerk, { billId: garbage.id, kind: 'reduce', target: 'principal', amountFen: 10, reason: '列表二' });
    await approve(manager, a.body.id);
    const list = (q: string, tok = clerk) => t.req('GET', `/api/v1/bill-adjustments?projectId=${projectId}&${q}`, { token: tok });
    const pending = await list('status=pending');
    expect(pending.status).toBe(200);
    expect(pending.body.items.map((x: { reason: string }) => x.reason)).toEqual(['列表二']);
    const page1 = await list('limit=1');
    expect(page1.body.items).toHaveLength(1);
    expect(page1.body.nextCursor).toBeTruthy();
    const page2 = await list(`limit=1&cursor=${encodeURIComponent(page1.body.nextCursor)}`);
    expect(page2.body.items[0].id).toBe(a.body.id);
    expect(page2.body.items[0]).toMatchObject({ status: 'approved', title: property.title, roomLabel: expect.any(String) });
    expect((await list('status=bogus')).status).toBe(400);
    // by room: the first room's two bills; another room of the project has none
    expect((await list(`roomId=${property.roomId}`)).body.items.map((x: { reason: string }) => x.reason)).toEqual(['列表二', '列表一']);
    expect((await list(`roomId=${rooms[1]}`)).body.items).toEqual([]);
    expect((await list(`billId=${garbage.id}`)).body.items.map((x: { reason: string }) => x.reason)).toEqual(['列表二']);
    // another project's staff see nothing of it
    const other = await feeProject(t, admin, String(codeSeq++));
    const stranger = await staff(other.projectId, `xx${codeSeq}`, ['project_manager']);
    expect((await list('', stranger)).status).toBe(404);
    const b = await propose(clerk, { billId: property.id, kind: 'reduce', target: 'late_fee', amountFen: 10, reason: '列表三' });
    expect((await approve(stranger, b.body.id)).status).toBe(404);
    expect((await adjustmentRow(b.body.id)).status).toBe('pending');
  });
});
