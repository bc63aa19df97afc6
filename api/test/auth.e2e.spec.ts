import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signJwt } from '../src/modules/auth/jwt.js';
import { count, startTestApp, testDatabases, type TestApp } from './harness.js';

describe.each(testDatabases())('auth over HTTP (%s)', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(db);
  });
  afterAll(async () => t?.close());

  it('staff log in with username and password and see their own projects (R-ORG-03)', async () => {
    const r = await t.req('POST', '/api/v1/auth/staff/login', { body: { username: 'kefu', password: 'Kefu@123' } });
    expect(r.status).toBe(200);
    expect(r.body.me).toMatchObject({ kind: 'staff', username: 'kefu', roles: ['service_clerk'], allProjects: false });
    expect(r.body.me.projects.map((p: { code: string }) => p.code)).toEqual(['101']);
    const admin = await t.req('GET', '/api/v1/auth/me', { token: await t.staffToken('admin', 'Admin@123') });
    expect(admin.body.allProjects).toBe(true);
    expect(admin.body.projects.map((p: { code: string }) => p.code)).toEqual(['101', '201']);
  });

  it('a wrong password answers 401 with a Chinese message; the account locks after 5 failures and a right password is then refused', async () => {
    const bad = await t.req('POST', '/api/v1/auth/staff/login', { body: { username: 'pinzhi', password: 'wrong-pass1' } });
    expect(bad.status).toBe(401);
    expect(bad.body.code).toBe('AUTH_BAD_CREDENTIALS');
    expect(bad.body.message).toMatch(/密码错误/);
    for (let i = 0; i < 3; i++)
      await t.req('POST', '/api/v1/auth/staff/login', { body: { username: 'pinzhi', password: 'wrong-pass1' } });
    const fifth = await t.req('POST', '/api/v1/auth/staff/login', { body: { username: 'pinzhi', password: 'wrong-pass1' } });
    expect(fifth.status).toBe(423);
    expect(fifth.body.code).toBe('AUTH_LOCKED');
    const right = await t.req('POST', '/api/v1/auth/staff/login', { body: { username: 'pinzhi', password: 'Pinzhi@123' } });
    expect(right.status).toBe(423);
    expect(right.body.message).toMatch(/锁定/);
    // after the lockout period the right password works again
    t.clock.advance(16 * 60_000);
    const later = await t.req('POST', '/api/v1/auth/staff/login', { body: { username: 'pinzhi', password: 'Pinzhi@123' } });
    expect(later.status).toBe(200);
  });

  it('concurrent wrong passwords all count toward the lockout (one conditional update each)', async () => {
    await Promise.all(
      Array.from({ length: 5 }, () =>
        t.req('POST', '/api/v1/auth/staff/login', { body: { username: 'caiwu', password: 'nope-nope1' } }),
      ),
    );
    const r = await t.req('POST', '/api/v1/auth/staff/login', { body: { username: 'caiwu', password: 'Caiwu@123' } });
    expect(r.status).toBe(423);
    const unlock = await t.req(
      'POST',
      `/api/v1/staff/${(await t.ds.query("SELECT id FROM staff WHERE username='caiwu'"))[0].id}/unlock`,
      {
        token: await t.staffToken('admin', 'Admin@123'),
      },
    );
    expect(unlock.status).toBe(200);
    expect((await t.req('POST', '/api/v1/auth/staff/login', { body: { username: 'caiwu', password: 'Caiwu@123' } })).status).toBe(
      200,
    );
  });

  it('an unknown user gets the same answer as a wrong password', async () => {
    const r = await t.req('POST', '/api/v1/auth/staff/login', { body: { username: 'nobody', password: 'whatever1' } });
    expect(r.status).toBe(401);
    expect(r.body.code).toBe('AUTH_BAD_CREDENTIALS');
  });

  it('expired, tampered, foreign-signed and revoked access tokens are refused with 401', async () => {
    const login = await t.req('POST', '/api/v1/auth/staff/login', { body: { username: 'zhuguan', password: 'Zhuguan@123' } });
    const token: string = login.body.accessToken;
    expect((await t.req('GET', '/api/v1/auth/me', { token })).status).toBe(200);

    const [h, p, s] = token.split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString());
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...claims, sub: 1 })).toString('base64url')}.${s}`;
    const r1 = await t.req('GET', '/api/v1/auth/me', { token: tampered });
    expect(r1.status).toBe(401);
    expect(r1.body.code).toBe('TOKEN_INVALID');

    const foreign = signJwt({ ...claims }, 'another-secret-another-secret-another');
    expect((await t.req('GET', '/api/v1/auth/me', { token: foreign })).status).toBe(401);
    expect((await t.req('GET', '/api/v1/auth/me', { token: 'not.a.jwt' })).status).toBe(401);
    expect((await t.req('GET', '/api/v1/auth/me')).status).toBe(401);

    t.clock.advance(t.config.accessTokenTtlSec * 1000 + 1000);
    const expired = await t.req('GET', '/api/v1/auth/me', { token });
    expect(expired.status).toBe(401);
    expect(expired.body.message).toMatch(/登录已失效/);

    // a fresh token, then logout: the same token is dead at once, and so is its refresh token
    const again = await t.req('POST', '/api/v1/auth/staff/login', { body: { username: 'zhuguan', password: 'Zhuguan@123' } });
    expect((await t.req('POST', '/api/v1/auth/logout', { token: again.body.accessToken })).status).toBe(204);
    expect((await t.req('GET', '/api/v1/auth/me', { token: again.body.accessToken })).status).toBe(401);
    expect((await t.req('POST', '/api/v1/auth/refresh', { body: { refreshToken: again.body.refreshToken } })).status).toBe(401);
  });

  it('refresh tokens rotate; reusing an old one ends the whole session', async () => {
    const login = await t.req('POST', '/api/v1/auth/staff/login', { body: { username: 'jingli', password: 'Jingli@123' } });
    const r1 = await t.req('POST', '/api/v1/auth/refresh', { body: { refreshToken: login.body.refreshToken } });
    expect(r1.status).toBe(200);
    expect(r1.body.refreshToken).not.toBe(login.body.refreshToken);
    const r2 = await t.req('POST', '/api/v1/auth/refresh', { body: { refreshToken: r1.body.refreshToken } });
    expect(r2.status).toBe(200);
    // the first one again: theft suspected → session revoked; even the newest tokens die
    const reuse = await t.req('POST', '/api/v1/auth/refresh', { body: { refreshToken: login.body.refreshToken } });
    expect(reuse.status).toBe(401);
    expect((await t.req('GET', '/api/v1/auth/me', { token: r2.body.accessToken })).status).toBe(401);
    expect((await t.req('POST', '/api/v1/auth/refresh', { body: { refreshToken: r2.body.refreshToken } })).status).toBe(401);
  });

  it('an archived staff member is refused even with a live token', async () => {
    const admin = await t.staffToken('admin', 'Admin@123');
    const created = await t.req('POST', '/api/v1/staff', {
      token: admin,
      body: { username: 'temp.clerk', name: '临时', password: 'Temp1234', roles: ['service_clerk'], projectIds: [] },
    });
    expect(created.status).toBe(201);
    const token = await t.staffToken('temp.clerk', 'Temp1234');
    // no projects assigned: sees nothing (fails closed)
    const me = await t.req('GET', '/api/v1/auth/me', { token });
    expect(me.body.projects).toEqual([]);
    expect((await t.req('GET', '/api/v1/projects', { token })).body).toEqual([]);
    await t.req('PATCH', `/api/v1/staff/${created.body.id}`, { token: admin, body: { archived: true } });
    expect((await t.req('GET', '/api/v1/auth/me', { token })).status).toBe(401);
  });

  it('owners log in on H5 with phone and SMS code; a wrong code is refused and a code works once', async () => {
    t.clock.advance(61_000);
    const send = await t.req('POST', '/api/v1/auth/owner/sms-code', { body: { phone: '13800000001' } });
    expect(send.status).toBe(200);
    const again = await t.req('POST', '/api/v1/auth/owner/sms-code', { body: { phone: '13800000001' } });
    expect(again.status).toBe(429);
    expect(again.body.message).toMatch(/秒后再试/);
    const code = t.sms.outbox.get('13800000001')!.params.code!;
    const wrong = await t.req('POST', '/api/v1/auth/owner/sms-login', {
      body: { phone: '13800000001', code: code === '000000' ? '111111' : '000000' },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('AUTH_SMS_CODE_INVALID');
    const ok = await t.req('POST', '/api/v1/auth/owner/sms-login', { body: { phone: '13800000001', code } });
    expect(ok.status).toBe(200);
    expect(ok.body.me).toMatchObject({ kind: 'owner', name: '张伟', phoneMasked: '138****0001' });
    const reuse = await t.req('POST', '/api/v1/auth/owner/sms-login', { body: { phone: '13800000001', code } });
    expect(reuse.status).toBe(400);
  });

  it('a bad phone number gets 400 with a Chinese message and sends nothing', async () => {
    const r = await t.req('POST', '/api/v1/auth/owner/sms-code', { body: { phone: '12345' } });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: 'VALIDATION_FAILED', message: '请输入正确的11位手机号' });
    expect(t.sms.outbox.has('12345')).toBe(false);
  });

  it('owners log in in the mini-program through code2Session on the (fake) WeChat server; a phone code links the centre-registered record', async () => {
    const code = t.wechat.state.issueLoginCode('o_test_chenjing');
    const phoneCode = t.wechat.state.issuePhoneCode('13800000004');
    const r = await t.req('POST', '/api/v1/auth/owner/wechat', { body: { code, phoneCode } });
    expect(r.status).toBe(200);
    expect(r.body.me.name).toBe('陈静');
    expect(await count(t, 'person', 'openid = ?', ['o_test_chenjing'])).toBe(1);
    // the same code twice: WeChat answers 40029 → a Chinese 400
    const reuse = await t.req('POST', '/api/v1/auth/owner/wechat', { body: { code } });
    expect(reuse.status).toBe(400);
    expect(reuse.body.code).toBe('AUTH_WECHAT_CODE_INVALID');
    // next time only the login code is needed
    const second = await t.req('POST', '/api/v1/auth/owner/wechat', {
      body: { code: t.wechat.state.issueLoginCode('o_test_chenjing') },
    });
    expect(second.body.me.id).toBe(r.body.me.id);
  });

  it('a WeChat user who logged in without a phone is linked to the centre-registered record when the phone arrives', async () => {
    const code1 = t.wechat.state.issueLoginCode('o_test_yang');
    const blank = await t.req('POST', '/api/v1/auth/owner/wechat', { body: { code: code1 } });
    expect(blank.body.me.name).toBe('微信用户');
    const r = await t.req('POST', '/api/v1/auth/owner/wechat', {
      body: { code: t.wechat.state.issueLoginCode('o_test_yang'), phoneCode: t.wechat.state.issuePhoneCode('13700000011') },
    });
    expect(r.status).toBe(200);
    expect(r.body.me.name).toBe('杨秀英');
    expect(r.body.me.id).not.toBe(blank.body.me.id);
    expect(await count(t, 'person', 'openid = ?', ['o_test_yang'])).toBe(1);
    expect((await t.req('GET', '/api/v1/me/rooms', { token: r.body.accessToken })).body).toHaveLength(1);
    expect((await t.req('GET', '/api/v1/auth/me', { token: blank.body.accessToken })).status).toBe(401);
  });

  it('rate limits login attempts per client', async () => {
    const limited = await startTestApp(db, { seed: false, env: { LOGIN_RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++)
        codes.push((await limited.req('POST', '/api/v1/auth/staff/login', { body: { username: 'x', password: 'y' } })).status);
      expect(codes).toEqual([401, 401, 401, 429, 429]);
      limited.clock.advance(60_000);
      expect((await limited.req('POST', '/api/v1/auth/staff/login', { body: { username: 'x', password: 'y' } })).status).toBe(
        401,
      );
    } finally {
      await limited.close();
    }
  });

  it('staff tokens cannot use owner endpoints and owner tokens cannot use staff endpoints', async () => {
    const staff = await t.staffToken('kefu', 'Kefu@123');
    const owner = await t.ownerToken('13800000001');
    expect((await t.req('GET', '/api/v1/me/rooms', { token: staff })).status).toBe(403);
    expect((await t.req('GET', '/api/v1/rooms?projectId=1', { token: owner })).status).toBe(403);
  });

  it('answers with security headers and a request id', async () => {
    const r = await t.req('GET', '/api/v1/health', { headers: { 'x-request-id': 'req-abc-123' } });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'ok', dbKind: db });
    expect(r.headers['x-request-id']).toBe('req-abc-123');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['content-security-policy']).toBeTruthy();
  });
});
