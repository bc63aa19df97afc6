import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TINY_PNG } from './images.js';
import { count, ids, startTestApp, testDatabases, type TestApp } from './harness.js';

const H = 3_600_000;
const D = 24 * H;
/** Wednesday 2026-12-02 10:00 in Shanghai: the month the next year's plan is made. */
const DEC = '2026-12-02T02:00:00.000Z';
const at = (ms: number, base = DEC) => new Date(new Date(base).getTime() + ms).toISOString();
/** An activity on Sunday 2026-12-20, 10:00–14:00 China time. */
const START = '2026-12-20T02:00:00.000Z';
const END = '2026-12-20T06:00:00.000Z';

describe.each(testDatabases())('社区活动 and 满意度调查 (%s)', (db) => {
  let t: TestApp;
  let kefu: string;
  let jingli: string;
  let caiwu: string;
  let pinzhi: string;
  let jigong: string;
  let kefu2: string;
  let zhang: string; // holds 1011011201 and 1013011001
  let lina: string; // member of 1011011201
  let chen: string; // holds 1011010803
  let yang: string; // project 201
  let stranger: string; // no room
  let p101: number;
  let room1201: number;
  let room2: number; // 张伟's other room
  let room0803: number;

  /** Signs everyone in at the clock's time (tokens live 30 days; the tests move the clock by months, both ways). */
  let signedAt = 0;
  const login = async () => {
    [kefu, jingli, caiwu, pinzhi, jigong, kefu2] = await Promise.all([
      t.staffToken('kefu', 'Kefu@123'),
      t.staffToken('jingli', 'Jingli@123'),
      t.staffToken('caiwu', 'Caiwu@123'),
      t.staffToken('pinzhi', 'Pinzhi@123'),
      t.staffToken('jigong', 'Jigong@123'),
      t.staffToken('kefu2', 'Kefu2@123'),
    ]);
    zhang = await t.ownerToken('13800000001');
    lina = await t.ownerToken('13800000002');
    chen = await t.ownerToken('13800000004');
    yang = await t.ownerToken('13700000011');
    stranger = await t.ownerToken('13900000009');
    signedAt = t.clock.now().getTime();
  };
  /** Sets the clock, signing in again when it moved back or more than 20 days on. */
  const go = async (iso: string) => {
    t.clock.set(iso);
    const ms = new Date(iso).getTime();
    if (ms >= signedAt && ms - signedAt < 20 * D) return;
    await login();
    t.clock.set(iso); // each owner's sign-in moved it a minute on
  };

  beforeAll(async () => {
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
    await go(DEC);
    const i = await ids(t);
    p101 = await i.project('101');
    room1201 = await i.room('1011011201');
    room2 = await i.room('1013011001');
    room0803 = await i.room('1011010803');
  });
  afterAll(async () => t?.close());

  const plan = (body: Record<string, unknown> = {}, token = kefu) =>
    t.req('POST', '/api/v1/activities', {
      token,
      body: {
        projectId: p101,
        year: 2026,
        theme: '冬至包饺子',
        purpose: '邻里互动',
        plannedMonth: '2026-12',
        budgetFen: 300000,
        ...body,
      },
    });
  const act = (id: number, action: string, token: string, body: Record<string, unknown> = {}) =>
    t.req('POST', `/api/v1/activities/${id}/actions/${action}`, { token, body });
  const details = (over: Record<string, unknown> = {}) => ({
    theme: '冬至包饺子',
    purpose: '邻里互动',
    plannedMonth: '2026-12',
    budgetFen: 300000,
    description: '一起包饺子过冬至',
    startsAt: START,
    endsAt: END,
    place: '会所多功能厅',
    capacity: 3,
    maxPerSignup: 2,
    safetyMeasures: '秩序维护员 2 人现场值守；配急救箱；用电由工程部检查',
    pollQuestion: '您更希望哪天举办？',
    pollOptions: ['周六', '周日'],
    openPoll: true,
    ...over,
  });
  const edit = (id: number, over: Record<string, unknown> = {}, token = kefu) =>
    t.req('PUT', `/api/v1/activities/${id}`, { token, body: details(over) });
  /** planned by kefu, details and poll, budget asked and approved by finance */
  const approved = async (over: Record<string, unknown> = {}) => {
    await go(DEC);
    const p = await plan();
    expect(p.status, JSON.stringify(p.body)).toBe(201);
    const e = await edit(p.body.id, over);
    expect(e.status, JSON.stringify(e.body)).toBe(200);
    expect((await act(p.body.id, 'request_budget', kefu)).status).toBe(200);
    const ok = await act(p.body.id, 'approve_budget', caiwu);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    return p.body.id as number;
  };
  const published = async (over: Record<string, unknown> = {}) => {
    const id = await approved(over);
    const r = await act(id, 'publish', jingli);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return id;
  };
  const signUp = (id: number, token: string, roomId: number, people = 1) =>
    t.req('POST', `/api/v1/me/activities/${id}/signup`, { token, body: { roomId, name: '报名人', people } });

  it('R-ACT-01 next year’s plan is made from December in the project’s zone; the manager finalises it; later additions are 计划外', async () => {
    await go('2026-11-30T15:59:00.000Z'); // 23:59 on 30 November, China time
    const early = await plan({ year: 2027, plannedMonth: '2027-05' });
    expect(early.status).toBe(409);
    expect(early.body.message).toContain('12月');
    await go('2026-11-30T16:00:00.000Z'); // 00:00 on 1 December, China time
    const due = await t.req('GET', `/api/v1/activity-plans?projectId=${p101}&year=2027`, { token: kefu });
    expect(due.body).toMatchObject({ window: 'due', finalizedAt: null, items: [], mayFinalize: false });
    const a = await plan({ year: 2027, theme: '春节游园', plannedMonth: '2027-02', budgetFen: 800000 });
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    expect(a.body).toMatchObject({ status: 'planned', extra: false, budgetFen: 800000, year: 2027 });
    const b = await plan({ year: 2027, theme: '中秋赏月', plannedMonth: '2027-09', budgetFen: 500000 });
    expect(b.status).toBe(201);
    expect((await plan({ year: 2027, plannedMonth: '2026-12' })).status).toBe(400);
    // the clerk may not finalise; the manager does, once
    expect(
      (await t.req('POST', '/api/v1/activity-plans/finalize', { token: kefu, body: { projectId: p101, year: 2027 } })).status,
    ).toBe(403);
    const fin = await t.req('POST', '/api/v1/activity-plans/finalize', { token: jingli, body: { projectId: p101, year: 2027 } });
    expect(fin.status, JSON.stringify(fin.body)).toBe(200);
    expect(fin.body).toMatchObject({ window: 'open', finalizedByName: '陈建国', budgetTotalFen: 1300000 });
    expect(fin.body.items.map((x: { theme: string }) => x.theme)).toEqual(['春节游园', '中秋赏月']);
    expect(
      (await t.req('POST', '/api/v1/activity-plans/finalize', { token: jingli, body: { projectId: p101, year: 2027 } })).status,
    ).toBe(409);
    const extra = await plan({ year: 2027, theme: '端午包粽子', plannedMonth: '2027-06' });
    expect(extra.body.extra).toBe(true);
    // a plan of 2028 not finalised in December 2027 is late once 2028 begins
    await go('2027-12-05T02:00:00.000Z');
    expect((await plan({ year: 2028, plannedMonth: '2028-03' })).status).toBe(201);
    await go('2027-12-31T16:00:00.000Z');
    const late = await t.req('GET', `/api/v1/activity-plans?projectId=${p101}&year=2028`, { token: jingli });
    expect(late.body).toMatchObject({ window: 'late', mayFinalize: true });
  });

  it('R-ACT-05 the budget is asked of finance and approved (fen, never more than asked) before anything is published; a return needs a reason', async () => {
    await go(DEC);
    const p = await plan();
    const id = p.body.id as number;
    expect((await edit(id)).status).toBe(200);
    // not published without an approved budget; the clerk may not approve a budget, nor may the manager
    expect((await act(id, 'publish', jingli)).status).toBe(409);
    const asked = await act(id, 'request_budget', kefu, { amountFen: 250000, note: '食材和场地布置' });
    expect(asked.body).toMatchObject({ status: 'budget_pending', budgetRequestedFen: 250000, budgetNote: '食材和场地布置' });
    expect((await act(id, 'approve_budget', kefu)).status).toBe(403);
    expect((await act(id, 'approve_budget', jingli)).status).toBe(403);
    const more = await act(id, 'approve_budget', caiwu, { amountFen: 260000 });
    expect(more.status).toBe(400);
    expect(more.body.message).toContain('不能超过申请金额');
    const noReason = await act(id, 'reject_budget', caiwu, { reason: ' ' });
    expect(noReason.status).toBe(400);
    const back = await act(id, 'reject_budget', caiwu, { reason: '请附报价' });
    expect(back.body).toMatchObject({ status: 'planned', budgetRejectReason: '请附报价', budgetRequestedFen: null });
    await act(id, 'request_budget', kefu, { amountFen: 240000 });
    const ok = await act(id, 'approve_budget', caiwu, { amountFen: 200000 });
    expect(ok.body).toMatchObject({
      status: 'budget_approved',
      budgetApprovedFen: 200000,
      budgetApprovedByName: expect.any(String),
    });
    // the planned budget is not changed once finance approved one
    const change = await edit(id, { budgetFen: 999999 });
    expect(change.status).toBe(409);
    expect(
      await count(t, 'audit_event', "entity = 'activity' AND entity_id = ? AND action = 'approve_budget'", [String(id)]),
    ).toBe(1);
  });

  it('R-ACT-02 R-ACT-05 published by the manager only with safety measures, time, place and capacity, the owners asked first, and 3 days ahead', async () => {
    const noSafety = await approved({ safetyMeasures: '' });
    const r1 = await act(noSafety, 'publish', jingli);
    expect(r1.status).toBe(409);
    expect(r1.body.message).toContain('安全措施');
    const noPoll = await approved({ pollQuestion: '', pollOptions: [], openPoll: false });
    expect((await act(noPoll, 'publish', jingli)).body.message).toContain('征求意见');
    const soon = await approved({ startsAt: at(2 * D), endsAt: at(2 * D + 3 * H) });
    expect((await act(soon, 'publish', jingli)).body.message).toContain('提前3天');
    const id = await approved();
    expect((await act(id, 'publish', kefu)).status).toBe(403);
    const ok = await act(id, 'publish', jingli);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ status: 'published', publishedByName: '陈建国', editable: false });
    // published: no more edits; owners of the project see it open for sign-up, others do not
    expect((await edit(id)).status).toBe(409);
    const mine = (await t.req('GET', '/api/v1/me/activities', { token: chen })).body.items.find(
      (x: { id: number }) => x.id === id,
    );
    expect(mine).toMatchObject({ phase: 'open', phaseLabel: '报名中', place: '会所多功能厅', capacity: 3, signedUp: false });
    for (const owner of [yang, stranger]) {
      expect((await t.req('GET', `/api/v1/me/activities/${id}`, { token: owner })).status).toBe(404);
      expect(
        (await t.req('GET', '/api/v1/me/activities', { token: owner })).body.items.map((x: { id: number }) => x.id),
      ).not.toContain(id);
    }
  });

  it('R-ACT-02 owners answer the poll before publication, once each; others of the project see it, other projects do not', async () => {
    const id = await approved();
    const before = await t.req('GET', `/api/v1/me/activities/${id}`, { token: zhang });
    expect(before.status, JSON.stringify(before.body)).toBe(200);
    expect(before.body).toMatchObject({ phase: 'poll', pollQuestion: '您更希望哪天举办？', myVote: null });
    const votes = await Promise.all(
      [zhang, zhang, zhang].map((token) => t.req('POST', `/api/v1/me/activities/${id}/poll`, { token, body: { option: 1 } })),
    );
    expect(votes.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    expect((await t.req('POST', `/api/v1/me/activities/${id}/poll`, { token: chen, body: { option: 0 } })).status).toBe(200);
    expect((await t.req('POST', `/api/v1/me/activities/${id}/poll`, { token: lina, body: { option: 5 } })).status).toBe(400);
    expect((await t.req('POST', `/api/v1/me/activities/${id}/poll`, { token: yang, body: { option: 0 } })).status).toBe(404);
    const staff = await t.req('GET', `/api/v1/activities/${id}`, { token: kefu });
    expect(staff.body.poll).toEqual([
      { label: '周六', votes: 1 },
      { label: '周日', votes: 1 },
    ]);
    // signing up before publication is refused; after publication the poll is closed
    expect((await signUp(id, zhang, room1201)).status).toBe(409);
    await act(id, 'publish', jingli);
    expect((await t.req('POST', `/api/v1/me/activities/${id}/poll`, { token: lina, body: { option: 0 } })).status).toBe(409);
  });

  it('R-ACT-02 capacity holds when two owners ask for the last place at once: one gets it; cancelling before the start gives places back', async () => {
    const id = await published({ capacity: 3 });
    const big = await signUp(id, zhang, room1201, 2);
    expect(big.status, JSON.stringify(big.body)).toBe(200);
    expect(big.body.mySignup).toMatchObject({ roomId: room1201, people: 2, name: '报名人' });
    expect((await signUp(id, zhang, room1201, 1)).status).toBe(409); // one sign-up per owner
    expect((await signUp(id, chen, room0803, 3)).status).toBe(400); // more than 2 per household
    const race = await Promise.all([signUp(id, chen, room0803), signUp(id, lina, room1201)]);
    expect(race.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(race.find((r) => r.status === 409)!.body.message).toContain('名额');
    const full = await t.req('GET', `/api/v1/activities/${id}`, { token: kefu });
    expect(full.body).toMatchObject({ signedPeople: 3, signups: 2 });
    expect(await count(t, 'activity_signup', "activity_id = ? AND status = 'active'", [id])).toBe(2);
    // the same owner twice at once: one sign-up
    const id2 = await published({ capacity: 10 });
    const twice = await Promise.all([signUp(id2, chen, room0803), signUp(id2, chen, room0803)]);
    expect(twice.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await t.req('GET', `/api/v1/activities/${id2}`, { token: kefu })).body.signedPeople).toBe(1);
    // a room of another project, or not theirs
    expect((await signUp(id2, lina, room0803)).status).toBe(400);
    // cancel before the start: the places come back and the owner may sign up again
    await go(at(D));
    const cancel = await t.req('POST', `/api/v1/me/activities/${id}/signup/cancel`, { token: zhang });
    expect(cancel.status).toBe(200);
    expect((await t.req('GET', `/api/v1/activities/${id}`, { token: kefu })).body.signedPeople).toBe(1);
    expect((await t.req('POST', `/api/v1/me/activities/${id}/signup/cancel`, { token: zhang })).status).toBe(409);
    expect((await signUp(id, zhang, room2, 1)).status).toBe(200);
    // after the start: no sign-up, no cancel
    await go(START);
    expect((await signUp(id, lina, room1201)).status).toBe(409);
    const late = await t.req('POST', `/api/v1/me/activities/${id}/signup/cancel`, { token: zhang });
    expect(late.status).toBe(409);
    expect(late.body.message).toContain('已开始');
  });

  it('R-ACT-03 R-ACT-05 after it: the summary with photos, 10% of sign-ups (rounded up) called back in a fair pick, then archived with its file', async () => {
    const id = await published({ capacity: 10 });
    for (const [token, room] of [
      [zhang, room1201],
      [chen, room0803],
      [lina, room1201],
    ] as const)
      expect((await signUp(id, token, room)).status).toBe(200);
    await go(at(-H, END));
    const early = await act(id, 'finish', kefu, { summary: '活动顺利举行，参与业主反响热烈。' });
    expect(early.status).toBe(409);
    expect(
      (await t.req('POST', `/api/v1/activities/${id}/callbacks`, { token: kefu, body: { signupId: 1, satisfied: true } })).status,
    ).toBe(409);
    await go(at(H, END));
    const up = await t.req('POST', '/api/v1/uploads', {
      token: kefu,
      body: { fileName: 'act.png', contentType: 'image/png', contentBase64: TINY_PNG },
    });
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    expect((await act(id, 'finish', kefu, { summary: '太短' })).status).toBe(400);
    const fin = await act(id, 'finish', kefu, {
      summary: '活动顺利举行，参与业主反响热烈，食材略有剩余。',
      photoIds: [up.body.id],
    });
    expect(fin.status, JSON.stringify(fin.body)).toBe(200);
    expect(fin.body).toMatchObject({ status: 'finished', signups: 3, callbackQuota: 1, callbacksMade: 0 });
    expect(fin.body.photos.map((x: { id: number }) => x.id)).toEqual([up.body.id]);
    // the photo is read by the project's staff (not only its uploader), not by another project's
    expect((await t.req('GET', `/api/v1/uploads/${up.body.id}?size=thumb`, { token: jingli })).status).toBe(200);
    expect((await t.req('GET', `/api/v1/uploads/${up.body.id}`, { token: kefu2 })).status).toBe(404);
    // archive waits for the callbacks
    const notYet = await act(id, 'archive', kefu);
    expect(notYet.status).toBe(409);
    expect(notYet.body.message).toContain('还需回访 1 户');
    const list = await t.req('GET', `/api/v1/activities/${id}/callbacks`, { token: pinzhi });
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ quota: 1, made: 0, target: 80, satisfactionRate: null });
    expect(list.body.rows.map((r: { rank: number }) => r.rank)).toEqual([1, 2, 3]);
    expect(list.body.rows.filter((r: { required: boolean }) => r.required)).toHaveLength(1);
    const again = await t.req('GET', `/api/v1/activities/${id}/callbacks`, { token: kefu });
    expect(again.body.rows.map((r: { signupId: number }) => r.signupId)).toEqual(
      list.body.rows.map((r: { signupId: number }) => r.signupId),
    );
    const first = list.body.rows[0].signupId as number;
    const rec = (signupId: number, satisfied: boolean) =>
      t.req('POST', `/api/v1/activities/${id}/callbacks`, { token: pinzhi, body: { signupId, satisfied, note: '电话回访' } });
    const two = await Promise.all([rec(first, true), rec(first, true)]);
    expect(two.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await rec(999999, true)).status).toBe(400);
    const second = await rec(list.body.rows[1].signupId, false);
    expect(second.body).toMatchObject({ made: 2, satisfactionRate: 50 });
    expect((await act(id, 'archive', jigong)).status).toBe(403);
    const arch = await act(id, 'archive', kefu);
    expect(arch.status, JSON.stringify(arch.body)).toBe(200);
    expect(arch.body).toMatchObject({ status: 'archived', callbacksMade: 2, satisfactionRate: 50, satisfactionTarget: 80 });
    const file = await t.req('GET', `/api/v1/activities/${id}/signups`, { token: caiwu });
    expect(file.body).toHaveLength(3);
    expect(file.body[0]).toMatchObject({ name: '报名人', people: 1, status: 'active', roomLabel: expect.any(String) });
  });

  it('R-ACT-02 a cancelled activity leaves the owners’ list; a technician has no 社区活动; other projects’ staff get 404', async () => {
    const id = await published();
    expect((await act(id, 'cancel', kefu, {})).status).toBe(400);
    const c = await act(id, 'cancel', kefu, { reason: '天气原因' });
    expect(c.body).toMatchObject({ status: 'cancelled', cancelReason: '天气原因' });
    expect(
      (await t.req('GET', '/api/v1/me/activities', { token: zhang })).body.items.map((x: { id: number }) => x.id),
    ).not.toContain(id);
    expect((await signUp(id, zhang, room1201)).status).toBe(409);
    expect((await t.req('GET', `/api/v1/activities?projectId=${p101}`, { token: jigong })).status).toBe(403);
    expect((await t.req('GET', `/api/v1/activities/${id}`, { token: kefu2 })).status).toBe(404);
    expect((await t.req('GET', `/api/v1/activities?projectId=${p101}`, { token: kefu2 })).status).toBe(404);
    expect((await plan({}, kefu2)).status).toBe(404);
    expect((await t.req('GET', '/api/v1/me/activities', { token: kefu })).status).toBe(403);
  });

  it('R-ACT-01 R-ACT-05 bad input is refused with a Chinese message saying what is wrong, and nothing is written', async () => {
    await go(DEC);
    const before = await count(t, 'activity');
    const cases: [Record<string, unknown>, string][] = [
      [{ theme: '  ' }, '主题'],
      [{ theme: '长'.repeat(41) }, '主题'],
      [{ purpose: '' }, '目的'],
      [{ budgetFen: -1 }, '预算'],
      [{ budgetFen: 12.5 }, '预算'],
      [{ plannedMonth: '2026-13' }, '计划月份'],
      [{ plannedMonth: '2027-01' }, '2026年内'],
    ];
    for (const [body, words] of cases) {
      const r = await plan(body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.message, JSON.stringify(body)).toContain(words);
    }
    expect(await count(t, 'activity')).toBe(before);
    const id = (await plan()).body.id as number;
    const bad: [Record<string, unknown>, string][] = [
      [{ endsAt: START, startsAt: END }, '结束时间须晚于开始时间'],
      [{ startsAt: at(-H), endsAt: at(H) }, '开始时间已过'],
      [{ endsAt: undefined }, '同时填写'],
      [{ pollOptions: ['只有一个'] }, '至少需要2个选项'],
      [{ pollOptions: ['周六', '周六'] }, '不能重复'],
      [{ capacity: 0 }, '名额'],
    ];
    for (const [over, words] of bad) {
      const r = await edit(id, over);
      expect(r.status, JSON.stringify(over)).toBe(400);
      expect(r.body.message, JSON.stringify(over)).toContain(words);
    }
    expect((await t.req('GET', `/api/v1/activities/${id}`, { token: kefu })).body).toMatchObject({
      startsAt: null,
      pollOpenedAt: null,
    });
    expect((await act(id, 'teleport', kefu)).status).toBe(400);
  });

  // ---------- 满意度调查 ----------
  const answer = (id: number, token: string, roomId: number, score = 4, comment?: string) =>
    t.req('POST', `/api/v1/me/surveys/${id}/responses`, {
      token,
      body: { roomId, service: score, repair: score, cleaning: score, security: score, greening: score, comment },
    });

  it('R-RPT-03 品质 opens the next quarter’s survey; owners answer it within that quarter in the project’s zone, once per room', async () => {
    await go(DEC);
    expect((await t.req('POST', '/api/v1/surveys', { token: kefu, body: { projectId: p101, quarter: '2027Q1' } })).status).toBe(
      403,
    );
    const past = await t.req('POST', '/api/v1/surveys', { token: pinzhi, body: { projectId: p101, quarter: '2026Q2' } });
    expect(past.status).toBe(400);
    expect(past.body.message).toContain('本季度或下季度');
    const made = await t.req('POST', '/api/v1/surveys', { token: pinzhi, body: { projectId: p101, quarter: '2027Q1' } });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body).toMatchObject({ status: 'upcoming', responses: 0, index: null, title: '2027年第1季度业主满意度调查' });
    const id = made.body.id as number;
    const twice = await t.req('POST', '/api/v1/surveys', { token: pinzhi, body: { projectId: p101, quarter: '2027Q1' } });
    expect(twice.status).toBe(409);
    // 23:59 on 31 December China time: not yet; 00:00 on 1 January: open
    await go('2026-12-31T15:59:00.000Z');
    expect((await answer(id, zhang, room1201)).body.message).toContain('尚未开始');
    expect((await t.req('GET', '/api/v1/me/surveys', { token: zhang })).body.map((s: { id: number }) => s.id)).not.toContain(id);
    await go('2026-12-31T16:00:00.000Z');
    const mine = (await t.req('GET', '/api/v1/me/surveys', { token: zhang })).body.find((s: { id: number }) => s.id === id);
    expect(mine.rooms.map((r: { roomId: number; answered: boolean }) => [r.roomId, r.answered])).toEqual(
      expect.arrayContaining([
        [room1201, false],
        [room2, false],
      ]),
    );
    // one answer per room: the member of the same room, and two taps at once, record one
    const race = await Promise.all([answer(id, zhang, room1201, 5, '保洁很好'), answer(id, lina, room1201, 3)]);
    expect(race.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await answer(id, zhang, room2, 3)).status).toBe(200);
    expect((await answer(id, zhang, room0803)).status).toBe(400); // not their room
    expect((await answer(id, yang, room1201)).status).toBe(404);
    expect((await answer(id, stranger, room1201)).status).toBe(404);
    expect(await count(t, 'survey_response', 'survey_id = ?', [id])).toBe(2);
    const after = (await t.req('GET', '/api/v1/me/surveys', { token: zhang })).body.find((s: { id: number }) => s.id === id);
    expect(after.rooms.find((r: { roomId: number }) => r.roomId === room2).answered).toBe(true);
    // the quarter ends at 00:00 on 1 April China time
    await go('2027-03-31T16:00:00.000Z');
    expect((await answer(id, chen, room0803)).body.message).toContain('已结束');
  });

  it('R-RPT-03 the console shows answers, per-area means and the index; the annual index is the mean of the surveyed quarters', async () => {
    await go('2027-06-01T02:00:00.000Z');
    const q2 = await t.req('POST', '/api/v1/surveys', { token: jingli, body: { projectId: p101, quarter: '2027Q2' } });
    expect(q2.status, JSON.stringify(q2.body)).toBe(201);
    const id = q2.body.id as number;
    expect((await answer(id, zhang, room1201, 5, '服务周到')).status).toBe(200);
    expect((await answer(id, chen, room0803, 3)).status).toBe(200);
    const d = await t.req('GET', `/api/v1/surveys/${id}`, { token: pinzhi });
    expect(d.body).toMatchObject({ status: 'open', responses: 2, score: 4, index: 80 });
    expect(d.body.areas[0]).toEqual({ area: 'service', label: '客户服务', average: 4 });
    expect(d.body.comments).toEqual([{ roomLabel: expect.any(String), comment: '服务周到', createdAt: expect.any(String) }]);
    const year = await t.req('GET', `/api/v1/surveys?projectId=${p101}&year=2027`, { token: pinzhi });
    expect(year.status).toBe(200);
    const quarters = year.body.surveys.map((s: { quarter: string }) => s.quarter);
    expect(quarters).toContain('2027Q2');
    expect(year.body.complete).toBe(false);
    expect(year.body.annualIndex).not.toBeNull();
    const closed = await t.req('POST', `/api/v1/surveys/${id}/close`, { token: pinzhi });
    expect(closed.body.status).toBe('closed');
    expect((await answer(id, zhang, room2)).status).toBe(409);
    expect([403, 404]).toContain((await t.req('GET', `/api/v1/surveys/${id}`, { token: kefu2 })).status); // 201’s clerk
    expect((await t.req('GET', `/api/v1/surveys?projectId=${p101}&year=2027`, { token: caiwu })).status).toBe(403);
    const bad = await answer(id, zhang, room1201, 6);
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('评分');
  });
});
