import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/env.js';
import { ENTITIES } from './entities.js';
import { MYSQL_MIGRATIONS, SQLITE_MIGRATIONS } from './migrations/index.js';
import { cacheMysql2PromiseWrapper } from './mysql2-promise.js';
import { SnakeNamingStrategy } from './naming.js';

export type DbKind = 'sqlite' | 'mysql';

export function dataSourceOptions(db: AppConfig['db']): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    logging: false,
  } as const;
  if (db.kind === 'mysql') {
    cacheMysql2PromiseWrapper();
    return {
      ...common,
      type: db.flavor === 'mariadb' ? 'mariadb' : 'mysql',
      url: db.url,
      timezone: 'Z',
      charset: 'utf8mb4_unicode_ci',
      supportBigNumbers: true,
      bigNumberStrings: false,
      migrations: MYSQL_MIGRATIONS,
      // trace: mysql2 would capture a stack trace on every query to decorate a failure's stack; a
      // failure already arrives as TypeORM's QueryFailedError with its SQL, and the capture costs
      // a measurable share of the CPU of every statement
      extra: { connectionLimit: db.poolSize ?? 20, trace: false },
    };
  }
  if (db.file) mkdirSync(dirname(db.file), { recursive: true });
  return {
    ...common,
    type: 'sqljs',
    ...(db.file ? { location: db.file, autoSave: true } : {}),
    migrations: SQLITE_MIGRATIONS,
  };
}

export function createDataSource(db: AppConfig['db']): DataSource {
  return new DataSource(dataSourceOptions(db));
}

export function dbKind(ds: DataSource): DbKind {
  return ds.options.type === 'mysql' || ds.options.type === 'mariadb' ? 'mysql' : 'sqlite';
}
