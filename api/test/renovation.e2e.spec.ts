import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, startTestApp, testDatabases, type TestApp } from './harness.js';
import { addStaff, residentToken, testProject } from './support/blocks.js';

/** Monday 2026-11-23 10:00 in Shanghai; Thursday 26th 10:00; Sunday 29th 10:00 and 10:01. */
const MON = '2026-11-23T02:00:00.000Z';
const WED_10 = '2026-11-25T02:00:00.000Z';
const THU_10 = '2026-11-26T02:00:00.000Z';
const SUN_10 = '2026-11-29T02:00:00.000Z';
const SUN_1001 = '2026-11-29T02:01:00.000Z';
const PASSWORD = 'Reno#Works2026';

interface Block {
  projectId: number;
  rooms: number[];
  owner: string;
  tenant: string;
  otherOwner: string;
  clerk: string;
  engineer: string;
  manager: string;
  admin: string;
}

/** A project of its own: room 101 with its owner and a tenant; room 102 with another owner; the desk, the engineering supervisor, the manager. */
async function block(t: TestApp, code: string): Promise<Block> {
  const p = await testProject(t, { code, name: `装修测试${code}`, roomNos: ['101', '102'] });
  const { admin, projectId, rooms } = p;
  const person = (roomId: number, kind: string, name: string, n: number) =>
    residentToken(t, p, { roomId, kind, name, phone: `136${code}${String(n).padStart(5, '0')}` });
  const staff = (username: string, name: string, roles: string[]) => addStaff(t, p, { username, name, roles, password: PASSWORD });
  return {
    projectId,
    rooms,
    owner: await person(rooms[0]!, 'owner', '陈业主', 1),
    tenant: await person(rooms[0]!, 'tenant', '刘租户', 2),
    otherOwner: await person(rooms[1]!, 'owner', '赵邻居', 3),
    clerk: await staff(`kefu${code}`, '前台小周', ['service_clerk']),
    engineer: await staff(`gc${code}`, '工程吴工', ['engineering_supervisor']),
    manager: await staff(`jl${code}`, '经理孙总', ['project_manager']),
    admin,
  };
}

const form = (roomId: number, o: Record<string, unknown> = {}) => ({
  roomId,
  startOn: '2026-11-30',
  endOn: '2027-01-15',
  contractorCompany: '深圳市安居装饰工程有限公司',
  contractorLeader: '黄工',
  contractorPhone: '13912340000',
  items: ['客厅及卧室墙面翻新', '厨房橱柜更换', '卫生间重做防水'],
  changesWater: true,
  changesPower: false,
  changesGas: false,
  changesNote: '卫生间给水管改位，不动主管',
  rubbleByCentre: true,
  workers: [
    { name: '黄师傅', phone: '13912340001', idNo: '440305198001011235' },
    { name: '李师傅', phone: '13912340002' },
  ],
  ...o,
});

