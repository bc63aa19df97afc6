/**
 * `npm run migrate -w @wy/api` (pending migrations), `npm run seed -w @wy/api` (demo data),
 * `npm run backup -w @wy/api -- FILE.sql.gz` and `npm run restore -w @wy/api -- FILE.sql.gz` (MySQL/MariaDB:
 * the restore goes into the empty database of DB_URL and checks its migrations after).
 */
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config/env.js';
import { createApp } from '../app.factory.js';
import { backupMysql, restoreMysql } from './backup.js';
import { withBootLock } from './boot-lock.js';
import { createDataSource } from './data-source.js';
import { setMigrationPii } from './migration-pii.js';
import { PiiCipher } from '../infra/pii.js';
import { seedDemo } from './seed.js';

const cmd = process.argv[2];
try {
  const config = loadConfig();
  if (cmd === 'migrate') {
    // a deploy's one-shot step; the lock keeps it from running beside an instance migrating at boot
    await withBootLock(config.db, async () => {
      const ds = createDataSource(config.db);
      await ds.initialize();
      setMigrationPii(new PiiCipher(config.piiKey, config.piiHashKey));
      const ran = await ds.runMigrations({ transaction: 'each' });
      console.log(ran.length ? `已执行迁移：${ran.map((m) => m.name).join(', ')}` : '数据库已是最新');
      await ds.destroy();
    });
  } else if (cmd === 'seed') {
    await withBootLock(config.db, async () => {
      const app = await createApp({ ...config, logLevel: 'silent' }, { migrate: true });
      console.log((await seedDemo(app)) ? '已载入演示数据' : '演示数据已存在，未重复载入');
      await app.close();
    });
  } else if (cmd === 'backup' || cmd === 'restore') {
    const file = process.argv[3];
    if (!file) throw new ConfigError([`用法: cli.js ${cmd} 文件名.sql.gz`]);
    if (config.db.kind !== 'mysql')
      throw new ConfigError(['备份与恢复用于 MySQL/MariaDB；内置 SQLite 请在停止 API 后复制 .data/wuye.sqlite 文件']);
    if (cmd === 'backup') {
      await backupMysql(config.db.url, file);
      console.log(`已备份到 ${file}`);
    } else {
      const ds = createDataSource(config.db);
      await ds.initialize();
      const [{ n }] = await ds.query('SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = DATABASE()');
      await restoreMysql(config.db.url, file, Number(n));
      const pending = await ds.showMigrations();
      await ds.destroy();
      console.log(pending ? `已恢复 ${file}；备份早于当前版本，请再运行 npm run migrate` : `已恢复 ${file}，迁移完整`);
    }
  } else {
    console.error('用法: cli.js migrate | seed | backup 文件 | restore 文件');
    process.exit(2);
  }
} catch (e) {
  // configuration and backup/restore problems are one line for the operator; anything else with its stack
  const plain = e instanceof ConfigError || ((cmd === 'backup' || cmd === 'restore') && e instanceof Error);
  console.error(plain ? (e as Error).message : e);
  process.exit(1);
}
