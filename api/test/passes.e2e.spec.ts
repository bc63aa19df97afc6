import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, startTestApp, testDatabases, type TestApp } from './harness.js';
import { addStaff, residentToken, testProject } from './support/blocks.js';
import { feeItem } from './fees-fixtures.js';

/** Monday 2026-11-23 10:00 in Shanghai. */
const MON = '2026-11-23T02:00:00.000Z';
/** Tuesday 2026-11-24 09:00 and 23:30 in Shanghai; Wednesday 00:30. */
const TUE_9 = '2026-11-24T01:00:00.000Z';
const TUE_2330 = '2026-11-24T15:30:00.000Z';
const WED_0030 = '2026-11-24T16:30:00.000Z';
const PASSWORD = 'Pass#Gate2026';

interface Block {
  projectId: number;
  rooms: number[];
  owner: string;
  tenant: string;
  member: string;
  otherOwner: string;
  clerk: string;
  guard: string;
  admin: string;
}

/** A project of its own: room 101 with its owner, a tenant and a family member; room 102 with another owner; the desk and the gate. */
async function block(t: TestApp, code: string): Promise<Block> {
  const p = await testProject(t, { code, name: `放行测试${code}`, roomNos: ['101', '102'] });
  const { admin, projectId, rooms } = p;
  const person = (roomId: number, kind: string, name: string, n: number) =>
    residentToken(t, p, { roomId, kind, name, phone: `137${code}${String(n).padStart(5, '0')}` });
  const staff = (username: string, roles: string[]) =>
    addStaff(t, p, { username, name: username === `kefu${code}` ? '前台小李' : '门岗老王', roles, password: PASSWORD });
  return {
    projectId,
    rooms,
    owner: await person(rooms[0]!, 'owner', '张业主', 1),
    tenant: await person(rooms[0]!, 'tenant', '李租户', 2),
    member: await person(rooms[0]!, 'member', '张家人', 3),
    otherOwner: await person(rooms[1]!, 'owner', '王邻居', 4),
    clerk: await staff(`kefu${code}`, ['service_clerk']),
    guard: await staff(`menggang${code}`, ['security_supervisor']),
    admin,
  };
}

const form = (roomId: number, o: Record<string, unknown> = {}) => ({
  roomId,
  moveOn: '2026-11-24',
  fromTime: '09:00',
  toTime: '12:00',
  items: [
    { name: '双人床', quantity: 1 },
    { name: '纸箱', quantity: 12 },
  ],
  plate: '粤b12345',
  carrierName: '顺心搬家',
  carrierPhone: '13912345678',
  reason: 'move_out',
  ...o,
});

