// Migrations are generated per dialect from the entities (npm run gen:migration -w api NAME)
// and committed; synchronize stays off. A test checks that, after them, the schema has no diff.
import type { MigrationInterface } from 'typeorm';
import { Init1795461490231Sqlite } from './1795461490231-Init.sqlite.js';
import { Init1795461490231Mysql } from './1795461490231-Init.mysql.js';
// migrations-imports

type MigrationClass = new () => MigrationInterface;
export const MYSQL_MIGRATIONS: MigrationClass[] = [Init1795461490231Mysql];
export const SQLITE_MIGRATIONS: MigrationClass[] = [Init1795461490231Sqlite];
