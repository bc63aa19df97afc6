import type { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillDailyCounters } from './data-steps.js';

export class DailyCounterSqlite1796160033152 implements MigrationInterface {
  name = 'DailyCounterSqlite1796160033152';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query('CREATE TABLE "daily_counter" ("prefix" varchar(24) PRIMARY KEY NOT NULL, "last_serial" integer NOT NULL)');
    await backfillDailyCounters(qr);
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP TABLE "daily_counter"');
  }
}
