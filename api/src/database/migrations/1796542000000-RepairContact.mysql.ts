import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RepairContactMysql1796542000000 implements MigrationInterface {
  name = 'RepairContactMysql1796542000000';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query('ALTER TABLE `service_request` ADD `contacted_at` datetime NULL');
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('ALTER TABLE `service_request` DROP COLUMN `contacted_at`');
  }
}
