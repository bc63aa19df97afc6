/**
 * The real WeChat mini-program server API client: login (code2Session), phone number,
 * stable access token, subscribe messages. Framework-free (no Nest) so it can be
 * unit-tested against scripts/fake-wechat/server.mjs; the API wraps it in a provider.
 *
 * Every failure is a WechatError with WeChat's errcode (or a negative WECHAT_ERR_* for
 * time-outs and transport problems). The AppSecret and session_key never appear in an
 * error message.
 */
import { WECHAT_ERR_BAD_RESPONSE, WECHAT_ERR_HTTP, WECHAT_ERR_NETWORK, WECHAT_ERR_TIMEOUT, WechatError } from './wechat.error.js';

export interface WechatClientOptions {
  /** e.g. https://api.weixin.qq.com, or the fake's URL; a trailing slash is ignored */
  apiBase: string;
  appId: string;
  secret: string;
  /** injected for tests; defaults to the global fetch */
  fetch?: typeof fetch;
  /** clock in ms for the token cache; defaults to Date.now */
  now?: () => number;
  /** per-request time-out in ms (default 5000) */
  timeoutMs?: number;
  /**
   * Where the access token is kept for every instance (the API: a database row). Without one, this
   * process keeps it alone.
   */
  tokenStore?: WechatTokenStore;
}

/** The access token as the instances share it, and the right to force a refresh. */
export interface WechatTokenStore {
  read(): Promise<StoredToken | null>;
  write(t: StoredToken): Promise<void>;
  /** true for exactly one caller (of every instance) per `intervalMs`: that caller may force a refresh */
  claimForce(now: number, intervalMs: number): Promise<boolean>;
}
export interface StoredToken {
  token: string;
  /** epoch ms after which it is fetched again */
  refreshAt: number;
}

/** A token store of this process alone. */
export class MemoryTokenStore implements WechatTokenStore {
  private t: StoredToken | null = null;
  private forcedAt = -Infinity;
  async read() {
    return this.t;
  }
  async write(t: StoredToken) {
    this.t = t;
  }
  async claimForce(now: number, intervalMs: number) {
    if (now - this.forcedAt < intervalMs) return false;
    this.forcedAt = now;
    return true;
  }
}

/** Who logged in. Safe to pass anywhere in the API. */
export interface WechatSession {
  openid: string;
  /** present only when the mini program is bound to a WeChat open-platform account */
  unionid?: string;
}

/**
 * SERVER-ONLY: the login result together with `sessionKey`. The session key decrypts the
 * user's encrypted data; it must never be sent to the mini program, logged or returned by
 * any endpoint. Use `code2Session` unless you really need it.
 */
export interface WechatSessionWithKey extends WechatSession {
  sessionKey: string;
}

export interface WechatPhoneInfo {
  /** with the country code for non-mainland numbers */
  phoneNumber: string;
  /** without country code, e.g. 13800138000 */
  purePhoneNumber: string;
  countryCode: string;
}

/** A subscribe-message data value: the bare string, or WeChat's `{ value }` shape. */
export type SubscribeValue = string | number | { value: string | number };

export interface SubscribeMessage {
  /** the owner's openid */
  touser: string;
  templateId: string;
  /** mini-program page opened from the card, e.g. `pages/bill/detail?id=1` */
  page?: string;
  /** keys as in the template (thing1, time2, amount3 …); thing ≤ 20 chars, phrase ≤ 5, character_string ≤ 32 */
  data: Record<string, SubscribeValue>;
  /** developer | trial | formal (WeChat's default is formal) */
  miniprogramState?: 'developer' | 'trial' | 'formal';
  /** zh_CN (default), en_US, zh_HK, zh_TW */
  lang?: 'zh_CN' | 'en_US' | 'zh_HK' | 'zh_TW';
}

/** errcodes after which the access token is fetched again and the call retried once. */
const TOKEN_ERRCODES = new Set([40001, 40014, 42001]);
/**
 * WeChat allows 20 forced refreshes a day, 30 s apart, and each one cancels the token every other
 * instance holds: one per this interval, across instances, and only when normal mode cannot help.
 */
export const FORCE_REFRESH_INTERVAL_MS = 30_000;
/** refresh this long before the token's end of life */
const REFRESH_MARGIN_SEC = 300;

interface Answer {
  json: Record<string, unknown>;
  raw: string;
}

