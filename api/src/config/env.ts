/**
 * Environment read and validated once at boot. A bad value stops the process
 * with one clear line per problem, naming the variable and what it expects.
 */
import type { S3Config } from '../infra/storage/s3.js';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SUBSCRIBE_TEMPLATES, type SubscribeTemplate } from '@wy/shared';
import { SMS_TEMPLATE_NAMES, smsTemplateVar, type SmsTemplate } from '../infra/sms.js';

export interface AppConfig {
  env: 'development' | 'test' | 'production';
  port: number;
  host: string;
  /** mysql: MySQL or MariaDB; `flavor` 'mariadb' (DB_URL=mariadb://…) lets the ORM read MariaDB's catalogue right. */
  db:
    | { kind: 'sqlite'; file: string | null }
    | {
        kind: 'mysql';
        url: string;
        flavor?: 'mysql' | 'mariadb';
        /** connections per instance (DB_POOL_SIZE); a transaction never needs a second one */
        poolSize?: number;
      };
  jwtSecret: string;
  accessTokenTtlSec: number;
  refreshTokenTtlSec: number;
  piiKey: Buffer;
  piiHashKey: Buffer;
  /** front-end origins allowed to call the API from a browser (none: same-origin only, e.g. behind the /api proxy) */
  corsOrigins: string[];
  /** proxies whose X-Forwarded-For is believed (addresses or CIDRs); false: the socket's address is the client */
  trustProxy: string[] | false;
  /** serve the OpenAPI UI and JSON at /api/docs (off by default in production) */
  apiDocs: boolean;
  /**
   * GET /api/v1/metrics asks for `Authorization: Bearer <this>`; unset, it is open outside production and
   * off (404) in production.
   */
  metricsToken: string | null;
  loginMaxFailures: number;
  lockoutMinutes: number;
  loginRateLimitPerMinute: number;
  smsRateLimitPerMinute: number;
  wechat: {
    apiBase: string;
    appId: string;
    secret: string;
    /** per-request time-out towards WeChat (WECHAT_TIMEOUT_MS); an outbox lease outlasts a send's worst case */
    timeoutMs: number;
    /** each subscribe template's id (WECHAT_TPL_<NAME>) and which of its data keys carries each field (WECHAT_TPL_<NAME>_KEYS) */
    templates: Record<SubscribeTemplate, { id: string; keys: Record<WechatTemplateField, string> }>;
  };
  /** run pending migrations when an instance starts (MIGRATE_ON_BOOT=1); otherwise a deploy runs `migrate` once */
  migrateOnBoot: boolean;
  /**
   * how long an instance keeps a project's SLA settings and calendar (SETTINGS_CACHE_SECONDS): a change
   * saved on one instance is seen by the others within this time (the saving instance at once)
   */
  settingsCacheSec: number;
  /**
   * how long an instance keeps who is behind a session it checked (SessionCache): a sign-out or a
   * change of the staff member on this instance counts at once, on another within this time; 0: never kept
   */
  sessionCacheSec: number;
  /**
   * WeChat Pay v3 (R-PAY-01): the merchant's number, API key (private key PEM and its certificate
   * serial), the APIv3 key, and the platform public key with its id (PUB_KEY_ID_…) that signs answers
   * and notifies. null: online payment is off (owners pay at the desk).
   */
  wechatPay: {
    apiBase: string;
    mchid: string;
    appId: string;
    merchantSerial: string;
    privateKey: string;
    apiV3Key: string;
    platformSerial: string;
    platformPublicKey: string;
    /** where WeChat Pay posts notifies: the API's public address + /api/v1/payments/wechat/notify */
    notifyUrl: string;
    /** minutes an unpaid order stays open before it is closed */
    orderTtlMin: number;
  } | null;
  /** how often the SLA breach job and the outbox run in each instance; 0 = never (tests drive them) */
  jobsIntervalSec: number;
  storageDir: string;
  /** STORAGE_DRIVER=s3: an S3-compatible object store for photos instead of local disk */
  s3: S3Config | null;
  /** non-production only: POST /api/v1/dev/clock moves this instance's clock (browser tests of time rules) */
  clockControl: boolean;
  sms: {
    provider: 'log' | 'aliyun' | 'tencent';
    codeTtlSec: number;
    /** the approved signature (签名), e.g. 物业服务中心 */
    signName: string;
    /** each template's id at the vendor (SMS_TEMPLATE_<NAME>) */
    templates: Record<SmsTemplate, string>;
    aliyun: { accessKeyId: string; accessKeySecret: string; securityToken: string; endpoint: string } | null;
    tencent: { secretId: string; secretKey: string; token: string; sdkAppId: string; region: string; endpoint: string } | null;
  };
  logLevel: string;
  defaultTimezone: string;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super('配置错误 / invalid configuration:\n' + problems.map((p) => '  - ' + p).join('\n'));
  }
}

