// The demo data `npm start` loads: repairs in every state, made through the real service.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/database/seed.js';
import { count, ids, startTestApp, testDatabases, type TestApp } from './harness.js';

describe.each(testDatabases())('demo data (%s)', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(db, { demoRequests: true });
  });
  afterAll(async () => t?.close());

  it('loads repairs in every state of the flow, with their clocks, timeline and the paid job’s bill', async () => {
    const rows: { status: string; n: number }[] = await t.ds.query(
      'SELECT status, COUNT(*) AS n FROM service_request GROUP BY status',
    );
    const by = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    expect(by).toMatchObject({ received: 2, dispatched: 1, accepted: 1, arrived: 1, confirmed: 2 });
    expect(await count(t, 'bill', "status = 'unpaid' AND amount_fen = 8000")).toBe(1);
    expect(await count(t, 'sla_clock', "kind = 'callback' AND met_at IS NULL")).toBe(2);
    // the two mini-program requests are reviewed before dispatch; the lock's technician records his call to the owner (R-REP-16)
    expect(await count(t, 'request_event')).toBe(26);
    const kefu = await t.staffToken('kefu', 'Kefu@123');
    const cb = await t.req('GET', `/api/v1/callbacks?projectId=${await (await ids(t)).project('101')}`, { token: kefu });
    expect(cb.body.items.map((c: { categoryName: string }) => c.categoryName).sort()).toEqual(['电梯故障', '门锁维修']);
  });

  it('R-CMP-04 R-CMP-02 the demo office tower keeps its classification table and complaints in every state, made through the real service', async () => {
    const p101 = await (await ids(t)).project('101');
    expect(await count(t, 'complaint_class_item', 'project_id = ?', [p101])).toBe(13);
    const rows: { status: string; n: number }[] = await t.ds.query('SELECT status, COUNT(*) AS n FROM complaint GROUP BY status');
    const by = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    expect(by).toEqual({ received: 1, invalid: 1, handling: 2, handled: 1, replied: 1, closed: 1 });
    const codes: { code: string }[] = await t.ds.query('SELECT code FROM complaint WHERE code IS NOT NULL ORDER BY serial');
    expect(codes.map((c) => c.code)).toEqual([
      '101-B-GC-000001',
      '101-C-BJ-000002',
      '101-B-KF-000003',
      '101-B-GC-000004',
      '101-A-ZX-000005',
    ]);
    // the class A one went to the manager and was answered in time
    expect(await count(t, 'complaint', 'escalated_at IS NOT NULL')).toBe(1);
    expect(await count(t, 'complaint_clock', "kind = 'answer' AND met_at IS NOT NULL AND breached_at IS NULL")).toBe(1);
  });

  it('R-FAQ-01 R-SUG-01 R-INQ-01 the demo office tower keeps an FAQ in every category and suggestions and inquiries in their states, made through the real services', async () => {
    const p101 = await (await ids(t)).project('101');
    const cats: { category: string }[] = await t.ds.query('SELECT DISTINCT category FROM faq_entry WHERE project_id = ?', [p101]);
    expect(cats.map((c) => c.category).sort()).toEqual(
      ['site', 'fees', 'phones', 'transport', 'shopping', 'dining', 'schools', 'housekeeping', 'common'].sort(),
    );
    const rows: { type: string; status: string; n: number }[] = await t.ds.query(
      'SELECT type, status, COUNT(*) AS n FROM enquiry GROUP BY type, status ORDER BY type, status',
    );
    expect(rows.map((r) => `${r.type}:${r.status}:${Number(r.n)}`)).toEqual([
      'inquiry:replied:2',
      'suggestion:forwarded:1',
      'suggestion:received:1',
    ]);
    expect(await count(t, 'enquiry', 'faq_entry_id IS NOT NULL')).toBe(1);
    expect(await count(t, 'faq_candidate', "status = 'open'")).toBe(1);
  });

  it('R-FEE-04 R-FEE-05 R-FEE-02 demo fees: three months billed by the bill run, some paid at the desk with receipts, 张伟 owes two months, 杨秀英 is in arrears with late fees', async () => {
    const [p101, p201] = await Promise.all(['101', '201'].map(async (c) => (await ids(t)).project(c)));
    expect(await count(t, 'fee_item', 'project_id IN (?, ?)', [p101, p201])).toBe(4);
    const periods: { period: string }[] = await t.ds.query(
      "SELECT DISTINCT period FROM bill WHERE source_type = 'fee' ORDER BY period",
    );
    expect(periods).toHaveLength(3);
    expect(await count(t, 'bill_run', "status = 'done'")).toBe(6);
    // every paid bill has its receipt; none is paid without one
    expect(await count(t, 'bill', "source_type = 'fee' AND status = 'paid'")).toBeGreaterThan(20);
    expect(await count(t, 'bill', "source_type = 'fee' AND status = 'paid' AND id NOT IN (SELECT bill_id FROM payment)")).toBe(0);
    const zhang = await t.req('GET', '/api/v1/me/bills', { token: await t.ownerToken('13800000001') });
    const a1201 = zhang.body.items.filter(
      (b: { roomLabel: string; sourceType: string }) => b.sourceType === 'fee' && b.roomLabel.includes('1201'),
    );
    expect(a1201.map((b: { status: string }) => b.status).sort()).toEqual(['paid', 'unpaid', 'unpaid']);
    const yang = await t.req('GET', '/api/v1/me/bills?status=unpaid', { token: await t.ownerToken('13700000011') });
    expect(yang.body.items.filter((b: { sourceType: string }) => b.sourceType === 'fee')).toHaveLength(6);
    expect(yang.body.items.some((b: { lateFeeFen: number }) => b.lateFeeFen > 0)).toBe(true);
    // R-PAY-04 one of her bills shows an approved ¥10 cut with its reason; another's cut waits on 账单调整
    const adjusted = yang.body.items.filter((b: { adjustments: unknown[] }) => b.adjustments.length);
    expect(adjusted).toHaveLength(1);
    expect(adjusted[0].adjustments[0]).toMatchObject({ line: '减免 费用 −¥10.00', reason: expect.stringContaining('电梯停运') });
    expect(adjusted[0].principalFen).toBe(adjusted[0].amountFen - 1000);
    const jingli = await t.staffToken('jingli', 'Jingli@123');
    const list = async (status: string) =>
      (await t.req('GET', `/api/v1/bill-adjustments?projectId=${p201}&status=${status}`, { token: jingli })).body.items;
    expect((await list('approved')).map((a: { line: string }) => a.line)).toEqual(['减免 费用 −¥10.00']);
    expect((await list('pending')).map((a: { line: string }) => a.line)).toEqual(['减免 费用 −¥5.00']);
    // an owner who paid everything owes nothing for fees
    const huang = await t.req('GET', '/api/v1/me/bills?status=unpaid', { token: await t.ownerToken('13700000012') });
    expect(huang.body.items).toEqual([]);
  });

  it('R-ARR-01 R-ARR-02 R-ARR-03 R-ARR-04 R-ARR-06 R-ARR-07 demo arrears: households at every step of the ladder, a large customer, recorded actions and a promise to follow up', async () => {
    const p201 = await (await ids(t)).project('201');
    const caiwu = await t.staffToken('caiwu', 'Caiwu@123');
    const r = await t.req('GET', `/api/v1/arrears?projectId=${p201}&limit=100`, { token: caiwu });
    expect(r.status).toBe(200);
    const rows = r.body.items as {
      ageMonths: number;
      stage: string;
      largeCustomer: boolean;
      flagged: boolean;
      lastAction: unknown;
      promiseDue: boolean;
    }[];
    expect(rows[0]!.ageMonths).toBeGreaterThanOrEqual(19);
    // every step of the ladder
    for (const stage of ['suit', 'lawyer', 'remind']) expect(rows.map((x) => x.stage)).toContain(stage);
    expect(rows.some((x) => x.largeCustomer && x.stage === 'lawyer')).toBe(true);
    expect(rows.filter((x) => x.flagged).length).toBeGreaterThanOrEqual(3);
    expect(rows.filter((x) => x.lastAction).length).toBe(2);
    expect(rows.filter((x) => x.promiseDue)).toHaveLength(1);
  });

  it('demo invoice requests: 瑞和花园’s queue holds one issued and one pending request, and 张伟’s paid month is left to ask for in the H5', async () => {
    const p201 = await (await ids(t)).project('201');
    const caiwu = await t.staffToken('caiwu', 'Caiwu@123');
    const queue = await t.req('GET', `/api/v1/invoice-requests?projectId=${p201}`, { token: caiwu });
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((r: { status: string }) => r.status).sort()).toEqual(['issued', 'pending']);
    expect(queue.body.pendingCount).toBe(1);
    const zhang = await t.req('GET', '/api/v1/me/invoice-requests/bills', { token: await t.ownerToken('13800000001') });
    expect(zhang.body.items.filter((b: { available: boolean }) => b.available).length).toBeGreaterThan(0);
  });

  it('the clerk’s desk counts what is waiting: to dispatch, in the pool, in progress, callbacks, bindings', async () => {
    const kefu = await t.staffToken('kefu', 'Kefu@123');
    const p101 = await (await ids(t)).project('101');
    const c = await t.req('GET', `/api/v1/service-requests/counts?projectId=${p101}`, { token: kefu });
    expect(c.body).toEqual({
      toDispatch: 1,
      inPool: 1,
      inProgress: 3,
      overdue: 0,
      callbacksDue: 2,
      callbacksOverdue: 0,
      pendingExtensions: 0,
      pendingBindings: 2,
    });
    // 25 hours on, both callbacks are late; the urgent electrical job waiting for dispatch is overdue too
    t.clock.advance(25 * 3600_000);
    const later = await t.req('GET', `/api/v1/service-requests/counts?projectId=${p101}`, {
      token: await t.staffToken('kefu', 'Kefu@123'),
    });
    expect(later.body).toMatchObject({ callbacksOverdue: 2 });
    expect(later.body.overdue).toBeGreaterThanOrEqual(1);
    expect(
      (
        await t.req('GET', `/api/v1/service-requests/counts?projectId=${p101}`, {
          token: await t.staffToken('kefu2', 'Kefu2@123'),
        })
      ).status,
    ).toBe(404);
  });

  it('R-ACT-04 demo announcements: 张伟 sees the urgent A座 停水 notice on 首页 and the 温馨提示; an activity notice waits for the manager', async () => {
    const zhang = await t.ownerToken('13800000001');
    const strip = await t.req('GET', '/api/v1/me/announcements/urgent', { token: zhang });
    expect(strip.body.map((a: { title: string }) => a.title)).toEqual(['A座停水通知']);
    const mine = await t.req('GET', '/api/v1/me/announcements', { token: zhang });
    expect(mine.body.items.map((a: { title: string }) => a.title)).toEqual(['A座停水通知', '冬季用电安全温馨提示']);
    const jingli = await t.staffToken('jingli', 'Jingli@123');
    const p101 = await (await ids(t)).project('101');
    const pending = await t.req('GET', `/api/v1/announcements?projectId=${p101}&status=pending`, { token: jingli });
    expect(pending.body.items.map((a: { title: string }) => a.title)).toEqual(['元旦迎新游园活动报名']);
  });

  it('R-PAS-01 R-PAS-02 R-PAS-03 demo release passes: 李娜’s confirmed by 张伟 waits for the desk, 张伟’s is issued for today, 陈静’s was released at the gate', async () => {
    const kefu = await t.staffToken('kefu', 'Kefu@123');
    const p101 = await (await ids(t)).project('101');
    const list = await t.req('GET', `/api/v1/passes?projectId=${p101}`, { token: kefu });
    const byName = (n: string) => list.body.items.find((x: { applicantName: string }) => x.applicantName === n);
    expect(byName('李娜')).toMatchObject({ status: 'submitted' });
    expect(byName('张伟')).toMatchObject({ status: 'issued' });
    expect(byName('陈静')).toMatchObject({ status: 'released' });
    const zhang = await t.ownerToken('13800000001');
    const mine = await t.req('GET', '/api/v1/me/passes', { token: zhang });
    expect(mine.body.map((x: { applicantName: string }) => x.applicantName).sort()).toEqual(['张伟', '李娜'].sort());
  });

  it('R-PAS-05 R-RPT-04 demo visitors and key customers: a courier waits for 张伟’s answer, 陈静’s visitors are in and gone, 张伟 invited one for today; the committee chair is spoken with, a member is overdue', async () => {
    const kefu = await t.staffToken('kefu', 'Kefu@123');
    const p101 = await (await ids(t)).project('101');
    // the seed's day (an earlier test moves the clock on a day)
    const day = (await t.ds.query("SELECT visit_on AS d FROM visitor WHERE name = '李强'"))[0].d as string;
    const today = await t.req('GET', `/api/v1/visitors?projectId=${p101}&date=${day}`, { token: kefu });
    const byName = (n: string) => today.body.items.find((x: { name: string }) => x.name === n);
    expect(byName('李强')).toMatchObject({ status: 'awaiting_host', hostName: '张伟' });
    expect(byName('赵志明')).toMatchObject({ status: 'in', confirmedVia: 'phone' });
    expect(byName('孙美玲')).toMatchObject({ status: 'left' });
    expect(byName('钱小红')).toMatchObject({ status: 'invited', code: expect.stringMatching(/^\d{8}$/) });
    const zhang = await t.ownerToken('13800000001');
    const mine = await t.req('GET', '/api/v1/me/visitors', { token: zhang });
    expect(mine.body.find((x: { name: string }) => x.name === '李强')).toMatchObject({ hostName: '张伟', source: 'gate' });
    const zhuguan = await t.staffToken('zhuguan', 'Zhuguan@123');
    const people = (await t.req('GET', `/api/v1/key-customers?projectId=${p101}`, { token: zhuguan })).body.items;
    const who = (n: string) => people.find((x: { name: string }) => x.name === n);
    expect(who('王建国')).toMatchObject({ kind: 'committee', contactState: 'ok' });
    expect(who('刘敏')).toMatchObject({ contactState: 'overdue' });
    expect(who('张伟')).toMatchObject({ kind: 'key', contactState: 'due' });
    const board = await t.req('GET', `/api/v1/festival-greetings?projectId=${p101}`, { token: zhuguan });
    expect(board.body.greeted.map((g: { customerName: string }) => g.customerName)).toEqual(['王建国']);
  });

  it('R-MOV-02 R-MOV-03 R-MOV-04 demo move-ins: 郑爽 moved in with two defects sent to the developer (one fixed for her to confirm), 钱多多 is at 验房 with the fees paid, 冯晓 waits', async () => {
    const kefu2 = await t.staffToken('kefu2', 'Kefu2@123');
    const p201 = await (await ids(t)).project('201');
    const list = await t.req('GET', `/api/v1/move-ins?projectId=${p201}&limit=50`, { token: kefu2 });
    const byName = (n: string) => list.body.items.find((x: { buyerName: string }) => x.buyerName === n);
    expect(byName('郑爽')).toMatchObject({
      status: 'done',
      defects: 2,
      defectsOpen: 2,
      timing: { waitMinutes: 8, handleMinutes: 26, waitOk: true, handleOk: true },
    });
    expect(byName('钱多多')).toMatchObject({ status: 'handling', currentStepLabel: '验房' });
    expect(byName('冯晓')).toMatchObject({ status: 'waiting' });
    const zheng = await t.ownerToken('13700000021');
    const [mine] = (await t.req('GET', '/api/v1/me/move-ins', { token: zheng })).body;
    expect(mine.defectLines.map((d: { statusLabel: string }) => d.statusLabel)).toEqual(['已整改', '整改中']);
    expect(mine.bills.every((b: { status: string }) => b.status === 'paid')).toBe(true);
  });

  it('R-REN-02 R-REN-03 R-REN-05 R-REN-07 demo renovations: 李娜’s consented to by 张伟 waits for review, 张伟’s was returned for correction (two more await and passed their acceptance), 陈静’s is approved and owes its fees, another of hers has its permit', async () => {
    const kefu = await t.staffToken('kefu', 'Kefu@123');
    const p101 = await (await ids(t)).project('101');
    const list = await t.req('GET', `/api/v1/renovations?projectId=${p101}`, { token: kefu });
    const of = (n: string) =>
      list.body.items.filter((x: { applicantName: string }) => x.applicantName === n).map((x: { status: string }) => x.status);
    expect(of('李娜')).toEqual(['submitted']);
    // and (R-REN-07/08) one awaiting its acceptance and one accepted, its deposits refunded
    expect(of('张伟').sort()).toEqual(['acceptance_requested', 'accepted', 'returned']);
    expect(of('陈静').sort()).toEqual(['approved', 'permitted']);
    const permitted = list.body.items.find((x: { status: string }) => x.status === 'permitted');
    expect(permitted.permitCode).toMatch(/^ZX101/);
  });

  it('R-OWN-02 R-OWN-04 R-ORG-05 demo owner records: three A座 records wait for their check (one entered late), a change of area waits for its notice to be delivered, a change of use for the manager; the code tables stay approved', async () => {
    const kefu = await t.staffToken('kefu', 'Kefu@123');
    const p101 = await (await ids(t)).project('101');
    const list = async (l: string) =>
      (
        (await t.req('GET', `/api/v1/records/worklist?projectId=${p101}&list=${l}`, { token: kefu })).body as {
          propertyCode: string;
        }[]
      ).map((r) => r.propertyCode);
    expect(await list('unverified')).toEqual(['1011012806', '1011012807', '1011012808']);
    expect(await list('late')).toEqual(['1011012808']);
    const changes = (await t.req('GET', `/api/v1/fee-changes?projectId=${p101}`, { token: kefu })).body as {
      propertyCode: string;
      status: string;
    }[];
    expect(changes.map((c) => `${c.propertyCode} ${c.status}`).sort()).toEqual(['1011012801 approved', '1011012802 pending']);
    expect(await count(t, 'room', "code_status = 'draft'")).toBe(0);
  });

  it('is loaded once: a second start changes nothing', async () => {
    const before = await count(t, 'service_request');
    expect(await seedDemo(t.app)).toBe(false);
    expect(await count(t, 'service_request')).toBe(before);
  });
});
