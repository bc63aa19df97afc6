/**
 * The one error every WechatClient call throws. `errcode` is WeChat's own code for API
 * errors, or one of the negative WECHAT_ERR_* codes below for transport failures.
 */

/** The request did not complete within `timeoutMs`. */
export const WECHAT_ERR_TIMEOUT = -90001;
/** Connection refused/reset, DNS failure … */
export const WECHAT_ERR_NETWORK = -90002;
/** The server answered a non-2xx HTTP status. */
export const WECHAT_ERR_HTTP = -90003;
/** The body was not the JSON we expected. */
export const WECHAT_ERR_BAD_RESPONSE = -90004;

/** WeChat error codes the client reacts to. */
export const WECHAT_ERRCODE = {
  SYSTEM_BUSY: -1,
  INVALID_CREDENTIAL: 40001,
  INVALID_ACCESS_TOKEN: 40014,
  INVALID_APPID: 40013,
  INVALID_CODE: 40029,
  INVALID_APPSECRET: 40125,
  CODE_BEEN_USED: 40163,
  ACCESS_TOKEN_EXPIRED: 42001,
  USER_REFUSED: 43101,
  DAILY_QUOTA: 45009,
  MINUTE_QUOTA: 45011,
  ARGUMENT_INVALID: 47003,
} as const;

export type WechatErrorKind = 'api' | 'timeout' | 'network' | 'http' | 'bad_response';

const ZH: Record<number, string> = {
  [-1]: '微信系统繁忙',
  40001: 'access_token 无效或不是最新的',
  40002: 'grant_type 不正确',
  40003: 'openid 无效',
  40013: 'AppID 无效',
  40014: 'access_token 不合法',
  40029: 'code 无效或已使用',
  40037: '订阅消息模板 ID 无效',
  40125: 'AppSecret 无效',
  40163: 'code 已被使用',
  40226: '高风险用户，登录被微信拦截',
  41001: '缺少 access_token',
  41002: '缺少 AppID',
  41004: '缺少 AppSecret',
  41008: '缺少 code',
  41030: '跳转页面 page 不正确',
  42001: 'access_token 已过期',
  43002: '需要 POST 请求',
  43101: '用户拒绝接收消息（未订阅或订阅次数已用完）',
  45009: '接口调用超过每日限额',
  45011: '接口调用过于频繁，请稍后再试',
  47001: '请求数据格式错误',
  47003: '模板参数不正确',
  48001: '接口未授权',
  [WECHAT_ERR_TIMEOUT]: '请求微信超时',
  [WECHAT_ERR_NETWORK]: '无法连接微信服务器',
  [WECHAT_ERR_HTTP]: '微信服务器返回了错误的 HTTP 状态',
  [WECHAT_ERR_BAD_RESPONSE]: '微信服务器返回了无法解析的内容',
};

/** Codes worth retrying later with the same input (busy, rate limit, transport). */
const RETRYABLE = new Set<number>([
  WECHAT_ERRCODE.SYSTEM_BUSY,
  WECHAT_ERRCODE.MINUTE_QUOTA,
  WECHAT_ERR_TIMEOUT,
  WECHAT_ERR_NETWORK,
]);

export class WechatError extends Error {
  override readonly name = 'WechatError';
  /** True when the same call may succeed later (-1 busy, 45011 rate limit, time-out, network, HTTP 5xx). */
  readonly retryable: boolean;

  constructor(
    /** which WeChat API: 'code2Session', 'stableToken', 'getPhoneNumber', 'sendSubscribeMessage' */
    readonly api: string,
    /** WeChat's errcode, or a negative WECHAT_ERR_* code for transport failures */
    readonly errcode: number,
    /** WeChat's errmsg (or a transport description) — English, for logs */
    readonly errmsg: string,
    readonly kind: WechatErrorKind = 'api',
    readonly httpStatus?: number,
    options?: { cause?: unknown },
  ) {
    const zh = ZH[errcode] ?? '微信接口返回错误';
    super(`微信接口 ${api} 调用失败：${zh}（errcode=${errcode}，errmsg=${errmsg}）`, options);
    this.retryable = RETRYABLE.has(errcode) || (kind === 'http' && (httpStatus ?? 0) >= 500);
  }

  /** The login/phone code is unknown, expired or already used: ask the mini program for a new one. */
  get isInvalidCode(): boolean {
    return this.errcode === WECHAT_ERRCODE.INVALID_CODE || this.errcode === WECHAT_ERRCODE.CODE_BEEN_USED;
  }
  /** The access token was rejected (the client already retried once with a fresh token). */
  get isTokenError(): boolean {
    return (
      this.errcode === WECHAT_ERRCODE.INVALID_CREDENTIAL ||
      this.errcode === WECHAT_ERRCODE.INVALID_ACCESS_TOKEN ||
      this.errcode === WECHAT_ERRCODE.ACCESS_TOKEN_EXPIRED
    );
  }
  /** 43101: the owner has no subscription credit left for this template. */
  get isRefused(): boolean {
    return this.errcode === WECHAT_ERRCODE.USER_REFUSED;
  }
  /**
   * The message itself can never be sent as it is (40037 no such template, 47003 a value or key the template
   * refuses, 40003 no such openid): retrying is pointless — fix the configuration instead.
   */
  get isPermanentMessageError(): boolean {
    return [40037, WECHAT_ERRCODE.ARGUMENT_INVALID, 40003].includes(this.errcode);
  }
  /** The AppID/AppSecret are wrong: a configuration problem, not the user's. */
  get isConfigError(): boolean {
    return this.errcode === WECHAT_ERRCODE.INVALID_APPID || this.errcode === WECHAT_ERRCODE.INVALID_APPSECRET;
  }
}