export class WechatClient {
  private readonly apiBase: string;
  private readonly appId: string;
  private readonly secret: string;
  private readonly fetchImpl: typeof fetch;
  private readonly now: () => number;
  private readonly timeoutMs: number;

  private cachedToken: StoredToken | null = null;
  private inflightToken: Promise<string> | null = null;
  private readonly store: WechatTokenStore;

  constructor(opts: WechatClientOptions) {
    if (!opts.apiBase) throw new Error('WechatClient: apiBase is required');
    if (!opts.appId || !opts.secret) throw new Error('WechatClient: appId and secret are required');
    this.apiBase = opts.apiBase.replace(/\/+$/, '');
    this.appId = opts.appId;
    this.secret = opts.secret;
    this.fetchImpl = opts.fetch ?? ((input, init) => fetch(input, init));
    this.now = opts.now ?? Date.now;
    this.timeoutMs = opts.timeoutMs ?? 5000;
    this.store = opts.tokenStore ?? new MemoryTokenStore();
  }

  // ------------------------------------------------------------------ login

  /**
   * Exchanges a `wx.login` code for the user's openid (and unionid when bound).
   * Throws WechatError: 40029/40163 (`isInvalidCode`) — ask for a new code; -1/45011 (`retryable`).
   */
  async code2Session(code: string): Promise<WechatSession> {
    const { openid, unionid } = await this.code2SessionWithKey(code);
    return unionid ? { openid, unionid } : { openid };
  }

  /** SERVER-ONLY variant of code2Session that also returns `sessionKey` (see WechatSessionWithKey). */
  async code2SessionWithKey(code: string): Promise<WechatSessionWithKey> {
    const api = 'code2Session';
    if (typeof code !== 'string' || !code) throw new WechatError(api, 41008, 'missing code');
    const query = new URLSearchParams({
      appid: this.appId,
      secret: this.secret,
      js_code: code,
      grant_type: 'authorization_code',
    });
    const { json } = await this.request(api, 'GET', `/sns/jscode2session?${query}`);
    if (typeof json.openid !== 'string' || !json.openid || typeof json.session_key !== 'string') {
      throw new WechatError(api, WECHAT_ERR_BAD_RESPONSE, 'answer without openid/session_key', 'bad_response');
    }
    const out: WechatSessionWithKey = { openid: json.openid, sessionKey: json.session_key };
    if (typeof json.unionid === 'string' && json.unionid) out.unionid = json.unionid;
    return out;
  }

  // ------------------------------------------------------------------ access token

  /**
   * The stable access token, cached until 5 minutes before it expires, shared with the other instances
   * through the token store. Concurrent callers share one in-flight request.
   */
  async getAccessToken(): Promise<string> {
    const c = this.cachedToken;
    if (c && this.now() < c.refreshAt) return c.token;
    return this.single(async () => {
      const shared = await this.store.read();
      if (shared && this.now() < shared.refreshAt) {
        this.cachedToken = shared;
        return shared.token;
      }
      return this.fetchToken(false);
    });
  }

  /** Drops the cached token (the next call reads the store, or fetches one). */
  invalidateAccessToken(): void {
    this.cachedToken = null;
  }

  /**
   * Runs `fn` with the access token; if it fails with 40001/40014/42001 a token other than the rejected one
   * is found (see `replaceRejected`) and `fn` runs once more. `fn` must throw WechatError for WeChat errors
   * (as `postWithToken` does).
   */
  async callWithToken<T>(fn: (accessToken: string) => Promise<T>): Promise<T> {
    const token = await this.getAccessToken();
    try {
      return await fn(token);
    } catch (e) {
      if (!(e instanceof WechatError) || !TOKEN_ERRCODES.has(e.errcode)) throw e;
      const fresh = await this.refreshAfterRejection(token, e);
      return fn(fresh);
    }
  }

  /** POST `body` to `path?access_token=…` through callWithToken; resolves with the JSON answer (errcode 0). */
  async postWithToken(api: string, path: string, body: unknown): Promise<{ json: Record<string, unknown>; raw: string }> {
    return this.callWithToken((token) =>
      this.request(api, 'POST', `${path}${path.includes('?') ? '&' : '?'}access_token=${encodeURIComponent(token)}`, body),
    );
  }

  /** One token request in flight per process: later callers join it. */
  private single(fn: () => Promise<string>): Promise<string> {
    if (this.inflightToken) return this.inflightToken;
    const p = fn();
    this.inflightToken = p;
    p.then(
      () => this.clearInflight(p),
      () => this.clearInflight(p),
    );
    return p;
  }