describe.each(testDatabases())('release passes (%s)', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
  });
  afterAll(async () => t?.close());

  const apply = (token: string, body: Record<string, unknown>) => t.req('POST', '/api/v1/me/passes', { token, body });
  const mine = (token: string, id: number, action: string, body: Record<string, unknown> = {}) =>
    t.req('POST', `/api/v1/me/passes/${id}/actions/${action}`, { token, body });
  const desk = (token: string, id: number, action: string, body: Record<string, unknown> = {}) =>
    t.req('POST', `/api/v1/passes/${id}/actions/${action}`, { token, body });
  const gate = (token: string, code: string, body: Record<string, unknown> = { checkedItems: [0, 1] }) =>
    t.req('POST', `/api/v1/pass-gate/${code}/release`, { token, body });
  const rows = () => Promise.all(['release_pass', 'release_pass_event'].map((x) => count(t, x)));

  it('R-PAS-01 a tenant’s application waits for the room’s owner, who confirms it in the app; a neighbour cannot confirm; the owner’s own goes straight to the desk', async () => {
    t.clock.set(MON);
    const b = await block(t, '801');
    const r = await apply(b.tenant, form(b.rooms[0]!));
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({
      status: 'awaiting_owner',
      applicantRole: 'tenant',
      plate: '粤B12345',
      code: null,
      allowedActions: ['cancel'],
    });
    expect(r.body.items).toEqual([
      { name: '双人床', quantity: 1 },
      { name: '纸箱', quantity: 12 },
    ]);
    // the desk cannot issue it before the owner confirms
    const early = await desk(b.clerk, r.body.id, 'issue');
    expect(early.status).toBe(409);
    // the tenant cannot confirm their own; a family member (not an owner) and the neighbour do not even see it
    expect((await mine(b.tenant, r.body.id, 'confirm')).status).toBe(403);
    expect((await mine(b.member, r.body.id, 'confirm')).status).toBe(404);
    expect((await mine(b.otherOwner, r.body.id, 'confirm')).status).toBe(404);
    expect((await t.req('GET', `/api/v1/me/passes/${r.body.id}`, { token: b.otherOwner })).status).toBe(404);
    // the owner sees it among their passes, to confirm
    const list = await t.req('GET', '/api/v1/me/passes', { token: b.owner });
    const seen = list.body.find((x: { id: number }) => x.id === r.body.id);
    expect(seen).toMatchObject({ status: 'awaiting_owner', allowedActions: ['confirm', 'decline'] });
    expect(seen.carrierPhone).toBeNull(); // the carrier's phone is the applicant's and the desk's
    const ok = await mine(b.owner, r.body.id, 'confirm');
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ status: 'submitted', confirmedByName: '张业主' });
    // and once only
    expect((await mine(b.owner, r.body.id, 'confirm')).status).toBe(409);

    // a member's application the owner declines, with a reason the member reads
    const m = await apply(b.member, form(b.rooms[0]!));
    expect(m.body.status).toBe('awaiting_owner');
    expect((await mine(b.owner, m.body.id, 'decline', {})).status).toBe(400);
    const no = await mine(b.owner, m.body.id, 'decline', { reason: '冰箱不搬' });
    expect(no.body).toMatchObject({ status: 'declined', refuseReason: '冰箱不搬' });
    const read = await t.req('GET', `/api/v1/me/passes/${m.body.id}`, { token: b.member });
    expect(read.body.timeline.at(-1).note).toContain('冰箱不搬');

    // the owner's own: confirmed by itself
    const own = await apply(b.owner, form(b.rooms[0]!));
    expect(own.body).toMatchObject({ status: 'submitted', confirmNote: '业主本人申请' });
    // someone not bound to the room cannot apply for it
    expect((await apply(b.otherOwner, form(b.rooms[0]!))).status).toBe(404);
  });

  it('R-PAS-01 bad applications answer 400 in Chinese and write nothing: no items, quantity 0, a day in the past, a window backwards, a bad plate or phone', async () => {
    t.clock.set(MON);
    const b = await block(t, '802');
    const before = await rows();
    const bad: Record<string, unknown>[] = [
      { items: [] },
      { items: [{ name: '沙发', quantity: 0 }] },
      { items: [{ name: '沙发', quantity: 1.5 }] },
      { items: [{ name: '  ', quantity: 1 }] },
      { moveOn: '2026-11-22' },
      { moveOn: '2026-02-30' },
      { fromTime: '14:00', toTime: '10:00' },
      { fromTime: '25:00' },
      { plate: 'ABC' },
      { carrierPhone: '12345' },
      { reason: 'gift' },
    ];
    for (const x of bad) {
      const r = await apply(b.owner, form(b.rooms[0]!, x));
      expect(r.status, JSON.stringify(x)).toBe(400);
      expect(r.body.message, JSON.stringify(x)).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(await rows()).toEqual(before);
    // today is fine (the project's day)
    t.clock.set('2026-11-23T15:30:00.000Z'); // 23:30 Monday in Shanghai
    expect((await apply(b.owner, form(b.rooms[0]!, { moveOn: '2026-11-23' }))).status).toBe(201);
  });

  it('R-PAS-02 issuing checks the household’s payment status: bills overdue unpaid refuse it with the amount, unless the clerk issues it all the same with a reason; a not-yet-due bill does not count', async () => {
    t.clock.set(MON);
    const b = await block(t, '803');
    const item = await feeItem(t, b.admin, b.projectId, {
      code: 'ZXLJ',
      name: '装修垃圾清运费',
      category: 'garbage',
      basis: 'one_off',
      unitFen: 25000,
    });
    // a bill of October (due already) and one of December (not due)
    for (const period of ['2026-10', '2026-12']) {
      const r = await t.req('POST', '/api/v1/bills/one-off', {
        token: b.clerk,
        body: { roomId: b.rooms[0], feeItemId: item.id, period },
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
    const p = await apply(b.owner, form(b.rooms[0]!));
    const detail = await t.req('GET', `/api/v1/passes/${p.body.id}`, { token: b.clerk });
    expect(detail.body.arrears.count).toBe(1);
    expect(detail.body.arrears.fen).toBeGreaterThanOrEqual(25000);
    expect(detail.body).toMatchObject({ applicantName: '张业主', applicantRole: 'owner', carrierPhone: '13912345678' });
    const refused = await desk(b.clerk, p.body.id, 'issue');
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('逾期未缴');
    expect((await desk(b.clerk, p.body.id, 'issue', { overrideArrears: true })).status).toBe(400);
    const ok = await desk(b.clerk, p.body.id, 'issue', { overrideArrears: true, reason: '业主已承诺周五前缴清' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ status: 'issued', issuedByName: '前台小李', arrearsReason: '业主已承诺周五前缴清' });
    expect(ok.body.arrearsFen).toBe(detail.body.arrears.fen);
    expect(ok.body.code).toMatch(/^FX803261123\d{4}$/);
    // a room with nothing overdue is issued at once; the owner reads the code
    const q = await apply(b.otherOwner, form(b.rooms[1]!));
    const clean = await desk(b.clerk, q.body.id, 'issue');
    expect(clean.status).toBe(200);
    const own = await t.req('GET', `/api/v1/me/passes/${q.body.id}`, { token: b.otherOwner });
    expect(own.body).toMatchObject({ status: 'issued', code: clean.body.code, arrearsFen: 0 });
    expect(own.body.timeline.at(-1).note).toContain(clean.body.code);
    // 驳回 needs a reason; the guard may not issue
    const r = await apply(b.owner, form(b.rooms[0]!));
    expect((await desk(b.clerk, r.body.id, 'reject', {})).status).toBe(400);
    expect((await desk(b.guard, r.body.id, 'issue')).status).toBe(403);
    expect((await desk(b.clerk, r.body.id, 'reject', { reason: '物品清单与实际不符' })).body.status).toBe('rejected');
  });

  it('R-PAS-02 the desk makes a pass for a walk-in owner, noting the identity document checked; many issued at once get distinct codes', async () => {
    t.clock.set(MON);
    const b = await block(t, '804');
    const bad = await t.req('POST', '/api/v1/passes', {
      token: b.clerk,
      body: { ...form(b.rooms[1]!), applicantName: '王邻居' },
    });
    expect(bad.status).toBe(400);
    const ids: number[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await t.req('POST', '/api/v1/passes', {
        token: b.clerk,
        body: { ...form(b.rooms[1]!), applicantName: '王邻居', identityNote: '已核验身份证原件' },
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      expect(r.body).toMatchObject({ status: 'submitted', personId: null });
      expect(r.body.confirmNote).toContain('已核验身份证原件');
      ids.push(r.body.id);
    }
    const issued = await Promise.all(ids.map((id) => desk(b.clerk, id, 'issue')));
    expect(issued.map((x) => x.status)).toEqual(ids.map(() => 200));
    expect(new Set(issued.map((x) => x.body.code)).size).toBe(6);
    // the queue by status and room, paged on the server
    const page = await t.req('GET', `/api/v1/passes?projectId=${b.projectId}&status=issued&roomId=${b.rooms[1]}&limit=4`, {
      token: b.clerk,
    });
    expect(page.body.items).toHaveLength(4);
    expect(page.body.nextCursor).toBeTruthy();
  });

  it('R-PAS-02 the desk’s queue (the shared list helper): by status, moving day and room, a keyword in the code, applicant or plate — % and _ match only themselves — paged to its end; a cursor not its own is refused in Chinese', async () => {
    t.clock.set(MON);
    const b = await block(t, '808');
    const walkIn = async (roomId: number, applicantName: string, plate: string, moveOn = '2026-11-24') => {
      const r = await t.req('POST', '/api/v1/passes', {
        token: b.clerk,
        body: { ...form(roomId, { plate, moveOn }), applicantName, identityNote: '已核验身份证原件' },
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r.body.id as number;
    };
    const a = await walkIn(b.rooms[0]!, '张业主', '粤B11111');
    const c = await walkIn(b.rooms[0]!, '张业主', '粤B22222', '2026-11-25');
    const d = await walkIn(b.rooms[1]!, '王邻居', '粤B33333');
    const e = await walkIn(b.rooms[1]!, '王邻居', '粤B44444');
    const issued = await desk(b.clerk, d, 'issue');
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    const ids = async (query: string) => {
      const r = await t.req('GET', `/api/v1/passes?projectId=${b.projectId}&${query}`, { token: b.clerk });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return (r.body.items as { id: number }[]).map((x) => x.id);
    };
    expect(await ids('limit=100')).toEqual([e, d, c, a]);
    expect(await ids('status=issued')).toEqual([d]);
    expect(await ids('status=submitted')).toEqual([e, c, a]);
    expect(await ids('moveOn=2026-11-25')).toEqual([c]);
    expect(await ids(`roomId=${b.rooms[1]}`)).toEqual([e, d]);
    expect(await ids(`roomId=${b.rooms[1]}&status=submitted`)).toEqual([e]);
    // the keyword: a plate's part, an applicant, the issued code; wildcards are only themselves
    expect(await ids(`keyword=${encodeURIComponent('B2222')}`)).toEqual([c]);
    expect(await ids(`keyword=${encodeURIComponent('王邻')}`)).toEqual([e, d]);
    expect(await ids(`keyword=${encodeURIComponent(issued.body.code)}`)).toEqual([d]);
    expect(await ids(`keyword=${encodeURIComponent('%')}`)).toEqual([]);
    expect(await ids(`keyword=${encodeURIComponent('_')}`)).toEqual([]);
    expect(await ids(`keyword=${encodeURIComponent('王邻')}&status=issued`)).toEqual([d]);
    // paged to its end: each pass once, newest first, the last page without a cursor
    const seen: number[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 5; i++) {
      const r = await t.req(
        'GET',
        `/api/v1/passes?projectId=${b.projectId}&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        {
          token: b.clerk,
        },
      );
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      seen.push(...(r.body.items as { id: number }[]).map((x) => x.id));
      cursor = r.body.nextCursor;
      if (!cursor) break;
    }
    expect(seen).toEqual([e, d, c, a]);
    const bad = await t.req('GET', `/api/v1/passes?projectId=${b.projectId}&cursor=abc`, { token: b.clerk });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('翻页游标无效');
    const long = await t.req('GET', `/api/v1/passes?projectId=${b.projectId}&keyword=${'长'.repeat(31)}`, { token: b.clerk });
    expect(long.status).toBe(400);
  });

  it('R-PAS-03 the gate checks the code on its day only (pinned clock), ticks every item, records one release even when two guards press at once; wrong, early, expired and used codes are refused with the reason', async () => {
    t.clock.set(MON);
    const b = await block(t, '805');
    const p = await apply(b.owner, form(b.rooms[0]!));
    const code = (await desk(b.clerk, p.body.id, 'issue')).body.code as string;
    // unknown or malformed code
    expect((await t.req('GET', '/api/v1/pass-gate/FX000000000000', { token: b.guard })).status).toBe(404);
    expect((await t.req('GET', '/api/v1/pass-gate/%3Cx%3E', { token: b.guard })).status).toBe(400);
    // Monday: not yet valid
    const early = await t.req('GET', `/api/v1/pass-gate/${code}`, { token: b.guard });
    expect(early.body.refusal).toBe('放行条尚未生效（有效日期 2026-11-24）');
    const tooEarly = await gate(b.guard, code);
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.message).toContain('尚未生效');
    // Tuesday: every item must be ticked
    t.clock.set(TUE_9);
    const seen = await t.req('GET', `/api/v1/pass-gate/${code}`, { token: b.guard });
    expect(seen.body).toMatchObject({ refusal: null, plate: '粤B12345', moveOn: '2026-11-24' });
    const partial = await gate(b.guard, code, { checkedItems: [0] });
    expect(partial.status).toBe(400);
    expect(partial.body.message).toContain('纸箱×12');
    // the clerk is not a guard
    expect((await gate(b.clerk, code)).status).toBe(403);
    // two guards at once: one release recorded
    t.clock.set(TUE_2330);
    const both = await Promise.all([gate(b.guard, code, { checkedItems: [0, 1], note: '核对无误' }), gate(b.guard, code)]);
    expect(both.map((x) => x.status).sort()).toEqual([200, 409]);
    const okOne = both.find((x) => x.status === 200)!;
    expect(okOne.body).toMatchObject({ status: 'released', releasedByName: '门岗老王', releasedAt: TUE_2330 });
    const again = await gate(b.guard, code);
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('该放行条已放行过，不能重复使用');
    const events = await t.req('GET', `/api/v1/passes/${p.body.id}`, { token: b.clerk });
    expect(events.body.timeline.filter((e: { action: string }) => e.action === 'release')).toHaveLength(1);
    // the release log of Tuesday (Shanghai) holds it once; Monday's is empty
    const log = await t.req('GET', `/api/v1/pass-gate/releases?projectId=${b.projectId}&date=2026-11-24`, { token: b.guard });
    expect(log.body.items.map((x: { code: string }) => x.code)).toEqual([code]);
    const monLog = await t.req('GET', `/api/v1/pass-gate/releases?projectId=${b.projectId}&date=2026-11-23`, { token: b.guard });
    expect(monLog.body.items).toEqual([]);
    // the owner reads that it was released
    expect((await t.req('GET', `/api/v1/me/passes/${p.body.id}`, { token: b.owner })).body.status).toBe('released');

    // Wednesday 00:30 in Shanghai: another Tuesday pass has expired
    t.clock.set(MON);
    const q = await apply(b.owner, form(b.rooms[0]!));
    const code2 = (await desk(b.clerk, q.body.id, 'issue')).body.code as string;
    t.clock.set(WED_0030);
    const late = await gate(b.guard, code2);
    expect(late.status).toBe(409);
    expect(late.body.message).toBe('放行条已过期（有效日期 2026-11-24）');
    const list = await t.req('GET', `/api/v1/passes?projectId=${b.projectId}&status=issued`, { token: b.clerk });
    expect(list.body.items.find((x: { id: number }) => x.id === q.body.id)).toMatchObject({
      shownStatus: 'expired',
      statusLabel: '已过期',
    });
    // a rejected application has no code; a guard of another project does not find this one
    t.clock.set(MON);
    const other = await block(t, '806');
    expect((await t.req('GET', `/api/v1/pass-gate/${code2}`, { token: other.guard })).status).toBe(404);
  });

  it('R-PAS-04 the guide (所需资料和流程) is published before applying: the default until the project writes its own; owners of other projects do not read it', async () => {
    t.clock.set(MON);
    const b = await block(t, '807');
    const g = await t.req('GET', `/api/v1/me/passes/guide?projectId=${b.projectId}`, { token: b.tenant });
    expect(g.status).toBe(200);
    expect(g.body).toMatchObject({ isDefault: true });
    expect(g.body.text).toContain('所需资料');
    expect(
      (
        await t.req('PUT', '/api/v1/passes/guide', {
          token: b.clerk,
          body: { projectId: b.projectId, text: '请携带身份证到服务中心办理放行条。' },
        })
      ).status,
    ).toBe(403);
    const manager = await t.req('PUT', '/api/v1/passes/guide', { token: b.admin, body: { projectId: b.projectId, text: '短' } });
    expect(manager.status).toBe(400);
    const ok = await t.req('PUT', '/api/v1/passes/guide', {
      token: b.admin,
      body: { projectId: b.projectId, text: '请携带身份证到服务中心办理放行条，租户须业主确认。' },
    });
    expect(ok.body).toMatchObject({ isDefault: false });
    const again = await t.req('GET', `/api/v1/me/passes/guide?projectId=${b.projectId}`, { token: b.owner });
    expect(again.body.text).toBe('请携带身份证到服务中心办理放行条，租户须业主确认。');
    const outsider = await t.ownerToken('13800000001');
    expect((await t.req('GET', `/api/v1/me/passes/guide?projectId=${b.projectId}`, { token: outsider })).status).toBe(404);
  });
});
