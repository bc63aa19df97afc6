/** `npm run migrate -w @wy/api` (pending migrations) and `npm run seed -w @wy/api` (demo data). */
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config/env.js';
import { createApp } from '../app.factory.js';
import { withBootLock } from './boot-lock.js';
import { createDataSource } from './data-source.js';
import { seedDemo } from './seed.js';

const cmd = process.argv[2];
try {
  const config = loadConfig();
  if (cmd === 'migrate') {
    // a deploy's one-shot step; the lock keeps it from running beside an instance migrating at boot
    await withBootLock(config.db, async () => {
      const ds = createDataSource(config.db);
      await ds.initialize();
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
  } else {
    console.error('用法: cli.js migrate | seed');
    process.exit(2);
  }
} catch (e) {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
}
