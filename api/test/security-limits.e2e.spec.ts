// Limits that hold under parallel requests and across clients, and input that used to answer 500 or
// be misread: each found by trying the API as an attacker would, each with its negative case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, ids, startTestApp, testDatabases, type TestApp } from './harness.js';

const login = (t: TestApp, username: string, password: string, remoteAddress = '10.0.0.1', headers?: Record<string, string>) =>
  t.req('POST', '/api/v1/auth/staff/login', { body: { username, password }, remoteAddress, headers });

describe.each(testDatabases())('limits and hardened input (%s)', (db) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp(db);
    admin = await t.staffToken('admin', 'Admin@123');
  });
  afterAll(async () => t?.close());

  it('R-ORG-03 sixty parallel wrong passwords: exactly five are checked, the rest are refused as locked before any check', async () => {
    const tries = await Promise.all(Array.from({ length: 60 }, () => login(t, 'gongcheng', 'Wrong#Pass9', '10.1.1.1')));
    const statuses = tries.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(4); // checked and wrong, with attempts left
    expect(statuses.filter((s) => s === 423)).toHaveLength(56); // the fifth check locks; 55 never reached the password
    const [row] = await t.ds.query('SELECT hits FROM rate_counter WHERE id = ?', ['login:gongcheng:10.1.1.1']);
    expect(Number(row.hits)).toBe(5);
    // locked on that client even with the right password
    expect((await login(t, 'gongcheng', 'Gongcheng@123', '10.1.1.1')).status).toBe(423);
  });

  it('R-ORG-03 a lock is per account and client: another client still signs in, and the administrator unlocks every client', async () => {
    for (let i = 0; i < 5; i++) await login(t, 'zhuguan', 'Wrong#Pass9', '10.2.2.2');
    const locked = await login(t, 'zhuguan', 'Zhuguan@123', '10.2.2.2');
    expect(locked.status).toBe(423);
    expect(locked.body.message).toMatch(/请联系管理员在“员工管理”中解锁/);
    expect((await login(t, 'zhuguan', 'Zhuguan@123', '10.3.3.3')).status).toBe(200); // the attacker did not lock her out
    const staffId = await (await ids(t)).staff('zhuguan');
    const list = (await t.req('GET', '/api/v1/staff?state=locked', { token: admin })).body.items as {
      id: number;
      locked: boolean;
    }[];
    expect(list.find((s) => s.id === staffId)?.locked).toBe(true);
    expect((await t.req('POST', `/api/v1/staff/${staffId}/unlock`, { token: admin })).status).toBe(200);
    expect((await login(t, 'zhuguan', 'Zhuguan@123', '10.2.2.2')).status).toBe(200);
    const after = (await t.req('GET', '/api/v1/staff?state=locked', { token: admin })).body.items as { id: number }[];
    expect(after.map((s) => s.id)).not.toContain(staffId);
  });

  it('R-ORG-03 unknown and real usernames get the same answers, so they cannot be told apart', async () => {
    const answers = async (username: string, client: string) => {
      const out: string[] = [];
      for (let i = 0; i < 6; i++) {
        const r = await login(t, username, 'Wrong#Pass9', client);
        out.push(`${r.status} ${r.body.code} ${r.body.message}`);
      }
      return out;
    };
    const real = await answers('pinzhi', '10.4.4.4');
    const unknown = await answers('nobody-here', '10.4.4.5');
    expect(unknown).toEqual(real);
    expect(real[0]).toBe('401 AUTH_BAD_CREDENTIALS 用户名或密码错误，再错4次将暂时锁定');
    expect(real[5]).toMatch(/^423 AUTH_LOCKED /);
  });

  it('R-ORG-03 X-Forwarded-For is not believed unless the proxy is configured: forged addresses do not escape the rate limit', async () => {
    const limited = await startTestApp(db, { seed: false, env: { LOGIN_RATE_LIMIT_PER_MINUTE: '20' } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 25; i++)
        codes.push((await login(limited, 'x', 'y', '10.9.9.9', { 'x-forwarded-for': `203.0.113.${i}` })).status);
      expect(codes.filter((c) => c === 429)).toHaveLength(5);
    } finally {
      await limited.close();
    }
    // behind a configured proxy, the client it names is the one counted
    const proxied = await startTestApp(db, { seed: false, env: { LOGIN_RATE_LIMIT_PER_MINUTE: '20', TRUST_PROXY: '10.9.9.9' } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 25; i++)
        codes.push((await login(proxied, 'x', 'y', '10.9.9.9', { 'x-forwarded-for': `203.0.113.${i}` })).status);
      expect(codes.filter((c) => c === 429)).toHaveLength(0);
      const [row] = await proxied.ds.query("SELECT COUNT(*) AS n FROM rate_counter WHERE id LIKE 'rate:login:203.0.113.%'");
      expect(Number(row.n)).toBe(25);
    } finally {
      await proxied.close();
    }
  });

  it('R-ORG-04 thirty parallel code requests for one phone send one SMS; the next is allowed after a minute', async () => {
    const phone = '13700001111';
    const before = t.sms.sent.filter((m) => m.phone === phone).length;
    const r = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        t.req('POST', '/api/v1/auth/owner/sms-code', { body: { phone }, remoteAddress: `10.5.0.${i}` }),
      ),
    );
    expect(r.filter((x) => x.status === 200)).toHaveLength(1);
    expect(r.filter((x) => x.status === 429)).toHaveLength(29);
    expect(t.sms.sent.filter((m) => m.phone === phone).length - before).toBe(1);
    t.clock.advance(61_000);
    expect((await t.req('POST', '/api/v1/auth/owner/sms-code', { body: { phone }, remoteAddress: '10.5.1.1' })).status).toBe(200);
  });

  it('R-ORG-04 sixty parallel code guesses use up the five guesses; the right code is refused after them', async () => {
    const phone = '13700002222';
    t.clock.advance(61_000);
    expect((await t.req('POST', '/api/v1/auth/owner/sms-code', { body: { phone } })).status).toBe(200);
    const code = t.sms.outbox.get(phone)!.params.code!;
    const wrong = code === '000000' ? '111111' : '000000';
    const r = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        t.req('POST', '/api/v1/auth/owner/sms-login', { body: { phone, code: wrong }, remoteAddress: `10.6.0.${i}` }),
      ),
    );
    expect(r.map((x) => x.body.code)).toEqual(Array(60).fill('AUTH_SMS_CODE_INVALID'));
    const [row] = await t.ds.query('SELECT attempts FROM sms_code ORDER BY id DESC LIMIT 1');
    expect(Number(row.attempts)).toBe(5);
    const right = await t.req('POST', '/api/v1/auth/owner/sms-login', { body: { phone, code } });
    expect(right.body.code).toBe('AUTH_SMS_CODE_INVALID');
  });

  it('R-ORG-03 a staff password must resist guessing: password1 and the username are refused, a mixed one is taken', async () => {
    const p101 = await (await ids(t)).project('101');
    const make = (username: string, password: string) =>
      t.req('POST', '/api/v1/staff', {
        token: admin,
        body: { username, name: '测试', password, roles: ['service_clerk'], projectIds: [p101] },
      });
    const cases: [string, string][] = [
      ['password1', '密码需包含大写字母、小写字母、数字、符号中的至少三种'],
      ['Password1', '这个密码太常见，请换一个'],
      ['Short#1', '密码至少8位'],
      ['Xiaoming#2026', '密码不能包含用户名'],
    ];
    for (const [pw, message] of cases) {
      const r = await make('xiaoming', pw);
      expect(r.status, pw).toBe(400);
      expect(r.body.message).toBe(message);
    }
    expect(await count(t, 'staff', "username = 'xiaoming'")).toBe(0);
    expect((await make('xiaoming', 'Kfz#2026qa')).status).toBe(201);
  });

  it('R-ORG-03 a manager of project 201 cannot change a colleague who also works in 101 (password, roles or projects); one whose scope covers both can', async () => {
    const i = await ids(t);
    const [p101, p201, pinzhiId] = [await i.project('101'), await i.project('201'), await i.staff('pinzhi')];
    const mk = await t.req('POST', '/api/v1/staff', {
      token: admin,
      body: { username: 'mgr_two', name: '二经理', password: 'Mgr#Two2026', roles: ['project_manager'], projectIds: [p201] },
    });
    expect(mk.status).toBe(201);
    const mgr = await t.staffToken('mgr_two', 'Mgr#Two2026');
    for (const body of [{ password: 'Taken#Over2026' }, { projectIds: [p201] }, { roles: ['service_clerk'] }]) {
      const r = await t.req('PATCH', `/api/v1/staff/${pinzhiId}`, { token: mgr, body });
      expect(r.status, JSON.stringify(body)).toBe(403);
    }
    expect((await t.req('POST', `/api/v1/staff/${pinzhiId}/unlock`, { token: mgr })).status).toBe(403);
    expect((await login(t, 'pinzhi', 'Pinzhi@123', '10.7.7.7')).status).toBe(200); // password unchanged
    const [links] = await t.ds.query('SELECT COUNT(*) AS n FROM staff_project WHERE staff_id = ? AND project_id = ?', [
      pinzhiId,
      p101,
    ]);
    expect(Number(links.n)).toBe(1);
    // jingli manages 101 and 201: covers all of pinzhi's projects
    const jingli = await t.staffToken('jingli', 'Jingli@123');
    expect((await t.req('PATCH', `/api/v1/staff/${pinzhiId}`, { token: jingli, body: { name: '黄志强' } })).status).toBe(200);
  });

  it('every cursor, date, month and id is read strictly: 1e400, 2026-13-45, 2026-02-30, 0000-01 and 0x10 answer a Chinese 400, never 500', async () => {
    const i = await ids(t);
    const p101 = await i.project('101');
    const kefu = await t.staffToken('kefu', 'Kefu@123');
    const caiwu = await t.staffToken('caiwu', 'Caiwu@123');
    const inf = Buffer.from('[1e400]').toString('base64url');
    const bad: [string, string, string][] = [
      [kefu, `/api/v1/service-requests?projectId=${p101}&cursor=${inf}`, '翻页游标无效，请从第一页重新加载'],
      [kefu, `/api/v1/rooms?projectId=${p101}&cursor=${inf}`, '翻页游标无效，请从第一页重新加载'],
      [kefu, `/api/v1/owners?projectId=${p101}&cursor=${inf}`, '翻页游标无效，请从第一页重新加载'],
      [caiwu, `/api/v1/bills?projectId=${p101}&cursor=${inf}`, '翻页游标无效，请从第一页重新加载'],
      [kefu, `/api/v1/duty-log?projectId=${p101}&date=2026-13-45`, '日期不是有效的日期（格式如 2026-11-23）'],
      [kefu, `/api/v1/duty-log?projectId=${p101}&date=0000-00-00`, '日期不是有效的日期（格式如 2026-11-23）'],
      [kefu, `/api/v1/duty-log?projectId=${p101}&date=2026-02-30`, '日期不是有效的日期（格式如 2026-11-23）'],
      [kefu, `/api/v1/reports/repair-kpis?projectId=${p101}&month=0000-01`, '月份不是有效的月份（格式如 2026-11）'],
      [kefu, `/api/v1/rooms?projectId=0x10`, '项目ID必须是整数'],
      [kefu, `/api/v1/rooms/0x10`, '编号必须是正整数'],
      [kefu, `/api/v1/rooms/1e1`, '编号必须是正整数'],
    ];
    for (const [token, url, message] of bad) {
      const r = await t.req('GET', url, { token });
      expect(r.status, url).toBe(400);
      expect(r.body.message, url).toBe(message);
    }
    // the real dates still work
    expect((await t.req('GET', `/api/v1/duty-log?projectId=${p101}&date=2024-02-29`, { token: kefu })).status).toBe(200);
    const room = await i.room('1011011201');
    const admin2 = await t.staffToken('admin', 'Admin@123');
    const delivered = await t.req('PATCH', `/api/v1/rooms/${room}`, { token: admin2, body: { deliveredOn: '2026-13-45' } });
    expect(delivered.status).toBe(400);
    expect(delivered.body.message).toBe('交付日期不是有效的日期（格式如 2026-11-23）');
    const settings = (await t.req('GET', `/api/v1/projects/${p101}/sla-settings`, { token: admin2 })).body;
    const holiday = await t.req('PUT', `/api/v1/projects/${p101}/sla-settings`, {
      token: admin2,
      body: { repair: settings.repair, holidays: ['9999-99-99'], workdays: [] },
    });
    expect(holiday.status).toBe(400);
    expect(holiday.body.message).toBe('节假日必须是 YYYY-MM-DD 日期列表');
  });

  it('a body nested 20,000 levels deep is refused with a Chinese 400 before anything walks it', async () => {
    const owner = await t.ownerToken('13800000001');
    const before = await count(t, 'upload');
    const deep = '{"fileName":' + '['.repeat(20_000) + ']'.repeat(20_000) + '}';
    const r = await t.req('POST', '/api/v1/uploads', { token: owner, rawBody: deep });
    expect(r.status).toBe(400);
    expect(r.body.message).toBe('请求内容的嵌套层级过深（最多 32 层）');
    expect(await count(t, 'upload')).toBe(before);
    const notJson = await t.req('POST', '/api/v1/uploads', { token: owner, rawBody: '{"fileName": ' });
    expect(notJson.status).toBe(400);
    expect(notJson.body.message).toBe('请求内容不是合法的 JSON');
  });

  it('CORS answers only the configured front ends (never any origin, never "null"), and the API docs are a setting', async () => {
    const origin = (app: TestApp, o: string) =>
      app.req('GET', '/api/v1/health', { headers: { origin: o } }).then((r) => r.headers['access-control-allow-origin'] ?? null);
    // the default (npm start): the front ends are served with /api proxied, so no cross-origin caller at all
    expect(await origin(t, 'http://evil.example')).toBeNull();
    expect(await origin(t, 'null')).toBeNull();
    const configured = await startTestApp(db, { seed: false, env: { CORS_ORIGINS: 'https://admin.example.com', API_DOCS: '0' } });
    try {
      expect(await origin(configured, 'https://admin.example.com')).toBe('https://admin.example.com');
      expect(await origin(configured, 'https://admin.example.com.evil.example')).toBeNull();
      expect(await origin(configured, 'null')).toBeNull();
      expect((await configured.req('GET', '/api/docs-json')).status).toBe(404);
    } finally {
      await configured.close();
    }
    expect((await t.req('GET', '/api/docs-json')).status).toBe(200); // on outside production unless switched off
  });
});
