// What every MariaDB bench that drives the product's own services needs: its arguments, a database of its own
// (created for the run, dropped after), and the API's Nest app on it with a pinned clock, built from api/dist.
// (build first: npm run build -w @wy/shared && npm run build -w @wy/api)
import mysql from 'mysql2/promise';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
/** A module of the built API, e.g. `await dist('modules/billing/bill-run.service.js')`. */
export const dist = (p) => import(pathToFileURL(join(root, 'api/dist', p)).href);
/** `--name value` from the command line, or the default. */
export const arg = (k, d) => {
  const i = process.argv.indexOf(`--${k}`);
  return i > 0 ? process.argv[i + 1] : d;
};
/**
 * The MySQL/MariaDB server a bench that starts the API process runs on (TEST_MYSQL_URL, DB_URL or
 * root@127.0.0.1:3306): its version, an admin URL mysql2 takes, and the DB_URL scheme the API wants for it.
 * Exits with a message when there is none.
 */
export async function mysqlServer() {
  const { probeMysql } = await import('../../lib/probe.mjs');
  const probe = await probeMysql();
  if (!probe) {
    console.error('需要 MySQL/MariaDB：设置 TEST_MYSQL_URL 或在 127.0.0.1:3306 启动 MariaDB');
    process.exit(2);
  }
  return {
    version: probe.version,
    adminUrl: probe.url.replace(/^mariadb:/, 'mysql:'),
    flavor: /mariadb/i.test(probe.version) ? 'mariadb' : 'mysql',
  };
}
/** A TCP port nobody listens on now. */
export const freePort = () =>
  new Promise((r) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => r(port));
    });
  });
/** Milliseconds since `process.hrtime.bigint()` was `t0`. */
export const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
/** The clock class of the built API (to make one before the app, e.g. for a fake provider that keeps its time). */
export const settableClock = async (at) => new (await dist('infra/clock.js')).SettableClock(new Date(at));

/**
 * A fresh database named after the bench, the API app on it (migrated, silent, clock pinned at `at`), and
 * `close()` that stops the app and drops the database. `--url` (or WY_TEST_MYSQL_URL) is the admin URL.
 * `env` adds settings (e.g. a fake WeChat Pay's); `clock` may be given to share it with a fake started first.
 */
export async function benchApp(prefix, at = '2026-11-23T02:00:00Z', { env = {}, clock: given } = {}) {
  const admin = arg('url', process.env.WY_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test');
  const name = `wy_bench_${prefix}_${Date.now().toString(36)}`;
  const c = await mysql.createConnection({ uri: admin });
  await c.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await c.end();
  const u = new URL(admin);
  u.pathname = '/' + name;
  const { loadConfig } = await dist('config/env.js');
  const { createDataSource } = await dist('database/data-source.js');
  const { createApp } = await dist('app.factory.js');
  const { SettableClock } = await dist('infra/clock.js');
  const config = loadConfig({ NODE_ENV: 'test', DB_URL: u.toString(), LOG_LEVEL: 'silent', ...env });
  const ds = createDataSource(config.db);
  const clock = given ?? new SettableClock(new Date(at));
  const app = await createApp(config, { dataSource: ds, clock, migrate: true });
  const close = async () => {
    await app.close();
    if (ds.isInitialized) await ds.destroy();
    const d = await mysql.createConnection({ uri: admin });
    await d.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await d.end();
  };
  return { app, ds, clock, config, close };
}
