import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, ids, startTestApp, testDatabases, type TestApp } from './harness.js';

const H = 3_600_000;
const D = 24 * H;
/** Monday 2026-11-23 10:00 in Shanghai. */
const MON = '2026-11-23T02:00:00.000Z';
const at = (ms: number, base = MON) => new Date(new Date(base).getTime() + ms).toISOString();

describe.each(testDatabases())('社区公告 (%s)', (db) => {
  let t: TestApp;
  let kefu: string;
  let jingli: string;
  let admin: string;
  let jigong: string;
  let kefu2: string;
  let zhang: string; // holds 1011011201 (A座) and 1013011001
  let lina: string; // member of 1011011201
  let chen: string; // holds 1011010803 (A座)
  let yang: string; // project 201
  let stranger: string; // no room
  let p101: number;
  let bA: number; // the building of 1011011201 and 1011010803
  let bZhang2: number; // the building of 1013011001 (张伟's only)
  let b201: number;

  beforeAll(async () => {
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
    [kefu, jingli, admin, jigong, kefu2] = await Promise.all([
      t.staffToken('kefu', 'Kefu@123'),
      t.staffToken('jingli', 'Jingli@123'),
      t.staffToken('admin', 'Admin@123'),
      t.staffToken('jigong', 'Jigong@123'),
      t.staffToken('kefu2', 'Kefu2@123'),
    ]);
    zhang = await t.ownerToken('13800000001');
    lina = await t.ownerToken('13800000002');
    chen = await t.ownerToken('13800000004');
    yang = await t.ownerToken('13700000011');
    stranger = await t.ownerToken('13900000009');
    const i = await ids(t);
    p101 = await i.project('101');
    const buildingOf = async (code: string) =>
      Number((await t.ds.query('SELECT building_id AS b FROM room WHERE property_code = ?', [code]))[0].b);
    bA = await buildingOf('1011011201');
    bZhang2 = await buildingOf('1013011001');
    b201 = await buildingOf('2011011201');
    expect(await buildingOf('1011010803')).toBe(bA);
    expect(bZhang2).not.toBe(bA);
  });
  afterAll(async () => t?.close());

  const draft = (body: Record<string, unknown> = {}, token = kefu) =>
    t.req('POST', '/api/v1/announcements', {
      token,
      body: { projectId: p101, kind: 'notice', title: '电梯年检通知', body: '第一段\n\n第二段', audience: 'project', ...body },
    });
  const act = (id: number, action: string, token: string, body: Record<string, unknown> = {}) =>
    t.req('POST', `/api/v1/announcements/${id}/actions/${action}`, { token, body });
  /** drafted by kefu, submitted, published by jingli */
  const published = async (body: Record<string, unknown> = {}) => {
    const d = await draft(body);
    expect(d.status, JSON.stringify(d.body)).toBe(201);
    expect((await act(d.body.id, 'submit', kefu)).status).toBe(200);
    const a = await act(d.body.id, 'approve', jingli);
    expect(a.status, JSON.stringify(a.body)).toBe(200);
    expect(a.body.status).toBe('published');
    return d.body.id as number;
  };
  const myIds = async (token: string) => {
    const out: number[] = [];
    let cursor: string | null = null;
    do {
      const r = await t.req('GET', `/api/v1/me/announcements?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, {
        token,
      });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      out.push(...r.body.items.map((x: { id: number }) => x.id));
      cursor = r.body.nextCursor;
    } while (cursor);
    return out;
  };
  const urgentIds = async (token: string) =>
    (await t.req('GET', '/api/v1/me/announcements/urgent', { token })).body.map((x: { id: number }) => x.id);
  const detail = (id: number, token: string) => t.req('GET', `/api/v1/me/announcements/${id}`, { token });

  it('R-ACT-04 the desk drafts, the manager approves and publishes; owners of the project read it as text', async () => {
    t.clock.set(MON);
    const d = await draft({ title: '停水通知', kind: 'outage', body: '<b>明日</b>停水\n\n请提前储水' });
    expect(d.status, JSON.stringify(d.body)).toBe(201);
    expect(d.body).toMatchObject({ status: 'draft', editable: true, createdByName: '王芳', readCount: 0 });
    expect(d.body.allowedActions).toEqual(['submit']);
    const id = d.body.id;
    // a draft and one waiting for approval are not shown to owners
    expect(await myIds(zhang)).not.toContain(id);
    expect((await detail(id, zhang)).status).toBe(404);
    // the clerk may not approve at all; the manager sees 审核发布
    const sub = await act(id, 'submit', kefu);
    expect(sub.body).toMatchObject({ status: 'pending', editable: false });
    expect((await act(id, 'approve', kefu)).status).toBe(403);
    expect((await t.req('GET', `/api/v1/announcements/${id}`, { token: jingli })).body.allowedActions).toEqual([
      'approve',
      'reject',
    ]);
    t.clock.set(at(H));
    const ok = await act(id, 'approve', jingli);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'published', approvedByName: '陈建国', publishedAt: at(H) });
    const mine = await t.req('GET', '/api/v1/me/announcements', { token: zhang });
    const row = mine.body.items.find((x: { id: number }) => x.id === id);
    expect(row).toMatchObject({
      kindLabel: '停水停电',
      title: '停水通知',
      read: false,
      projectName: '瑞和丰收大厦',
      timeZone: 'Asia/Shanghai',
    });
    const one = await detail(id, zhang);
    expect(one.status).toBe(200);
    expect(one.body.body).toBe('<b>明日</b>停水\n\n请提前储水'); // stored and given as text; the pages render it as text
    // a published one is never edited: withdraw (with a reason) and draft again
    const put = await t.req('PUT', `/api/v1/announcements/${id}`, {
      token: kefu,
      body: { kind: 'outage', title: '改标题', body: 'x', audience: 'project' },
    });
    expect(put.status).toBe(409);
    expect(put.body.message).toContain('撤回');
  });

  it('R-ACT-04 nobody approves an announcement they drafted or submitted; the approver may send it back with a reason', async () => {
    t.clock.set(MON);
    const d = await draft({ title: '经理起草的通知' }, jingli);
    expect((await act(d.body.id, 'submit', jingli)).status).toBe(200);
    const own = await act(d.body.id, 'approve', jingli);
    expect(own.status).toBe(403);
    expect(own.body.message).toContain('不能审核自己');
    expect((await t.req('GET', `/api/v1/announcements/${d.body.id}`, { token: jingli })).body.allowedActions).toEqual(['reject']);
    // submitted by the clerk, drafted by the manager: the manager still may not
    const d2 = await draft({ title: '经理起草、客服提交' }, jingli);
    expect((await act(d2.body.id, 'submit', kefu)).status).toBe(200);
    expect((await act(d2.body.id, 'approve', jingli)).status).toBe(403);
    expect((await act(d2.body.id, 'approve', admin)).status).toBe(200);
    // 退回修改 needs a reason; back in draft it is edited and submitted again
    const d3 = await draft({ title: '待退回' });
    await act(d3.body.id, 'submit', kefu);
    const noReason = await act(d3.body.id, 'reject', jingli, { reason: ' ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.message).toContain('退回原因');
    const back = await act(d3.body.id, 'reject', jingli, { reason: '请写明时间' });
    expect(back.body).toMatchObject({ status: 'draft', rejectReason: '请写明时间', editable: true });
    const edited = await t.req('PUT', `/api/v1/announcements/${d3.body.id}`, {
      token: kefu,
      body: { kind: 'notice', title: '已补时间', body: '12月1日 9:00–12:00', audience: 'project' },
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.title).toBe('已补时间');
    // a step the state does not allow
    expect((await act(d3.body.id, 'withdraw', kefu, { reason: '不需要了' })).status).toBe(409);
  });

  it('R-ACT-04 two approvers at once: one publishes, the other is told it was just handled (409), and it is published once', async () => {
    t.clock.set(MON);
    const d = await draft({ title: '同时审核' });
    await act(d.body.id, 'submit', kefu);
    const rs = await Promise.all([act(d.body.id, 'approve', jingli), act(d.body.id, 'approve', admin)]);
    expect(rs.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(rs.find((r) => r.status === 409)!.body.message).toMatch(/[\u4e00-\u9fff]/);
    expect(
      await count(t, 'audit_event', "entity = 'announcement' AND entity_id = ? AND action = 'approve'", [String(d.body.id)]),
    ).toBe(1);
  });

  it('R-ACT-04 a technician has no 公告管理 (403); staff of another project and owners elsewhere get 404', async () => {
    t.clock.set(MON);
    const id = await published({ title: '仅本项目' });
    expect((await t.req('GET', `/api/v1/announcements?projectId=${p101}`, { token: jigong })).status).toBe(403);
    expect((await draft({}, jigong)).status).toBe(403);
    expect((await t.req('GET', `/api/v1/announcements/${id}`, { token: kefu2 })).status).toBe(404);
    expect((await act(id, 'withdraw', kefu2, { reason: '越权撤回' })).status).toBe(404);
    expect((await t.req('GET', `/api/v1/announcements?projectId=${p101}`, { token: kefu2 })).status).toBe(404);
    expect((await draft({}, kefu2)).status).toBe(404);
    for (const owner of [yang, stranger]) {
      expect((await detail(id, owner)).status).toBe(404);
      expect((await t.req('POST', `/api/v1/me/announcements/${id}/read`, { token: owner })).status).toBe(404);
      expect(await myIds(owner)).not.toContain(id);
    }
    expect((await t.req('GET', `/api/v1/me/announcements`, { token: kefu })).status).toBe(403);
  });

  it('R-ACT-04 an announcement for chosen buildings reaches only owners holding a room in one of them', async () => {
    t.clock.set(MON);
    const forA = await published({ title: 'A座通知', audience: 'buildings', buildingIds: [bA] });
    const forOther = await published({ title: '另一栋通知', audience: 'buildings', buildingIds: [bZhang2] });
    const all = await published({ title: '全体通知' });
    expect(await myIds(zhang)).toEqual(expect.arrayContaining([forA, forOther, all]));
    const chenSees = await myIds(chen);
    expect(chenSees).toEqual(expect.arrayContaining([forA, all]));
    expect(chenSees).not.toContain(forOther);
    expect((await detail(forOther, chen)).status).toBe(404);
    expect((await detail(forOther, zhang)).status).toBe(200);
    const staffView = await t.req('GET', `/api/v1/announcements/${forA}`, { token: kefu });
    expect(staffView.body.buildings).toEqual([{ id: bA, name: expect.any(String) }]);
  });

  it('R-ACT-04 an owner sees it only within its validity (pinned clock); a withdrawn one disappears at once', async () => {
    t.clock.set(MON);
    const later = await published({ title: '下周生效', validFrom: at(7 * D), validTo: at(9 * D) });
    const short = await published({ title: '今天有效', urgent: true, validTo: at(5 * H) });
    expect(await myIds(zhang)).not.toContain(later);
    expect(await myIds(zhang)).toContain(short);
    expect(await urgentIds(zhang)).toContain(short);
    expect((await detail(later, zhang)).status).toBe(404);
    t.clock.set(at(5 * H));
    expect(await myIds(zhang)).not.toContain(short);
    expect(await urgentIds(zhang)).not.toContain(short);
    expect((await detail(short, zhang)).status).toBe(404);
    const expired = await t.req('GET', `/api/v1/announcements?projectId=${p101}&status=expired`, { token: kefu });
    expect(expired.body.items.map((x: { id: number }) => x.id)).toContain(short);
    const live = await t.req('GET', `/api/v1/announcements?projectId=${p101}&status=published`, { token: kefu });
    expect(live.body.items.map((x: { id: number }) => x.id)).not.toContain(short);
    t.clock.set(at(7 * D));
    expect(await myIds(zhang)).toContain(later);
    // withdrawn: gone from the owner's list and detail; may be drafted again
    const noReason = await act(later, 'withdraw', kefu, {});
    expect(noReason.status).toBe(400);
    const w = await act(later, 'withdraw', kefu, { reason: '时间有变' });
    expect(w.body).toMatchObject({
      status: 'withdrawn',
      withdrawReason: '时间有变',
      withdrawnByName: '王芳',
      allowedActions: ['redraft'],
    });
    expect(await myIds(zhang)).not.toContain(later);
    expect((await detail(later, zhang)).status).toBe(404);
    const again = await act(later, 'redraft', kefu);
    expect(again.body).toMatchObject({ status: 'draft', editable: true, publishedAt: null });
    // one whose end has passed is not published
    t.clock.set(MON);
    const stale = await draft({ title: '将过期', validTo: at(2 * H) });
    await act(stale.body.id, 'submit', kefu);
    t.clock.set(at(3 * H));
    const late = await act(stale.body.id, 'approve', jingli);
    expect(late.status).toBe(409);
    expect(late.body.message).toContain('截止时间');
  });

  it('R-ACT-04 the urgent strip shows only urgent, valid announcements for a building of mine', async () => {
    t.clock.set(at(D));
    const urgentA = await published({
      title: '紧急：A座停电',
      kind: 'outage',
      urgent: true,
      audience: 'buildings',
      buildingIds: [bA],
    });
    const urgentOther = await published({ title: '紧急：另一栋', urgent: true, audience: 'buildings', buildingIds: [bZhang2] });
    const plain = await published({ title: '普通通知' });
    const chenStrip = await urgentIds(chen);
    expect(chenStrip).toContain(urgentA);
    expect(chenStrip).not.toContain(urgentOther);
    expect(chenStrip).not.toContain(plain);
    expect(await urgentIds(zhang)).toEqual(expect.arrayContaining([urgentA, urgentOther]));
    expect(await urgentIds(stranger)).toEqual([]);
  });

  it('R-ACT-04 owners list pinned first then newest, paged by cursor, with an unread mark until opened', async () => {
    t.clock.set(at(2 * D));
    const first = await published({ title: '较早' });
    t.clock.set(at(2 * D + H));
    const pinned = await published({ title: '置顶', pinned: true });
    t.clock.set(at(2 * D + 2 * H));
    const newest = await published({ title: '最新' });
    const seen = await myIds(zhang); // pages of 2
    expect(seen.indexOf(pinned)).toBeLessThan(seen.indexOf(newest));
    expect(seen.indexOf(newest)).toBeLessThan(seen.indexOf(first));
    expect(new Set(seen).size).toBe(seen.length);
    const bad = await t.req('GET', '/api/v1/me/announcements?cursor=abc', { token: zhang });
    expect(bad.status).toBe(400);
    const unread = (await t.req('GET', '/api/v1/me/announcements?limit=100', { token: zhang })).body.items.find(
      (x: { id: number }) => x.id === newest,
    );
    expect(unread.read).toBe(false);
    expect((await t.req('POST', `/api/v1/me/announcements/${newest}/read`, { token: zhang })).status).toBe(200);
    const read = (await t.req('GET', '/api/v1/me/announcements?limit=100', { token: zhang })).body.items.find(
      (x: { id: number }) => x.id === newest,
    );
    expect(read.read).toBe(true);
  });

  it('R-ACT-04 a read is counted once per owner, even when the detail is opened several times at once', async () => {
    t.clock.set(at(3 * D));
    const id = await published({ title: '并发已读' });
    const rs = await Promise.all(
      Array.from({ length: 6 }, () => t.req('POST', `/api/v1/me/announcements/${id}/read`, { token: zhang })),
    );
    expect(rs.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(new Set(rs.map((r) => r.body.readAt)).size).toBe(1);
    await Promise.all([lina, lina, chen].map((token) => t.req('POST', `/api/v1/me/announcements/${id}/read`, { token })));
    expect(await count(t, 'announcement_read', 'announcement_id = ?', [id])).toBe(3);
    expect((await t.req('GET', `/api/v1/announcements/${id}`, { token: kefu })).body.readCount).toBe(3);
  });

  it('R-ACT-04 bad input is refused with a Chinese message saying what is wrong, and nothing is written', async () => {
    t.clock.set(MON);
    const before = await count(t, 'announcement');
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '   ' }, '标题'],
      [{ body: '' }, '正文'],
      [{ title: '长'.repeat(61) }, '标题'],
      [{ kind: 'ad' }, '类别'],
      [{ validFrom: at(2 * D), validTo: at(D) }, '截止时间须晚于生效时间'],
      [{ validTo: at(-H), validFrom: at(-2 * H) }, '截止时间已过'],
      [{ validFrom: '2026-11-31T10:00:00+08:00' }, '生效时间'],
      [{ audience: 'buildings' }, '楼栋'],
      [{ audience: 'buildings', buildingIds: [b201] }, '楼栋不存在或不属于本项目'],
      [{ audience: 'buildings', buildingIds: [999999] }, '楼栋不存在或不属于本项目'],
      [{ audience: 'everyone' }, '发布范围'],
    ];
    for (const [body, words] of cases) {
      const r = await draft(body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.message, JSON.stringify(body)).toContain(words);
    }
    expect(await count(t, 'announcement')).toBe(before);
    const unknown = await act(1, 'publish_now', jingli);
    expect([400, 404]).toContain(unknown.status);
  });
});
