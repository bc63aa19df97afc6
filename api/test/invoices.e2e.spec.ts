// Invoice requests (开票申请): an owner asks for a fapiao for paid bills of their own rooms (title, tax number
// for a company, e-mail); the amount is what was paid less what was refunded; a bill is in at most one pending
// or issued request, however many are asked for at once; the owner may withdraw while 待开票; finance records
// the invoice number and date (today in the project's zone by default) or rejects with a reason; a refund of an
// invoiced bill flags the request for a red-letter reversal (红冲).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feeItem, feeProject } from './fees-fixtures.js';
import type { FakeWechatState } from '../../scripts/fake-wechat/server.mjs';
import { PiiCipher } from '../src/infra/pii.js';
import { OutboxService } from '../src/modules/notifications/outbox.service.js';
import { count, startTestApp, testDatabases, type TestApp } from './harness.js';

interface Bill {
  id: number;
  roomId: number;
  totalFen: number;
  period: string | null;
}

/** China time (UTC+8) of a day as an instant. */
const china = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+08:00`);
const HEADER = { titleType: 'personal', title: '收费业主', email: 'owner@example.com' };

describe.each(testDatabases())('invoice requests (%s)', (db) => {
  let t: TestApp;
  let admin: string;
  let codeSeq = 840;

  const staff = async (username: string, roles: string[], projectIds: number[]) => {
    const made = await t.req('POST', '/api/v1/staff', {
      token: admin,
      body: { username, name: `财务${username}`, password: 'Cw#Finance2026', roles, projectIds },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    return t.staffToken(username, 'Cw#Finance2026');
  };

  /**
   * A project whose owner has three bills of ¥15 on their room (three months), two of them paid at the desk,
   * a second owner with a paid bill on another room, and a finance clerk of the project.
   */
  const setup = async () => {
    const code = String(codeSeq++);
    t.clock.set(china('2026-11-23', '09:00'));
    const { projectId, rooms, phone } = await feeProject(t, admin, code);
    await feeItem(t, admin, projectId, { code: 'LJF', name: '垃圾清运费', category: 'garbage', basis: 'fixed', unitFen: 1500 });
    for (const period of ['2026-08', '2026-09', '2026-10'])
      expect((await t.req('POST', '/api/v1/bill-runs', { token: admin, body: { projectId, period } })).status).toBe(201);
    const list = await t.req('GET', `/api/v1/bills?projectId=${projectId}&status=unpaid&limit=100`, { token: admin });
    const all = (list.body.items as Bill[]).sort((a, b) => a.id - b.id);
    const mine = all.filter((b) => b.roomId === rooms[0]);
    const theirs = all.filter((b) => b.roomId === rooms[1]);
    expect(mine).toHaveLength(3);
    const otherPhone = `1370000${code}2`;
    const other = await t.req('POST', '/api/v1/owners', {
      token: admin,
      body: { projectId, roomId: rooms[1], kind: 'owner', name: '隔壁业主', phone: otherPhone },
    });
    expect(other.status, JSON.stringify(other.body)).toBe(201);
    const paymentOf: Record<number, number> = {};
    for (const b of [mine[0]!, mine[1]!, theirs[0]!]) {
      const r = await t.req('POST', `/api/v1/bills/${b.id}/desk-payments`, {
        token: admin,
        body: { method: 'cash', amountFen: b.totalFen },
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      paymentOf[b.id] = r.body.paymentId;
    }
    const finance = await staff(`kp${code}`, ['finance'], [projectId]);
    return {
      projectId,
      phone,
      otherPhone,
      paid: [mine[0]!, mine[1]!],
      unpaid: mine[2]!,
      theirs: theirs[0]!,
      paymentOf,
      owner: await t.ownerToken(phone),
      otherOwner: await t.ownerToken(otherPhone),
      finance,
    };
  };
  const ask = (owner: string, body: Record<string, unknown>) =>
    t.req('POST', '/api/v1/me/invoice-requests', { token: owner, body });
  const requestsOf = (projectId: number) => count(t, 'invoice_request', 'project_id = ?', [projectId]);
  const held = (billId: number) => count(t, 'invoice_request_bill', 'bill_id = ?', [billId]);
  /** A desk payment's money goes back in full: finance asks, head office approves, the desk pays it back at once. */
  const refundAll = async (finance: string, paymentId: number) => {
    const asked = await t.req('POST', '/api/v1/refunds', { token: finance, body: { paymentId, reason: '业主多缴，退回' } });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    const ok = await t.req('POST', `/api/v1/refunds/${asked.body.id}/approve`, { token: admin, body: {} });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect((await t.ds.query('SELECT status FROM refund WHERE id = ?', [asked.body.id]))[0].status).toBe('succeeded');
  };

  beforeAll(async () => {
    // the tests move the clock by days: tokens outlive them
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
    admin = await t.staffToken('admin', 'Admin@123');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('an owner asks for one invoice for two paid bills: the amount is their sum in fen; finance sees it 待开票 in the queue, records the number with today’s date in China time, and the owner sees 已开票 with number and date', async () => {
    const { projectId, paid, owner, finance } = await setup();
    const bills = await t.req('GET', '/api/v1/me/invoice-requests/bills', { token: owner });
    expect(bills.status).toBe(200);
    expect(bills.body.items.map((b: { billId: number }) => b.billId).sort()).toEqual(paid.map((b) => b.id).sort());
    expect(bills.body.items.every((b: { available: boolean; fen: number }) => b.available && b.fen === 1500)).toBe(true);

    const made = await ask(owner, {
      billIds: paid.map((b) => b.id),
      titleType: 'company',
      title: '深圳市瑞和科技有限公司',
      taxNo: '91440300MA5F0XXX1K',
      email: 'finance@ruihe.example.com',
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body).toMatchObject({
      status: 'pending',
      amountFen: 3000,
      titleType: 'company',
      mayWithdraw: true,
      invoiceNo: null,
    });
    expect(made.body.lines).toHaveLength(2);
    // the bills are no longer offered
    const after = await t.req('GET', '/api/v1/me/invoice-requests/bills', { token: owner });
    expect(
      after.body.items.every(
        (b: { available: boolean; unavailableReason: string }) => !b.available && b.unavailableReason === '已申请开票',
      ),
    ).toBe(true);

    const queue = await t.req('GET', `/api/v1/invoice-requests?projectId=${projectId}&status=pending`, { token: finance });
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((r: { id: number }) => r.id)).toEqual([made.body.id]);
    expect(queue.body.pendingCount).toBe(1);
    // 00:30 on the 24th in China is still the 23rd in UTC: the default date is China's
    t.clock.set(china('2026-11-24', '00:30'));
    expect((await t.req('GET', `/api/v1/invoice-requests?projectId=${projectId}`, { token: finance })).body.today).toBe(
      '2026-11-24',
    );
    const issued = await t.req('POST', `/api/v1/invoice-requests/${made.body.id}/issue`, {
      token: finance,
      body: { invoiceNo: '24442000000012345678' },
    });
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    expect(issued.body).toMatchObject({
      status: 'issued',
      invoiceNo: '24442000000012345678',
      invoiceDate: '2026-11-24',
      mayWithdraw: false,
    });
    expect(issued.body.decidedByName).toMatch(/^财务/);

    const mine = await t.req('GET', '/api/v1/me/invoice-requests', { token: owner });
    expect(mine.status).toBe(200);
    expect(mine.body.items[0]).toMatchObject({
      id: made.body.id,
      status: 'issued',
      invoiceNo: '24442000000012345678',
      invoiceDate: '2026-11-24',
    });
    // issued is final: no second number, no withdrawal, no rejection
    expect(
      (await t.req('POST', `/api/v1/invoice-requests/${made.body.id}/issue`, { token: finance, body: { invoiceNo: '99999999' } }))
        .status,
    ).toBe(409);
    expect((await t.req('POST', `/api/v1/me/invoice-requests/${made.body.id}/withdraw`, { token: owner })).status).toBe(409);
    expect(
      (await t.req('POST', `/api/v1/invoice-requests/${made.body.id}/reject`, { token: finance, body: { reason: '重复申请' } }))
        .status,
    ).toBe(409);
    // an issued request still holds its bills
    expect((await ask(owner, { billIds: [paid[0]!.id], ...HEADER })).status).toBe(409);
  });

  it('the owner who accepted the 开票 subscribe message is told the invoice number, title and 已开票 when finance records it (once); an owner who accepted none gets nothing, and a rejection sends nothing', async () => {
    const { paid, theirs, finance, phone, otherPhone } = await setup();
    const fake = t.wechat.state as unknown as FakeWechatState;
    const outbox = t.app.get(OutboxService);
    await outbox.drain(); // whatever came before
    // the owner signs in through WeChat (so has an openid) and accepts the 开票 message once
    const openid = `o_inv_${codeSeq}`;
    const login = await t.req('POST', '/api/v1/auth/owner/wechat', {
      body: { code: fake.issueLoginCode(openid), phoneCode: fake.issuePhoneCode(phone) },
    });
    expect(login.status, JSON.stringify(login.body)).toBe(200);
    const owner = login.body.accessToken as string;
    const sub = await t.req('POST', '/api/v1/me/subscriptions', { token: owner, body: { templates: ['invoice_issued'] } });
    expect(sub.body).toEqual({ credits: { invoice_issued: 1 } });
    const mine = await ask(owner, {
      ...HEADER,
      title: '深圳市瑞和科技有限公司',
      titleType: 'company',
      taxNo: '91440300MA5F0XXX1K',
      billIds: [paid[0]!.id],
    });
    const rejected = await ask(owner, { ...HEADER, billIds: [paid[1]!.id] });
    const otherOpenid = `o_inv_other_${codeSeq}`;
    const otherLogin = await t.req('POST', '/api/v1/auth/owner/wechat', {
      body: { code: fake.issueLoginCode(otherOpenid), phoneCode: fake.issuePhoneCode(otherPhone) },
    });
    const theirsAsked = await ask(otherLogin.body.accessToken, { ...HEADER, title: '隔壁业主', billIds: [theirs.id] });
    expect([mine.status, rejected.status, theirsAsked.status]).toEqual([201, 201, 201]);

    t.clock.set(china('2026-11-23', '15:20'));
    const issue = (id: number, invoiceNo: string) =>
      t.req('POST', `/api/v1/invoice-requests/${id}/issue`, { token: finance, body: { invoiceNo } });
    expect((await issue(mine.body.id, '26442000000000012345')).status).toBe(201);
    expect((await issue(theirsAsked.body.id, '26442000000000012346')).status).toBe(201);
    const no = await t.req('POST', `/api/v1/invoice-requests/${rejected.body.id}/reject`, {
      token: finance,
      body: { reason: '重复申请' },
    });
    expect(no.status).toBe(201);
    await outbox.drain();
    const sent = fake.sentMessages.filter((m) => m.touser === openid);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ template_id: 'tpl_request_invoice_issued', page: 'pkg-fee/invoices/index' });
    expect(sent[0]!.data).toEqual({
      character_string1: { value: '26442000000000012345' },
      thing2: { value: '深圳市瑞和科技有限公司' },
      phrase3: { value: '已开票' },
      time4: { value: '2026-11-23 15:20' },
    });
    // the other owner accepted no 开票 message: none went out (no credit)
    expect(fake.sentMessages.filter((m) => m.touser === otherOpenid)).toEqual([]);
    // drained again: nothing more
    await outbox.drain();
    expect(fake.sentMessages.filter((m) => m.touser === openid)).toHaveLength(1);
  });

  it('R-OWN-06 the tax number and e-mail are stored through the PII cipher: the row holds no clear text, the owner and finance read them; rows stored in clear before are encrypted by the migration’s data step, and decrypted by its way back', async () => {
    const { decryptInvoiceContacts, encryptInvoiceContacts } = await import('../src/database/migrations/data-steps.js');
    const { projectId, paid, owner, finance } = await setup();
    const made = await ask(owner, {
      billIds: [paid[0]!.id],
      titleType: 'company',
      title: '深圳市瑞和科技有限公司',
      taxNo: '91440300MA5F0XXX1K',
      email: 'finance@ruihe.example.com',
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const raw = async () =>
      (await t.ds.query('SELECT * FROM invoice_request WHERE id = ?', [made.body.id]))[0] as Record<string, unknown>;
    const row = await raw();
    expect(Object.keys(row)).not.toContain('email');
    expect(Object.keys(row)).not.toContain('tax_no');
    expect(String(row.email_enc)).toMatch(/^v1:/);
    expect(String(row.tax_no_enc)).toMatch(/^v1:/);
    expect(JSON.stringify(row)).not.toContain('finance@ruihe');
    expect(JSON.stringify(row)).not.toContain('91440300MA5F0XXX1K');
    const seen = { taxNo: '91440300MA5F0XXX1K', email: 'finance@ruihe.example.com' };
    expect((await t.req('GET', `/api/v1/me/invoice-requests/${made.body.id}`, { token: owner })).body).toMatchObject(seen);
    const queue = await t.req('GET', `/api/v1/invoice-requests?projectId=${projectId}`, { token: finance });
    expect(queue.body.items.find((r: { id: number }) => r.id === made.body.id)).toMatchObject(seen);

    // a row as it was stored before the migration: in clear, nothing encrypted; the data step encrypts it
    await t.ds.query('ALTER TABLE invoice_request ADD tax_no varchar(20) NULL');
    await t.ds.query('ALTER TABLE invoice_request ADD email varchar(100) NULL');
    try {
      await t.ds.query('UPDATE invoice_request SET tax_no = ?, email = ?, tax_no_enc = NULL, email_enc = NULL WHERE id = ?', [
        '91440300MA5G8K2X3P',
        'old@minxing.example.com',
        made.body.id,
      ]);
      const qr = t.ds.createQueryRunner();
      try {
        await encryptInvoiceContacts(qr, () => t.app.get(PiiCipher));
      } finally {
        await qr.release();
      }
      const after = await raw();
      expect(String(after.email_enc)).toMatch(/^v1:/);
      expect(String(after.email_enc)).not.toContain('old@');
      expect((await t.req('GET', `/api/v1/me/invoice-requests/${made.body.id}`, { token: owner })).body).toMatchObject({
        taxNo: '91440300MA5G8K2X3P',
        email: 'old@minxing.example.com',
      });
      // and the way back (the migration's down): the clear columns are filled again from the encrypted ones
      await t.ds.query('UPDATE invoice_request SET tax_no = NULL, email = NULL WHERE id = ?', [made.body.id]);
      const back = t.ds.createQueryRunner();
      try {
        await decryptInvoiceContacts(back, () => t.app.get(PiiCipher));
      } finally {
        await back.release();
      }
      expect(await raw()).toMatchObject({ tax_no: '91440300MA5G8K2X3P', email: 'old@minxing.example.com' });
    } finally {
      await t.ds.query('ALTER TABLE invoice_request DROP COLUMN tax_no');
      await t.ds.query('ALTER TABLE invoice_request DROP COLUMN email');
    }
  });

  it('each refusal of a request is a Chinese 4xx and writes nothing: no bills, no title, a company without tax number, a bad tax number, lower-case tax number, a bad e-mail, an unpaid bill, another owner’s bill, an unknown bill', async () => {
    const { projectId, paid, unpaid, theirs, owner } = await setup();
    const bill = [paid[0]!.id];
    const cases: [Record<string, unknown>, number, RegExp][] = [
      [{ ...HEADER, billIds: [] }, 400, /请选择要开票的账单/],
      [{ ...HEADER, billIds: bill, title: '   ' }, 400, /发票抬头/],
      [{ ...HEADER, billIds: bill, titleType: 'company', title: '某公司' }, 400, /单位抬头须填写税号/],
      [{ ...HEADER, billIds: bill, titleType: 'company', taxNo: '12345' }, 400, /税号应为15、18或20位/],
      [{ ...HEADER, billIds: bill, titleType: 'company', taxNo: '91440300ma5f0xxx1k' }, 400, /大写字母或数字/],
      [{ ...HEADER, billIds: bill, titleType: 'other' }, 400, /抬头类型/],
      [{ ...HEADER, billIds: bill, email: 'not-an-email' }, 400, /电子邮箱格式不正确/],
      [{ ...HEADER, billIds: bill, email: '' }, 400, /电子邮箱/],
      [{ ...HEADER, billIds: [unpaid.id] }, 400, /尚未缴费/],
      [{ ...HEADER, billIds: [paid[0]!.id, unpaid.id] }, 400, /尚未缴费/],
      [{ ...HEADER, billIds: [theirs.id] }, 404, /账单不存在/],
      [{ ...HEADER, billIds: [paid[0]!.id, theirs.id] }, 404, /账单不存在/],
      [{ ...HEADER, billIds: [99_999_999] }, 404, /账单不存在/],
    ];
    for (const [body, status, message] of cases) {
      const r = await ask(owner, body);
      expect(r.status, JSON.stringify([body, r.body])).toBe(status);
      expect(r.body.message).toMatch(message);
    }
    expect(await requestsOf(projectId)).toBe(0);
    expect(await held(paid[0]!.id)).toBe(0);
    // a staff member cannot ask on an owner's behalf here
    expect(
      (await t.req('POST', '/api/v1/me/invoice-requests', { token: admin, body: { ...HEADER, billIds: bill } })).status,
    ).toBe(403);
    // a personal title may carry a tax number too, when it is well formed
    const ok = await ask(owner, { ...HEADER, billIds: bill, taxNo: '110101199003071234' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
  });

  it('two requests at once for the same bill: one is made (201), the other answers 409, and the bill is held once', async () => {
    const { projectId, paid, owner } = await setup();
    const rs = await Promise.all([
      ask(owner, { ...HEADER, billIds: [paid[0]!.id, paid[1]!.id] }),
      ask(owner, { ...HEADER, billIds: [paid[1]!.id] }),
      ask(owner, { ...HEADER, billIds: [paid[1]!.id, paid[0]!.id] }),
    ]);
    expect(rs.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(rs.find((r) => r.status === 409)!.body.message).toMatch(/已在开票申请中/);
    expect(await requestsOf(projectId)).toBe(1);
    expect(await held(paid[1]!.id)).toBe(1);
    // asked again one after the other: 409, nothing written
    expect((await ask(owner, { ...HEADER, billIds: [paid[1]!.id] })).status).toBe(409);
    expect(await requestsOf(projectId)).toBe(1);
  });

  it('the owner withdraws a pending request (its bills may be asked for again); another owner cannot see or withdraw it; a withdrawn request cannot be issued', async () => {
    const { paid, owner, otherOwner, finance } = await setup();
    const made = await ask(owner, { ...HEADER, billIds: [paid[0]!.id] });
    expect(made.status).toBe(201);
    expect((await t.req('GET', `/api/v1/me/invoice-requests/${made.body.id}`, { token: otherOwner })).status).toBe(404);
    expect((await t.req('POST', `/api/v1/me/invoice-requests/${made.body.id}/withdraw`, { token: otherOwner })).status).toBe(404);
    expect((await t.req('GET', '/api/v1/me/invoice-requests', { token: otherOwner })).body.items).toHaveLength(0);

    const w = await t.req('POST', `/api/v1/me/invoice-requests/${made.body.id}/withdraw`, { token: owner });
    expect(w.status, JSON.stringify(w.body)).toBe(201);
    expect(w.body).toMatchObject({ status: 'withdrawn', mayWithdraw: false });
    expect(await held(paid[0]!.id)).toBe(0);
    const issue = await t.req('POST', `/api/v1/invoice-requests/${made.body.id}/issue`, {
      token: finance,
      body: { invoiceNo: '12345678' },
    });
    expect(issue.status).toBe(409);
    expect(issue.body.message).toMatch(/已撤回/);
    expect((await t.req('POST', `/api/v1/me/invoice-requests/${made.body.id}/withdraw`, { token: owner })).status).toBe(409);
    // asked for again
    expect((await ask(owner, { ...HEADER, billIds: [paid[0]!.id] })).status).toBe(201);
  });

  it('finance rejects with a reason the owner reads, and the bills are free again; a rejection needs a reason, an invoice number is 8–20 digits, the date is neither after today nor before the request — each refused with nothing written', async () => {
    const { projectId, paid, owner, finance } = await setup();
    const made = await ask(owner, { ...HEADER, billIds: [paid[0]!.id] });
    const id = made.body.id as number;
    const bad: [string, Record<string, unknown>, RegExp][] = [
      ['reject', { reason: '' }, /驳回原因/],
      ['issue', { invoiceNo: '' }, /发票号码/],
      ['issue', { invoiceNo: 'NO.123456' }, /8到20位数字/],
      ['issue', { invoiceNo: '1234567' }, /8到20位数字/],
      ['issue', { invoiceNo: '12345678', invoiceDate: '2026-11-24' }, /不能晚于今天/],
      ['issue', { invoiceNo: '12345678', invoiceDate: '2026-11-22' }, /不能早于申请日期/],
      ['issue', { invoiceNo: '12345678', invoiceDate: '2026-02-30' }, /开票日期/],
    ];
    for (const [action, body, message] of bad) {
      const r = await t.req('POST', `/api/v1/invoice-requests/${id}/${action}`, { token: finance, body });
      expect(r.status, JSON.stringify([body, r.body])).toBe(400);
      expect(r.body.message).toMatch(message);
    }
    expect((await t.req('GET', `/api/v1/invoice-requests/${id}`, { token: finance })).body).toMatchObject({
      status: 'pending',
      invoiceNo: null,
    });

    const rejected = await t.req('POST', `/api/v1/invoice-requests/${id}/reject`, {
      token: finance,
      body: { reason: '抬头与缴费人不一致，请核对后重新申请' },
    });
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(201);
    const mine = await t.req('GET', `/api/v1/me/invoice-requests/${id}`, { token: owner });
    expect(mine.body).toMatchObject({ status: 'rejected', rejectReason: '抬头与缴费人不一致，请核对后重新申请' });
    expect(await held(paid[0]!.id)).toBe(0);
    expect((await ask(owner, { ...HEADER, billIds: [paid[0]!.id] })).status).toBe(201);
    // the queue filters by status server-side
    const rej = await t.req('GET', `/api/v1/invoice-requests?projectId=${projectId}&status=rejected`, { token: finance });
    expect(rej.body.items.map((r: { id: number }) => r.id)).toEqual([id]);
  });

  it('the queue: another project’s finance sees 404 for this project and its requests; the date range is the request’s day in China time; paging', async () => {
    const { projectId, paid, owner, finance } = await setup();
    t.clock.set(china('2026-11-24', '23:30')); // 15:30 UTC on the 24th
    const late = await ask(owner, { ...HEADER, billIds: [paid[0]!.id] });
    t.clock.set(china('2026-11-25', '00:30')); // 16:30 UTC on the 24th
    const early = await ask(owner, { ...HEADER, billIds: [paid[1]!.id] });
    const day = async (from: string, to: string) =>
      (
        await t.req('GET', `/api/v1/invoice-requests?projectId=${projectId}&from=${from}&to=${to}`, { token: finance })
      ).body.items.map((r: { id: number }) => r.id);
    expect(await day('2026-11-24', '2026-11-24')).toEqual([late.body.id]);
    expect(await day('2026-11-25', '2026-11-25')).toEqual([early.body.id]);
    expect(await day('2026-11-24', '2026-11-25')).toEqual([early.body.id, late.body.id]);
    const bad = await t.req('GET', `/api/v1/invoice-requests?projectId=${projectId}&from=2026-11-25&to=2026-11-24`, {
      token: finance,
    });
    expect(bad.status).toBe(400);
    const page1 = await t.req('GET', `/api/v1/invoice-requests?projectId=${projectId}&limit=1`, { token: finance });
    expect(page1.body.items).toHaveLength(1);
    const page2 = await t.req('GET', `/api/v1/invoice-requests?projectId=${projectId}&limit=1&cursor=${page1.body.nextCursor}`, {
      token: finance,
    });
    expect(page2.body.items.map((r: { id: number }) => r.id)).toEqual([late.body.id]);

    const elsewhere = await feeProject(t, admin, String(codeSeq++));
    const outsider = await staff(`kpx${codeSeq}`, ['finance'], [elsewhere.projectId]);
    expect((await t.req('GET', `/api/v1/invoice-requests?projectId=${projectId}`, { token: outsider })).status).toBe(404);
    expect((await t.req('GET', `/api/v1/invoice-requests/${late.body.id}`, { token: outsider })).status).toBe(404);
    const r = await t.req('POST', `/api/v1/invoice-requests/${late.body.id}/issue`, {
      token: outsider,
      body: { invoiceNo: '12345678' },
    });
    expect(r.status).toBe(404);
    expect((await t.req('GET', `/api/v1/invoice-requests/${late.body.id}`, { token: finance })).body.status).toBe('pending');
    // a clerk without billing.invoice may not see the queue
    const clerk = await staff(`kpc${codeSeq}`, ['service_clerk'], [projectId]);
    expect((await t.req('GET', `/api/v1/invoice-requests?projectId=${projectId}`, { token: clerk })).status).toBe(403);
  });

  it('a refund of an invoiced bill flags the request 需红冲 for finance (filterable); a fully refunded bill cannot be asked for, and a pending request whose bills were all refunded is not issued', async () => {
    const { projectId, paid, paymentOf, owner, finance } = await setup();
    const issuedReq = await ask(owner, { ...HEADER, billIds: [paid[0]!.id] });
    const pendingReq = await ask(owner, { ...HEADER, billIds: [paid[1]!.id] });
    expect(
      (
        await t.req('POST', `/api/v1/invoice-requests/${issuedReq.body.id}/issue`, {
          token: finance,
          body: { invoiceNo: '12345678' },
        })
      ).status,
    ).toBe(201);
    // not flagged before any refund
    const none = await t.req('GET', `/api/v1/invoice-requests?projectId=${projectId}&refunded=true`, { token: finance });
    expect(none.body.items).toHaveLength(0);

    await refundAll(finance, paymentOf[paid[0]!.id]!);
    await refundAll(finance, paymentOf[paid[1]!.id]!);
    const flagged = await t.req('GET', `/api/v1/invoice-requests?projectId=${projectId}&refunded=true`, { token: finance });
    expect(flagged.body.items.map((r: { id: number }) => r.id).sort()).toEqual([issuedReq.body.id, pendingReq.body.id].sort());
    const issued = flagged.body.items.find((r: { id: number }) => r.id === issuedReq.body.id);
    expect(issued).toMatchObject({ status: 'issued', refundedFen: 1500, needsReversal: true });
    expect(issued.refundedAt).not.toBeNull();
    const pending = flagged.body.items.find((r: { id: number }) => r.id === pendingReq.body.id);
    expect(pending).toMatchObject({ status: 'pending', refundedFen: 1500, needsReversal: false });
    // the pending one: nothing left to invoice, so it is not issued; finance rejects it
    const no = await t.req('POST', `/api/v1/invoice-requests/${pendingReq.body.id}/issue`, {
      token: finance,
      body: { invoiceNo: '12345679' },
    });
    expect(no.status).toBe(409);
    expect(no.body.message).toMatch(/全额退款/);
    expect(
      (
        await t.req('POST', `/api/v1/invoice-requests/${pendingReq.body.id}/reject`, {
          token: finance,
          body: { reason: '账单已退款' },
        })
      ).status,
    ).toBe(201);
    // a fully refunded bill is not offered and not accepted
    const offered = await t.req('GET', '/api/v1/me/invoice-requests/bills', { token: owner });
    expect(offered.body.items.find((b: { billId: number }) => b.billId === paid[1]!.id)).toMatchObject({
      available: false,
      unavailableReason: '已全额退款',
      fen: 0,
    });
    const refused = await ask(owner, { ...HEADER, billIds: [paid[1]!.id] });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(/已全额退款/);
  });
});
