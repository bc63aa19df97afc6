// R-REP-17 the customer-service supervisor follows up open repairs and complaints every day and verifies
// each closure (验证关闭); what was checked is recorded. Every test files its own requests and complaints
// and pins the clock itself, so it passes alone and in any order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, ids, startTestApp, testDatabases, type TestApp } from './harness.js';
import { checked } from './support/repair-steps.js';

const SIGNATURE = `data:image/png;base64,${Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000970485973000003e8000003e801b57b526b0000000d494441540899636060606000000005000187a14ed40000000049454e44ae426082',
  'hex',
).toString('base64')}`;
type Item = {
  id: number;
  subjectKind: string;
  done: boolean;
  overdue: boolean;
  last: { result: string; checks: string[] } | null;
};

describe.each(testDatabases())('supervisor follow-ups (%s)', (db) => {
  let t: TestApp;
  let kefu: string;
  let zhuguan: string;
  let jigong: string;
  let p101: number;
  let jigongId: number;
  let gongchengId: number;
  let lightCat: number;
  let spot = 0;

  const act = (token: string, id: number, action: string, body: Record<string, unknown> = {}) =>
    t.req('POST', `/api/v1/service-requests/${id}/actions/${action}`, { token, body });
  /** a public-area repair at a spot no other test uses, filed by phone */
  const repair = async () => {
    const r = await t.req('POST', '/api/v1/service-requests', {
      token: kefu,
      body: {
        projectId: p101,
        channel: 'phone',
        categoryId: lightCat,
        description: '跟进测试：楼道灯不亮',
        urgency: 'normal',
        location: `跟进测试${db}位置${++spot}`,
        requesterName: '张伟',
        requesterPhone: '13800000001',
      },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.id as number;
  };
  const closedRepair = async () => {
    const id = await repair();
    expect((await act(kefu, id, 'dispatch', { assigneeStaffId: jigongId })).status).toBe(200);
    await act(jigong, id, 'accept');
    await act(jigong, id, 'arrive');
    await act(jigong, id, 'finish', checked({ result: '更换灯管' }));
    await act(jigong, id, 'confirm', { signature: SIGNATURE });
    expect((await act(kefu, id, 'callback', { method: 'phone', satisfaction: 'satisfied' })).body.status).toBe('closed');
    return id;
  };
  const complaint = async () => {
    const r = await t.req('POST', '/api/v1/complaints', {
      token: kefu,
      body: {
        projectId: p101,
        channel: 'phone',
        complainantName: '张伟',
        complainantPhone: '13800000001',
        problem: '跟进测试：楼道灯修了三次还不亮',
        review: true,
        valid: true,
        importance: 'C',
        category: 'GC', // an engineering complaint (a KF one needs the identity check first, R-CMP-23)
        kind: 'venting',
        handlerStaffId: gongchengId,
      },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.id as number;
  };
  const closedComplaint = async () => {
    const id = await complaint();
    const c = (action: string, body: Record<string, unknown>) =>
      t.req('POST', `/api/v1/complaints/${id}/actions/${action}`, { token: kefu, body });
    await c('handle', { note: '已整体更换灯具' });
    await c('reply', { note: '灯具已更换，欢迎监督', method: 'phone' });
    expect((await c('callback', { satisfaction: 'satisfied', method: 'phone' })).body.status).toBe('closed');
    return id;
  };
  const items = async (subject: string, kind: string, extra = '', token = zhuguan) =>
    t.req('GET', `/api/v1/follow-ups/items?projectId=${p101}&subject=${subject}&kind=${kind}&limit=100${extra}`, { token });
  const find = async (subject: string, kind: string, id: number, extra = '') =>
    ((await items(subject, kind, extra)).body.items as Item[]).find((x) => x.id === id);
  const follow = (body: Record<string, unknown>, token = zhuguan) => t.req('POST', '/api/v1/follow-ups', { token, body });

  beforeAll(async () => {
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
    t.clock.set('2026-12-07T01:00:00Z'); // Monday 09:00 in Shanghai
    kefu = await t.staffToken('kefu', 'Kefu@123');
    zhuguan = await t.staffToken('zhuguan', 'Zhuguan@123');
    jigong = await t.staffToken('jigong', 'Jigong@123');
    const i = await ids(t);
    p101 = await i.project('101');
    jigongId = await i.staff('jigong');
    gongchengId = await i.staff('gongcheng');
    const cats: { id: number; code: string }[] = (
      await t.req('GET', `/api/v1/repair-categories?projectId=${p101}`, { token: kefu })
    ).body;
    lightCat = cats.find((c) => c.code === 'PUB-LIGHT')!.id;
  });
  afterAll(async () => t?.close());

  it('R-REP-17 the daily list holds the open repairs and complaints; one follow-up a day each, recorded with what was checked, due again the next day', async () => {
    t.clock.set('2026-12-07T01:00:00Z');
    const open = await repair();
    const closed = await closedRepair();
    const cmp = await complaint();

    const pending = (await items('repair', 'daily', '&pending=true')).body.items as Item[];
    expect(pending.map((x) => x.id)).toContain(open);
    expect(pending.map((x) => x.id)).not.toContain(closed); // closed: verified instead, not followed daily
    expect((await find('complaint', 'daily', cmp))?.done).toBe(false);
    const before = (await t.req('GET', `/api/v1/follow-ups/counts?projectId=${p101}`, { token: zhuguan })).body;

    const r = await follow({
      subjectKind: 'repair',
      subjectId: open,
      kind: 'daily',
      checks: ['progress', 'handler_contact'],
      result: 'on_track',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({
      kind: 'daily',
      checks: ['progress', 'handler_contact'],
      result: 'on_track',
      staffName: '林晓燕',
    });
    const seen = await find('repair', 'daily', open);
    expect(seen).toMatchObject({ done: true, last: { result: 'on_track', checks: ['progress', 'handler_contact'] } });
    expect(((await items('repair', 'daily', '&pending=true')).body.items as Item[]).map((x) => x.id)).not.toContain(open);
    const after = (await t.req('GET', `/api/v1/follow-ups/counts?projectId=${p101}`, { token: zhuguan })).body;
    expect(after.repairDaily).toBe(before.repairDaily - 1);

    // a second the same day is refused and writes nothing
    const n = await count(t, 'follow_up');
    const again = await follow({
      subjectKind: 'repair',
      subjectId: open,
      kind: 'daily',
      checks: ['progress'],
      result: 'on_track',
    });
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/今天已跟进/);
    expect(await count(t, 'follow_up')).toBe(n);

    // 23:59 Shanghai is still the same day; 00:00 the next day it is due again
    t.clock.set('2026-12-07T15:59:00Z');
    expect((await find('repair', 'daily', open))?.done).toBe(true);
    t.clock.set('2026-12-07T16:00:00Z');
    expect((await find('repair', 'daily', open))?.done).toBe(false);
    const complaintFollow = await follow({
      subjectKind: 'complaint',
      subjectId: cmp,
      kind: 'daily',
      checks: ['owner_contact'],
      result: 'at_risk',
      note: '投诉人要求当面道歉，主管明天上门',
    });
    expect(complaintFollow.status).toBe(201);
    expect((await find('complaint', 'daily', cmp))?.last?.result).toBe('at_risk');
    // the history of the item, newest first
    const h = await t.req('GET', `/api/v1/follow-ups?subjectKind=repair&subjectId=${open}`, { token: zhuguan });
    expect(h.body).toHaveLength(1);
  });

  it('R-REP-17 each closure is verified once, with what was checked; an open item cannot be verified and a closed one is not followed daily', async () => {
    t.clock.set('2026-12-08T02:00:00Z');
    const closed = await closedRepair();
    const cmp = await closedComplaint();
    const open = await repair();
    expect((await find('repair', 'closure', closed, '&pending=true'))?.done).toBe(false);
    expect((await find('complaint', 'closure', cmp, '&pending=true'))?.done).toBe(false);
    expect(await find('repair', 'closure', open)).toBeUndefined();

    const n = await count(t, 'follow_up');
    const early = await follow({
      subjectKind: 'repair',
      subjectId: open,
      kind: 'closure',
      checks: ['owner_phone'],
      result: 'verified',
    });
    expect(early.status).toBe(409);
    expect(early.body.message).toMatch(/尚未关闭/);
    const daily = await follow({
      subjectKind: 'repair',
      subjectId: closed,
      kind: 'daily',
      checks: ['progress'],
      result: 'on_track',
    });
    expect(daily.status).toBe(409);
    expect(await count(t, 'follow_up')).toBe(n);

    const v = await follow({
      subjectKind: 'repair',
      subjectId: closed,
      kind: 'closure',
      checks: ['owner_phone', 'photos'],
      result: 'verified',
    });
    expect(v.status, JSON.stringify(v.body)).toBe(201);
    expect(await find('repair', 'closure', closed, '&pending=true')).toBeUndefined();
    expect((await find('repair', 'closure', closed))?.last).toMatchObject({
      result: 'verified',
      checks: ['owner_phone', 'photos'],
    });
    const twice = await follow({
      subjectKind: 'repair',
      subjectId: closed,
      kind: 'closure',
      checks: ['site'],
      result: 'verified',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.message).toMatch(/已验证/);

    const problem = await follow({
      subjectKind: 'complaint',
      subjectId: cmp,
      kind: 'closure',
      checks: ['owner_phone'],
      result: 'problem',
      note: '投诉人说道歉后前台态度仍未改善',
    });
    expect(problem.status).toBe(201);
    expect((await find('complaint', 'closure', cmp))?.last?.result).toBe('problem');
  });

  it('R-REP-17 bad input is refused in Chinese and writes nothing: no checks, checks of the other kind, a finding without a note, unknown kinds', async () => {
    t.clock.set('2026-12-09T02:00:00Z');
    const open = await repair();
    const n = await count(t, 'follow_up');
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ checks: [], result: 'on_track' }, /至少勾选一项/],
      [{ checks: ['owner_phone'], result: 'on_track' }, /不适用于每日跟进/],
      [{ checks: ['progress'], result: 'verified' }, /结论无效/],
      [{ checks: ['progress'], result: 'at_risk' }, /写明问题/],
      [{ checks: ['progress'], result: 'at_risk', note: '   ' }, /写明问题/],
      [{ checks: ['because'], result: 'on_track' }, /核查内容/],
      [{ checks: ['progress'], result: 'on_track', kind: 'weekly' }, /跟进类型/],
      [{ checks: ['progress'], result: 'on_track', subjectKind: 'parking' }, /对象/],
      [{ checks: ['progress'], result: 'on_track', note: '长'.repeat(501) }, /说明不能超过500/],
    ];
    for (const [b, msg] of bad) {
      const r = await follow({ subjectKind: 'repair', subjectId: open, kind: 'daily', ...b });
      expect(r.status, JSON.stringify(b)).toBe(400);
      expect(r.body.message, JSON.stringify(b)).toMatch(msg);
    }
    const missing = await follow({
      subjectKind: 'repair',
      subjectId: 99999999,
      kind: 'daily',
      checks: ['progress'],
      result: 'on_track',
    });
    expect(missing.status).toBe(404);
    expect(await count(t, 'follow_up')).toBe(n);
  });

  it('R-REP-17 only supervisors follow up, and only in their own projects: a clerk and a technician get 403, another project 404', async () => {
    t.clock.set('2026-12-10T02:00:00Z');
    const open = await repair();
    const body = { subjectKind: 'repair', subjectId: open, kind: 'daily', checks: ['progress'], result: 'on_track' };
    expect((await follow(body, kefu)).status).toBe(403);
    expect((await follow(body, jigong)).status).toBe(403);
    expect((await items('repair', 'daily', '', kefu)).status).toBe(403);
    // a manager of 201 only (head office makes one): 101's items are not theirs
    const admin = await t.staffToken('admin', 'Admin@123');
    const p201 = await (await ids(t)).project('201');
    const made = await t.req('POST', '/api/v1/staff', {
      token: admin,
      body: { username: `fu_${db}`, name: '二期主管', password: 'Strong#Pass2026', roles: ['cs_supervisor'], projectIds: [p201] },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const other = await t.staffToken(`fu_${db}`, 'Strong#Pass2026');
    expect((await follow(body, other)).status).toBe(404);
    expect((await items('repair', 'daily', '', other)).status).toBe(404);
    expect((await t.req('GET', `/api/v1/follow-ups?subjectKind=repair&subjectId=${open}`, { token: other })).status).toBe(404);
    expect(await count(t, 'follow_up', 'subject_id = ? AND subject_kind = ?', [open, 'repair'])).toBe(0);
    // the quality supervisor and the manager may
    const pinzhi = await t.staffToken('pinzhi', 'Pinzhi@123');
    expect((await follow(body, pinzhi)).status).toBe(201);
  });

  it('R-REP-17 the overdue filter finds the open repairs past their required time, and the list pages on the server', async () => {
    t.clock.set('2026-12-11T02:00:00Z');
    const a = await repair();
    const b = await repair();
    const c = await repair();
    expect(await find('repair', 'daily', a, '&overdue=true')).toBeUndefined();
    t.clock.set('2026-12-20T02:00:00Z'); // 3 days for a normal repair: long past
    expect((await find('repair', 'daily', a, '&overdue=true'))?.overdue).toBe(true);
    const page1 = await t.req('GET', `/api/v1/follow-ups/items?projectId=${p101}&subject=repair&kind=daily&limit=2`, {
      token: zhuguan,
    });
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.items.map((x: Item) => x.id)).toEqual([c, b]);
    const page2 = await t.req(
      'GET',
      `/api/v1/follow-ups/items?projectId=${p101}&subject=repair&kind=daily&limit=2&cursor=${page1.body.nextCursor}`,
      { token: zhuguan },
    );
    expect(page2.body.items[0].id).toBe(a);
    const junk = await t.req('GET', `/api/v1/follow-ups/items?projectId=${p101}&subject=repair&kind=daily&cursor=abc`, {
      token: zhuguan,
    });
    expect(junk.status).toBe(400);
  });
});
