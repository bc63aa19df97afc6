// R-CMP-18 the CS supervisor's daily check of the complaint register and of the promises due, the quality
// supervisor's weekly review (class A in depth), and the complaint clocks' breach job. Every test files its
// own complaints and pins the clock itself (weeks run Monday to Sunday in Asia/Shanghai), so it passes alone
// and in any order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ComplaintBreaches } from '../src/modules/complaints/breaches.js';
import { OutboxService } from '../src/modules/notifications/outbox.service.js';
import { COMPLAINT_INVITATION, complaintGuideLimits, DEFAULT_COMPLAINT_SLA } from '@wy/shared';
import { count, ids, startTestApp, testDatabases, type TestApp } from './harness.js';

const H = 3_600_000;
const D = 24 * H;
const at = (base: string, ms: number) => new Date(new Date(base).getTime() + ms).toISOString();
type Item = { id: number; done: boolean; promiseDue: boolean; importance: string | null; last: { result: string } | null };

describe.each(testDatabases())('complaint reviews and clock breaches (%s)', (db) => {
  let t: TestApp;
  const tok: Record<string, string> = {};
  let p101: number;
  let gongchengId: number;

  beforeAll(async () => {
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
    t.clock.set('2026-12-07T01:00:00Z');
    for (const [u, pw] of [
      ['kefu', 'Kefu@123'],
      ['zhuguan', 'Zhuguan@123'],
      ['pinzhi', 'Pinzhi@123'],
      ['jingli', 'Jingli@123'],
      ['gongcheng', 'Gongcheng@123'],
    ])
      tok[u] = await t.staffToken(u, pw);
    const i = await ids(t);
    p101 = await i.project('101');
    gongchengId = await i.staff('gongcheng');
  });
  afterAll(async () => t?.close());

  /** a graded complaint taken by phone, given to the engineering supervisor at intake */
  const complaint = async (importance: string, extra: Record<string, unknown> = {}) => {
    const r = await t.req('POST', '/api/v1/complaints', {
      token: tok.kefu,
      body: {
        projectId: p101,
        channel: 'phone',
        complainantName: '张伟',
        complainantPhone: '13800000001',
        problem: '回顾测试：地库积水',
        review: true,
        valid: true,
        importance,
        category: 'GC',
        kind: 'help',
        handlerStaffId: gongchengId,
        ...extra,
      },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body as { id: number; code: string };
  };
  const daily = async (extra = '', token = tok.zhuguan) =>
    t.req('GET', `/api/v1/follow-ups/items?projectId=${p101}&subject=complaint&kind=daily&limit=100${extra}`, { token });
  const follow = (body: Record<string, unknown>, token = tok.zhuguan) =>
    t.req('POST', '/api/v1/follow-ups', { token, body: { subjectKind: 'complaint', kind: 'daily', ...body } });
  const weekly = (extra = '', token = tok.pinzhi) =>
    t.req('GET', `/api/v1/follow-ups/weekly?projectId=${p101}&limit=100${extra}`, { token });
  const review = (body: Record<string, unknown>, token = tok.pinzhi) =>
    t.req('POST', '/api/v1/follow-ups/weekly', { token, body: { checks: ['register', 'timeliness'], result: 'proper', ...body } });
  const depth = { cause: '排水泵老化未及时更换', measures: '更换排水泵并清理地库', prevention: '雨季前每月检查排水泵' };

  it('R-CMP-18 the daily check lists the complaints with a promise due today or already past, and asks whether it was kept', async () => {
    t.clock.set('2026-12-07T01:00:00Z'); // Monday 09:00 in Shanghai
    // class C with the complainant's own time this evening: handled by 18:00 today
    const today = await complaint('C', { askedBy: '2026-12-07T10:00:00Z' });
    const later = await complaint('C'); // due in 2 days
    const ids1 = ((await daily('&promiseDue=true')).body.items as Item[]).map((x) => x.id);
    expect(ids1).toContain(today.id);
    expect(ids1).not.toContain(later.id);
    expect(((await daily()).body.items as Item[]).find((x) => x.id === later.id)?.promiseDue).toBe(false);

    // without the promise-time check it is refused and nothing is written
    const n = await count(t, 'follow_up');
    const no = await follow({ subjectId: today.id, checks: ['progress'], result: 'on_track' });
    expect(no.status).toBe(400);
    expect(no.body.message).toMatch(/核对承诺时限/);
    expect(await count(t, 'follow_up')).toBe(n);
    const ok = await follow({ subjectId: today.id, checks: ['progress', 'deadline'], result: 'on_track' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(((await daily('&promiseDue=true&pending=true')).body.items as Item[]).map((x) => x.id)).not.toContain(today.id);
    // a complaint with nothing due today needs no promise check
    expect((await follow({ subjectId: later.id, checks: ['progress'], result: 'on_track' })).status).toBe(201);

    // two days on, the later one's promise is past: it is on the list and the check is asked for
    t.clock.set('2026-12-09T02:00:00Z');
    expect(((await daily('&promiseDue=true')).body.items as Item[]).map((x) => x.id)).toContain(later.id);
    expect((await follow({ subjectId: later.id, checks: ['progress'], result: 'on_track' })).status).toBe(400);
    expect((await follow({ subjectId: later.id, checks: ['deadline'], result: 'at_risk', note: '已超过承诺时间，督办工程部' })).status).toBe(201);
  });

  it('R-CMP-18 the weekly review covers the week (Monday to Sunday in Shanghai) of complaints received or closed; each reviewed once', async () => {
    t.clock.set('2026-12-13T15:59:00Z'); // Sunday 23:59 in Shanghai
    const sunday = await complaint('B');
    t.clock.set('2026-12-13T16:00:00Z'); // Monday 00:00: the next week
    const monday = await complaint('C');

    const last = await weekly('&week=2026-12-13');
    expect(last.status, JSON.stringify(last.body)).toBe(200);
    expect(last.body).toMatchObject({ weekStart: '2026-12-07', weekEnd: '2026-12-13' });
    const lastIds = (last.body.items as Item[]).map((x) => x.id);
    expect(lastIds).toContain(sunday.id);
    expect(lastIds).not.toContain(monday.id);
    const now = await weekly(); // this week by default
    expect(now.body.weekStart).toBe('2026-12-14');
    expect((now.body.items as Item[]).map((x) => x.id)).toContain(monday.id);
    expect((now.body.items as Item[]).map((x) => x.id)).not.toContain(sunday.id);

    // reviewed in the week it belongs to; not in another
    const n = await count(t, 'follow_up');
    const wrongWeek = await review({ complaintId: sunday.id });
    expect(wrongWeek.status).toBe(409);
    expect(wrongWeek.body.message).toMatch(/2026-12-14 至 2026-12-20/);
    const future = await review({ complaintId: monday.id, week: '2026-12-21' });
    expect(future.status).toBe(400);
    expect(future.body.message).toMatch(/还没到的周/);
    expect(await count(t, 'follow_up')).toBe(n);

    const r = await review({ complaintId: sunday.id, week: '2026-12-07', checks: ['register', 'reply_callback'] });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ kind: 'weekly', result: 'proper', depth: null, staffName: expect.any(String) });
    const after = await weekly('&week=2026-12-07&pending=true');
    expect((after.body.items as Item[]).map((x) => x.id)).not.toContain(sunday.id);
    expect(after.body.pendingCount).toBe(last.body.pendingCount - 1);
    const twice = await review({ complaintId: sunday.id, week: '2026-12-10' });
    expect(twice.status).toBe(409);
    expect(twice.body.message).toMatch(/本周已回顾/);
    // a finding says what is wrong
    const improve = await review({ complaintId: monday.id, result: 'improve' });
    expect(improve.status).toBe(400);
    expect(improve.body.message).toMatch(/写明问题/);
  });

  it('R-CMP-18 a class A complaint is reviewed in depth: cause, corrective and preventive measures are required; class B needs none', async () => {
    t.clock.set('2026-12-15T02:00:00Z');
    const a = await complaint('A');
    const b = await complaint('B');
    const aItem = ((await weekly('&classA=true')).body.items as Item[]).map((x) => x.id);
    expect(aItem).toContain(a.id);
    expect(aItem).not.toContain(b.id);

    const n = await count(t, 'follow_up');
    const bare = await review({ complaintId: a.id });
    expect(bare.status).toBe(400);
    expect(bare.body.message).toBe('重大（A 类）投诉需深入回顾，请填写：原因分析、纠正措施、预防措施');
    const part = await review({ complaintId: a.id, cause: depth.cause, measures: '  ' });
    expect(part.status).toBe(400);
    expect(part.body.message).toBe('重大（A 类）投诉需深入回顾，请填写：纠正措施、预防措施');
    const long = await review({ complaintId: a.id, ...depth, cause: '长'.repeat(501) });
    expect(long.status).toBe(400);
    expect(await count(t, 'follow_up')).toBe(n);

    const ok = await review({ complaintId: a.id, ...depth, result: 'improve', note: '答复超时一天' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body.depth).toEqual(depth);
    expect((await review({ complaintId: b.id })).status).toBe(201);
    const item = ((await weekly()).body.items as Item[]).find((x) => x.id === a.id);
    expect(item).toMatchObject({ done: true, importance: 'A', last: { result: 'improve' } });
  });

  it('R-CMP-18 only the quality supervisor and the managers review the week: the CS supervisor and a clerk get 403, bad input 400', async () => {
    t.clock.set('2026-12-16T02:00:00Z');
    const c = await complaint('C');
    for (const who of ['zhuguan', 'kefu', 'gongcheng']) {
      expect((await weekly('', tok[who])).status, who).toBe(403);
      expect((await review({ complaintId: c.id }, tok[who])).status, who).toBe(403);
    }
    expect((await review({ complaintId: c.id }, tok.jingli)).status).toBe(201);
    expect((await weekly('&week=2026-02-30')).status).toBe(400);
    expect((await review({ complaintId: c.id, checks: ['progress'] })).status).toBe(400);
    expect((await review({ complaintId: 99_999_999 })).status).toBe(404);
  });

  it('a complaint promise past its due time is marked once by the breach job, escalated to the supervisors and the manager, and noted on the staff timeline only', async () => {
    const MON = '2026-12-21T02:00:00.000Z'; // Monday 10:00 in Shanghai
    t.clock.set(MON);
    const a = await complaint('A', { problem: '回顾测试：电梯困人' }); // answer within 2 days (R-CMP-08)
    const job = t.app.get(ComplaintBreaches);
    const broken = () => count(t, 'complaint_clock', "complaint_id = ? AND kind = 'answer' AND breached_at IS NOT NULL", [a.id]);
    t.clock.set(at(MON, 2 * D - 60_000));
    await job.tick();
    expect(await broken()).toBe(0);
    t.clock.set(at(MON, 2 * D + 60_000));
    await Promise.all([job.tick(), job.tick(), job.tick()]);
    expect(await broken()).toBe(1);
    const clockId = Number(
      (await t.ds.query("SELECT id FROM complaint_clock WHERE complaint_id = ? AND kind = 'answer'", [a.id]))[0].id,
    );
    expect(await count(t, 'outbox', 'dedupe_key = ?', [`complaint-breach:${clockId}`])).toBe(1);
    await job.tick();
    expect(await count(t, 'outbox', 'dedupe_key = ?', [`complaint-breach:${clockId}`])).toBe(1);

    await t.app.get(OutboxService).drain();
    for (const who of ['jingli', 'zhuguan']) {
      const bell = (await t.req('GET', '/api/v1/notifications', { token: tok[who] })).body as { title: string }[];
      expect(bell.filter((x) => x.title.includes(a.code) && x.title.includes('明确答复')), who).toHaveLength(1);
    }
    const d = await t.req('GET', `/api/v1/complaints/${a.id}`, { token: tok.kefu });
    const overdue = (d.body.events as { action: string; note: string | null }[]).filter((e) => e.action === 'overdue');
    expect(overdue).toHaveLength(1);
    expect(overdue[0]!.note).toContain('2026-12-23 10:00');
    expect(await count(t, 'complaint_event', "complaint_id = ? AND action = 'overdue' AND audience = 'owner'", [a.id])).toBe(0);
  });

  it('a class B complaint handled late: the breach reaches its handler and the supervisors, not the clerk', async () => {
    const MON = '2027-01-04T02:00:00.000Z';
    t.clock.set(MON);
    const b = await complaint('B', { problem: '回顾测试：垃圾桶满溢' }); // handled within 3 days (R-CMP-09)
    t.clock.set(at(MON, 3 * D + 60_000));
    await t.app.get(ComplaintBreaches).tick();
    await t.app.get(OutboxService).drain();
    const PW: Record<string, string> = { gongcheng: 'Gongcheng@123', zhuguan: 'Zhuguan@123', kefu: 'Kefu@123' };
    const told = async (who: string) =>
      ((await t.req('GET', '/api/v1/notifications', { token: await t.staffToken(who, PW[who]!) })).body as { title: string }[]).filter(
        (x) => x.title.includes(b.code) && x.title.includes('处理完成'),
      ).length;
    expect(await told('gongcheng')).toBe(1);
    expect(await told('zhuguan')).toBe(1);
    expect(await told('kefu')).toBe(0);
  });

  it('the complaint breach job respects an approved extension and leaves kept promises alone', async () => {
    const MON = '2026-12-28T02:00:00.000Z';
    t.clock.set(MON);
    const a = await complaint('A', { problem: '回顾测试：外墙渗水' });
    const kept = await complaint('B');
    const ext = await t.req('POST', `/api/v1/complaints/${a.id}/actions/extend`, {
      token: tok.jingli,
      body: { clock: 'answer', until: at(MON, 5 * D), reason: '需等待保险公司定损' },
    });
    expect(ext.status, JSON.stringify(ext.body)).toBe(200);
    await t.req('POST', `/api/v1/complaints/${kept.id}/actions/handle`, { token: tok.gongcheng, body: { note: '已疏通' } });
    const job = t.app.get(ComplaintBreaches);
    t.clock.set(at(MON, 4 * D));
    await job.tick();
    expect(await count(t, 'complaint_clock', 'complaint_id = ? AND breached_at IS NOT NULL', [a.id])).toBe(0);
    expect(await count(t, 'complaint_clock', "complaint_id = ? AND kind = 'resolve' AND breached_at IS NOT NULL", [kept.id])).toBe(0);
    t.clock.set(at(MON, 5 * D + 60_000));
    await job.tick();
    expect(await count(t, 'complaint_clock', "complaint_id = ? AND kind = 'answer' AND breached_at IS NOT NULL", [a.id])).toBe(1);
  });

  it('R-CMP-20 the complaint guide publishes the project’s own time limits, to its owners and for the lobby; others get 404', async () => {
    const zhang = await t.ownerToken('13800000001');
    const zhou = await t.ownerToken('13700000014'); // an owner of 瑞和花园 (201) only
    const g = await t.req('GET', `/api/v1/me/complaints/guide?projectId=${p101}`, { token: zhang });
    expect(g.status, JSON.stringify(g.body)).toBe(200);
    expect(g.body.limits).toEqual(complaintGuideLimits(DEFAULT_COMPLAINT_SLA));
    expect(g.body.invitation).toBe(COMPLAINT_INVITATION);
    expect((await t.req('GET', `/api/v1/me/complaints/guide?projectId=${p101}`, { token: zhou })).status).toBe(404);
    expect((await t.req('GET', `/api/v1/me/complaints/guide?projectId=abc`, { token: zhang })).status).toBe(400);

    // the project gives class B 5 working days: the guide says so at once, on the desk's print-out too
    await t.ds.query('INSERT INTO project_setting (project_id, `key`, value) VALUES (?, ?, ?)', [
      p101,
      'complaint_sla',
      JSON.stringify({ resolve: { B: { value: 5, unit: 'working_days' } } }),
    ]);
    try {
      const desk = await t.req('GET', `/api/v1/complaints/guide?projectId=${p101}`, { token: tok.kefu });
      expect(desk.status).toBe(200);
      expect(desk.body.limits.join('\n')).toContain('一般投诉 5 个工作日内处理完毕');
      expect(desk.body.limits.join('\n')).not.toContain('一般投诉 3 天内');
      const mine = await t.req('GET', `/api/v1/me/complaints/guide?projectId=${p101}`, { token: zhang });
      expect(mine.body.limits).toEqual(desk.body.limits);
    } finally {
      await t.ds.query("DELETE FROM project_setting WHERE project_id = ? AND `key` = 'complaint_sla'", [p101]);
    }
  });
});
