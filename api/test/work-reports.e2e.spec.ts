import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, ids, startTestApp, testDatabases, type TestApp } from './harness.js';

/** 2026-11-23 10:00 in Shanghai (the harness's pinned clock). */
const MON = '2026-11-23T02:00:00.000Z';
const TEXT = {
  summary: '本月完成公共区域照明改造，处理报修与投诉并全部回访。',
  plan: '下月开展冬季消防演练，完成电梯年检与外墙清洗。',
};

describe.each(testDatabases())('月度工作报告 (%s)', (db) => {
  let t: TestApp;
  let jingli: string; // project manager of 101 and 201
  let zhuguan: string; // CS supervisor of 101: drafts, never sends
  let kefu: string; // desk clerk: no access
  let zhang: string; // owner in 101
  let yang: string; // owner in 201 only
  let p101: number;
  let p201: number;
  let monthNo = 0;

  beforeAll(async () => {
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
    [jingli, zhuguan, kefu] = await Promise.all([
      t.staffToken('jingli', 'Jingli@123'),
      t.staffToken('zhuguan', 'Zhuguan@123'),
      t.staffToken('kefu', 'Kefu@123'),
    ]);
    zhang = await t.ownerToken('13800000001');
    yang = await t.ownerToken('13700000011');
    const i = await ids(t);
    p101 = await i.project('101');
    p201 = await i.project('201');
  });
  afterAll(async () => t?.close());

  /** Each test its own month (the unique key is per project and month): 2025-01, 2025-02 … */
  const freshMonth = () => {
    monthNo++;
    return `${2025 + Math.floor((monthNo - 1) / 12)}-${String(((monthNo - 1) % 12) + 1).padStart(2, '0')}`;
  };
  const create = (month: string, token = zhuguan, projectId = p101) =>
    t.req('POST', '/api/v1/work-reports', { token, body: { projectId, month } });
  const act = (id: number, action: string, token = jingli, body: Record<string, unknown> = {}) =>
    t.req('POST', `/api/v1/work-reports/${id}/actions/${action}`, { token, body });
  const write = (id: number, body: Record<string, unknown> = TEXT, token = zhuguan) =>
    t.req('PUT', `/api/v1/work-reports/${id}`, { token, body });
  const review = (id: number, day = '2026-11-23') =>
    act(id, 'review', jingli, { reviewerName: '业委会主任王建国', reviewedOn: day, opinion: '报告属实，同意公示。' });

  it('R-RPT-02 the office drafts, the manager submits (figures frozen), records the committee’s review and publishes; owners of the project read it, others 404', async () => {
    t.clock.set(new Date(MON));
    const month = freshMonth();
    const c = await create(month);
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    const id = c.body.id as number;
    expect(c.body).toMatchObject({ status: 'draft', month, figuresFrozen: false, allowedActions: [] });
    // the supervisor writes; submitting is the manager's
    expect((await write(id)).status).toBe(200);
    const denied = await act(id, 'submit', zhuguan);
    expect(denied.status).toBe(403);
    expect(denied.body.message).toMatch(/不能执行/);
    // published only: owners see nothing yet
    expect((await t.req('GET', `/api/v1/me/work-reports/${id}`, { token: zhang })).status).toBe(404);
    const sub = await act(id, 'submit');
    expect(sub.status, JSON.stringify(sub.body)).toBe(200);
    expect(sub.body).toMatchObject({ status: 'submitted', figuresFrozen: true, submittedByName: expect.any(String) });
    // a submitted report is not edited
    const edit = await write(id, { summary: '改动' });
    expect(edit.status).toBe(409);
    // nor published before the committee's review
    expect((await act(id, 'publish')).status).toBe(409);
    expect((await review(id)).status).toBe(200);
    const pub = await act(id, 'publish');
    expect(pub.status, JSON.stringify(pub.body)).toBe(200);
    expect(pub.body).toMatchObject({
      status: 'published',
      reviewerName: '业委会主任王建国',
      reviewOpinion: '报告属实，同意公示。',
    });
    const mine = await t.req('GET', '/api/v1/me/work-reports', { token: zhang });
    expect(mine.body.items.map((x: { id: number }) => x.id)).toContain(id);
    const d = await t.req('GET', `/api/v1/me/work-reports/${id}`, { token: zhang });
    expect(d.status).toBe(200);
    expect(d.body).toMatchObject({ month, summary: TEXT.summary, plan: TEXT.plan, reviewOpinion: '报告属实，同意公示。' });
    expect(d.body.figures.repairs).toHaveProperty('received');
    expect(JSON.stringify(d.body)).not.toMatch(/submittedByName|createdByName/);
    // an owner of another project only: as if it did not exist
    expect((await t.req('GET', `/api/v1/me/work-reports/${id}`, { token: yang })).status).toBe(404);
    expect(
      (await t.req('GET', '/api/v1/me/work-reports', { token: yang })).body.items.map((x: { id: number }) => x.id),
    ).not.toContain(id);
    // every step audited
    expect(await count(t, 'audit_event', "entity = 'work_report' AND entity_id = ?", [String(id)])).toBe(4);
  });

  it('R-RPT-02 the figures are read live in a draft and frozen at submission: a repair filed after it does not change what the committee reads', async () => {
    t.clock.set(new Date(MON));
    const month = '2026-11';
    const c = await create(month, jingli, p201);
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    const id = c.body.id as number;
    const before = c.body.figures.repairs.received as number;
    const cat = Number(
      (await t.ds.query("SELECT MIN(id) AS id FROM repair_category WHERE project_id = ? AND scope = 'public'", [p201]))[0].id,
    );
    const file = async (n: number) => {
      const r = await t.req('POST', '/api/v1/service-requests', {
        token: jingli,
        body: {
          notDuplicate: true,
          projectId: p201,
          channel: 'phone',
          categoryId: cat,
          location: '2栋大堂',
          description: `月报测试报修 ${n}`,
          urgency: 'normal',
          requesterName: '杨帆',
          requesterPhone: '13700000011',
        },
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    };
    await file(1);
    const live = await t.req('GET', `/api/v1/work-reports/${id}`, { token: jingli });
    expect(live.body.figures.repairs.received).toBe(before + 1);
    await write(id, TEXT, jingli);
    expect((await act(id, 'submit')).status).toBe(200);
    await file(2);
    const frozen = await t.req('GET', `/api/v1/work-reports/${id}`, { token: jingli });
    expect(frozen.body.figures.repairs.received).toBe(before + 1);
    // sent back by the committee: a draft again, read live again
    const back = await act(id, 'return', jingli, { reason: '请补充收费情况说明' });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect(back.body).toMatchObject({
      status: 'draft',
      returnReason: '请补充收费情况说明',
      figuresFrozen: false,
      submittedAt: null,
    });
    expect(back.body.figures.repairs.received).toBe(before + 2);
  });

  it('R-RPT-02 due by the end of the 28th in the project’s calendar: on time at 23:59 on the 28th, and a report submitted then stays on time; one never submitted of a past month is late', async () => {
    const past = await create(freshMonth()); // a past month: its 28th long gone
    expect(past.body).toMatchObject({ late: true });
    // this month (November 2026): due at the end of 28 November in Shanghai = 16:00 UTC
    t.clock.set(new Date('2026-11-28T15:59:00Z'));
    const c = await create('2026-11', zhuguan);
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    const id = c.body.id as number;
    expect(c.body).toMatchObject({ dueAt: '2026-11-28T16:00:00.000Z', late: false });
    await write(id);
    t.clock.set(new Date('2026-11-28T15:59:59Z'));
    expect((await act(id, 'submit')).status).toBe(200);
    t.clock.set(new Date('2026-11-29T16:00:00Z'));
    const later = await t.req('GET', `/api/v1/work-reports?projectId=${p101}&status=submitted`, { token: zhuguan });
    expect(later.body.items.find((x: { id: number }) => x.id === id)).toMatchObject({ late: false });
    const pastNow = await t.req('GET', `/api/v1/work-reports/${past.body.id}`, { token: zhuguan });
    expect(pastNow.body).toMatchObject({ status: 'draft', late: true });
    t.clock.set(new Date(MON));
  });

  it('R-RPT-02 refused with a Chinese reason and nothing written: a month not begun, a second report of a month (two at once make one), submitting without the text, a review dated before submission or after today, a return without a reason', async () => {
    t.clock.set(new Date(MON));
    const future = await create('2026-12');
    expect(future.status).toBe(400);
    expect(future.body.message).toMatch(/已开始的月份/);
    const month = freshMonth();
    const both = await Promise.all([create(month), create(month, jingli)]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(both.find((r) => r.status === 409)!.body.message).toMatch(/已经建立/);
    expect(await count(t, 'work_report', 'project_id = ? AND month = ?', [p101, month])).toBe(1);
    const id = both.find((r) => r.status === 201)!.body.id as number;
    const empty = await act(id, 'submit');
    expect(empty.status).toBe(400);
    expect(empty.body.message).toMatch(/本月工作/);
    await write(id);
    t.clock.set(new Date('2026-11-24T02:00:00Z'));
    expect((await act(id, 'submit')).status).toBe(200);
    const early = await review(id, '2026-11-23');
    expect(early.status).toBe(400);
    expect(early.body.message).toMatch(/不能早于提交/);
    const tomorrow = await review(id, '2026-11-25');
    expect(tomorrow.status).toBe(400);
    expect(tomorrow.body.message).toMatch(/不能晚于今天/);
    const noReason = await act(id, 'return', jingli, { reason: ' ' });
    expect(noReason.status).toBe(400);
    expect((await t.req('GET', `/api/v1/work-reports/${id}`, { token: jingli })).body.status).toBe('submitted');
    // the desk clerk has no access to the reports at all
    expect((await t.req('GET', `/api/v1/work-reports?projectId=${p101}`, { token: kefu })).status).toBe(403);
    t.clock.set(new Date(MON));
  });

  it('R-RPT-02 two managers sending the same step at once: one moves it, the other is told it was just handled', async () => {
    t.clock.set(new Date(MON));
    const month = freshMonth();
    const id = (await create(month)).body.id as number;
    await write(id);
    const rs = await Promise.all([act(id, 'submit'), act(id, 'submit')]);
    expect(rs.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await count(t, 'audit_event', "entity = 'work_report' AND entity_id = ? AND action = 'submit'", [String(id)])).toBe(1);
  });
});
