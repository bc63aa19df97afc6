// The restore drill (MariaDB/MySQL): the demo centre with its work orders is dumped with the backup
// command's code, loaded into a fresh empty database, and the copy must be whole — every migration
// recorded, every table with the same rows, and owners' phone numbers decrypting to the same numbers
// with the production key. A restore refuses a database that is not empty, and a damaged file fails.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupMysql, restoreMysql } from '../src/database/backup.js';
import { createDataSource } from '../src/database/data-source.js';
import { PiiCipher } from '../src/infra/pii.js';
import { freshMysqlDatabase, startTestApp, testDatabases, type TestApp } from './harness.js';

const mysql = testDatabases().includes('mysql');

describe.runIf(mysql)('backup and the restore drill (mysql)', { timeout: 240_000 }, () => {
  let t: TestApp;
  let dir: string;
  let file: string;
  const cleanups: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    t = await startTestApp('mysql', { demoRequests: true });
    dir = mkdtempSync(join(tmpdir(), 'wy-backup-'));
    file = join(dir, 'wuye.sql.gz');
    await backupMysql(t.config.db.kind === 'mysql' ? t.config.db.url : '', file);
  });
  afterAll(async () => {
    for (const c of cleanups) await c();
    await t?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const tables = async (ds: DataSource): Promise<string[]> =>
    (
      await ds.query('SELECT table_name AS n FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY table_name')
    ).map((r: { n: string }) => r.n);
  const counts = async (ds: DataSource, names: string[]) => {
    const out: Record<string, number> = {};
    for (const n of names) out[n] = Number((await ds.query(`SELECT COUNT(*) AS c FROM \`${n}\``))[0].c);
    return out;
  };
  async function freshDb(): Promise<{ url: string; ds: DataSource }> {
    const fresh = await freshMysqlDatabase();
    const ds = createDataSource({ kind: 'mysql', url: fresh.url });
    await ds.initialize();
    cleanups.push(async () => {
      if (ds.isInitialized) await ds.destroy();
      await fresh.drop();
    });
    return { url: fresh.url, ds };
  }

  it('dump → fresh database → every migration recorded, every table the same rows, phones decrypt the same', async () => {
    expect(statSync(file).size).toBeGreaterThan(1000);
    const { url, ds } = await freshDb();
    await restoreMysql(url, file, (await tables(ds)).length);

    expect(await ds.showMigrations()).toBe(false); // nothing pending: the migrations table came back whole
    const names = await tables(t.ds);
    expect(names).toContain('service_request');
    expect(await tables(ds)).toEqual(names);
    const before = await counts(t.ds, names);
    expect(before.service_request).toBeGreaterThan(0);
    expect(before.person).toBeGreaterThan(0);
    expect(await counts(ds, names)).toEqual(before);

    const pii = t.app.get(PiiCipher);
    const phones = async (d: DataSource) =>
      (await d.query('SELECT id, phone_enc AS p FROM person WHERE phone_enc IS NOT NULL ORDER BY id LIMIT 20')).map(
        (r: { id: number; p: string }) => [r.id, pii.decrypt(r.p)],
      );
    const sample = await phones(t.ds);
    expect(sample.length).toBeGreaterThan(3);
    for (const [, phone] of sample) expect(phone).toMatch(/^(\+\d{1,3} ?)?1?\d{7,11}$/);
    expect(await phones(ds)).toEqual(sample);
    // times come back as the same instants (stored UTC)
    const times = async (d: DataSource) =>
      (await d.query('SELECT id, received_at FROM service_request ORDER BY id LIMIT 5')).map((r: { received_at: Date }) =>
        new Date(r.received_at).toISOString(),
      );
    expect(await times(ds)).toEqual(await times(t.ds));
  });

  it('a restore into a database that is not empty is refused and changes nothing', async () => {
    const url = t.config.db.kind === 'mysql' ? t.config.db.url : '';
    const before = await counts(t.ds, ['service_request', 'person']);
    await expect(restoreMysql(url, file, (await tables(t.ds)).length)).rejects.toThrow(/不是空的/);
    expect(await counts(t.ds, ['service_request', 'person'])).toEqual(before);
  });

  it('a damaged backup file fails loudly instead of restoring half', async () => {
    const bad = join(dir, 'cut.sql.gz');
    const whole = readFileSync(file);
    writeFileSync(bad, whole.subarray(0, Math.floor(whole.length / 2)));
    const { url, ds } = await freshDb();
    await expect(restoreMysql(url, bad, 0)).rejects.toThrow();
    expect(await ds.showMigrations()).toBe(true); // not a usable copy: the check says so
  });
});
