import mysql from 'mysql2/promise';

/** A MySQL/MariaDB admin URL when one answers: DB_URL / TEST_MYSQL_URL, else root@127.0.0.1:3306. */
export async function probeMysql(): Promise<string | null> {
  const candidates = [process.env.TEST_MYSQL_URL, process.env.DB_URL, 'mysql://root@127.0.0.1:3306/test'].filter(
    (u): u is string => !!u && /^(mysql|mariadb):\/\//.test(u),
  );
  for (const url of candidates) {
    try {
      const conn = await mysql.createConnection({ uri: url.replace(/^mariadb:/, 'mysql:'), connectTimeout: 2000 });
      const [rows] = await conn.query('SELECT VERSION() AS v');
      await conn.end();
      // MariaDB is reached as mariadb:// so the ORM reads its catalogue with MariaDB's rules.
      const isMaria = /mariadb/i.test(String((rows as { v: string }[])[0]?.v));
      return isMaria ? url.replace(/^mysql:/, 'mariadb:') : url;
    } catch {
      /* try the next */
    }
  }
  return null;
}