type Env = Record<string, string | undefined>;

const DEV_JWT = 'dev-only-jwt-secret-change-me-0123456789';
const DEV_PII = Buffer.alloc(32, 7).toString('base64');
const DEV_PII_HASH = Buffer.alloc(32, 9).toString('base64');

export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const nodeEnv = (env.NODE_ENV ?? 'development') as AppConfig['env'];
  if (!['development', 'test', 'production'].includes(nodeEnv)) {
    problems.push(`NODE_ENV 必须是 development、test 或 production（现在是 "${env.NODE_ENV}"）`);
  }
  const prod = nodeEnv === 'production';

  const int = (name: string, def: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return def;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name} 必须是 ${min}–${max} 之间的整数（现在是 "${raw}"）`);
      return def;
    }
    return n;
  };
  const key = (name: string, dev: string): Buffer => {
    const raw = env[name];
    if (!raw) {
      if (prod) problems.push(`${name} 在生产环境必须设置：32 字节密钥的 base64（可用 openssl rand -base64 32 生成）`);
      return Buffer.from(dev, 'base64');
    }
    const buf = Buffer.from(raw, 'base64');
    if (buf.length !== 32) problems.push(`${name} 必须是 32 字节密钥的 base64（现在解码后是 ${buf.length} 字节）`);
    return buf;
  };

  let db: AppConfig['db'] = { kind: 'sqlite', file: '.data/wuye.sqlite' };
  const dbUrl = env.DB_URL;
  if (dbUrl) {
    if (/^mysql:\/\/|^mariadb:\/\//.test(dbUrl)) {
      try {
        const u = new URL(dbUrl.replace(/^mariadb:/, 'mysql:'));
        if (!u.pathname || u.pathname === '/') problems.push('DB_URL 缺少数据库名，例如 mysql://user:pass@127.0.0.1:3306/wuye');
        db = {
          kind: 'mysql',
          url: u.toString(),
          flavor: dbUrl.startsWith('mariadb:') ? 'mariadb' : 'mysql',
          poolSize: int('DB_POOL_SIZE', 20, 1, 1000),
        };
      } catch {
        problems.push(`DB_URL 不是合法的地址（现在是 "${dbUrl}"）`);
      }
    } else if (dbUrl.startsWith('sqlite:')) {
      const file = dbUrl.slice('sqlite:'.length);
      db = { kind: 'sqlite', file: file === ':memory:' || file === '' ? null : file };
    } else {
      problems.push(`DB_URL 必须以 mysql://、mariadb:// 或 sqlite: 开头（现在是 "${dbUrl}"）`);
    }
  }

  const jwtSecret = env.JWT_SECRET ?? (prod ? '' : nodeEnv === 'test' ? randomBytes(32).toString('hex') : DEV_JWT);
  if (jwtSecret.length < 32) problems.push('JWT_SECRET 必须至少 32 个字符');

  const list = (name: string) =>
    (env[name] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  // only the front ends named here; never any origin, never "null" (sandboxed pages, file://), with credentials
  const corsOrigins = list('CORS_ORIGINS');
  for (const o of corsOrigins)
    if (!/^https?:\/\/[^/\s]+$/.test(o))
      problems.push(`CORS_ORIGINS 中的 "${o}" 不是合法的来源（如 https://admin.example.com；不接受 * 或 null）`);
  const trustProxy = list('TRUST_PROXY');
  for (const a of trustProxy)
    if (!/^(\d{1,3}(\.\d{1,3}){3}(\/\d{1,2})?|[0-9a-f:]+(\/\d{1,3})?|loopback|linklocal|uniquelocal)$/i.test(a))
      problems.push(`TRUST_PROXY 中的 "${a}" 不是 IP 地址或网段（如 10.0.0.5 或 10.0.0.0/8）`);
  const docs = env.API_DOCS ?? (prod ? '0' : '1');
  if (!['0', '1'].includes(docs)) problems.push(`API_DOCS 必须是 0 或 1（现在是 "${docs}"）`);
  const metricsToken = env.METRICS_TOKEN?.trim() || null;
  if (metricsToken && metricsToken.length < 16)
    problems.push('METRICS_TOKEN 至少 16 个字符（Prometheus 抓取 /api/v1/metrics 时带上它）');

  const url = (name: string, def: string): string => {
    const raw = env[name] ?? def;
    if (!/^https?:\/\/[^\s]+$/.test(raw)) problems.push(`${name} 必须是 http(s) 地址（现在是 "${raw}"）`);
    return raw.replace(/\/+$/, '');
  };

  const sms = smsConfig(env, prod, problems);

  const wechat = {
    apiBase: url('WECHAT_API_BASE', 'https://api.weixin.qq.com'),
    appId: env.WECHAT_APPID ?? (prod ? '' : 'wxdemo0000000000'),
    secret: env.WECHAT_SECRET ?? (prod ? '' : 'demo-secret'),
    timeoutMs: int('WECHAT_TIMEOUT_MS', 5000, 200, 60_000),
    templates: wechatTemplates(env, prod, problems),
  };
  if (!wechat.appId) problems.push('WECHAT_APPID 在生产环境必须设置');
  if (!wechat.secret) problems.push('WECHAT_SECRET 在生产环境必须设置');

  const driver = env.STORAGE_DRIVER ?? 'local';
  if (!['local', 's3'].includes(driver)) problems.push(`STORAGE_DRIVER 必须是 local 或 s3（现在是 "${driver}"）`);
  let s3: AppConfig['s3'] = null;
  if (driver === 's3') {
    const style = env.S3_URL_STYLE ?? 'virtual';
    s3 = {
      endpoint: url('S3_ENDPOINT', env.S3_ENDPOINT ?? ''),
      region: env.S3_REGION ?? 'us-east-1',
      bucket: env.S3_BUCKET ?? '',
      accessKeyId: env.S3_ACCESS_KEY_ID ?? '',
      secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? '',
      sessionToken: env.S3_SESSION_TOKEN?.trim() || undefined,
      urlStyle: style === 'path' ? 'path' : 'virtual',
    };
    if (!['virtual', 'path'].includes(style))
      problems.push(
        `S3_URL_STYLE 必须是 virtual（桶名在域名里，OSS/COS/AWS）或 path（桶名在路径里，MinIO）（现在是 "${style}"）`,
      );
    if (s3.urlStyle === 'virtual' && /^https?:\/\/(\d+\.\d+\.\d+\.\d+|\[[0-9a-f:]+\]|localhost)(:\d+)?(\/|$)/i.test(s3.endpoint))
      problems.push(`S3_ENDPOINT "${s3.endpoint}" 是 IP 地址或 localhost，桶名无法放进域名：请设置 S3_URL_STYLE=path`);
    if (s3.urlStyle === 'virtual' && !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(s3.bucket) && s3.bucket)
      problems.push(`S3_BUCKET "${s3.bucket}" 不能用在域名里：请用小写字母、数字、连字符，或设置 S3_URL_STYLE=path`);
    for (const [name, v] of [
      ['S3_BUCKET', s3.bucket],
      ['S3_ACCESS_KEY_ID', s3.accessKeyId],
      ['S3_SECRET_ACCESS_KEY', s3.secretAccessKey],
    ] as const)
      if (!v) problems.push(`STORAGE_DRIVER=s3 时必须设置 ${name}`);
  }

  const config: AppConfig = {
    env: nodeEnv,
    port: int('PORT', 3000, 1, 65535),
    host: env.HOST ?? '127.0.0.1',
    db,
    jwtSecret,
    accessTokenTtlSec: int('ACCESS_TOKEN_TTL_SECONDS', 900, 30, 30 * 86400),
    refreshTokenTtlSec: int('REFRESH_TOKEN_TTL_SECONDS', 30 * 86400, 300, 365 * 86400),
    piiKey: key('PII_KEY', DEV_PII),
    piiHashKey: key('PII_HASH_KEY', DEV_PII_HASH),
    corsOrigins,
    trustProxy: trustProxy.length ? trustProxy : false,
    apiDocs: docs === '1',
    metricsToken,
    loginMaxFailures: int('LOGIN_MAX_FAILURES', 5, 1, 100),
    lockoutMinutes: int('LOCKOUT_MINUTES', 15, 1, 1440),
    loginRateLimitPerMinute: int('LOGIN_RATE_LIMIT_PER_MINUTE', 20, 1, 10000),
    smsRateLimitPerMinute: int('SMS_RATE_LIMIT_PER_MINUTE', 5, 1, 10000),
    wechat,
    wechatPay: wechatPayConfig(env, wechat.appId, problems, url, int),
    sms: { ...sms, codeTtlSec: int('SMS_CODE_TTL_SECONDS', 300, 60, 3600) },
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    defaultTimezone: env.DEFAULT_TIMEZONE ?? 'Asia/Shanghai',
    migrateOnBoot: env.MIGRATE_ON_BOOT === '1',
    settingsCacheSec: int('SETTINGS_CACHE_SECONDS', 10, 0, 3600),
    sessionCacheSec: int('SESSION_CACHE_SECONDS', 5, 0, 60),
    jobsIntervalSec: int('JOBS_INTERVAL_SECONDS', nodeEnv === 'test' ? 0 : 60, 0, 86400),
    storageDir: env.STORAGE_DIR ?? '.data/uploads',
    s3,
    clockControl: !prod && env.CLOCK_CONTROL === '1',
  };
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(config.logLevel)) {
    problems.push(`LOG_LEVEL 必须是 fatal/error/warn/info/debug/trace/silent 之一（现在是 "${config.logLevel}"）`);
  }
  if (problems.length) throw new ConfigError(problems);
  return config;
}

