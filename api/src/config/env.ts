/**
 * Environment read and validated once at boot. A bad value stops the process
 * with one clear line per problem, naming the variable and what it expects.
 */
import { randomBytes } from 'node:crypto';

export interface AppConfig {
  env: 'development' | 'test' | 'production';
  port: number;
  host: string;
  /** mysql: MySQL or MariaDB; `flavor` 'mariadb' (DB_URL=mariadb://…) lets the ORM read MariaDB's catalogue right. */
  db: { kind: 'sqlite'; file: string | null } | { kind: 'mysql'; url: string; flavor?: 'mysql' | 'mariadb' };
  jwtSecret: string;
  accessTokenTtlSec: number;
  refreshTokenTtlSec: number;
  piiKey: Buffer;
  piiHashKey: Buffer;
  corsOrigins: string[] | true;
  loginMaxFailures: number;
  lockoutMinutes: number;
  loginRateLimitPerMinute: number;
  smsRateLimitPerMinute: number;
  wechat: { apiBase: string; appId: string; secret: string; templates: Record<'accepted' | 'dispatched' | 'finished', string> };
  /** how often the SLA breach job and the outbox run in each instance; 0 = never (tests drive them) */
  jobsIntervalSec: number;
  storageDir: string;
  /** STORAGE_DRIVER=s3: an S3-compatible object store for photos instead of local disk */
  s3: { endpoint: string; region: string; bucket: string; accessKeyId: string; secretAccessKey: string } | null;
  /** non-production only: POST /api/v1/dev/clock moves this instance's clock (browser tests of time rules) */
  clockControl: boolean;
  sms: { provider: 'log' | 'http'; baseUrl: string | null; codeTtlSec: number };
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
        db = { kind: 'mysql', url: u.toString(), flavor: dbUrl.startsWith('mariadb:') ? 'mariadb' : 'mysql' };
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

  const cors = env.CORS_ORIGINS;
  const corsOrigins: AppConfig['corsOrigins'] = !cors
    ? prod
      ? []
      : true
    : cors === '*'
      ? true
      : cors
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
  if (Array.isArray(corsOrigins)) {
    for (const o of corsOrigins)
      if (!/^https?:\/\/[^/]+$/.test(o)) problems.push(`CORS_ORIGINS 中的 "${o}" 不是合法的来源（如 https://admin.example.com）`);
  }

  const url = (name: string, def: string): string => {
    const raw = env[name] ?? def;
    if (!/^https?:\/\/[^\s]+$/.test(raw)) problems.push(`${name} 必须是 http(s) 地址（现在是 "${raw}"）`);
    return raw.replace(/\/+$/, '');
  };

  const smsProvider = (env.SMS_PROVIDER ?? 'log') as 'log' | 'http';
  if (!['log', 'http'].includes(smsProvider)) problems.push(`SMS_PROVIDER 必须是 log 或 http（现在是 "${env.SMS_PROVIDER}"）`);
  if (smsProvider === 'http' && !env.SMS_BASE_URL) problems.push('SMS_PROVIDER=http 时必须设置 SMS_BASE_URL');
  if (prod && smsProvider === 'log') problems.push('生产环境不能使用 SMS_PROVIDER=log（验证码只写日志）');

  const wechat = {
    apiBase: url('WECHAT_API_BASE', 'https://api.weixin.qq.com'),
    appId: env.WECHAT_APPID ?? (prod ? '' : 'wxdemo0000000000'),
    secret: env.WECHAT_SECRET ?? (prod ? '' : 'demo-secret'),
    templates: {
      accepted: env.WECHAT_TPL_ACCEPTED ?? 'tpl_request_accepted',
      dispatched: env.WECHAT_TPL_DISPATCHED ?? 'tpl_request_dispatched',
      finished: env.WECHAT_TPL_FINISHED ?? 'tpl_request_finished',
    },
  };
  if (!wechat.appId) problems.push('WECHAT_APPID 在生产环境必须设置');
  if (!wechat.secret) problems.push('WECHAT_SECRET 在生产环境必须设置');

  const driver = env.STORAGE_DRIVER ?? 'local';
  if (!['local', 's3'].includes(driver)) problems.push(`STORAGE_DRIVER 必须是 local 或 s3（现在是 "${driver}"）`);
  let s3: AppConfig['s3'] = null;
  if (driver === 's3') {
    s3 = {
      endpoint: url('S3_ENDPOINT', env.S3_ENDPOINT ?? ''),
      region: env.S3_REGION ?? 'us-east-1',
      bucket: env.S3_BUCKET ?? '',
      accessKeyId: env.S3_ACCESS_KEY_ID ?? '',
      secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? '',
    };
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
    loginMaxFailures: int('LOGIN_MAX_FAILURES', 5, 1, 100),
    lockoutMinutes: int('LOCKOUT_MINUTES', 15, 1, 1440),
    loginRateLimitPerMinute: int('LOGIN_RATE_LIMIT_PER_MINUTE', 20, 1, 10000),
    smsRateLimitPerMinute: int('SMS_RATE_LIMIT_PER_MINUTE', 5, 1, 10000),
    wechat,
    sms: {
      provider: smsProvider,
      baseUrl: env.SMS_BASE_URL ? env.SMS_BASE_URL.replace(/\/+$/, '') : null,
      codeTtlSec: int('SMS_CODE_TTL_SECONDS', 300, 60, 3600),
    },
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    defaultTimezone: env.DEFAULT_TIMEZONE ?? 'Asia/Shanghai',
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

export const APP_CONFIG = Symbol('APP_CONFIG');
