/**
 * Writes a migration for each dialect with the SQL that brings the schema
 * (after the existing migrations) in line with the entities — what
 * `typeorm migration:generate` does, without its CLI.
 * Usage: node dist/database/gen-migration.js <Name> [mysqlAdminUrl]
 */
import { writeFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import mysql from 'mysql2/promise';
import { createDataSource } from './data-source.js';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('用法: gen-migration <PascalCaseName> [mysql://root@127.0.0.1:3306/test]');
  process.exit(2);
}
const adminUrl = process.argv[3] ?? 'mysql://root@127.0.0.1:3306/test';
const srcDir = join(dirname(fileURLToPath(import.meta.url)), '../../src/database/migrations');
const ts = Date.now();

async function gen(kind: 'mysql' | 'sqlite'): Promise<void> {
  let url = '';
  let tmpDb = '';
  let serverVersion = '';
  if (kind === 'mysql') {
    tmpDb = `wy_gen_${ts}`;
    const c = await mysql.createConnection({ uri: adminUrl });
    const [rows] = await c.query('SELECT VERSION() AS v');
    serverVersion = String((rows as { v: string }[])[0]!.v);
    await c.query(`CREATE DATABASE \`${tmpDb}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await c.end();
    const u = new URL(adminUrl);
    u.pathname = '/' + tmpDb;
    url = u.toString();
  }
  const ds = createDataSource(
    kind === 'mysql' ? { kind, url, flavor: /mariadb/i.test(serverVersion) ? 'mariadb' : 'mysql' } : { kind, file: null },
  );
  await ds.initialize();
  try {
    await ds.runMigrations();
    const sql = await ds.driver.createSchemaBuilder().log();
    if (!sql.upQueries.length) {
      console.log(`${kind}: 没有变化`);
      return;
    }
    const q = (s: string) => JSON.stringify(s);
    // TypeORM orders migrations by the 13-digit timestamp that ends the class name.
    const cls = `${name}${kind === 'mysql' ? 'Mysql' : 'Sqlite'}${ts}`;
    const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${cls} implements MigrationInterface {
  name = '${cls}';
  async up(qr: QueryRunner): Promise<void> {
${sql.upQueries.map((x) => `    await qr.query(${q(x.query)});`).join('\n')}
  }
  async down(qr: QueryRunner): Promise<void> {
${sql.downQueries
  .reverse()
  .map((x) => `    await qr.query(${q(x.query)});`)
  .join('\n')}
  }
}
`;
    const file = `${ts}-${name}.${kind}.ts`;
    writeFileSync(join(srcDir, file), body);
    const idx = join(srcDir, 'index.ts');
    let text = readFileSync(idx, 'utf8');
    const list = kind === 'mysql' ? 'MYSQL_MIGRATIONS' : 'SQLITE_MIGRATIONS';
    text = text.replace(`// migrations-imports`, `import { ${cls} } from './${ts}-${name}.${kind}.js';\n// migrations-imports`);
    text = text.replace(
      new RegExp(`(export const ${list}: MigrationClass\\[\\] = \\[[^\\]]*)\\]`),
      (_m, head: string) => `${head.replace(/,?\s*$/, '')}${head.trim().endsWith('[') ? '' : ', '}${cls}]`,
    );
    writeFileSync(idx, text);
    console.log(`${kind}: 写入 ${file}（${sql.upQueries.length} 条语句）`);
  } finally {
    await ds.destroy();
    if (tmpDb) {
      const c = await mysql.createConnection({ uri: adminUrl });
      await c.query(`DROP DATABASE \`${tmpDb}\``);
      await c.end();
    }
  }
}

await gen('sqlite');
await gen('mysql');
