// Migrations are generated per dialect from the entities (npm run gen:migration -w api NAME)
// and committed; synchronize stays off. A test checks that, after them, the schema has no diff.
import type { MigrationInterface } from 'typeorm';
import { InitSqlite1795461490231 } from './1795461490231-Init.sqlite.js';
import { InitMysql1795461490231 } from './1795461490231-Init.mysql.js';
import { ServiceRequestsSqlite1795463709942 } from './1795463709942-ServiceRequests.sqlite.js';
import { ServiceRequestsMysql1795463709942 } from './1795463709942-ServiceRequests.mysql.js';
import { RepairsBillingSqlite1796156456655 } from './1796156456655-RepairsBilling.sqlite.js';
import { RepairsBillingMysql1796156456655 } from './1796156456655-RepairsBilling.mysql.js';
import { DailyCounterSqlite1796160033152 } from './1796160033152-DailyCounter.sqlite.js';
import { DailyCounterMysql1796160033152 } from './1796160033152-DailyCounter.mysql.js';
// migrations-imports

type MigrationClass = new () => MigrationInterface;
export const MYSQL_MIGRATIONS: MigrationClass[] = [
  InitMysql1795461490231,
  ServiceRequestsMysql1795463709942,
  RepairsBillingMysql1796156456655,
  DailyCounterMysql1796160033152,
];
export const SQLITE_MIGRATIONS: MigrationClass[] = [
  InitSqlite1795461490231,
  ServiceRequestsSqlite1795463709942,
  RepairsBillingSqlite1796156456655,
  DailyCounterSqlite1796160033152,
];
