import type { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillDailyCounters } from './data-steps.js';

export class DailyCounterMysql1796160033152 implements MigrationInterface {
  name = 'DailyCounterMysql1796160033152';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query(
      'CREATE TABLE `daily_counter` (`prefix` varchar(24) NOT NULL, `last_serial` int NOT NULL, PRIMARY KEY (`prefix`)) ENGINE=InnoDB',
    );
    await backfillDailyCounters(qr);
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP TABLE `daily_counter`');
  }
}
