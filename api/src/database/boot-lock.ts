import mysql from 'mysql2/promise';
import type { AppConfig } from '../config/env.js';

/**
 * Runs `fn` while holding a database-wide lock, so instances started together migrate and seed one
 * after the other: the second finds the schema current and the demo data there (nothing twice, no
 * "table already exists"). MySQL/MariaDB: GET_LOCK on a connection of its own, outside the pool (a
 * pool of one must stay free for the migrations). The embedded SQLite belongs to one process anyway.
 */
export async function withBootLock<T>(db: AppConfig['db'], fn: () => Promise<T>, waitSec = 300): Promise<T> {
  if (db.kind !== 'mysql') return fn();
  const conn = await mysql.createConnection({ uri: db.url });
  try {
    const name = `wy_boot:${conn.config.database ?? ''}`.slice(0, 64);
    const [rows] = await conn.query('SELECT GET_LOCK(?, ?) AS got', [name, waitSec]);
    if (Number((rows as { got: number | null }[])[0]?.got) !== 1)
      throw new Error(`等待其他实例完成迁移超过 ${waitSec} 秒（数据库锁 ${name}）`);
    try {
      return await fn();
    } finally {
      await conn.query('SELECT RELEASE_LOCK(?)', [name]);
    }
  } finally {
    await conn.end();
  }
}
