/**
 * Test harness: the whole API on a real database (embedded SQLite, and MariaDB/MySQL
 * when one answers), with a pinned clock, the real WeChat client talking to the fake
 * WeChat server, and the log SMS provider. No mocked database.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory.js';
import { loadConfig, type AppConfig } from '../src/config/env.js';
import { createDataSource } from '../src/database/data-source.js';
import { seedDemo } from '../src/database/seed.js';
import { SettableClock } from '../src/infra/clock.js';
import { Limits } from '../src/infra/limits.js';
import { PiiCipher } from '../src/infra/pii.js';
import { LogSmsProvider } from '../src/infra/sms.js';
import { DATA_SOURCE } from '../src/infra/tokens.js';
import { WechatClient } from '../src/infra/wechat/index.js';
// plain ESM script, typed by its .d.mts
import { startFakeWechat } from '../../scripts/fake-wechat/server.mjs';

export type DbKind = 'sqlite' | 'mysql';

/** The databases this run exercises: SQLite always, MySQL/MariaDB when the global setup found one. */
export function testDatabases(): DbKind[] {
  return process.env.WY_TEST_MYSQL_URL ? ['sqlite', 'mysql'] : ['sqlite'];
}

/** A fresh, empty MySQL database for one suite; dropped by the returned function. */
export async function freshMysqlDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = process.env.WY_TEST_MYSQL_URL!;
  const name = `wy_t_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const c = await mysql.createConnection({ uri: admin.replace(/^mariadb:/, 'mysql:') });
  await c.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await c.end();
  const u = new URL(admin.replace(/^mariadb:/, 'mysql:'));
  u.pathname = '/' + name;
  return {
    url: u.toString().replace(/^mysql:/, admin.startsWith('mariadb:') ? 'mariadb:' : 'mysql:'),
    drop: async () => {
      const d = await mysql.createConnection({ uri: admin.replace(/^mariadb:/, 'mysql:') });
      await d.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await d.end();
    },
  };
}

export interface FakeWechat {
  url: string;
  close(): Promise<void>;
  state: {
    issueLoginCode(openid: string): string;
    issuePhoneCode(phone: string): string;
    calls: Record<string, number>;
  };
}

export interface TestApp {
  app: NestFastifyApplication;
  db: DbKind;
  ds: DataSource;
  clock: SettableClock;
  sms: LogSmsProvider;
  wechat: FakeWechat;
  config: AppConfig;
  close(): Promise<void>;
  /** fastify inject with JSON body and optional bearer token */
  req(
    method: string,
    url: string,
    opts?: { token?: string; body?: unknown; headers?: Record<string, string>; remoteAddress?: string; rawBody?: string },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- bodies are checked field by field in tests
  ): Promise<{ status: number; body: any; headers: Record<string, unknown> }>;
  staffToken(username: string, password: string): Promise<string>;
  ownerToken(phone: string): Promise<string>;
}

export const T0 = '2026-11-23T02:00:00Z'; // 10:00 in Asia/Shanghai

/** The demo subscribe templates (the API's defaults outside production) and their keys. */
const DEMO_KEYS = ['character_string1', 'thing2', 'phrase3', 'time4'];
export const DEMO_WECHAT_TEMPLATES: Record<string, string[]> = {
  tpl_request_accepted: DEMO_KEYS,
  tpl_request_dispatched: DEMO_KEYS,
  tpl_request_finished: DEMO_KEYS,
  tpl_request_invoice_issued: DEMO_KEYS,
};

export async function startTestApp(
  db: DbKind,
  opts: { seed?: boolean; demoRequests?: boolean; env?: Record<string, string>; wechatTemplates?: Record<string, string[]> } = {},
): Promise<TestApp> {
  // the fake knows only the configured templates, each with exactly its keys (as WeChat does)
  const wechat: FakeWechat = await startFakeWechat({
    appId: 'wxtest0000000001',
    secret: 'test-secret',
    templates: opts.wechatTemplates ?? DEMO_WECHAT_TEMPLATES,
  });
  let drop = async () => {};
  let dbUrl = 'sqlite::memory:';
  if (db === 'mysql') {
    const fresh = await freshMysqlDatabase();
    dbUrl = fresh.url;
    drop = fresh.drop;
  }
  // each app its own photo store: suites run side by side (two workers), and one's sweep or count is its own
  const storageDir = mkdtempSync(join(tmpdir(), 'wy-uploads-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DB_URL: dbUrl,
    STORAGE_DIR: storageDir,
    // errors only (a 500's cause then shows beside the failing test in CI's output); TEST_LOG_LEVEL=silent hides them
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
    WECHAT_API_BASE: wechat.url,
    WECHAT_APPID: 'wxtest0000000001',
    WECHAT_SECRET: 'test-secret',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    SMS_RATE_LIMIT_PER_MINUTE: '1000',
    ...opts.env,
  });
  const clock = new SettableClock(new Date(T0));
  const sms = new LogSmsProvider();
  const ds = createDataSource(config.db);
  const app = await createApp(config, {
    dataSource: ds,
    clock,
    sms,
    wechat: new WechatClient({
      apiBase: wechat.url,
      appId: config.wechat.appId,
      secret: config.wechat.secret,
      now: () => clock.now().getTime(),
    }),
    migrate: true,
  });
  await app.getHttpAdapter().getInstance().ready();
  if (opts.seed !== false) await seedDemo(app, { requests: opts.demoRequests ?? false });

  const req: TestApp['req'] = async (method, url, o = {}) => {
    const res = await app.inject({
      method: method as 'GET',
      url,
      headers: {
        ...(o.token ? { authorization: `Bearer ${o.token}` } : {}),
        ...(o.body !== undefined || o.rawBody !== undefined ? { 'content-type': 'application/json' } : {}),
        ...o.headers,
      },
      payload: o.rawBody ?? (o.body === undefined ? undefined : JSON.stringify(o.body)),
      ...(o.remoteAddress ? { remoteAddress: o.remoteAddress } : {}),
    });
    let body: unknown = res.body;
    try {
      body = res.body ? JSON.parse(res.body) : null;
    } catch {
      /* text */
    }
    return { status: res.statusCode, body, headers: res.headers as Record<string, unknown> };
  };
  const t: TestApp = {
    app,
    db,
    ds: app.get(DATA_SOURCE),
    clock,
    sms,
    wechat,
    config,
    req,
    async close() {
      await app.close();
      if (ds.isInitialized) await ds.destroy();
      await wechat.close();
      await drop();
      rmSync(storageDir, { recursive: true, force: true });
    },
    async staffToken(username, password) {
      const r = await req('POST', '/api/v1/auth/staff/login', { body: { username, password } });
      if (r.status !== 200) throw new Error(`login ${username} failed: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body.accessToken;
    },
    async ownerToken(phone) {
      clock.advance(61_000); // the per-phone resend interval
      // and a cool-down taken at a later clock by an earlier test (tests pin their own times) is not this login's
      await app.get(Limits).reset(`sms:${app.get(PiiCipher).hash(phone)}`);
      const s = await req('POST', '/api/v1/auth/owner/sms-code', { body: { phone } });
      if (s.status !== 200) throw new Error(`sms-code failed: ${s.status} ${JSON.stringify(s.body)}`);
      const code = sms.outbox.get(phone)!.params.code!;
      const r = await req('POST', '/api/v1/auth/owner/sms-login', { body: { phone, code } });
      if (r.status !== 200) throw new Error(`sms-login failed: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body.accessToken;
    },
  };
  return t;
}

/** Ids of demo records by natural key. */
export async function ids(t: TestApp) {
  const one = async (sql: string, params: unknown[]) => {
    const rows = await t.ds.query(sql, params);
    return Number(rows[0]?.id);
  };
  return {
    project: (code: string) => one('SELECT id FROM project WHERE code = ?', [code]),
    room: (code: string) => one('SELECT id FROM room WHERE property_code = ?', [code]),
    building: async (projectCode: string, name: string) =>
      one('SELECT b.id AS id FROM building b JOIN project p ON p.id = b.project_id WHERE p.code = ? AND b.name = ?', [
        projectCode,
        name,
      ]),
    staff: (username: string) => one('SELECT id FROM staff WHERE username = ?', [username]),
  };
}

export async function count(t: TestApp, table: string, where = '1=1', params: unknown[] = []): Promise<number> {
  const rows = await t.ds.query(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`, params);
  return Number(rows[0].n);
}
