import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, ids, startTestApp, testDatabases, type TestApp } from './harness.js';

describe.each(testDatabases())('重点客户与沟通记录 (%s)', (db) => {
  let t: TestApp;
  let zhuguan: string; // CS supervisor of 101: manages
  let jingli: string;
  let kefu: string; // desk clerk: no access
  let p101: number;
  let roomA: number;
  let n = 0;

  beforeAll(async () => {
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
    [zhuguan, jingli, kefu] = await Promise.all([
      t.staffToken('zhuguan', 'Zhuguan@123'),
      t.staffToken('jingli', 'Jingli@123'),
      t.staffToken('kefu', 'Kefu@123'),
    ]);
    const i = await ids(t);
    p101 = await i.project('101');
    roomA = await i.room('1011011201');
  });
  afterAll(async () => t?.close());

  /** The clock moved (months, at the period edges): signed in again, as the tokens live 30 days at most. */
  const at = async (iso: string) => {
    t.clock.set(new Date(iso));
    [zhuguan, jingli, kefu] = await Promise.all([
      t.staffToken('zhuguan', 'Zhuguan@123'),
      t.staffToken('jingli', 'Jingli@123'),
      t.staffToken('kefu', 'Kefu@123'),
    ]);
  };

  const list = (q: string, token = zhuguan) => t.req('GET', `/api/v1/key-customers?projectId=${p101}&${q}`, { token });
  const create = async (kind: 'committee' | 'key', extra: Record<string, unknown> = {}) => {
    const r = await t.req('POST', '/api/v1/key-customers', {
      token: zhuguan,
      body: {
        projectId: p101,
        kind,
        name: `测试${kind === 'committee' ? '委员' : '客户'}${++n}`,
        reason: '业委会成员，关注物业费使用',
        ...extra,
      },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body as { id: number; name: string };
  };
  const talk = (keyCustomerId: number, contactOn: string, extra: Record<string, unknown> = {}) =>
    t.req('POST', '/api/v1/communications', {
      token: zhuguan,
      body: {
        keyCustomerId,
        contactOn,
        channel: 'visit',
        topic: '物业服务意见',
        summary: '上门听取对保洁和安保的意见。',
        ...extra,
      },
    });
  const stateOf = async (id: number) => (await t.req('GET', `/api/v1/key-customers/${id}`, { token: zhuguan })).body;

  it('R-RPT-04 committee members monthly: 已沟通 to the month’s last minute in Shanghai, 待沟通 from 00:00 on the 1st, 已逾期 after a month without; the list filters on the server', async () => {
    await at('2026-11-05T02:00:00Z');
    const m = await create('committee', { committeeRole: '副主任', roomId: roomA, phone: '13811112222' });
    expect((await stateOf(m.id)).contactState).toBe('due');
    const r = await talk(m.id, '2026-11-05', { followUp: '下月反馈保洁整改情况' });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ customerName: m.name, channelLabel: '上门拜访', staffName: '林晓燕', withName: m.name });
    // 2026-11-30 23:59 in Shanghai
    await at('2026-11-30T15:59:00Z');
    expect(await stateOf(m.id)).toMatchObject({
      contactState: 'ok',
      contactStateLabel: '本月已沟通',
      lastContactOn: '2026-11-05',
      roomLabel: expect.stringContaining('1201'),
      phoneMasked: '138****2222',
      committeeRole: '副主任',
    });
    expect((await list('state=ok&kind=committee')).body.items.map((x: { id: number }) => x.id)).toContain(m.id);
    // 2026-12-01 00:00 in Shanghai (UTC still 30 November)
    await at('2026-11-30T16:00:00Z');
    expect(await stateOf(m.id)).toMatchObject({ contactState: 'due', contactStateLabel: '本月待沟通', dueBy: '2026-12-31' });
    const due = (await list('state=due')).body.items.map((x: { id: number }) => x.id);
    expect(due).toContain(m.id);
    expect((await list('state=ok')).body.items.map((x: { id: number }) => x.id)).not.toContain(m.id);
    // 2027-01-01 00:00 in Shanghai: a whole month without
    await at('2026-12-31T16:00:00Z');
    expect((await stateOf(m.id)).contactState).toBe('overdue');
    expect((await list('state=overdue')).body.items.map((x: { id: number }) => x.id)).toContain(m.id);
    // a communication on New Year's Day puts it right; an older one entered later does not move it back
    expect((await talk(m.id, '2027-01-01')).status).toBe(201);
    expect((await talk(m.id, '2026-12-15')).status).toBe(201);
    expect(await stateOf(m.id)).toMatchObject({ contactState: 'ok', lastContactOn: '2027-01-01', dueBy: '2027-02-28' });
    // not in the future; the contact revealed only with a log
    const future = await talk(m.id, '2027-01-02');
    expect(future.status).toBe(400);
    expect(future.body.message).toMatch(/不能晚于今天/);
    expect((await t.req('POST', `/api/v1/key-customers/${m.id}/reveal`, { token: zhuguan })).body.phone).toBe('13811112222');
    expect(
      await count(t, 'audit_event', "entity = 'key_customer' AND entity_id = ? AND action = 'reveal_pii'", [String(m.id)]),
    ).toBe(1);
  });

  it('R-RPT-04 key customers quarterly: the quarter’s edges in the project’s zone', async () => {
    await at('2026-09-15T02:00:00Z');
    const k = await create('key', { reason: '大面积业主，多次投诉' });
    expect((await talk(k.id, '2026-09-15', { channel: 'phone' })).status).toBe(201);
    await at('2026-09-30T15:59:00Z'); // 23:59 on 30 September
    expect((await stateOf(k.id)).contactState).toBe('ok');
    await at('2026-09-30T16:00:00Z'); // 00:00 on 1 October
    expect(await stateOf(k.id)).toMatchObject({ contactState: 'due', contactStateLabel: '本季度待沟通', dueBy: '2026-12-31' });
    await at('2026-12-31T15:59:00Z');
    expect((await stateOf(k.id)).contactState).toBe('due');
    await at('2026-12-31T16:00:00Z');
    expect((await stateOf(k.id)).contactState).toBe('overdue');
    // the kind changed to committee: due monthly from then on
    const edit = await t.req('PUT', `/api/v1/key-customers/${k.id}`, {
      token: zhuguan,
      body: { kind: 'committee', name: k.name, reason: '当选业委会委员' },
    });
    expect(edit.status, JSON.stringify(edit.body)).toBe(200);
    expect(edit.body).toMatchObject({ kind: 'committee', committeeRole: '委员', contactState: 'overdue', dueBy: '2026-10-31' });
  });

  it('R-RPT-04 the quarter’s printed 沟通记录: every record in date order and each person’s count against what is required', async () => {
    await at('2026-12-07T02:00:00Z');
    const m = await create('committee');
    const k = await create('key');
    for (const d of ['2026-12-03', '2026-12-01']) expect((await talk(m.id, d)).status).toBe(201);
    expect((await talk(k.id, '2026-12-02', { channel: 'meeting', topic: '季度座谈' })).status).toBe(201);
    const p = await t.req('GET', `/api/v1/communications/print?projectId=${p101}&quarter=2026Q4`, { token: jingli });
    expect(p.status, JSON.stringify(p.body)).toBe(200);
    expect(p.body).toMatchObject({
      quarterLabel: '2026年第4季度',
      from: '2026-10-01',
      to: '2026-12-31',
      projectName: expect.any(String),
    });
    const ours = p.body.items.filter((x: { keyCustomerId: number }) => x.keyCustomerId === m.id || x.keyCustomerId === k.id);
    expect(ours.map((x: { contactOn: string }) => x.contactOn)).toEqual(['2026-12-01', '2026-12-02', '2026-12-03']);
    expect(p.body.coverage.find((c: { keyCustomerId: number }) => c.keyCustomerId === m.id)).toMatchObject({
      count: 2,
      required: 3,
    });
    expect(p.body.coverage.find((c: { keyCustomerId: number }) => c.keyCustomerId === k.id)).toMatchObject({
      count: 1,
      required: 1,
    });
    const paged = await t.req('GET', `/api/v1/communications?projectId=${p101}&keyCustomerId=${m.id}&quarter=2026Q4&limit=1`, {
      token: zhuguan,
    });
    expect(paged.body.items).toHaveLength(1);
    expect(paged.body.nextCursor).not.toBeNull();
    const bad = await t.req('GET', `/api/v1/communications/print?projectId=${p101}&quarter=2026Q5`, { token: jingli });
    expect(bad.status).toBe(400);
    expect((await t.req('GET', `/api/v1/communications/print?projectId=${p101}&quarter=2026Q4`, { token: kefu })).status).toBe(
      403,
    );
  });

  it('R-RPT-04 festival greetings: once per person and festival (two at once: one), and who is not yet greeted for the coming festival', async () => {
    await at('2026-12-07T02:00:00Z');
    const a = await create('committee');
    const b = await create('key');
    const board = await t.req('GET', `/api/v1/festival-greetings?projectId=${p101}`, { token: zhuguan });
    expect(board.status, JSON.stringify(board.body)).toBe(200);
    expect(board.body.festival).toEqual({ key: 'new_year-2027', label: '2027年元旦', date: '2027-01-01' });
    const waiting = board.body.notGreeted.map((x: { id: number }) => x.id);
    expect(waiting).toEqual(expect.arrayContaining([a.id, b.id]));
    const greet = (keyCustomerId: number, festival = 'new_year-2027') =>
      t.req('POST', '/api/v1/festival-greetings', {
        token: zhuguan,
        body: { keyCustomerId, festival, greetedOn: '2026-12-07', channel: 'wechat', note: '送上新年祝福' },
      });
    const two = await Promise.all([greet(a.id), greet(a.id)]);
    expect(two.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(two.find((r) => r.status === 409)!.body.message).toMatch(/已登记过/);
    expect(await count(t, 'festival_greeting', 'key_customer_id = ?', [a.id])).toBe(1);
    const after = await t.req('GET', `/api/v1/festival-greetings?projectId=${p101}`, { token: zhuguan });
    expect(after.body.greeted.map((x: { keyCustomerId: number }) => x.keyCustomerId)).toContain(a.id);
    expect(after.body.notGreeted.map((x: { id: number }) => x.id)).not.toContain(a.id);
    expect(after.body.notGreeted.map((x: { id: number }) => x.id)).toContain(b.id);
    // not a festival one may greet for now (long past, or not the coming one), nor an unknown one
    expect((await greet(b.id, 'spring-2026')).status).toBe(400);
    expect((await greet(b.id, 'spring-2027')).status).toBe(400);
    expect((await greet(b.id, 'xmas-2026')).status).toBe(400);
    expect(
      (await t.req('GET', `/api/v1/festival-greetings?projectId=${p101}&festival=mid_autumn-2026`, { token: zhuguan })).body
        .festival.date,
    ).toBe('2026-09-25');
  });
});
