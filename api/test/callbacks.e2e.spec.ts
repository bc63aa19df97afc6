// Callbacks (回访) as the clerk makes them on the phone: the owner's own rating is kept apart from the
// callback's answer, 一般/不满意 need a reason, the queue's tabs are counted, the requester's phone is
// revealed through the audited reveal, and a request filed by an owner reaches the desk at once.
// Each test makes its own requests on a real database with a pinned clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, ids, startTestApp, testDatabases, type TestApp } from './harness.js';
import { checked } from './support/repair-steps.js';

describe.each(testDatabases())('callbacks and the desk (%s)', (db) => {
  let t: TestApp;
  let kefu: string;
  let jigong: string;
  let owner: string;
  let p101: number;
  let room1201: number;
  let jigongId: number;
  let catalogue: { id: number; code: string }[];
  const cat = (code: string) => catalogue.find((c) => c.code === code)!.id;
  const act = (token: string, id: number, action: string, body: Record<string, unknown> = {}) =>
    t.req('POST', `/api/v1/service-requests/${id}/actions/${action}`, { token, body });
  const detail = async (id: number) => (await t.req('GET', `/api/v1/service-requests/${id}`, { token: kefu })).body;

  /** An owner's free in-home repair, filed in the mini-program, finished by jigong: waiting for the owner and the callback. */
  let filed = 0;
  const finishedOwnerRepair = async () => {
    const r = await t.req('POST', '/api/v1/me/service-requests', {
      token: owner,
      // each its own problem: the same words for the same room within a minute are one intake (R-SRV-05)
      body: { notDuplicate: true, roomId: room1201, categoryId: cat('HOME-WARRANTY'), description: `入户门关不严 ${++filed}` },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const id = r.body.id as number;
    expect((await act(kefu, id, 'review', { urgency: 'normal' })).status).toBe(200);
    expect((await act(kefu, id, 'dispatch', { assigneeStaffId: jigongId })).status).toBe(200);
    expect((await act(jigong, id, 'accept')).status).toBe(200);
    expect((await act(jigong, id, 'arrive')).status).toBe(200);
    expect((await act(jigong, id, 'finish', checked({ result: '调整门铰链' }))).status).toBe(200);
    return id;
  };
  const ownerConfirms = (id: number, satisfaction: string) =>
    t.req('POST', `/api/v1/me/service-requests/${id}/actions/confirm`, { token: owner, body: { satisfaction } });

  /** Each test lives in a month of its own: the clock moves there and everyone signs in afresh. */
  const at = async (iso: string) => {
    t.clock.set(iso);
    kefu = await t.staffToken('kefu', 'Kefu@123');
    jigong = await t.staffToken('jigong', 'Jigong@123');
    owner = await t.ownerToken('13800000001');
  };

  beforeAll(async () => {
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
    await at('2026-12-01T01:00:00Z');
    const i = await ids(t);
    p101 = await i.project('101');
    room1201 = await i.room('1011011201');
    jigongId = await i.staff('jigong');
    catalogue = (await t.req('GET', `/api/v1/repair-catalogue?projectId=${p101}`, { token: kefu })).body;
    expect(catalogue.some((c) => c.code === 'HOME-WARRANTY')).toBe(true);
  });
  afterAll(async () => t?.close());

  it("R-REP-09 the owner's own rating is kept apart from the callback's answer; the month's satisfaction counts the owner's where given", async () => {
    await at('2027-02-03T02:00:00Z'); // a month of its own
    const rated = await finishedOwnerRepair();
    expect((await ownerConfirms(rated, 'very_satisfied')).status).toBe(200);
    const unrated = await finishedOwnerRepair();
    expect((await ownerConfirms(unrated, '' as never)).status).toBe(400); // no empty rating either
    expect(
      (await t.req('POST', `/api/v1/me/service-requests/${unrated}/actions/confirm`, { token: owner, body: {} })).status,
    ).toBe(200);

    const queue = (await t.req('GET', `/api/v1/callbacks?projectId=${p101}&limit=100`, { token: kefu })).body.items as {
      requestId: number;
      ownerSatisfaction: string | null;
    }[];
    expect(queue.find((c) => c.requestId === rated)?.ownerSatisfaction).toBe('very_satisfied');
    expect(queue.find((c) => c.requestId === unrated)?.ownerSatisfaction).toBeNull();

    // the clerk hears 一般 on the phone: recorded with its reason, the owner's own rating stays
    const cb = await act(kefu, rated, 'callback', { method: 'phone', satisfaction: 'neutral', comment: '门还有点响' });
    expect(cb.status, JSON.stringify(cb.body)).toBe(200);
    expect(cb.body).toMatchObject({
      status: 'closed',
      ownerSatisfaction: 'very_satisfied',
      callbackSatisfaction: 'neutral',
      callbackComment: '门还有点响',
    });
    expect(
      (await act(kefu, unrated, 'callback', { method: 'phone', satisfaction: 'dissatisfied', comment: '还是关不严' })).body,
    ).toMatchObject({ status: 'received', ownerSatisfaction: null, callbackSatisfaction: 'dissatisfied' });

    const k = await t.req('GET', `/api/v1/reports/repair-kpis?projectId=${p101}&month=2027-02`, { token: kefu });
    expect(k.body).toMatchObject({
      rated: 2,
      satisfied: 1, // the owner's 非常满意 counts, not the clerk's 一般; the unrated one counts its callback's 不满意
      satisfactionOwnerRated: 1,
      satisfactionCallbackRated: 1,
      satisfactionRate: 50,
    });
  });

  it('R-SRV-08 a callback has no default answer, and 一般 or 不满意 without a reason is refused before anything is written', async () => {
    await at('2027-03-03T02:00:00Z');
    const id = await finishedOwnerRepair();
    const before = await count(t, 'callback_record', 'request_id = ?', [id]);
    const cases: [Record<string, unknown>, string][] = [
      [{ method: 'phone' }, '请选择业主的满意度'],
      [{ satisfaction: 'satisfied' }, '请选择回访方式'],
      [{ method: 'phone', satisfaction: 'dissatisfied' }, '业主不满意，请填写原因'],
      [{ method: 'phone', satisfaction: 'dissatisfied', comment: '   ' }, '业主不满意，请填写原因'],
      [{ method: 'phone', satisfaction: 'neutral' }, '业主一般，请填写原因'],
    ];
    for (const [body, message] of cases) {
      const r = await act(kefu, id, 'callback', body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.message).toBe(message);
    }
    expect(await count(t, 'callback_record', 'request_id = ?', [id])).toBe(before);
    expect((await detail(id)).status).toBe('finished'); // not reopened, not closed
    // 满意 needs no reason
    expect((await act(kefu, id, 'callback', { method: 'phone', satisfaction: 'satisfied' })).body.status).toBe('closed');
  });

  it('R-REP-10 a second callback needs a reason for 不满意 too', async () => {
    await at('2027-04-05T02:00:00Z');
    const r = await t.req('POST', '/api/v1/service-requests', {
      token: kefu,
      body: {
        notDuplicate: true,
        appointmentStart: '2027-04-05T06:00:00Z',
        appointmentEnd: '2027-04-05T08:00:00Z',
        projectId: p101,
        channel: 'phone',
        categoryId: cat('HOME-WARRANTY'),
        description: '门锁坏了',
        urgency: 'normal',
        roomId: room1201,
        requesterName: '张伟',
        requesterPhone: '13800000001',
        isImportant: true,
      },
    });
    const id = r.body.id as number;
    await act(kefu, id, 'dispatch', { assigneeStaffId: jigongId });
    await act(jigong, id, 'accept');
    await act(jigong, id, 'arrive');
    await act(jigong, id, 'finish', checked({ result: '换锁芯' }));
    expect((await act(kefu, id, 'callback', { method: 'phone', satisfaction: 'satisfied' })).body.status).toBe('closed');
    const second = (body: Record<string, unknown>) =>
      t.req('POST', `/api/v1/service-requests/${id}/second-callback`, { token: kefu, body });
    const refused = await second({ method: 'phone', satisfaction: 'dissatisfied' });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toBe('业主不满意，请填写原因');
    expect(await count(t, 'callback_record', "request_id = ? AND kind = 'second_callback'", [id])).toBe(0);
    expect((await second({ method: 'phone', satisfaction: 'satisfied' })).status).toBe(200);
  });

  it('R-REP-09 the callback queue counts its tabs: all waiting, due within 6 hours, late', async () => {
    await at('2027-05-06T02:00:00Z');
    const counts = async () => (await t.req('GET', `/api/v1/callbacks/counts?projectId=${p101}`, { token: kefu })).body;
    const list = async (due: string) =>
      ((await t.req('GET', `/api/v1/callbacks?projectId=${p101}&due=${due}&limit=100`, { token: kefu })).body.items as unknown[])
        .length;
    const before = await counts();
    expect(before).toEqual({ all: await list('all'), soon: await list('soon'), overdue: await list('overdue') });

    const early = await finishedOwnerRepair(); // callback due 24 h after finishing
    t.clock.set('2027-05-06T20:00:00Z');
    const late = await finishedOwnerRepair();
    t.clock.set('2027-05-07T00:00:00Z'); // early: due 02:00 (in 2 h); late: due tomorrow 20:00
    let now = await counts();
    expect(now).toEqual({ all: before.all + 2, soon: before.soon + 1, overdue: before.overdue });
    t.clock.set('2027-05-07T03:00:00Z'); // early is now late
    now = await counts();
    expect(now.all).toBe(before.all + 2);
    expect(now).toEqual({ all: await list('all'), soon: await list('soon'), overdue: await list('overdue') });
    const overdueIds = (
      (await t.req('GET', `/api/v1/callbacks?projectId=${p101}&due=overdue&limit=100`, { token: kefu })).body.items as {
        requestId: number;
      }[]
    ).map((c) => c.requestId);
    expect(overdueIds).toContain(early);
    expect(overdueIds).not.toContain(late);
    // another project's clerk cannot count this project's queue
    const kefu2 = await t.staffToken('kefu2', 'Kefu2@123');
    expect((await t.req('GET', `/api/v1/callbacks/counts?projectId=${p101}`, { token: kefu2 })).status).toBe(404);
  });

  it('R-REP-09 the callback queue pages on the server: soonest due first, each callback once across pages; a bad cursor is refused', async () => {
    await at('2027-07-06T02:00:00Z');
    const mine: number[] = [];
    for (let i = 0; i < 3; i++) {
      mine.push(await finishedOwnerRepair());
      t.clock.set(`2027-07-06T0${3 + i}:00:00Z`);
    }
    const all = (await t.req('GET', `/api/v1/callbacks?projectId=${p101}&limit=100`, { token: kefu })).body;
    expect(all.nextCursor).toBeNull();
    // two at a time, following the cursor to the end: the same rows in the same order
    const paged: { requestId: number; kind: string; dueAt: string }[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const q: string = `/api/v1/callbacks?projectId=${p101}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const r = await t.req('GET', q, { token: kefu });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(r.body.items.length).toBeLessThanOrEqual(2);
      paged.push(...r.body.items);
      cursor = r.body.nextCursor;
      pages++;
    } while (cursor && pages < 100);
    expect(paged.map((c) => `${c.requestId}-${c.kind}`)).toEqual(
      all.items.map((c: { requestId: number; kind: string }) => `${c.requestId}-${c.kind}`),
    );
    expect(pages).toBe(Math.max(1, Math.ceil(all.items.length / 2)));
    const dues = paged.map((c) => Date.parse(c.dueAt));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    for (const id of mine) expect(paged.filter((c) => c.requestId === id)).toHaveLength(1);
    // a cursor that is not one of ours is refused, not read as page 1
    const bad = await t.req('GET', `/api/v1/callbacks?projectId=${p101}&cursor=bm9wZQ`, { token: kefu });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('翻页游标无效');
  });

  it("R-OWN-06 the clerk reveals the requester's full phone to call back; each view is audited; a technician or another project cannot", async () => {
    await at('2027-06-02T02:00:00Z');
    const id = await finishedOwnerRepair();
    const d = await detail(id);
    expect(d.phoneMasked).toBe('138****0001');
    expect(JSON.stringify(d)).not.toContain('13800000001');
    const audits = () =>
      count(t, 'audit_event', "entity = 'service_request' AND entity_id = ? AND action = 'reveal_pii'", [String(id)]);
    const before = await audits();
    const r = await t.req('POST', `/api/v1/service-requests/${id}/reveal-phone`, { token: kefu });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toEqual({ phone: '13800000001' });
    expect(await audits()).toBe(before + 1);

    const tech = await t.req('POST', `/api/v1/service-requests/${id}/reveal-phone`, { token: jigong });
    expect(tech.status).toBe(403);
    const kefu2 = await t.staffToken('kefu2', 'Kefu2@123');
    expect((await t.req('POST', `/api/v1/service-requests/${id}/reveal-phone`, { token: kefu2 })).status).toBe(404);
    expect((await t.req('POST', `/api/v1/service-requests/${id}/reveal-phone`, {})).status).toBe(401);
    expect(await audits()).toBe(before + 1);
  });

  it("R-SRV-03 a request an owner files in the mini-program reaches the desk's bell at once; a desk intake does not ring it", async () => {
    await at('2027-07-01T02:00:00Z');
    const staff: { id: number; roles: string }[] = await t.ds.query(
      `SELECT s.id AS id, s.roles AS roles FROM staff s JOIN staff_project sp ON sp.staff_id = s.id
        WHERE sp.project_id = ? AND s.archived_at IS NULL`,
      [p101],
    );
    const reviewers = staff
      .filter((s) =>
        (JSON.parse(String(s.roles)) as string[]).some((r) => ['cs_supervisor', 'cs_assistant', 'service_clerk'].includes(r)),
      )
      .map((s) => Number(s.id));
    expect(reviewers).toContain(await (await ids(t)).staff('kefu'));
    const r = await t.req('POST', '/api/v1/me/service-requests', {
      token: owner,
      body: { notDuplicate: true, roomId: room1201, categoryId: cat('HOME-WARRANTY'), description: '猫眼掉了' },
    });
    expect(r.status).toBe(201);
    const rung: { staff_id: number }[] = await t.ds.query(
      'SELECT staff_id FROM staff_notification WHERE link = ? ORDER BY staff_id',
      [`/requests/${r.body.id}`],
    );
    expect(rung.map((x) => Number(x.staff_id))).toEqual([...reviewers].sort((a, b) => a - b));
    const bell = (await t.req('GET', '/api/v1/notifications', { token: kefu })).body as { title: string; link: string }[];
    expect(bell.find((n) => n.link === `/requests/${r.body.id}`)?.title).toBe(`业主新报修 ${r.body.code}`);

    const desk = await t.req('POST', '/api/v1/service-requests', {
      token: kefu,
      body: {
        notDuplicate: true,
        appointmentStart: '2027-07-01T06:00:00Z',
        appointmentEnd: '2027-07-01T08:00:00Z',
        projectId: p101,
        channel: 'phone',
        categoryId: cat('HOME-WARRANTY'),
        description: '电话报修',
        urgency: 'normal',
        roomId: room1201,
        requesterName: '张伟',
        requesterPhone: '13800000001',
      },
    });
    expect(await count(t, 'staff_notification', 'link = ?', [`/requests/${desk.body.id}`])).toBe(0);
  });
});
