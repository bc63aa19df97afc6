// What this machine can exercise: a MySQL/MariaDB server, and a Chromium for browser tests.
import { existsSync } from 'node:fs';
import mysql from 'mysql2/promise';

export async function probeMysql() {
  const candidates = [process.env.TEST_MYSQL_URL, process.env.DB_URL, 'mysql://root@127.0.0.1:3306/test'].filter(
    (u) => u && /^(mysql|mariadb):\/\//.test(u),
  );
  for (const url of candidates) {
    try {
      const c = await mysql.createConnection({ uri: url.replace(/^mariadb:/, 'mysql:'), connectTimeout: 2000 });
      const [rows] = await c.query('SELECT VERSION() AS v');
      await c.end();
      return { url, version: String(rows[0].v) };
    } catch {
      /* next */
    }
  }
  return null;
}

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p) => p && existsSync(p)) ?? null;
}