describe.each(testDatabases())('renovation (%s)', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
  });
  afterAll(async () => t?.close());

  const apply = (token: string, body: Record<string, unknown>) => t.req('POST', '/api/v1/me/renovations', { token, body });
  const mine = (token: string, id: number, action: string, body: Record<string, unknown> = {}) =>
    t.req('POST', `/api/v1/me/renovations/${id}/actions/${action}`, { token, body });
  const desk = (token: string, id: number, action: string, body: Record<string, unknown> = {}) =>
    t.req('POST', `/api/v1/renovations/${id}/actions/${action}`, { token, body });
  const rows = () => Promise.all(['renovation', 'renovation_worker', 'renovation_event', 'renovation_fee', 'bill'].map((x) => count(t, x)));
  const payAll = async (token: string, charges: { billId: number; amountFen: number }[]) => {
    for (const c of charges) {
      const r = await t.req('POST', `/api/v1/bills/${c.billId}/desk-payments`, { token, body: { method: 'cash', amountFen: c.amountFen } });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
  };
  /** An owner's application, reviewed and approved: its charges are the room's bills. */
  const approved = async (b: Block, roomIdx = 0) => {
    const a = await apply(roomIdx ? b.otherOwner : b.owner, form(b.rooms[roomIdx]!));
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    expect((await desk(b.engineer, a.body.id, 'review', { grounds: [] })).status).toBe(200);
    const ok = await desk(b.manager, a.body.id, 'approve');
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    return ok.body;
  };

  it('R-REN-01 R-REN-02 the guide and fees are published; a tenant’s application waits for the owner’s consent in the app; the owner’s own goes to the centre', async () => {
    const b = await block(t, '811');
    t.clock.set(MON); // after the logins (each moves the clock past the SMS cool-down)
    const guide = await t.req('GET', `/api/v1/me/renovations/guide?projectId=${b.projectId}`, { token: b.tenant });
    expect(guide.status).toBe(200);
    expect(guide.body.guide).toContain('办理流程');
    expect(guide.body.fees.map((f: { label: string }) => f.label)).toEqual(['装修管理费', '业主装修保证金', '施工单位装修保证金', '垃圾清运费']);
    // the project writes its own guide and fees
    const saved = await t.req('PUT', '/api/v1/renovations/guide', {
      token: b.manager,
      body: {
        projectId: b.projectId,
        guide: '本小区装修须知：先报备，后施工；资料齐全当天受理。',
        fees: { management: 50000, owner_deposit: 100000, contractor_deposit: 200000, rubble: 30000 },
        hours: '工作日 08:30—12:00，14:00—18:00',
        supervisionPhone: '0755-88886666',
      },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ isDefault: false, supervisionPhone: '0755-88886666' });
    expect((await t.req('PUT', '/api/v1/renovations/guide', { token: b.clerk, body: { projectId: b.projectId } })).status).toBe(403);

    const r = await apply(b.tenant, form(b.rooms[0]!));
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ status: 'awaiting_owner', applicantRole: 'tenant', reviewDueAt: null, allowedActions: ['cancel'] });
    expect(r.body.workers).toEqual([
      { seq: 1, name: '黄师傅', phone: '13912340001', idNo: '4403**********1235', passCode: null },
      { seq: 2, name: '李师傅', phone: '13912340002', idNo: null, passCode: null },
    ]);
    // the ID number is stored encrypted
    const stored = await t.ds.query('SELECT id_no_enc AS v FROM renovation_worker WHERE renovation_id = ? AND seq = 1', [r.body.id]);
    expect(String(stored[0].v)).not.toContain('440305198001011235');
    // the centre cannot review it before the owner consents; the tenant cannot consent; the neighbour does not see it
    expect((await desk(b.engineer, r.body.id, 'review', { grounds: [] })).status).toBe(409);
    expect((await mine(b.tenant, r.body.id, 'confirm')).status).toBe(403);
    expect((await mine(b.otherOwner, r.body.id, 'confirm')).status).toBe(404);
    expect((await t.req('GET', `/api/v1/me/renovations/${r.body.id}`, { token: b.otherOwner })).status).toBe(404);
    const list = await t.req('GET', '/api/v1/me/renovations', { token: b.owner });
    const seen = list.body.find((x: { id: number }) => x.id === r.body.id);
    expect(seen).toMatchObject({ status: 'awaiting_owner', statusLabel: '待业主确认', allowedActions: ['confirm', 'decline'] });
    expect(seen.contractorPhone).toBeNull(); // the applicant's and the desk's
    const ok = await mine(b.owner, r.body.id, 'confirm');
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    // R-REN-04 the clock starts at the consent: Monday 10:00 → Wednesday 10:00
    expect(ok.body).toMatchObject({ status: 'submitted', confirmedByName: '陈业主', reviewDueAt: WED_10, statusLabel: '服务中心审核中' });
    expect((await mine(b.owner, r.body.id, 'confirm')).status).toBe(409);
    // the engineering supervisor's bell rang
    expect(await count(t, 'staff_notification', "title = '新的装修申请待审核' AND project_id = ?", [b.projectId])).toBeGreaterThan(0);

    // the owner's own: straight to the centre
    const own = await apply(b.owner, form(b.rooms[0]!, { rubbleByCentre: false }));
    expect(own.body).toMatchObject({ status: 'submitted', applicantRole: 'owner', reviewDueAt: WED_10 });

    // the desk lists them by status, paged on the server
    const page = await t.req('GET', `/api/v1/renovations?projectId=${b.projectId}&status=submitted&limit=1`, { token: b.clerk });
    expect(page.status).toBe(200);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.nextCursor).toBeTruthy();
    expect(page.body.counts).toEqual([{ status: 'submitted', n: 2, late: 0 }]);
  });

  it('R-REN-01 bad input is refused in Chinese and writes nothing: water/power/gas must be chosen, the period, workers, ID numbers, rooms not bound', async () => {
    const b = await block(t, '812');
    t.clock.set(MON); // after the logins (each moves the clock past the SMS cool-down)
    const before = await rows();
    const bad: [Record<string, unknown>, string][] = [
      [{ changesGas: undefined }, '改动燃气'],
      [{ startOn: '2026-11-20' }, '开工日期不能早于今天'],
      [{ endOn: '2026-11-29' }, '完工日期不能早于开工日期'],
      [{ workers: [] }, '请至少登记一名施工人员'],
      [{ items: [] }, '请至少填写一项装修项目'],
      [{ workers: [{ name: '王', idNo: '123' }] }, '身份证号格式不正确'],
      [{ contractorPhone: '123' }, '负责人电话应为11位手机号'],
    ];
    for (const [o, msg] of bad) {
      const r = await apply(b.owner, form(b.rooms[0]!, o));
      expect(r.status, JSON.stringify(r.body)).toBe(400);
      expect(r.body.message).toContain(msg);
    }
    expect((await apply(b.owner, form(b.rooms[1]!))).status).toBe(404);
    expect(await rows()).toEqual(before);
  });

  it('R-REN-03 a problem is told to the applicant at once with the reason; they fix it and submit again, and the review clock starts again', async () => {
    const b = await block(t, '813');
    t.clock.set(MON); // after the logins (each moves the clock past the SMS cool-down)
    const a = await apply(b.owner, form(b.rooms[0]!));
    // a reason is required
    expect((await desk(b.clerk, a.body.id, 'return', { reason: '' })).status).toBe(400);
    const ret = await desk(b.clerk, a.body.id, 'return', { reason: '缺少施工单位资质证书，请补充上传' });
    expect(ret.status, JSON.stringify(ret.body)).toBe(200);
    expect(ret.body).toMatchObject({ status: 'returned', reviewDueAt: null });
    // the applicant reads it the same moment, in owner words
    const seen = await t.req('GET', `/api/v1/me/renovations/${a.body.id}`, { token: b.owner });
    expect(seen.body).toMatchObject({ status: 'returned', statusLabel: '需补正资料', returnReason: '缺少施工单位资质证书，请补充上传' });
    expect(seen.body.allowedActions).toEqual(['cancel', 'resubmit']);
    expect(seen.body.timeline.at(-1).note).toContain('缺少施工单位资质证书');
    // someone else cannot resubmit it
    expect((await t.req('PUT', `/api/v1/me/renovations/${a.body.id}`, { token: b.tenant, body: form(b.rooms[0]!) })).status).toBe(404);
    t.clock.set(THU_10);
    const again = await t.req('PUT', `/api/v1/me/renovations/${a.body.id}`, {
      token: b.owner,
      body: form(b.rooms[0]!, { workers: [{ name: '黄师傅', phone: '13912340001' }] }),
    });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    // Thursday 10:00: the earlier of Monday (2 working days) and Sunday (3 days) → Sunday 10:00
    expect(again.body).toMatchObject({ status: 'submitted', reviewDueAt: SUN_10 });
    expect(again.body.workers).toHaveLength(1);
    expect((await t.req('PUT', `/api/v1/me/renovations/${a.body.id}`, { token: b.owner, body: form(b.rooms[0]!) })).status).toBe(409);
  });

  it('R-REN-04 the supervisor ticks refusal grounds: refused, the grounds shown to the owner; a clerk cannot review; the manager approves only after review; late reviews are flagged by the pinned clock', async () => {
    const b = await block(t, '814');
    t.clock.set(THU_10); // after the logins (each moves the clock past the SMS cool-down)
    const a = await apply(b.owner, form(b.rooms[0]!));
    expect(a.body.reviewDueAt).toBe(SUN_10);
    expect((await desk(b.clerk, a.body.id, 'review', { grounds: ['structure'] })).status).toBe(403);
    expect((await desk(b.manager, a.body.id, 'approve')).status).toBe(409);
    expect((await desk(b.engineer, a.body.id, 'review', { grounds: ['nonsense'] })).status).toBe(400);
    const late = await apply(b.owner, form(b.rooms[0]!));
    const refused = await desk(b.engineer, a.body.id, 'review', { grounds: ['structure', 'wet_room'], note: '拆除客厅承重墙' });
    expect(refused.status, JSON.stringify(refused.body)).toBe(200);
    expect(refused.body).toMatchObject({ status: 'refused', refuseGrounds: ['structure', 'wet_room'] });
    const owner = await t.req('GET', `/api/v1/me/renovations/${a.body.id}`, { token: b.owner });
    expect(owner.body.statusLabel).toBe('未通过');
    expect(owner.body.refuseGroundLabels[0]).toContain('承重结构');
    expect(owner.body.timeline.at(-1).note).toContain('将没有防水要求的房间或阳台改为卫生间、厨房');
    expect(owner.body.reviewedByName).toBeNull();

    // not late at the due minute; late one minute after, in the list (filter and count) and the detail
    t.clock.set(SUN_10);
    expect((await t.req('GET', `/api/v1/renovations/${late.body.id}`, { token: b.clerk })).body.reviewOverdue).toBe(false);
    t.clock.set(SUN_1001);
    const od = await t.req('GET', `/api/v1/renovations?projectId=${b.projectId}&overdue=true`, { token: b.clerk });
    expect(od.body.items.map((x: { id: number }) => x.id)).toEqual([late.body.id]);
    expect(od.body.items[0].reviewOverdue).toBe(true);
    expect(od.body.counts.find((c: { status: string }) => c.status === 'submitted')).toEqual({ status: 'submitted', n: 1, late: 1 });
    // reviewed: still on the clock until the manager decides; refused by the manager with a reason
    expect((await desk(b.engineer, late.body.id, 'review', { grounds: [] })).body).toMatchObject({ status: 'reviewed', reviewOverdue: true });
    expect((await desk(b.manager, late.body.id, 'refuse', { reason: '' })).status).toBe(400);
    expect((await desk(b.manager, late.body.id, 'refuse', { reason: '施工单位无资质' })).body).toMatchObject({
      status: 'refused',
      reviewOverdue: false,
    });
  });

  it('R-REN-04 the project holiday calendar moves the due time', async () => {
    const b = await block(t, '815');
    t.clock.set(MON); // after the logins (each moves the clock past the SMS cool-down)
    const cur = (await t.req('GET', `/api/v1/projects/${b.projectId}/sla-settings`, { token: b.admin })).body;
    const put = await t.req('PUT', `/api/v1/projects/${b.projectId}/sla-settings`, {
      token: b.admin,
      body: { ...cur, holidays: ['2026-11-24'], workdays: [] },
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const a = await apply(b.owner, form(b.rooms[0]!));
    // Monday with Tuesday a holiday: Thursday by working days = Thursday by calendar
    expect(a.body.reviewDueAt).toBe(THU_10);
  });

  it('R-REN-04 R-REN-05 two managers approving at once: one approval and one set of bills; the permit waits until every charge is paid', async () => {
    const b = await block(t, '816');
    t.clock.set(MON); // after the logins (each moves the clock past the SMS cool-down)
    const a = await apply(b.owner, form(b.rooms[0]!));
    await desk(b.engineer, a.body.id, 'review', { grounds: [] });
    const bills0 = await count(t, 'bill', 'project_id = ?', [b.projectId]);
    const both = await Promise.all([desk(b.manager, a.body.id, 'approve'), desk(b.admin, a.body.id, 'approve')]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await count(t, 'bill', 'project_id = ?', [b.projectId])).toBe(bills0 + 4);
    const d = (await t.req('GET', `/api/v1/renovations/${a.body.id}`, { token: b.clerk })).body;
    expect(d.status).toBe('approved');
    expect(d.charges.map((c: { label: string; amountFen: number }) => [c.label, c.amountFen])).toEqual([
      ['装修管理费', 30000],
      ['业主装修保证金', 200000],
      ['施工单位装修保证金', 300000],
      ['垃圾清运费', 40000],
    ]);
    // the owner sees what to pay, and the bills among their bills
    const own = await t.req('GET', `/api/v1/me/renovations/${a.body.id}`, { token: b.owner });
    expect(own.body.timeline.at(-1).note).toContain('共 ¥5,700.00');
    // not paid: no permit
    const early = await desk(b.clerk, a.body.id, 'permit');
    expect(early.status).toBe(409);
    expect(early.body.message).toContain('尚未缴清');
    await payAll(b.clerk, d.charges.slice(0, 3));
    const still = await desk(b.clerk, a.body.id, 'permit');
    expect(still.status).toBe(409);
    expect(still.body.message).toContain('垃圾清运费');
    await payAll(b.clerk, d.charges.slice(3));
    const paid = (await t.req('GET', `/api/v1/renovations/${a.body.id}`, { token: b.clerk })).body;
    expect(paid.allPaid).toBe(true);
    expect(paid.charges.every((c: { receiptNo: string | null }) => !!c.receiptNo)).toBe(true);
    // two clerks issuing at once: one permit
    const two = await Promise.all([desk(b.clerk, a.body.id, 'permit'), desk(b.manager, a.body.id, 'permit')]);
    expect(two.map((r) => r.status).sort()).toEqual([200, 409]);
    const issued = two.find((r) => r.status === 200)!.body;
    expect(issued.permitCode).toMatch(/^ZX816261123\d{4}$/);
    expect(issued.workers.map((w: { passCode: string }) => w.passCode)).toEqual([`${issued.permitCode}-01`, `${issued.permitCode}-02`]);
    expect(issued).toMatchObject({ status: 'permitted', hours: expect.any(String) });
    const ownerNow = await t.req('GET', `/api/v1/me/renovations/${a.body.id}`, { token: b.owner });
    expect(ownerNow.body.statusLabel).toBe('可以施工');
    expect(ownerNow.body.permitCode).toBe(issued.permitCode);
  });

  it('R-REN-05 six permits issued at once get six different codes', async () => {
    const b = await block(t, '817');
    t.clock.set(MON); // after the logins (each moves the clock past the SMS cool-down)
    const apps = [];
    for (let i = 0; i < 6; i++) apps.push(await approved(b, i % 2));
    for (const a of apps) await payAll(b.clerk, a.charges);
    const res = await Promise.all(apps.map((a) => desk(b.clerk, a.id, 'permit')));
    expect(res.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(new Set(res.map((r) => r.body.permitCode)).size).toBe(6);
  });

  it('R-REN-01 the desk files a walk-in application for an owner; a clerk of another project does not see it', async () => {
    const b = await block(t, '818');
    t.clock.set(MON); // after the logins (each moves the clock past the SMS cool-down)
    const other = await block(t, '819');
    t.clock.set(MON);
    const r = await t.req('POST', '/api/v1/renovations', {
      token: b.clerk,
      body: { ...form(b.rooms[1]!), applicantName: '赵邻居', identityNote: '核验身份证及房产证原件' },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ status: 'submitted', personId: null, reviewDueAt: WED_10 });
    expect((await t.req('GET', `/api/v1/renovations/${r.body.id}`, { token: other.clerk })).status).toBe(404);
    expect((await desk(other.engineer, r.body.id, 'review', { grounds: [] })).status).toBe(404);
  });
});
