import 'reflect-metadata';
import { createApp } from './app.factory.js';
import { ConfigError, loadConfig } from './config/env.js';
import { withBootLock } from './database/boot-lock.js';
import { seedDemo } from './database/seed.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const demo = process.env.DEMO_SEED === '1';
  // several instances may start at once: one migrates and seeds while the others wait, then find it done
  const app = await withBootLock(config.db, async () => {
    const created = await createApp(config, {
      migrate: demo || config.db.kind === 'sqlite' || config.migrateOnBoot,
      requireMigrated: true,
    });
    if (demo) await seedDemo(created);
    return created;
  });
  await app.listen({ port: config.port, host: config.host });
  console.log(
    `API 已启动: http://${config.host}:${config.port}/api/v1  ${config.apiDocs ? `文档: http://${config.host}:${config.port}/api/docs  ` : ''}数据库: ${config.db.kind}`,
  );
  // a load balancer's SIGTERM: stop taking requests, finish the ones in flight, close the database, exit
  let closing = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      const force = setTimeout(() => process.exit(1), 10_000);
      force.unref();
      void app.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
}

main().catch((e: unknown) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
