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
    for (const name of ['JWT_SECRET', 'PII_KEY', 'PII_HASH_KEY', 'SMS_PROVIDER=log', 'WECHAT_APPID', 'WECHAT_SECRET'])
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
});