/**
 * what a subscribe message says: a code, a subject, a short phrase and when — for a request its code, category,
 * the move and its time; for an invoice its number, title, 已开票 and the time it was recorded
 */
export const WECHAT_TEMPLATE_FIELDS = ['code', 'category', 'status', 'time'] as const;
export type WechatTemplateField = (typeof WECHAT_TEMPLATE_FIELDS)[number];
/** the demo templates' keys (the fake WeChat runs with these); a real template's keys come from its page in the WeChat console */
export const DEMO_TEMPLATE_KEYS = 'code=character_string1,category=thing2,status=phrase3,time=time4';

/**
 * WECHAT_TPL_<NAME> (the template id chosen in the WeChat console; required in production) and
 * WECHAT_TPL_<NAME>_KEYS (`code=character_string1,category=thing2,status=phrase3,time=time4`: which of the
 * template's keys carries each field; every field once, keys as WeChat names them, type then number).
 */
function wechatTemplates(env: Env, prod: boolean, problems: string[]): AppConfig['wechat']['templates'] {
  const out = {} as AppConfig['wechat']['templates'];
  for (const name of SUBSCRIBE_TEMPLATES) {
    const idVar = `WECHAT_TPL_${name.toUpperCase()}`;
    const id = env[idVar] ?? (prod ? '' : `tpl_request_${name}`);
    if (!id) problems.push(`${idVar} 在生产环境必须设置：微信公众平台“订阅消息”中选用的模板 ID`);
    else if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) problems.push(`${idVar} 不是合法的模板 ID（现在是 "${id}"）`);
    const keysVar = `${idVar}_KEYS`;
    const raw = env[keysVar] ?? DEMO_TEMPLATE_KEYS;
    const keys: Partial<Record<WechatTemplateField, string>> = {};
    for (const pair of raw
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean)) {
      const [field, key] = pair.split('=').map((x) => x.trim());
      if (!(WECHAT_TEMPLATE_FIELDS as readonly string[]).includes(field!) || !/^[a-z_]+\d+$/.test(key ?? ''))
        problems.push(
          `${keysVar} 中的 "${pair}" 应为 字段=模板关键词，如 code=character_string1（字段：${WECHAT_TEMPLATE_FIELDS.join('、')}）`,
        );
      else keys[field as WechatTemplateField] = key;
    }
    const missing = WECHAT_TEMPLATE_FIELDS.filter((f) => !keys[f]);
    if (missing.length) problems.push(`${keysVar} 缺少字段 ${missing.join('、')}（如 ${DEMO_TEMPLATE_KEYS}）`);
    out[name] = { id, keys: keys as Record<WechatTemplateField, string> };
  }
  return out;
}