  private async fetchToken(force: boolean): Promise<string> {
    const started = this.now();
    const body: Record<string, unknown> = { grant_type: 'client_credential', appid: this.appId, secret: this.secret };
    if (force) body.force_refresh = true;
    const { json } = await this.request('stableToken', 'POST', '/cgi-bin/stable_token', body);
    const token = json.access_token;
    const expiresIn = Number(json.expires_in);
    if (typeof token !== 'string' || !token || !Number.isFinite(expiresIn) || expiresIn <= 0) {
      throw new WechatError('stableToken', WECHAT_ERR_BAD_RESPONSE, 'answer without access_token/expires_in', 'bad_response');
    }
    // keep the last 5 minutes as margin (or half the remaining life when it is shorter)
    const margin = Math.min(REFRESH_MARGIN_SEC, expiresIn / 2);
    this.cachedToken = { token, refreshAt: started + (expiresIn - margin) * 1000 };
    await this.store.write(this.cachedToken);
    return token;
  }

  private clearInflight(p: Promise<string>): void {
    if (this.inflightToken === p) this.inflightToken = null;
  }

  /** A token other than `stale`: one another caller or instance already has, else a new one. */
  private async refreshAfterRejection(stale: string, rejection: WechatError): Promise<string> {
    if (this.cachedToken?.token === stale) this.cachedToken = null;
    if (this.inflightToken) {
      const t = await this.inflightToken.catch(() => null);
      if (t && t !== stale) return t;
    }
    const c = this.cachedToken;
    if (c && c.token !== stale) return c.token;
    return this.single(() => this.replaceRejected(stale, rejection));
  }

  /**
   * After a rejection: another instance's token if it has one; else normal mode (after an expiry, or a forced
   * refresh elsewhere, WeChat hands out the current token); a forced refresh only when normal mode hands back
   * the rejected token, and then by one instance per 30 s — the others wait for its token. Forcing on every
   * 40001 made instances cancel each other's tokens and spend WeChat's 20 forced refreshes a day.
   */
  private async replaceRejected(stale: string, rejection: WechatError): Promise<string> {
    const shared = await this.store.read();
    if (shared && shared.token !== stale && this.now() < shared.refreshAt) {
      this.cachedToken = shared;
      return shared.token;
    }
    const normal = await this.fetchToken(false);
    if (normal !== stale) return normal;
    this.cachedToken = null;
    if (await this.store.claimForce(this.now(), FORCE_REFRESH_INTERVAL_MS)) return this.fetchToken(true);
    // another instance forces right now (or did less than 30 s ago): take its token when it lands. Its request
    // may take the whole timeout and then write the store, so wait twice the timeout (CI at load 12 saw a wait of
    // one timeout run out while the forcing instance was still writing, and a send fail with 40001)
    for (let i = 0; i < 20; i++) {
      await new Promise((r) => setTimeout(r, this.timeoutMs / 10));
      const t = await this.store.read();
      if (t && t.token !== stale) {
        this.cachedToken = t;
        return t.token;
      }
    }
    throw rejection;
  }

  // ------------------------------------------------------------------ phone number

  /**
   * The number for a `getPhoneNumber` button code: a mainland number as its 11 digits, any other with its
   * country code in E.164 (+85261234567), never a Hong Kong or Macau number read as a mainland one.
   */
  async getPhoneNumber(code: string): Promise<string> {
    const info = await this.getPhoneInfo(code);
    return info.countryCode === '86' ? info.purePhoneNumber : `+${info.countryCode}${info.purePhoneNumber}`;
  }

  /** Full phone info for a `getPhoneNumber` button code; checks the watermark appid is ours. */
  async getPhoneInfo(code: string): Promise<WechatPhoneInfo> {
    const api = 'getPhoneNumber';
    if (typeof code !== 'string' || !code) throw new WechatError(api, 41008, 'missing code');
    const { json } = await this.postWithToken(api, '/wxa/business/getuserphonenumber', { code });
    const info = json.phone_info as Record<string, unknown> | undefined;
    const pure = info?.purePhoneNumber;
    if (!info || typeof pure !== 'string' || !pure) {
      throw new WechatError(api, WECHAT_ERR_BAD_RESPONSE, 'answer without phone_info.purePhoneNumber', 'bad_response');
    }
    const watermark = info.watermark as { appid?: unknown } | undefined;
    if (watermark?.appid !== undefined && watermark.appid !== this.appId) {
      throw new WechatError(api, WECHAT_ERR_BAD_RESPONSE, 'phone_info watermark appid is not ours', 'bad_response');
    }
    return {
      phoneNumber: typeof info.phoneNumber === 'string' ? info.phoneNumber : pure,
      purePhoneNumber: pure,
      // WeChat sends "86" as a string and other countries as numbers (852, 853)
      countryCode:
        typeof info.countryCode === 'string' || typeof info.countryCode === 'number'
          ? String(info.countryCode).replace(/^\+/, '')
          : '86',
    };
  }

