import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoOpenid, startFakeWechat, unionidFor, type FakeWechat } from '../../../../scripts/fake-wechat/server.mjs';
import {
  MemoryTokenStore,
  WechatClient,
  WechatError,
  WECHAT_ERR_NETWORK,
  WECHAT_ERR_TIMEOUT,
  type WechatClientOptions,
} from './index.js';

const APPID = 'wx_test_0000000001';
const SECRET = 'test-secret-0123456789';
const TEMPLATE = 'tpl_bill_due';

let fake: FakeWechat;

beforeAll(async () => {
  fake = await startFakeWechat({ appId: APPID, secret: SECRET });
});
afterAll(async () => {
  await fake?.close();
});
beforeEach(() => {
  fake.state.reset();
});

const client = (over: Partial<WechatClientOptions> = {}) =>
  new WechatClient({ apiBase: fake.url, appId: APPID, secret: SECRET, timeoutMs: 2000, ...over });

/** Resolves with the WechatError the promise rejects with (fails the test if it resolves). */
async function wechatError(p: Promise<unknown>): Promise<WechatError> {
  const e = await p.then(
    (v) => {
      throw new Error('expected a WechatError, got ' + JSON.stringify(v));
    },
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(WechatError);
  return e as WechatError;
}

const tokenCalls = () => fake.state.calls['/cgi-bin/stable_token'] ?? 0;
const billData = { thing1: '3月物业费', amount2: '¥320.50', date3: '2026年12月1日', character_string4: 'B202612-0001' };

describe('code2Session', () => {
  it('logs in with a demo code: openid and unionid, never the session_key', async () => {
    const s = await client().code2Session('demo:alice');
    expect(s).toEqual({ openid: demoOpenid('alice'), unionid: unionidFor(demoOpenid('alice')) });
    expect(s.openid).toMatch(/^o_demo_[0-9a-f]{21}$/);
    expect(JSON.stringify(s)).not.toMatch(/session/i);
  });

  it('logs in with an issued code; the server-only variant carries the session key separately', async () => {
    const code = fake.state.issueLoginCode('o_owner_1');
    const s = await client().code2SessionWithKey(code);
    expect(s.openid).toBe('o_owner_1');
    expect(s.sessionKey).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
    const noUnion = fake.state.issueLoginCode('o_owner_2', { unionid: null });
    expect(await client().code2Session(noUnion)).toEqual({ openid: 'o_owner_2' });
  });

  it('rejects an unknown code with 40029', async () => {
    const e = await wechatError(client().code2Session('not-a-code'));
    expect(e.errcode).toBe(40029);
    expect(e.isInvalidCode).toBe(true);
    expect(e.retryable).toBe(false);
    expect(e.kind).toBe('api');
    expect(e.message).toContain('code 无效或已使用');
    expect(e.message).toContain('errcode=40029');
  });

  it('rejects a reused code with 40029 (codes are single-use)', async () => {
    const c = client();
    const code = fake.state.issueLoginCode('o_owner_3');
    await expect(c.code2Session(code)).resolves.toMatchObject({ openid: 'o_owner_3' });
    const e = await wechatError(c.code2Session(code));
    expect(e.errcode).toBe(40029);
  });

  it('reports a wrong secret (40125) or appid (40013) as a configuration error without leaking the secret', async () => {
    const bad = await wechatError(client({ secret: 'wrong-secret-xyz' }).code2Session('demo:bob'));
    expect(bad.errcode).toBe(40125);
    expect(bad.isConfigError).toBe(true);
    expect(bad.message).toContain('AppSecret 无效');
    expect(bad.message).not.toContain('wrong-secret-xyz');
    const badApp = await wechatError(client({ appId: 'wx_other' }).code2Session('demo:bob'));
    expect(badApp.errcode).toBe(40013);
  });

  it('marks -1 (busy) and 45011 (rate limit) as retryable', async () => {
    const busy = await wechatError(client().code2Session('busy:1'));
    expect(busy.errcode).toBe(-1);
    expect(busy.retryable).toBe(true);
    expect(busy.message).toContain('微信系统繁忙');

    fake.state.reset();
    fake.state.setRateLimit(2); // every jscode2session call counts, whatever its answer
    const c = client();
    await c.code2Session('demo:r1');
    await c.code2Session('demo:r2');
    const limited = await wechatError(c.code2Session('demo:r3'));
    expect(limited.errcode).toBe(45011);
    expect(limited.retryable).toBe(true);
  });

  it('refuses an empty code without calling WeChat', async () => {
    const e = await wechatError(client().code2Session(''));
    expect(e.errcode).toBe(41008);
    expect(fake.state.calls['/sns/jscode2session']).toBeUndefined();
  });
});

describe('getPhoneNumber', () => {
  it('keeps a Hong Kong or Macau number with its country code (WeChat sends it as a number), never as +86', async () => {
    const c = client();
    expect(await c.getPhoneInfo(fake.state.issuePhoneCode('61234567', 852))).toEqual({
      phoneNumber: '+85261234567',
      purePhoneNumber: '61234567',
      countryCode: '852',
    });
    expect(await c.getPhoneNumber(fake.state.issuePhoneCode('66123456', '853'))).toBe('+85366123456');
    expect(await c.getPhoneNumber(fake.state.issuePhoneCode('13912345678'))).toBe('13912345678');
  });

  it('maps phone:<11 digits> and issued codes to the number; issued codes are single-use', async () => {
    const c = client();
    expect(await c.getPhoneNumber('phone:13800138000')).toBe('13800138000');
    const code = fake.state.issuePhoneCode('13912345678');
    expect(await c.getPhoneInfo(code)).toEqual({
      phoneNumber: '13912345678',
      purePhoneNumber: '13912345678',
      countryCode: '86',
    });
    const e = await wechatError(c.getPhoneNumber(code));
    expect(e.errcode).toBe(40029);
    expect(e.api).toBe('getPhoneNumber');
  });
});

describe('access token', () => {
  it('is fetched once and cached across calls', async () => {
    const c = client();
    await c.getPhoneNumber('phone:13800138000');
    await c.getPhoneNumber('phone:13800138001');
    await c.sendSubscribeMessage({ touser: 'o_x', templateId: TEMPLATE, data: billData });
    expect(tokenCalls()).toBe(1);
    expect(await c.getAccessToken()).toBe(fake.state.currentAccessToken);
  });

  it('is shared by concurrent callers (one request in flight)', async () => {
    const c = client();
    const tokens = await Promise.all(Array.from({ length: 8 }, () => c.getAccessToken()));
    expect(new Set(tokens).size).toBe(1);
    expect(tokenCalls()).toBe(1);
  });

  it('is fetched again 5 minutes before it expires', async () => {
    let t = 1_000_000;
    const c = client({ now: () => t });
    const first = await c.getAccessToken();
    t += (7200 - 301) * 1000;
    expect(await c.getAccessToken()).toBe(first);
    expect(tokenCalls()).toBe(1);
    t += 2000; // now inside the last 5 minutes
    await c.getAccessToken();
    expect(tokenCalls()).toBe(2);
  });

  it('after an expiry (42001) is fetched again in normal mode, without forcing, and the call succeeds', async () => {
    const c = client();
    const before = await c.getAccessToken();
    fake.state.expireAccessTokens();
    expect(await c.getPhoneNumber('phone:13800138000')).toBe('13800138000');
    expect(fake.state.forceRefreshCount).toBe(0);
    expect(tokenCalls()).toBe(2);
    expect(fake.state.calls['/wxa/business/getuserphonenumber']).toBe(2);
    const after = await c.getAccessToken();
    expect(after).not.toBe(before);
    expect(tokenCalls()).toBe(2);
  });

  it('after a revocation elsewhere (40001) takes the current token in normal mode, once for many callers failing at once', async () => {
    const c = client();
    await c.getAccessToken();
    fake.state.revokeAccessTokens();
    const sends = Array.from({ length: 5 }, (_, i) =>
      c.sendSubscribeMessage({ touser: `o_${i}`, templateId: TEMPLATE, data: billData }),
    );
    const ids = await Promise.all(sends);
    expect(ids.every((id) => /^\d+$/.test(id))).toBe(true);
    expect(fake.state.forceRefreshCount).toBe(0);
    expect(tokenCalls()).toBe(2);
    expect(fake.state.sentMessages).toHaveLength(5);
  });

  it('forces a refresh only when normal mode hands back the rejected token, and not again within 30 s', async () => {
    let t = 5_000_000;
    const own = await startFakeWechat({ appId: APPID, secret: SECRET, now: () => t }); // WeChat on the same clock
    try {
      const c = client({ apiBase: own.url, now: () => t });
      await c.getAccessToken();
      own.state.rejectAccessTokens(); // normal mode still answers with the rejected token
      const send = () => c.sendSubscribeMessage({ touser: 'o_f', templateId: TEMPLATE, data: billData });
      await Promise.all([send(), send(), send()]);
      expect(own.state.forceRefreshCount).toBe(1);
      t += 10_000;
      own.state.rejectAccessTokens();
      const e = await wechatError(send());
      expect(e.errcode).toBe(40001); // no second force within 30 s: the caller retries later
      expect(own.state.forceRefreshCount).toBe(1);
      expect(own.state.calls['/cgi-bin/stable_token']).toBe(4); // first, normal + forced, normal (no forced try)
      t += 21_000;
      expect(await send()).toMatch(/^\d+$/);
      expect(own.state.forceRefreshCount).toBe(2);
    } finally {
      await own.close();
    }
  });

  it('two instances sharing the token store: after a rejection one forces, the other takes its token', async () => {
    const store = new MemoryTokenStore();
    const [a, b] = [client({ tokenStore: store }), client({ tokenStore: store })];
    expect(await a.getAccessToken()).toBe(await b.getAccessToken());
    expect(tokenCalls()).toBe(1); // b read a's token from the store
    fake.state.rejectAccessTokens();
    const sends = Array.from({ length: 20 }, (_, i) =>
      (i % 2 ? a : b).sendSubscribeMessage({ touser: `o_s${i}`, templateId: TEMPLATE, data: billData }),
    );
    expect(await Promise.all(sends)).toHaveLength(20);
    expect(fake.state.forceRefreshCount).toBe(1);
    expect(await a.getAccessToken()).toBe(fake.state.currentAccessToken);
    expect(await b.getAccessToken()).toBe(fake.state.currentAccessToken);
  });

  it('retries only once: a token rejected twice surfaces as the WechatError', async () => {
    let sends = 0;
    const fetchRejecting: typeof fetch = async (input, init) => {
      if (String(input).includes('/subscribe/send')) {
        sends++;
        return new Response('{"errcode":42001,"errmsg":"access_token expired"}', { status: 200 });
      }
      return fetch(input, init);
    };
    const e = await wechatError(
      client({ fetch: fetchRejecting }).sendSubscribeMessage({ touser: 'o_y', templateId: TEMPLATE, data: billData }),
    );
    expect(e.errcode).toBe(42001);
    expect(e.isTokenError).toBe(true);
    expect(sends).toBe(2);
    expect(fake.state.forceRefreshCount).toBe(1); // normal mode gave the same token back: forced once
  });

  it('reports a wrong secret on stable_token as 40125', async () => {
    const e = await wechatError(client({ secret: 'nope' }).getAccessToken());
    expect(e.errcode).toBe(40125);
    expect(e.api).toBe('stableToken');
  });
});

describe('sendSubscribeMessage', () => {
  it('sends and returns the exact int64 msgid', async () => {
    const msgid = await client().sendSubscribeMessage({
      touser: 'o_owner_1',
      templateId: TEMPLATE,
      page: 'pages/bill/detail?id=42',
      data: { ...billData, phrase5: { value: '待缴费' }, time6: '2026-12-01 09:30', number7: 3 },
      miniprogramState: 'trial',
    });
    expect(msgid).toMatch(/^\d{19}$/);
    expect(BigInt(msgid)).toBeGreaterThan(BigInt(Number.MAX_SAFE_INTEGER));
    const [sent] = fake.state.sentMessages;
    expect(sent.msgid).toBe(msgid);
    expect(sent).toMatchObject({
      touser: 'o_owner_1',
      template_id: TEMPLATE,
      page: 'pages/bill/detail?id=42',
      miniprogram_state: 'trial',
      data: { thing1: { value: '3月物业费' }, phrase5: { value: '待缴费' }, number7: { value: '3' } },
    });
  });

  it('throws 43101 when the owner has refused (no credit), and the next send goes through', async () => {
    const c = client();
    fake.state.refuseSubscribe('o_owner_1', TEMPLATE);
    const e = await wechatError(c.sendSubscribeMessage({ touser: 'o_owner_1', templateId: TEMPLATE, data: billData }));
    expect(e.errcode).toBe(43101);
    expect(e.isRefused).toBe(true);
    expect(e.retryable).toBe(false);
    expect(e.message).toContain('用户拒绝接收消息');
    expect(fake.state.sentMessages).toHaveLength(0);
    await expect(c.sendSubscribeMessage({ touser: 'o_owner_1', templateId: TEMPLATE, data: billData })).resolves.toMatch(/^\d+$/);
  });

  it.each([
    ['thing over 20 characters', { thing1: '这是一段超过二十个字符的物业费缴费提醒内容啊啊' }],
    ['phrase over 5 characters', { phrase1: '已经完成缴费了' }],
    ['phrase that is not Chinese', { phrase1: 'paid' }],
    ['character_string with Chinese', { character_string1: '单号一' }],
    ['character_string over 32', { character_string1: 'X'.repeat(33) }],
    ['name over 10 Chinese characters', { name1: '欧阳'.repeat(6) }],
    ['bad time', { time1: '明天上午' }],
    ['bad date', { date1: '12/01/2026' }],
    ['bad amount', { amount1: '三百元' }],
    ['empty value', { thing1: '' }],
    ['unknown key type', { foo1: 'x' }],
  ])('throws 47003 for %s', async (_label, data) => {
    const e = await wechatError(client().sendSubscribeMessage({ touser: 'o_owner_1', templateId: TEMPLATE, data }));
    expect(e.errcode).toBe(47003);
    expect(e.message).toContain('模板参数不正确');
    expect(fake.state.sentMessages).toHaveLength(0);
  });

  it('accepts values right at the limits', async () => {
    await client().sendSubscribeMessage({
      touser: 'o_owner_1',
      templateId: TEMPLATE,
      data: {
        thing1: '一'.repeat(20),
        phrase2: '已完成缴费',
        character_string3: 'A'.repeat(32),
        name4: '欧阳娜娜',
        name5: 'Alexander Hamilton',
        time6: '15:01',
        date7: '2026年12月1日 15:01 ~ 2026年12月2日 15:01',
        car_number8: '粤B12345',
      },
    });
    expect(fake.state.sentMessages).toHaveLength(1);
  });
});

describe('transport', () => {
  it('times out with a retryable WechatError', async () => {
    fake.state.setLatency(1000);
    const started = Date.now();
    const e = await wechatError(client({ timeoutMs: 150 }).code2Session('demo:slow'));
    expect(Date.now() - started).toBeLessThan(900);
    expect(e.errcode).toBe(WECHAT_ERR_TIMEOUT);
    expect(e.kind).toBe('timeout');
    expect(e.retryable).toBe(true);
    expect(e.message).toContain('请求微信超时');
  });

  it('reports an unreachable server as a retryable network error without the secret', async () => {
    const e = await wechatError(
      new WechatClient({ apiBase: 'http://127.0.0.1:1', appId: APPID, secret: SECRET, timeoutMs: 2000 }).code2Session('demo:x'),
    );
    expect(e.errcode).toBe(WECHAT_ERR_NETWORK);
    expect(e.kind).toBe('network');
    expect(e.retryable).toBe(true);
    expect(e.message).not.toContain(SECRET);
  });
});

describe('the fake enforces WeChat limits on forced refreshes', () => {
  it('30 s apart (45011 sooner) and 20 a day (45009 after), each invalidating the token before it', async () => {
    let t = 1_000_000;
    const limited = await startFakeWechat({ appId: APPID, secret: SECRET, now: () => t });
    try {
      const force = async () => {
        const r = await fetch(`${limited.url}/cgi-bin/stable_token`, {
          method: 'POST',
          body: JSON.stringify({ grant_type: 'client_credential', appid: APPID, secret: SECRET, force_refresh: true }),
        });
        return (await r.json()) as { access_token?: string; errcode?: number };
      };
      const first = await force();
      expect(first.access_token).toBeTruthy();
      t += 29_000;
      expect((await force()).errcode).toBe(45011);
      t += 1_000;
      const second = await force();
      expect(second.access_token).not.toBe(first.access_token);
      const old = await fetch(`${limited.url}/cgi-bin/message/subscribe/send?access_token=${first.access_token}`, {
        method: 'POST',
        body: JSON.stringify({ touser: 'o_x', template_id: TEMPLATE, data: { thing1: { value: 'x' } } }),
      });
      expect(((await old.json()) as { errcode: number }).errcode).toBe(40001);
      for (let i = 2; i < 20; i++) {
        t += 30_000;
        expect((await force()).access_token).toBeTruthy();
      }
      t += 30_000;
      expect((await force()).errcode).toBe(45009); // the 21st of the day
      t += 86_400_000;
      expect((await force()).access_token).toBeTruthy();
    } finally {
      await limited.close();
    }
  });
});
