import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, startTestApp, testDatabases, type TestApp } from './harness.js';
import { addStaff, residentToken, testProject } from './support/blocks.js';

/** Shanghai 10:00 of some days (UTC+8): Monday 23 Nov 2026 … Thursday 3 Dec. */
const at = (day: string, hhmm = '10:00') => new Date(`${day}T${hhmm}:00+08:00`).toISOString();
const MON = at('2026-11-23');
const PASSWORD = 'Reno#After2026';

interface Block {
  projectId: number;
  rooms: number[];
  owner: string;
  otherOwner: string;
  clerk: string;
  engineer: string;
  guard: string;
  manager: string;
  admin: string;
}

/** A project of its own: room 101 with its owner; room 102 with another owner; the desk, the engineering and order supervisors, the manager. */
async function block(t: TestApp, code: string): Promise<Block> {
  const p = await testProject(t, { code, name: `装修验收${code}`, roomNos: ['101', '102', '103', '104'] });
  const { admin, projectId, rooms } = p;
  const person = (roomId: number, name: string, n: number) =>
    residentToken(t, p, { roomId, kind: 'owner', name, phone: `137${code}${String(n).padStart(5, '0')}` });
  const staff = (username: string, name: string, roles: string[]) => addStaff(t, p, { username, name, roles, password: PASSWORD });
  const owner = await person(rooms[0]!, '陈业主', 1);
  const otherOwner = await person(rooms[1]!, '赵邻居', 2);
  await person(rooms[2]!, '钱业主', 3);
  await person(rooms[3]!, '孙业主', 4);
  return {
    projectId,
    rooms,
    owner,
    otherOwner,
    clerk: await staff(`kf${code}`, '前台小周', ['service_clerk']),
    engineer: await staff(`gc${code}`, '工程吴工', ['engineering_supervisor']),
    guard: await staff(`zx${code}`, '秩序李主管', ['security_supervisor']),
    manager: await staff(`jl${code}`, '经理孙总', ['project_manager']),
    admin,
  };
}

const form = (roomId: number) => ({
  roomId,
  startOn: '2026-11-30',
  endOn: '2027-01-15',
  contractorCompany: '深圳市安居装饰工程有限公司',
  contractorLeader: '黄工',
  contractorPhone: '13912340000',
  items: ['客厅及卧室墙面翻新', '卫生间重做防水'],
  changesWater: true,
  changesPower: false,
  changesGas: false,
  workers: [{ name: '黄师傅', phone: '13912340001' }, { name: '李师傅' }],
});