  // ------------------------------------------------------------------ subscribe messages

  /**
   * Sends one subscribe message and resolves with WeChat's msgid (int64 digits as a string).
   * Throws WechatError 43101 (`isRefused`) when the owner has no credit for this template —
   * the credit is then known to be spent/absent; 47003 when a value breaks its key type's rule.
   * A time-out (`kind === 'timeout'`) leaves the outcome unknown: WeChat may have delivered it.
   */
  async sendSubscribeMessage(msg: SubscribeMessage): Promise<string> {
    const api = 'sendSubscribeMessage';
    const data: Record<string, { value: string }> = {};
    for (const [key, v] of Object.entries(msg.data ?? {})) {
      data[key] = { value: String(typeof v === 'object' && v !== null ? v.value : v) };
    }
    const body: Record<string, unknown> = { touser: msg.touser, template_id: msg.templateId, data };
    if (msg.page) body.page = msg.page;
    if (msg.miniprogramState) body.miniprogram_state = msg.miniprogramState;
    if (msg.lang) body.lang = msg.lang;
    const { json, raw } = await this.postWithToken(api, '/cgi-bin/message/subscribe/send', body);
    // msgid is an int64 beyond 2^53: read its digits from the raw text. Never throw here —
    // the message is accepted, and a retry would send it twice.
    const m = /"msgid"\s*:\s*"?(-?\d+)/.exec(raw);
    return m ? m[1] : json.msgid !== undefined ? String(json.msgid) : '';
  }

  // ------------------------------------------------------------------ HTTP

  private async request(api: string, method: 'GET' | 'POST', pathAndQuery: string, body?: unknown): Promise<Answer> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    let status: number;
    let raw: string;
    try {
      const res = await this.fetchImpl(this.apiBase + pathAndQuery, {
        method,
        headers:
          body === undefined
            ? { accept: 'application/json' }
            : { accept: 'application/json', 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
      });
      status = res.status;
      raw = await res.text();
    } catch (e) {
      if (timedOut) {
        throw new WechatError(api, WECHAT_ERR_TIMEOUT, `no answer within ${this.timeoutMs} ms`, 'timeout');
      }
      // the URL (which may carry the secret) is not part of the message
      const reason = describeCause(e);
      throw new WechatError(api, WECHAT_ERR_NETWORK, reason, 'network', undefined, { cause: e });
    } finally {
      clearTimeout(timer);
    }
    if (status < 200 || status >= 300) {
      throw new WechatError(api, WECHAT_ERR_HTTP, `HTTP ${status}: ${raw.slice(0, 200)}`, 'http', status);
    }
    let json: unknown;
    try {
      json = JSON.parse(raw); // jscode2session answers JSON as text/plain: never trust the content-type
    } catch {
      throw new WechatError(api, WECHAT_ERR_BAD_RESPONSE, `not JSON: ${raw.slice(0, 200)}`, 'bad_response', status);
    }
    if (!json || typeof json !== 'object' || Array.isArray(json)) {
      throw new WechatError(api, WECHAT_ERR_BAD_RESPONSE, `not a JSON object: ${raw.slice(0, 200)}`, 'bad_response', status);
    }
    const obj = json as Record<string, unknown>;
    const errcode = obj.errcode === undefined ? 0 : Number(obj.errcode);
    if (errcode !== 0) {
      const errmsg = typeof obj.errmsg === 'string' ? obj.errmsg : '';
      throw new WechatError(api, Number.isFinite(errcode) ? errcode : WECHAT_ERR_BAD_RESPONSE, errmsg);
    }
    return { json: obj, raw };
  }
}

function describeCause(e: unknown): string {
  const err = e as { message?: string; cause?: { code?: string; message?: string } } | undefined;
  const inner = err?.cause?.code ?? err?.cause?.message;
  return [err?.message ?? String(e), inner].filter(Boolean).join(': ');
}
