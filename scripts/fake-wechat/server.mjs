#!/usr/bin/env node
/**
 * A local fake of the WeChat mini-program server API, speaking the real protocol
 * (same paths, same bodies, same error codes) so the real WechatClient runs against it
 * in tests and in the demo. No dependencies: node:http + node:crypto only.
 *
 *   GET  /sns/jscode2session?appid&secret&js_code&grant_type=authorization_code
 *   POST /cgi-bin/stable_token                       {grant_type, appid, secret, force_refresh?}
 *   POST /wxa/business/getuserphonenumber?access_token=   {code}
 *   POST /cgi-bin/message/subscribe/send?access_token=    {touser, template_id, page?, data}
 *
 * Like the real service, errors are answered with HTTP 200 and `{errcode, errmsg}`,
 * and jscode2session answers with `content-type: text/plain`.
 *
 * Codes:
 *   - `demo:<anything>`  login code, always valid (reusable), openid = demoOpenid(<anything>)
 *   - `busy:<anything>`  login code answering {errcode:-1, errmsg:'system error'}
 *   - state.issueLoginCode(openid) → fresh single-use login code
 *   - `phone:<11 digits>` phone code, always valid (reusable), maps to that number
 *   - state.issuePhoneCode(phone) → fresh single-use phone code
 *   anything else, or an issued code used twice → 40029 invalid code.
 *
 * CLI: node scripts/fake-wechat/server.mjs [--port 3900] [--host 127.0.0.1]
 *        [--appid wx…] [--secret …] [--rate-limit 100] [--latency 0]
 *      (appid/secret default to $WECHAT_APPID/$WECHAT_SECRET, else the API's dev defaults)
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';

export const DEFAULT_APPID = 'wxdemo0000000000';
/** stable_token with force_refresh: at most 20 a day and 30 s apart (45009 / 45011 otherwise) */
const FORCE_PER_DAY = 20;
const FORCE_INTERVAL_MS = 30_000;
export const DEFAULT_SECRET = 'demo-secret';

/** The openid the fake gives to login code `demo:<name>` (deterministic, independent of the appid). */
export function demoOpenid(name) {
  return 'o_demo_' + createHash('sha1').update(String(name)).digest('hex').slice(0, 21);
}
/** The unionid the fake gives to an openid (deterministic). */
export function unionidFor(openid) {
  return (
    'u_' +
    createHash('sha1')
      .update('union:' + openid)
      .digest('hex')
      .slice(0, 26)
  );
}

const ERR = {
  systemBusy: [-1, 'system error'],
  invalidCredential: [40001, 'invalid credential, access_token is invalid or not latest'],
  invalidGrantType: [40002, 'invalid grant_type'],
  invalidOpenid: [40003, 'invalid openid'],
  invalidAppid: [40013, 'invalid appid'],
  invalidCode: [40029, 'invalid code'],
  invalidTemplateId: [40037, 'invalid template_id'],
  invalidUrl: [40066, 'invalid url'],
  invalidSecret: [40125, 'invalid appsecret'],
  missingToken: [41001, 'access_token missing'],
  missingAppid: [41002, 'appid missing'],
  missingSecret: [41004, 'appsecret missing'],
  missingCode: [41008, 'missing code'],
  invalidPage: [41030, 'invalid page'],
  tokenExpired: [42001, 'access_token expired'],
  requirePost: [43002, 'require POST method'],
  refused: [43101, 'user refuse to accept the msg'],
  rateLimited: [45011, 'api minute-quota reach limit  mustslower  retry next minute'],
  dailyQuota: [45009, 'reach max api daily quota limit'],
  dataFormat: [47001, 'data format error'],
  argumentInvalid: [47003, 'argument invalid!'],
};