/** SMS_PROVIDER and the chosen vendor's own keys (never another feature's secret). */
function smsConfig(env: Env, prod: boolean, problems: string[]): Omit<AppConfig['sms'], 'codeTtlSec'> {
  const provider = (env.SMS_PROVIDER ?? 'log') as AppConfig['sms']['provider'];
  if (!['log', 'aliyun', 'tencent'].includes(provider))
    problems.push(`SMS_PROVIDER 必须是 aliyun、tencent 或 log（现在是 "${env.SMS_PROVIDER}"）`);
  if (prod && provider === 'log') problems.push('生产环境不能使用 SMS_PROVIDER=log（验证码只写日志），请设为 aliyun 或 tencent');
  const vendor = provider === 'aliyun' || provider === 'tencent';
  const need = (name: string, def = ''): string => {
    const v = env[name] ?? def;
    if (vendor && !v) problems.push(`SMS_PROVIDER=${provider} 时必须设置 ${name}`);
    return v;
  };
  const templates = Object.fromEntries(SMS_TEMPLATE_NAMES.map((t) => [t, need(smsTemplateVar(t), vendor ? '' : t)])) as Record<
    SmsTemplate,
    string
  >;
  const signName = need('SMS_SIGN_NAME', vendor ? '' : '物业服务中心');
  const endpoint = (name: string, def: string): string => {
    const v = env[name] ?? def;
    // a local fake in development and tests may be plain http; production speaks HTTPS to the vendor's host
    const ok = prod ? /^[a-z0-9.-]+$/i.test(v) : /^([a-z0-9.-]+|https?:\/\/[a-z0-9.-]+(:\d+)?)$/i.test(v);
    if (!ok) problems.push(`${name} 必须是服务的域名，如 ${def}（现在是 "${v}"）`);
    return v;
  };
  return {
    provider,
    signName,
    templates,
    aliyun:
      provider === 'aliyun'
        ? {
            accessKeyId: need('ALIYUN_SMS_ACCESS_KEY_ID'),
            accessKeySecret: need('ALIYUN_SMS_ACCESS_KEY_SECRET'),
            securityToken: env.ALIYUN_SMS_SECURITY_TOKEN ?? '',
            endpoint: endpoint('ALIYUN_SMS_ENDPOINT', 'dysmsapi.aliyuncs.com'),
          }
        : null,
    tencent:
      provider === 'tencent'
        ? {
            secretId: need('TENCENT_SMS_SECRET_ID'),
            secretKey: need('TENCENT_SMS_SECRET_KEY'),
            token: env.TENCENT_SMS_TOKEN ?? '',
            sdkAppId: need('TENCENT_SMS_SDK_APP_ID'),
            region: env.TENCENT_SMS_REGION ?? 'ap-guangzhou',
            endpoint: endpoint('TENCENT_SMS_ENDPOINT', 'sms.tencentcloudapi.com'),
          }
        : null,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** PEM text, or a file holding it. */
function pem(v: string): string {
  return v.includes('-----BEGIN') ? v.replace(/\\n/g, '\n') : readFileSync(v, 'utf8');
}

function wechatPayConfig(
  env: Env,
  appId: string,
  problems: string[],
  url: (name: string, def: string) => string,
  int: (name: string, def: number, min: number, max: number) => number,
): AppConfig['wechatPay'] {
  if (!env.WECHATPAY_MCHID) return null;
  const need = (k: string) => {
    const v = env[k] ?? '';
    if (!v) problems.push(`${k} 必须设置（已设置 WECHATPAY_MCHID，即开通微信支付）`);
    return v;
  };
  let privateKey = '';
  let platformPublicKey = '';
  try {
    privateKey = pem(need('WECHATPAY_PRIVATE_KEY'));
    platformPublicKey = pem(need('WECHATPAY_PLATFORM_PUBLIC_KEY'));
  } catch (e) {
    problems.push(`微信支付密钥文件读取失败：${String(e)}`);
  }
  const apiV3Key = need('WECHATPAY_APIV3_KEY');
  if (apiV3Key && Buffer.byteLength(apiV3Key) !== 32) problems.push('WECHATPAY_APIV3_KEY 必须是 32 个字符');
  return {
    apiBase: url('WECHATPAY_API_BASE', 'https://api.mch.weixin.qq.com'),
    mchid: env.WECHATPAY_MCHID,
    appId: env.WECHATPAY_APPID ?? appId,
    merchantSerial: need('WECHATPAY_MERCHANT_SERIAL'),
    privateKey,
    apiV3Key,
    platformSerial: need('WECHATPAY_PLATFORM_SERIAL'),
    platformPublicKey,
    notifyUrl: url('WECHATPAY_NOTIFY_URL', 'http://127.0.0.1:3000/api/v1/payments/wechat/notify'),
    orderTtlMin: int('WECHATPAY_ORDER_TTL_MINUTES', 30, 5, 1440),
  };
}
