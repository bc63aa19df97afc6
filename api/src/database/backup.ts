/**
 * Backups of a MySQL/MariaDB database with the server's own client tools (mariadb-dump or mysqldump, then
 * mariadb or mysql to restore), gzip-compressed: one consistent snapshot (`--single-transaction`, InnoDB)
 * without locking the tables the API writes. The password goes through MYSQL_PWD, never the command line.
 * The restore drill (api/test/backup-restore.e2e.spec.ts) proves a dump comes back whole.
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';

export interface MysqlTarget {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
}

export function mysqlTarget(url: string): MysqlTarget {
  const u = new URL(url.replace(/^mariadb:/, 'mysql:'));
  return {
    host: u.hostname || '127.0.0.1',
    port: Number(u.port || 3306),
    user: decodeURIComponent(u.username || 'root'),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.replace(/^\//, '')),
  };
}

/** The first of these programs on PATH (MariaDB's names first, then MySQL's). */
function tool(names: string[]): string {
  const dirs = (process.env.PATH ?? '/usr/bin').split(':');
  for (const n of names) for (const d of dirs) if (existsSync(`${d}/${n}`)) return `${d}/${n}`;
  throw new Error(`找不到 ${names.join(' 或 ')}：请安装 MariaDB/MySQL 客户端（apt-get install mariadb-client）`);
}

function connArgs(t: MysqlTarget): string[] {
  return [`--host=${t.host}`, `--port=${t.port}`, `--user=${t.user}`, '--protocol=TCP', '--default-character-set=utf8mb4'];
}

function run(cmd: string, args: string[], t: MysqlTarget) {
  const child = spawn(cmd, args, { env: { ...process.env, MYSQL_PWD: t.password }, stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (b: Buffer) => (err += b.toString()));
  const done = new Promise<void>((ok, fail) =>
    child.on('close', (code) =>
      code === 0 ? ok() : fail(new Error(`${cmd} 失败（退出码 ${code}）：${err.trim().slice(0, 500)}`)),
    ),
  );
  return { child, done };
}

/** Writes a gzip-compressed dump of the database (schema, data, the migrations table) to `file`. */
export async function backupMysql(url: string, file: string): Promise<void> {
  const t = mysqlTarget(url);
  const { child, done } = run(
    tool(['mariadb-dump', 'mysqldump']),
    [...connArgs(t), '--single-transaction', '--quick', '--routines', '--triggers', '--hex-blob', '--no-tablespaces', t.database],
    t,
  );
  child.stdin.end();
  await Promise.all([pipeline(child.stdout, createGzip(), createWriteStream(file)), done]);
}

/**
 * Loads a dump made by `backupMysql` into the database of `url`, which must exist and be empty (a restore
 * never lands on top of live data by mistake).
 */
export async function restoreMysql(url: string, file: string, tablesNow: number): Promise<void> {
  if (tablesNow > 0)
    throw new Error(`目标数据库 ${mysqlTarget(url).database} 不是空的（${tablesNow} 张表）：请恢复到一个新建的空数据库`);
  const t = mysqlTarget(url);
  const { child, done } = run(tool(['mariadb', 'mysql']), [...connArgs(t), t.database], t);
  child.stdout.resume();
  await Promise.all([pipeline(createReadStream(file), createGunzip(), child.stdin), done]);
}
