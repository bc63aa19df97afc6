import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './env.js';

describe('environment validation at boot', () => {
  it('defaults to the embedded SQLite database with demo keys outside production', () => {
    const c = loadConfig({});
    expect(c.db).toEqual({ kind: 'sqlite', file: '.data/wuye.sqlite' });
    expect(c.port).toBe(3000);
    expect(c.piiKey).toHaveLength(32);
  });

  it('names every bad variable with what it expects, in one error', () => {
    try {
      loadConfig({ PORT: 'eighty', DB_URL: 'postgres://x', PII_KEY: 'c2hvcnQ=', LOG_LEVEL: 'loud', CORS_ORIGINS: 'example.com' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const msg = (e as Error).message;
      expect(msg).toMatch(/PORT 必须是 1–65535 之间的整数（现在是 "eighty"）/);
      expect(msg).toMatch(/DB_URL 必须以 mysql:\/\/、mariadb:\/\/ 或 sqlite: 开头/);
      expect(msg).toMatch(/PII_KEY 必须是 32 字节密钥的 base64（现在解码后是 5 字节）/);
      expect(msg).toMatch(/LOG_LEVEL/);
      expect(msg).toMatch(/CORS_ORIGINS 中的 "example.com"/);
    }
  });

  it('production refuses to start without real secrets or with the log SMS provider', () => {
    let msg = '';
    try {
      loadConfig({ NODE_ENV: 'production' });
    } catch (e) {
      msg = (e as Error).message;
    }
    for (const name of [
      'JWT_SECRET',
      'PII_KEY',
      'PII_HASH_KEY',
      'SMS_PROVIDER=log',
      'WECHAT_APPID',
      'WECHAT_SECRET',
      'WECHAT_TPL_ACCEPTED ',
      'WECHAT_TPL_DISPATCHED ',
      'WECHAT_TPL_FINISHED ',
      'WECHAT_TPL_INVOICE_ISSUED ',
    ])
      expect(msg).toContain(name);
  });

  it('reads MySQL and MariaDB URLs', () => {
    expect(loadConfig({ DB_URL: 'mysql://u:p@db:3306/wuye' }).db).toMatchObject({ kind: 'mysql', flavor: 'mysql' });
    expect(loadConfig({ DB_URL: 'mariadb://u:p@db:3306/wuye' }).db).toMatchObject({
      kind: 'mysql',
      flavor: 'mariadb',
      url: 'mysql://u:p@db:3306/wuye',
    });
    expect(() => loadConfig({ DB_URL: 'mysql://u:p@db:3306' })).toThrow(/缺少数据库名/);
  });

  it('production serves no API docs unless asked, trusts no proxy unless named, and refuses a wildcard or null CORS origin', () => {
    const prod = {
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      PII_KEY: Buffer.alloc(32, 1).toString('base64'),
      PII_HASH_KEY: Buffer.alloc(32, 2).toString('base64'),
      SMS_PROVIDER: 'aliyun',
      ALIYUN_SMS_ACCESS_KEY_ID: 'ak',
      ALIYUN_SMS_ACCESS_KEY_SECRET: 'sk',
      SMS_SIGN_NAME: '物业服务中心',
      SMS_TEMPLATE_LOGIN_CODE: 'SMS_1',
      SMS_TEMPLATE_PHONE_CHANGED: 'SMS_2',
      SMS_TEMPLATE_REPAIR_THANKS: 'SMS_29',
      SMS_TEMPLATE_PARKING_EXPIRY: 'SMS_31',
      WECHAT_APPID: 'wx1',
      WECHAT_SECRET: 's',
      WECHAT_TPL_ACCEPTED: 'AbC-1',
      WECHAT_TPL_DISPATCHED: 'AbC-2',
      WECHAT_TPL_FINISHED: 'AbC-3',
      WECHAT_TPL_INVOICE_ISSUED: 'AbC-4',
    };
    expect(loadConfig(prod)).toMatchObject({ apiDocs: false, trustProxy: false, corsOrigins: [] });
    expect(loadConfig({ ...prod, API_DOCS: '1', TRUST_PROXY: '10.0.0.5, 10.1.0.0/16' })).toMatchObject({
      apiDocs: true,
      trustProxy: ['10.0.0.5', '10.1.0.0/16'],
    });
    expect(loadConfig({}).apiDocs).toBe(true);
    for (const bad of ['*', 'null'])
      expect(() => loadConfig({ CORS_ORIGINS: bad })).toThrow(`CORS_ORIGINS 中的 "${bad}" 不是合法的来源`);
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow('TRUST_PROXY 中的 "everyone" 不是 IP 地址或网段');
  });

  it('METRICS_TOKEN: unset is none; a short one is refused naming the variable', () => {
    expect(loadConfig({}).metricsToken).toBeNull();
    expect(loadConfig({ METRICS_TOKEN: ' prom-scrape-token-0123456789 ' }).metricsToken).toBe('prom-scrape-token-0123456789');
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow('METRICS_TOKEN 至少 16 个字符');
  });

  it('subscribe templates: ids from WECHAT_TPL_<NAME>, data keys from WECHAT_TPL_<NAME>_KEYS, every field once', () => {
    const c = loadConfig({
      WECHAT_TPL_FINISHED: 'Tpl_9',
      WECHAT_TPL_FINISHED_KEYS: 'code=character_string9, category=thing1,status=phrase2,time=time5',
    });
    expect(c.wechat.templates.finished).toEqual({
      id: 'Tpl_9',
      keys: { code: 'character_string9', category: 'thing1', status: 'phrase2', time: 'time5' },
    });
    expect(c.wechat.templates.accepted.keys).toEqual({
      code: 'character_string1',
      category: 'thing2',
      status: 'phrase3',
      time: 'time4',
    });
    expect(() => loadConfig({ WECHAT_TPL_ACCEPTED_KEYS: 'code=character_string1,category=thing2,status=phrase3' })).toThrow(
      'WECHAT_TPL_ACCEPTED_KEYS 缺少字段 time',
    );
    expect(() => loadConfig({ WECHAT_TPL_DISPATCHED_KEYS: 'code=Thing 1,category=thing2,status=phrase3,time=time4' })).toThrow(
      'WECHAT_TPL_DISPATCHED_KEYS 中的 "code=Thing 1"',
    );
    expect(() => loadConfig({ WECHAT_TPL_ACCEPTED: 'a b' })).toThrow('WECHAT_TPL_ACCEPTED 不是合法的模板 ID');
  });
});
