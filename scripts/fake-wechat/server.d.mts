/** Typings for server.mjs — the local fake of the WeChat mini-program server API. */

export declare const DEFAULT_APPID: string;
export declare const DEFAULT_SECRET: string;

/** openid the fake gives to login code `demo:<name>`: `o_demo_<21 hex of sha1(name)>`. */
export declare function demoOpenid(name: string): string;
/** unionid the fake gives to an openid (deterministic). */
export declare function unionidFor(openid: string): string;
/** errmsg for the first subscribe-message data entry that breaks its key type's rule, else null. */
export declare function checkSubscribeData(data: unknown, allowedKeys?: string[]): string | null;

export interface FakeWechatOptions {
  /** 0 (default) = any free port */
  port?: number;
  host?: string;
  /** the only accepted appid (default wxdemo0000000000) */
  appId?: string;
  /** its secret (default demo-secret) */
  secret?: string;
  /** jscode2session calls per rolling minute before 45011 (default 100) */
  rateLimitPerMinute?: number;
  /** delay before every answer, ms (default 0) */
  latencyMs?: number;
  /** access token lifetime (default 7200) */
  tokenTtlSec?: number;
  /** when given, only these template ids exist, each with exactly these data keys */
  templates?: Record<string, string[]>;
  /** clock in ms (default Date.now) */
  now?: () => number;
}

export interface FakeSentMessage {
  /** int64 digits as a string (the wire carries a bare JSON number beyond 2^53) */
  msgid: string;
  touser: string;
  template_id: string;
  page?: string;
  data: Record<string, { value: string }>;
  miniprogram_state?: string;
  lang?: string;
  /** ISO time of acceptance */
  at: string;
}

export interface FakeWechatState {
  readonly appId: string;
  readonly secret: string;
  rateLimitPerMinute: number;
  latencyMs: number;
  /** request count per path, e.g. calls['/cgi-bin/stable_token'] */
  calls: Record<string, number>;
  /** stable_token calls made with force_refresh: true and granted (20 a day, 30 s apart; else 45009 / 45011) */
  forceRefreshCount: number;
  /** every accepted subscribe message, oldest first */
  sentMessages: FakeSentMessage[];
  /** awaited (with the raw body) before each subscribe/send is answered: a test looks at its database while a send is in flight */
  beforeSubscribeSend: ((rawBody: string) => Promise<void>) | null;
  readonly currentAccessToken: string | null;
  /** a fresh single-use login code; unionid defaults to unionidFor(openid), null omits it */
  issueLoginCode(openid: string, opts?: { unionid?: string | null }): string;
  /** a fresh single-use phone code for an 11-digit mainland number, or a local number with its country code (852, 853 …) */
  issuePhoneCode(phone: string, countryCode?: string | number): string;
  /** tokens handed out so far answer 42001 */
  expireAccessTokens(): void;
  /** tokens handed out so far answer 40001 */
  revokeAccessTokens(): void;
  /** tokens handed out so far answer 40001 while stable_token's normal mode still hands out the current one */
  rejectAccessTokens(): void;
  /** the next `times` (default 1) sends of templateId to openid answer 43101 */
  refuseSubscribe(openid: string, templateId: string, times?: number): void;
  setRateLimit(perMinute: number): void;
  setLatency(ms: number): void;
  /** forget tokens, codes, refusals, counters, sent messages; restore latency and rate limit */
  reset(): void;
}

export interface FakeWechat {
  /** e.g. http://127.0.0.1:39123 (no trailing slash) — use as WECHAT_API_BASE */
  url: string;
  port: number;
  close(): Promise<void>;
  state: FakeWechatState;
}

export declare function startFakeWechat(opts?: FakeWechatOptions): Promise<FakeWechat>;