describe.each(testDatabases())('renovation after the permit (%s)', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
  });
  afterAll(async () => t?.close());

  const desk = (token: string, id: number, action: string, body: Record<string, unknown> = {}) =>
    t.req('POST', `/api/v1/renovations/${id}/actions/${action}`, { token, body });
  const mine = (token: string, id: number, action: string, body: Record<string, unknown> = {}) =>
    t.req('POST', `/api/v1/me/renovations/${id}/actions/${action}`, { token, body });
  const inspect = (token: string, id: number, body: Record<string, unknown>) =>
    t.req('POST', `/api/v1/renovations/${id}/inspections`, { token, body });
  const detail = async (token: string, id: number) => (await t.req('GET', `/api/v1/renovations/${id}`, { token })).body;
  const list = async (b: Block, q = '') =>
    (await t.req('GET', `/api/v1/renovations/inspections?projectId=${b.projectId}${q}`, { token: b.engineer })).body;

  /** An application of a room's owner, approved, paid in cash at the desk and permitted on Monday 23 Nov. */
  const permitted = async (b: Block, roomIdx = 0) => {
    t.clock.set(MON);
    const owners = [b.owner, b.otherOwner];
    const token = roomIdx < 2 ? owners[roomIdx]! : b.clerk;
    const a =
      roomIdx < 2
        ? await t.req('POST', '/api/v1/me/renovations', { token, body: form(b.rooms[roomIdx]!) })
        : await t.req('POST', '/api/v1/renovations', {
            token,
            body: { ...form(b.rooms[roomIdx]!), applicantName: '钱业主', identityNote: '核验身份证原件' },
          });
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    expect((await desk(b.engineer, a.body.id, 'review', { grounds: [] })).status).toBe(200);
    const ok = await desk(b.manager, a.body.id, 'approve');
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    for (const c of ok.body.charges as { billId: number; amountFen: number }[]) {
      const r = await t.req('POST', `/api/v1/bills/${c.billId}/desk-payments`, { token: b.clerk, body: { method: 'cash', amountFen: c.amountFen } });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
    const p = await desk(b.clerk, a.body.id, 'permit');
    expect(p.status, JSON.stringify(p.body)).toBe(200);
    return p.body as { id: number; permitCode: string; workers: { passCode: string }[] };
  };
  const collected = (r: { permitCode: string; workers: { passCode: string }[] }) => ({
    permit: true,
    passes: r.workers.map((w) => w.passCode),
  });

  it('R-REN-06 every active renovation is due a daily inspection from the works’ start: one per day (two at once → one), missed days shown, wrong people and bad input refused', async () => {
    const b = await block(t, '831');
    const r = await permitted(b);
    // before the works start (30 Nov) nothing is due; a renovation not yet permitted is not on the list
    t.clock.set(at('2026-11-27'));
    const before = await list(b);
    expect(before.items).toHaveLength(1);
    expect(before.items[0]).toMatchObject({ id: r.id, inspectFrom: '2026-11-30', due: false, missedCount: 0 });
    expect(before).toMatchObject({ active: 1, pending: 0 });
    expect((await list(b, '&state=pending')).items).toHaveLength(0);
    // Wednesday 2 Dec: Monday and Tuesday missed, today due
    t.clock.set(at('2026-12-02', '09:00'));
    const wed = await list(b);
    expect(wed.today).toBe('2026-12-02');
    expect(wed.items[0]).toMatchObject({ due: true, todayResult: null, missedCount: 2, missedDays: ['2026-12-01', '2026-11-30'] });
    expect(wed.pending).toBe(1);
    // the desk clerk may not inspect; the order supervisor may
    expect((await inspect(b.clerk, r.id, { result: 'ok' })).status).toBe(403);
    expect((await t.req('GET', `/api/v1/renovations/inspections?projectId=${b.projectId}`, { token: b.clerk })).status).toBe(403);
    // bad input: Chinese message, nothing written
    const n0 = await count(t, 'renovation_inspection');
    for (const [body, msg] of [
      [{ result: 'violation', deadlineOn: '2026-12-05' }, '请选择发现的违规情况'],
      [{ result: 'violation', violations: ['rubble'] }, '请填写整改期限'],
      [{ result: 'violation', violations: ['rubble'], deadlineOn: '2026-12-01' }, '整改期限不能早于今天'],
      [{ result: 'violation', violations: ['rubble'], deadlineOn: '2027-02-01' }, '整改期限不能超过30天'],
      [{ result: 'ok', violations: ['rubble'] }, '巡查结果为正常时不能选择违规情况'],
      [{ result: 'maybe' }, '巡查结果'],
      [{ result: 'violation', violations: ['smoking'], deadlineOn: '2026-12-05' }, '违规情况'],
    ] as const) {
      const res = await inspect(b.guard, r.id, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.message).toContain(msg);
    }
    expect(await count(t, 'renovation_inspection')).toBe(n0);
    // two inspectors at once: one inspection
    const two = await Promise.all([inspect(b.guard, r.id, { result: 'ok', note: '现场整洁' }), inspect(b.engineer, r.id, { result: 'ok' })]);
    expect(two.map((x) => x.status).sort()).toEqual([201, 409]);
    expect(two.find((x) => x.status === 409)!.body.message).toContain('今天已巡查');
    expect(await count(t, 'renovation_inspection', 'renovation_id = ?', [r.id])).toBe(1);
    const done = await list(b);
    expect(done.items[0]).toMatchObject({ due: false, todayResult: 'ok', todayResultLabel: '正常' });
    expect(done.pending).toBe(0);
    expect((await list(b, '&state=pending')).items).toHaveLength(0);
    expect((await list(b, '&state=done')).items).toHaveLength(1);
    const d = await detail(b.engineer, r.id);
    expect(d).toMatchObject({ inspectedToday: true, missedDays: ['2026-12-01', '2026-11-30'] });
    // whichever of the two came first is the day's inspection: the guard's carries the note
    expect(d.inspections[0]).toMatchObject({ onDate: '2026-12-02', result: 'ok', note: two[0]!.status === 201 ? '现场整洁' : null });
    // the next day it is due again
    t.clock.set(at('2026-12-03'));
    expect((await list(b)).items[0]).toMatchObject({ due: true, missedCount: 2 });
    // another project's inspector does not see it
    const other = await block(t, '832');
    expect((await inspect(other.engineer, r.id, { result: 'ok' })).status).toBe(404);
  });

  it('R-REN-06 a violation issues a rectification notice with a deadline the owner sees; re-inspection marks it 已整改, or after the deadline 拒不整改 reported with who and when', async () => {
    const b = await block(t, '833');
    const r = await permitted(b);
    t.clock.set(at('2026-12-01'));
    const v = await inspect(b.guard, r.id, {
      result: 'violation',
      violations: ['hours', 'rubble'],
      note: '中午12:30仍在电锤作业，楼道堆放垃圾',
      deadlineOn: '2026-12-03',
    });
    expect(v.status, JSON.stringify(v.body)).toBe(201);
    const n1 = v.body.notices[0];
    expect(n1).toMatchObject({ status: 'open', statusLabel: '待整改', deadlineOn: '2026-12-03', issuedByName: '秩序李主管', overdue: false });
    expect(n1.code).toMatch(/^ZG833261201\d{4}$/);
    expect(n1.violationLabels).toEqual(['在规定时间以外进行产生噪声的施工', '装修垃圾未按规定袋装、堆放或清运']);
    // the owner reads it on the detail (the centre's name, not the inspector's; no staff note)
    const own = (await t.req('GET', `/api/v1/me/renovations/${r.id}`, { token: b.owner })).body;
    expect(own.notices[0]).toMatchObject({ code: n1.code, deadlineOn: '2026-12-03', issuedByName: '服务中心', statusLabel: '待整改' });
    expect(own.timeline.at(-1).note).toContain(`整改通知书 ${n1.code}`);
    expect(own.inspections[0].note).toBeNull();
    // before the deadline: 拒不整改 is refused; nothing written
    t.clock.set(at('2026-12-03'));
    const early = await inspect(b.guard, r.id, { result: 'ok', notices: [{ noticeId: n1.id, outcome: 'refused' }] });
    expect(early.status).toBe(400);
    expect(early.body.message).toContain('整改期限（2026-12-03）未到');
    expect(await count(t, 'renovation_inspection', 'renovation_id = ?', [r.id])).toBe(1);
    // the list shows the open notice to re-inspect; the day after the deadline it is overdue
    t.clock.set(at('2026-12-04'));
    const row = (await list(b)).items[0];
    expect(row).toMatchObject({ openNotices: 1, overdueNotices: 1 });
    const late = await inspect(b.engineer, r.id, {
      result: 'ok',
      notices: [{ noticeId: n1.id, outcome: 'refused', reportNote: '已报街道城管执法中队' }],
    });
    expect(late.status, JSON.stringify(late.body)).toBe(201);
    expect(late.body.notices[0]).toMatchObject({
      status: 'refused',
      statusLabel: '拒不整改',
      reportedByName: '工程吴工',
      reportedAt: at('2026-12-04'),
      reportNote: '已报街道城管执法中队',
    });
    // a second notice, put right at the next visit
    t.clock.set(at('2026-12-05'));
    const v2 = await inspect(b.guard, r.id, { result: 'violation', violations: ['fire'], deadlineOn: '2026-12-06' });
    const n2 = v2.body.notices.find((n: { status: string }) => n.status === 'open');
    t.clock.set(at('2026-12-06'));
    const fixed = await inspect(b.guard, r.id, { result: 'ok', notices: [{ noticeId: n2.id, outcome: 'rectified' }] });
    expect(fixed.status).toBe(201);
    expect(fixed.body.notices.find((n: { id: number }) => n.id === n2.id)).toMatchObject({ status: 'rectified', closedByName: '秩序李主管', reportedAt: null });
    // a closed notice cannot be re-inspected again
    t.clock.set(at('2026-12-07'));
    const again = await inspect(b.guard, r.id, { result: 'ok', notices: [{ noticeId: n2.id, outcome: 'refused' }] });
    expect(again.status).toBe(400);
    expect(again.body.message).toContain('不存在或已处理');
    const owner = (await t.req('GET', `/api/v1/me/renovations/${r.id}`, { token: b.owner })).body;
    expect(owner.notices.map((n: { statusLabel: string }) => n.statusLabel)).toEqual(['已整改', '拒不整改']);
  });

  it('R-REN-06 four violations recorded at once in four renovations get four different notice codes', async () => {
    const b = await block(t, '834');
    const rs = [];
    for (let i = 0; i < 4; i++) rs.push(await permitted(b, i));
    t.clock.set(at('2026-12-01'));
    const res = await Promise.all(
      rs.map((r) => inspect(b.guard, r.id, { result: 'violation', violations: ['public_area'], deadlineOn: '2026-12-04' })),
    );
    expect(res.map((x) => x.status)).toEqual([201, 201, 201, 201]);
    expect(new Set(res.map((x) => x.body.notices[0].code)).size).toBe(4);
    expect(await count(t, 'renovation_notice', 'project_id = ?', [b.projectId])).toBe(4);
  });

  it('R-REN-07 the owner asks for the acceptance, due 3 days later (late flagged after); a failure gives written requirements with a deadline and the owner asks again; the pass needs the permit and every pass back', async () => {
    const b = await block(t, '835');
    const r = await permitted(b);
    // not the neighbour
    t.clock.set(at('2026-12-10'));
    expect((await mine(b.otherOwner, r.id, 'request_acceptance')).status).toBe(404);
    const asked = await mine(b.owner, r.id, 'request_acceptance');
    expect(asked.status, JSON.stringify(asked.body)).toBe(200);
    expect(asked.body).toMatchObject({ status: 'acceptance_requested', statusLabel: '已申请验收', acceptanceDueAt: at('2026-12-13'), acceptanceCount: 1 });
    // due at 10:00 on the 13th: on time then, late a minute after (list and detail)
    t.clock.set(at('2026-12-13'));
    expect((await detail(b.engineer, r.id)).acceptanceOverdue).toBe(false);
    t.clock.set(at('2026-12-13', '10:01'));
    expect((await detail(b.engineer, r.id)).acceptanceOverdue).toBe(true);
    const row = (await t.req('GET', `/api/v1/renovations?projectId=${b.projectId}&status=acceptance_requested`, { token: b.clerk })).body.items[0];
    expect(row).toMatchObject({ id: r.id, acceptanceOverdue: true });
    // the desk clerk may not decide the acceptance; the failure needs written requirements and a deadline
    expect((await desk(b.clerk, r.id, 'fail_acceptance', { requirements: '恢复烟感', rectifyBy: '2026-12-20' })).status).toBe(403);
    const bad = await desk(b.engineer, r.id, 'fail_acceptance', { rectifyBy: '2026-12-20' });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('请填写书面整改要求');
    const past = await desk(b.engineer, r.id, 'fail_acceptance', { requirements: '恢复烟感', rectifyBy: '2026-12-01' });
    expect(past.body.message).toContain('整改期限不能早于今天');
    const failed = await desk(b.engineer, r.id, 'fail_acceptance', {
      requirements: '恢复客厅烟感探测器；清理楼道装修垃圾',
      rectifyBy: '2026-12-18',
    });
    expect(failed.status, JSON.stringify(failed.body)).toBe(200);
    expect(failed.body).toMatchObject({ status: 'rectifying', acceptanceRectifyBy: '2026-12-18', acceptanceOverdue: false });
    const own = (await t.req('GET', `/api/v1/me/renovations/${r.id}`, { token: b.owner })).body;
    expect(own).toMatchObject({ statusLabel: '验收未通过，请整改', acceptanceRequirements: '恢复客厅烟感探测器；清理楼道装修垃圾' });
    expect(own.allowedActions).toContain('request_acceptance');
    // still inspected daily while rectifying
    expect((await inspect(b.guard, r.id, { result: 'ok' })).status).toBe(201);
    // asked again: due 3 days from the new request
    t.clock.set(at('2026-12-16', '15:30'));
    const again = await mine(b.owner, r.id, 'request_acceptance');
    expect(again.body).toMatchObject({ status: 'acceptance_requested', acceptanceDueAt: at('2026-12-19', '15:30'), acceptanceCount: 2 });
    // the pass: the permit and each worker's pass must be ticked as collected back
    const noPermit = await desk(b.engineer, r.id, 'accept', { collected: { permit: false, passes: collected(r).passes } });
    expect(noPermit.body.message).toContain('请收回装修施工许可证');
    const onePass = await desk(b.engineer, r.id, 'accept', { collected: { permit: true, passes: [r.workers[0]!.passCode] } });
    expect(onePass.status).toBe(400);
    expect(onePass.body.message).toContain(`尚未收回：${r.workers[1]!.passCode}`);
    const wrong = await desk(b.engineer, r.id, 'accept', { collected: { permit: true, passes: [...collected(r).passes, 'ZX000000000-09'] } });
    expect(wrong.body.message).toContain('不属于本装修');
    expect((await detail(b.engineer, r.id)).status).toBe('acceptance_requested');
    const ok = await desk(b.engineer, r.id, 'accept', { collected: collected(r) });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ status: 'accepted', acceptedByName: '工程吴工', collectedPasses: [r.permitCode, ...collected(r).passes] });
    // no longer on the inspection list; no more inspections
    expect((await list(b)).items).toHaveLength(0);
    expect((await inspect(b.guard, r.id, { result: 'ok' })).status).toBe(409);
  });

  it('R-REN-08 the refund is due to start within 1 day and finish within 3 working days of the pass (a holiday moves it); started once with deductions ≤ the deposit; finance’s approval refunds both', async () => {
    const b = await block(t, '836');
    const cur = (await t.req('GET', `/api/v1/projects/${b.projectId}/sla-settings`, { token: b.admin })).body;
    expect((await t.req('PUT', `/api/v1/projects/${b.projectId}/sla-settings`, { token: b.admin, body: { ...cur, holidays: ['2026-11-30'], workdays: [] } })).status).toBe(200);
    const r = await permitted(b);
    // Friday 27 Nov 10:00: 1 day → Saturday 10:00; 3 working days with Monday a holiday → Thursday 3 Dec 10:00
    t.clock.set(at('2026-11-27'));
    await mine(b.owner, r.id, 'request_acceptance');
    const ok = await desk(b.engineer, r.id, 'accept', { collected: collected(r) });
    expect(ok.body).toMatchObject({ refundStartDueAt: at('2026-11-28'), refundDueAt: at('2026-12-03'), refundStartLate: false, refundLate: false });
    expect(ok.body.charges.filter((c: { kind: string }) => c.kind.endsWith('deposit')).map((c: { refundStateLabel: string }) => c.refundStateLabel)).toEqual([
      '未发起',
      '未发起',
    ]);
    // Saturday 10:01 not started: late
    t.clock.set(at('2026-11-28', '10:01'));
    expect((await detail(b.clerk, r.id)).refundStartLate).toBe(true);
    // bad deductions: nothing written
    const refunds0 = await count(t, 'refund');
    for (const [deductions, msg] of [
      [[{ kind: 'contractor_deposit', fen: 300_001, reason: '损坏楼道墙面' }], '扣除金额不能超过保证金'],
      [[{ kind: 'contractor_deposit', fen: 50_000 }], '请填写施工单位装修保证金的扣除原因'],
      [[{ kind: 'contractor_deposit', fen: -1, reason: '损坏' }], '扣除金额'],
      [[{ kind: 'management', fen: 100, reason: '损坏楼道' }], '保证金'],
    ] as const) {
      const res = await desk(b.clerk, r.id, 'refund_deposits', { deductions });
      expect(res.status, JSON.stringify(deductions)).toBe(400);
      expect(res.body.message).toContain(msg);
    }
    expect(await count(t, 'refund')).toBe(refunds0);
    // two clerks at once: one start, two refund requests (the contractor's less the deduction)
    const two = await Promise.all([
      desk(b.clerk, r.id, 'refund_deposits', { deductions: [{ kind: 'contractor_deposit', fen: 50_000, reason: '损坏楼道墙面未修复' }] }),
      desk(b.engineer, r.id, 'refund_deposits', { deductions: [{ kind: 'contractor_deposit', fen: 50_000, reason: '损坏楼道墙面未修复' }] }),
    ]);
    expect(two.map((x) => x.status).sort()).toEqual([200, 409]);
    expect(await count(t, 'refund')).toBe(refunds0 + 2);
    const started = two.find((x) => x.status === 200)!.body;
    expect(started).toMatchObject({ refundStartLate: true, refundLate: false });
    expect(started.allowedActions).not.toContain('refund_deposits');
    const deposits = () =>
      detail(b.clerk, r.id).then((d) => d.charges.filter((c: { kind: string }) => c.kind.endsWith('deposit')));
    expect((await deposits()).map((c: { refundFen: number; refundStateLabel: string; deductionFen: number }) => [c.refundFen, c.deductionFen, c.refundStateLabel])).toEqual([
      [200_000, 0, '退款待审批'],
      [250_000, 50_000, '退款待审批'],
    ]);
    expect((await desk(b.clerk, r.id, 'refund_deposits')).status).toBe(409);
    // finance's second person approves (the clerk who asked may not); desk payments are paid back at once
    const asked = (await t.req('GET', `/api/v1/refunds?projectId=${b.projectId}&status=requested`, { token: b.manager })).body.items;
    expect(asked.map((x: { amountFen: number }) => x.amountFen).sort()).toEqual([200_000, 250_000]);
    t.clock.set(at('2026-12-02'));
    for (const x of asked) {
      const res = await t.req('POST', `/api/v1/refunds/${x.id}/approve`, { token: b.manager, body: {} });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    const back = await detail(b.clerk, r.id);
    expect(back.charges.filter((c: { kind: string }) => c.kind.endsWith('deposit')).map((c: { refundStateLabel: string }) => c.refundStateLabel)).toEqual([
      '已退还',
      '已退还',
    ]);
    expect(back).toMatchObject({ refundedAt: at('2026-12-02'), refundLate: false });
    const own = (await t.req('GET', `/api/v1/me/renovations/${r.id}`, { token: b.owner })).body;
    expect(own.timeline.at(-1).note).toContain('装修保证金已全部退还');
  });

  it('R-REN-08 refunded after the 3 working days is flagged late; a deposit kept whole for damage is done at once', async () => {
    const b = await block(t, '837');
    const r = await permitted(b);
    t.clock.set(at('2026-11-25')); // Wednesday: due Monday 30 Nov 10:00 (no holiday)
    await mine(b.owner, r.id, 'request_acceptance');
    const ok = await desk(b.engineer, r.id, 'accept', { collected: collected(r) });
    expect(ok.body.refundDueAt).toBe(at('2026-11-30'));
    const s = await desk(b.clerk, r.id, 'refund_deposits', {
      deductions: [{ kind: 'owner_deposit', fen: 200_000, reason: '擅自拆改承重墙，恢复费用' }],
    });
    expect(s.status, JSON.stringify(s.body)).toBe(200);
    expect(s.body.refundStartLate).toBe(false);
    const [own, con] = s.body.charges.filter((c: { kind: string }) => c.kind.endsWith('deposit'));
    expect(own).toMatchObject({ refundFen: 0, refundStateLabel: '全额扣除' });
    expect(con).toMatchObject({ refundFen: 300_000, refundStateLabel: '退款待审批' });
    t.clock.set(at('2026-11-30'));
    expect((await detail(b.clerk, r.id)).refundLate).toBe(false);
    t.clock.set(at('2026-11-30', '10:01'));
    expect((await detail(b.clerk, r.id)).refundLate).toBe(true);
    const asked = (await t.req('GET', `/api/v1/refunds?projectId=${b.projectId}&status=requested`, { token: b.manager })).body.items;
    expect(asked).toHaveLength(1);
    await t.req('POST', `/api/v1/refunds/${asked[0].id}/approve`, { token: b.manager, body: {} });
    expect(await detail(b.clerk, r.id)).toMatchObject({ refundedAt: at('2026-11-30', '10:01'), refundLate: true });
  });
});