// ---------------------------------------------------------------- subscribe-message data rules
const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const DATE_RE = `(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{4}/\\d{1,2}/\\d{1,2}|\\d{4}\\.\\d{1,2}\\.\\d{1,2}|\\d{4}年\\d{1,2}月\\d{1,2}日)`;
const TIME_RE = `(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?`;
const range = (one) => new RegExp(`^${one}(?:\\s*~\\s*${one})?$`);
const TIME_VALUE = range(`(?:(?:${DATE_RE}\\s*)?${TIME_RE})`);
const DATE_VALUE = range(`(?:${DATE_RE}(?:\\s*${TIME_RE})?)`);
const len = (s) => [...s].length;

/** key type → (value) => problem | null. Key names are `<type><digits>` (thing1, time2 …). */
const RULES = {
  thing: (v) => (len(v) > 20 ? 'exceed max length 20' : null),
  number: (v) => (len(v) > 32 || !/^-?\d+(\.\d+)?$/.test(v) ? 'must be a number of at most 32 digits' : null),
  letter: (v) => (!/^[A-Za-z]{1,32}$/.test(v) ? 'must be at most 32 letters' : null),
  symbol: (v) => (len(v) > 5 || /[A-Za-z0-9]/.test(v) ? 'must be at most 5 symbols' : null),
  character_string: (v) =>
    len(v) > 32 ? 'exceed max length 32' : !/^[\x20-\x7e]+$/.test(v) ? 'only digits, letters or symbols' : null,
  time: (v) => (!TIME_VALUE.test(v) ? 'invalid time format' : null),
  date: (v) => (!DATE_VALUE.test(v) ? 'invalid date format' : null),
  amount: (v) => (!/^[¥￥$]?\d{1,10}(\.\d{1,2})?元?$/.test(v) ? 'invalid amount format' : null),
  phone_number: (v) => (len(v) > 17 || !/^[\d+\-() ]+$/.test(v) ? 'invalid phone_number' : null),
  car_number: (v) =>
    len(v) > 8 || !new RegExp(`^[${HAN}A-Za-z0-9][A-Za-z0-9]*[${HAN}A-Za-z0-9]?$`).test(v) ? 'invalid car_number' : null,
  name: (v) => {
    if (/^[A-Za-z][A-Za-z .'-]*$/.test(v)) return len(v) > 20 ? 'exceed max length 20' : null;
    if (!new RegExp(`^[${HAN}·]+$`).test(v)) return 'must be pure Chinese or pure English';
    return len(v) > 10 ? 'exceed max length 10' : null;
  },
  phrase: (v) => (!new RegExp(`^[${HAN}]{1,5}$`).test(v) ? 'must be at most 5 Chinese characters' : null),
};

/** Returns an errmsg for the first bad entry of `data`, or null when all values fit their key type. */
export function checkSubscribeData(data, allowedKeys) {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return 'argument invalid! data is empty';
  const keys = Object.keys(data);
  if (keys.length === 0) return 'argument invalid! data is empty';
  for (const key of keys) {
    const m = /^([a-z_]+?)(\d+)$/.exec(key);
    const rule = m && RULES[m[1]];
    if (!rule) return `argument invalid! data.${key} unknown key type`;
    if (allowedKeys && !allowedKeys.includes(key)) return `argument invalid! data.${key} not in template`;
    const entry = data[key];
    const value = entry && typeof entry === 'object' ? entry.value : undefined;
    if (typeof value !== 'string') return `argument invalid! data.${key}.value must be a string`;
    if (value.length === 0) return `argument invalid! data.${key}.value is empty`;
    const problem = rule(value);
    if (problem) return `argument invalid! data.${key}.value ${problem}`;
  }
  if (allowedKeys) {
    const missing = allowedKeys.find((k) => !keys.includes(k));
    if (missing) return `argument invalid! data.${missing} missing`;
  }
  return null;
}

// ---------------------------------------------------------------- server
/**
 * @param {object} [opts]
 * @param {number} [opts.port=0] 0 = any free port
 * @param {string} [opts.host='127.0.0.1']
 * @param {string} [opts.appId]  the only appid accepted (default wxdemo0000000000)
 * @param {string} [opts.secret] its secret (default demo-secret)
 * @param {number} [opts.rateLimitPerMinute=100] jscode2session calls per rolling minute before 45011
 * @param {number} [opts.latencyMs=0] delay before every answer (for time-out tests)
 * @param {number} [opts.tokenTtlSec=7200]
 * @param {Record<string,string[]>} [opts.templates] if given, only these template ids exist, with exactly these keys
 * @param {() => number} [opts.now] clock in ms (default Date.now)
 */
export async function startFakeWechat({
  port = 0,
  host = '127.0.0.1',
  appId = DEFAULT_APPID,
  secret = DEFAULT_SECRET,
  rateLimitPerMinute = 100,
  latencyMs = 0,
  tokenTtlSec = 7200,
  templates,
  now = Date.now,
} = {}) {
  /** token → { expiresAt, expired, revoked } */
  const tokens = new Map();
  let currentToken = null;
  const loginCodes = new Map(); // code → { openid, unionid }
  const phoneCodes = new Map(); // code → { phone, cc }
  const refusals = new Map(); // `${openid}\n${templateId}` → remaining refusals
  const loginHits = []; // timestamps of jscode2session calls in the last minute
  const forcedAt = []; // timestamps of forced token refreshes in the last day

  const state = {
    appId,
    secret,
    rateLimitPerMinute,
    latencyMs,
    /** request count per path, e.g. calls['/cgi-bin/stable_token'] */
    calls: {},
    /** how many stable_token calls asked for force_refresh */
    forceRefreshCount: 0,
    /** every accepted subscribe message, oldest first */
    sentMessages: [],
    /** awaited before each subscribe/send is answered (a test looks at its database while a send is in flight) */
    beforeSubscribeSend: null,
    /** the access token currently handed out by stable_token (null before the first call) */
    get currentAccessToken() {
      return currentToken;
    },
    /** A fresh single-use login code for `openid` (unionid defaults to unionidFor(openid); pass null to omit). */
    issueLoginCode(openid, { unionid } = {}) {
      const code = 'c_' + randomBytes(12).toString('hex');
      loginCodes.set(code, { openid, unionid: unionid === undefined ? unionidFor(openid) : unionid });
      return code;
    },
    /**
     * A fresh single-use phone code: an 11-digit mainland number, or with `countryCode` (852 Hong Kong,
     * 853 Macau …) a local number of 6–12 digits, answered as WeChat does with a numeric countryCode.
     */
    issuePhoneCode(phone, countryCode = '86') {
      const cc = String(countryCode);
      if (cc === '86' ? !/^\d{11}$/.test(String(phone)) : !/^\d{6,12}$/.test(String(phone)))
        throw new Error(`issuePhoneCode: "${phone}" is not a number for country code ${cc}`);
      const code = 'p_' + randomBytes(12).toString('hex');
      phoneCodes.set(code, { phone: String(phone), cc });
      return code;
    },
    /** Every token handed out so far now answers 42001 (the next stable_token call issues a new one). */
    expireAccessTokens() {
      for (const t of tokens.values()) t.expired = true;
    },
    /** Every token handed out so far now answers 40001 (as after a force refresh elsewhere). */
    revokeAccessTokens() {
      for (const t of tokens.values()) t.revoked = true;
    },
    /**
     * Every token handed out so far answers 40001 to API calls while stable_token in normal mode still hands
     * out the current one (WeChat's state after the legacy /cgi-bin/token reset it): only a forced refresh helps.
     */
    rejectAccessTokens() {
      for (const t of tokens.values()) t.rejected = true;
    },
    /** The next `times` sends of `templateId` to `openid` answer 43101 (no subscription credit). */
    refuseSubscribe(openid, templateId, times = 1) {
      const k = `${openid}\n${templateId}`;
      refusals.set(k, (refusals.get(k) ?? 0) + times);
    },
    setRateLimit(n) {
      state.rateLimitPerMinute = n;
    },
    setLatency(ms) {
      state.latencyMs = ms;
    },
    /** Forget tokens, codes, refusals, counters and sent messages (the appid/secret stay). */
    reset() {
      tokens.clear();
      currentToken = null;
      loginCodes.clear();
      phoneCodes.clear();
      refusals.clear();
      loginHits.length = 0;
      forcedAt.length = 0;
      state.calls = {};
      state.forceRefreshCount = 0;
      state.sentMessages = [];
      state.beforeSubscribeSend = null;
      state.latencyMs = latencyMs;
      state.rateLimitPerMinute = rateLimitPerMinute;
    },
  };

  const newToken = () => {
    const token = 'at_' + randomBytes(24).toString('base64url');
    tokens.set(token, { expiresAt: now() + tokenTtlSec * 1000, expired: false, revoked: false });
    currentToken = token;
    return token;
  };
  const isLive = (token) => {
    const t = token && tokens.get(token);
    return !!t && !t.revoked && !t.expired && t.expiresAt > now();
  };
  /** null when the token is usable, else the error to answer. */
  const tokenProblem = (token) => {
    if (!token) return ERR.missingToken;
    const t = tokens.get(token);
    if (!t || t.revoked || t.rejected) return ERR.invalidCredential;
    if (t.expired || t.expiresAt <= now()) return ERR.tokenExpired;
    return null;
  };
  const fail = ([errcode, errmsg], detail) => ({ errcode, errmsg: detail ?? errmsg });

  // ---- handlers: each returns a plain object (or { raw, contentType }) answered with HTTP 200
  function jscode2session(q) {
    const appid = q.get('appid');
    const sec = q.get('secret');
    const code = q.get('js_code');
    if (!appid) return fail(ERR.missingAppid);
    if (appid !== appId) return fail(ERR.invalidAppid);
    if (!sec) return fail(ERR.missingSecret);
    if (sec !== secret) return fail(ERR.invalidSecret);
    if (q.get('grant_type') !== 'authorization_code') return fail(ERR.invalidGrantType);
    const t = now();
    while (loginHits.length && loginHits[0] <= t - 60_000) loginHits.shift();
    if (loginHits.length >= state.rateLimitPerMinute) return fail(ERR.rateLimited);
    loginHits.push(t);
    if (!code) return fail(ERR.missingCode);
    if (code.startsWith('busy:')) return fail(ERR.systemBusy);
    let who;
    if (code.startsWith('demo:') && code.length > 5) {
      const openid = demoOpenid(code.slice(5));
      who = { openid, unionid: unionidFor(openid) };
    } else {
      who = loginCodes.get(code);
      if (!who) return fail(ERR.invalidCode);
      loginCodes.delete(code);
    }
    const out = { session_key: randomBytes(16).toString('base64'), openid: who.openid };
    if (who.unionid) out.unionid = who.unionid;
    return out;
  }

  function stableToken(body) {
    if (body.grant_type !== 'client_credential') return fail(ERR.invalidGrantType);
    if (!body.appid) return fail(ERR.missingAppid);
    if (body.appid !== appId) return fail(ERR.invalidAppid);
    if (!body.secret) return fail(ERR.missingSecret);
    if (body.secret !== secret) return fail(ERR.invalidSecret);
    let token = currentToken;
    if (body.force_refresh === true) {
      // WeChat's limits on forced refreshes: 20 a day, at least 30 s apart
      const t = now();
      while (forcedAt.length && forcedAt[0] <= t - 86_400_000) forcedAt.shift();
      if (forcedAt.length >= FORCE_PER_DAY) return fail(ERR.dailyQuota, 'reach max api daily quota limit (force_refresh 20 per day)');
      if (forcedAt.length && t - forcedAt[forcedAt.length - 1] < FORCE_INTERVAL_MS)
        return fail(ERR.rateLimited, 'force_refresh allowed once per 30 seconds');
      forcedAt.push(t);
      state.forceRefreshCount++;
      if (token) tokens.get(token).revoked = true; // force refresh makes the previous token invalid
      token = newToken();
    } else if (!isLive(token)) {
      token = newToken();
    }
    // normal mode hands out the same token with its remaining lifetime
    const expiresIn = Math.max(0, Math.floor((tokens.get(token).expiresAt - now()) / 1000));
    return { access_token: token, expires_in: expiresIn };
  }

  function getPhoneNumber(q, body) {
    const bad = tokenProblem(q.get('access_token'));
    if (bad) return fail(bad);
    const code = body.code;
    if (!code || typeof code !== 'string') return fail(ERR.missingCode);
    let phone;
    let cc = '86';
    const m = /^phone:(\d{11})$/.exec(code);
    if (m) phone = m[1];
    else {
      const issued = phoneCodes.get(code);
      if (!issued) return fail(ERR.invalidCode);
      phoneCodes.delete(code);
      ({ phone, cc } = issued);
    }
    return {
      errcode: 0,
      errmsg: 'ok',
      phone_info: {
        phoneNumber: cc === '86' ? phone : `+${cc}${phone}`,
        purePhoneNumber: phone,
        countryCode: cc === '86' ? '86' : Number(cc), // outside the mainland WeChat sends it as a number
        watermark: { timestamp: Math.floor(now() / 1000), appid: appId },
      },
    };
  }

  let msgSeq = 0;
  function subscribeSend(q, body) {
    const bad = tokenProblem(q.get('access_token'));
    if (bad) return fail(bad);
    const { touser, template_id: templateId, page, data } = body;
    if (!touser || typeof touser !== 'string') return fail(ERR.invalidOpenid);
    if (!templateId || typeof templateId !== 'string') return fail(ERR.invalidTemplateId);
    if (templates && !templates[templateId]) return fail(ERR.invalidTemplateId);
    if (page !== undefined && (typeof page !== 'string' || page.length > 1024)) {
      return fail(ERR.invalidPage);
    }
    if (body.miniprogram_state !== undefined && !['developer', 'trial', 'formal'].includes(body.miniprogram_state)) {
      return fail(ERR.argumentInvalid, 'argument invalid! miniprogram_state');
    }
    const problem = checkSubscribeData(data, templates?.[templateId]);
    if (problem) return fail(ERR.argumentInvalid, problem);
    const k = `${touser}\n${templateId}`;
    const left = refusals.get(k) ?? 0;
    if (left > 0) {
      if (left === 1) refusals.delete(k);
      else refusals.set(k, left - 1);
      return fail(ERR.refused);
    }
    // real msgids are int64 and exceed Number.MAX_SAFE_INTEGER: send the raw digits
    const msgid = String(2_000_000_000_000_000_000n + BigInt(randomInt(1, 1_000_000)) * 1000n + BigInt(++msgSeq % 1000));
    state.sentMessages.push({
      msgid,
      touser,
      template_id: templateId,
      page,
      data,
      miniprogram_state: body.miniprogram_state,
      lang: body.lang,
      at: new Date(now()).toISOString(),
    });
    return { raw: `{"errcode":0,"errmsg":"ok","msgid":${msgid}}` };
  }

  // ---- HTTP plumbing
  const pending = new Set(); // latency timers, cleared on close
  const delay = (ms) =>
    ms > 0
      ? new Promise((resolve) => {
          const t = setTimeout(() => {
            pending.delete(t);
            resolve();
          }, ms);
          pending.add(t);
        })
      : Promise.resolve();

  const readBody = (req) =>
    new Promise((resolve, reject) => {
      const chunks = [];
      let size = 0;
      req.on('data', (c) => {
        size += c.length;
        if (size > 1 << 20) {
          reject(new Error('body too large'));
          req.destroy();
        } else chunks.push(c);
      });
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });

  const POST_ROUTES = {
    '/cgi-bin/stable_token': (q, b) => stableToken(b),
    '/wxa/business/getuserphonenumber': getPhoneNumber,
    '/cgi-bin/message/subscribe/send': subscribeSend,
  };

  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = url.pathname;
    state.calls[path] = (state.calls[path] ?? 0) + 1;
    const raw = await readBody(req);
    await delay(state.latencyMs);
    if (path === '/cgi-bin/message/subscribe/send' && state.beforeSubscribeSend) await state.beforeSubscribeSend(raw);
    let answer;
    let contentType = 'application/json; charset=UTF-8';
    if (path === '/sns/jscode2session') {
      answer = jscode2session(url.searchParams);
      contentType = 'text/plain'; // what the real endpoint sends
    } else if (POST_ROUTES[path]) {
      if (req.method !== 'POST') answer = fail(ERR.requirePost);
      else {
        let body;
        try {
          body = raw ? JSON.parse(raw) : {};
        } catch {
          body = undefined;
        }
        answer =
          body && typeof body === 'object' && !Array.isArray(body)
            ? POST_ROUTES[path](url.searchParams, body)
            : fail(ERR.dataFormat);
      }
    } else {
      res.writeHead(404, { 'content-type': contentType });
      res.end(JSON.stringify(fail(ERR.invalidUrl)));
      return;
    }
    if (res.destroyed) return; // the caller gave up (time-out)
    res.writeHead(200, { 'content-type': contentType });
    res.end(answer.raw ?? JSON.stringify(answer));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      if (res.headersSent || res.destroyed) return;
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errcode: -1, errmsg: 'system error: ' + (e?.message ?? e) }));
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const addr = server.address();
  const shownHost = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  const url = `http://${shownHost}:${addr.port}`;

  let closing;
  const close = () => {
    closing ??= new Promise((resolve) => {
      for (const t of pending) clearTimeout(t);
      pending.clear();
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return closing;
  };

  return { url, port: addr.port, close, state };
}

// ---------------------------------------------------------------- CLI
const USAGE =
  'usage: node scripts/fake-wechat/server.mjs [--port 3900] [--host 127.0.0.1] [--appid wx…] [--secret …] [--rate-limit 100] [--latency 0]';
const FLAGS = ['port', 'host', 'appid', 'secret', 'rate-limit', 'latency'];

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(a);
    if (!m || !FLAGS.includes(m[1])) throw new Error(`unknown argument "${a}"\n${USAGE}`);
    const val = m[2] ?? argv[++i];
    if (val === undefined) throw new Error(`--${m[1]} needs a value`);
    out[m[1]] = val;
  }
  return out;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  try {
    const args = parseArgs(process.argv.slice(2));
    const num = (name, def) => {
      if (args[name] === undefined) return def;
      const n = Number(args[name]);
      if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer`);
      return n;
    };
    const fake = await startFakeWechat({
      port: num('port', Number(process.env.FAKE_WECHAT_PORT ?? 3900)),
      host: args.host ?? '127.0.0.1',
      appId: args.appid ?? process.env.WECHAT_APPID ?? DEFAULT_APPID,
      secret: args.secret ?? process.env.WECHAT_SECRET ?? DEFAULT_SECRET,
      rateLimitPerMinute: num('rate-limit', 100),
      latencyMs: num('latency', 0),
    });
    console.log(fake.url);
    console.error(
      `fake WeChat listening on ${fake.url} (appid ${fake.state.appId}); login codes "demo:<name>", phone codes "phone:<11 digits>"`,
    );
    const stop = () => fake.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (e) {
    console.error('fake-wechat: ' + (e?.message ?? e));
    process.exit(1);
  }
}
