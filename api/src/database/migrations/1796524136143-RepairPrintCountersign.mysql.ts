import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RepairPrintCountersignMysql1796524136143 implements MigrationInterface {
  name = 'RepairPrintCountersignMysql1796524136143';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query('ALTER TABLE `service_request` ADD `left_at` datetime NULL');
    await qr.query('ALTER TABLE `service_request` ADD `countersigned_by_staff_id` int NULL');
    await qr.query('ALTER TABLE `service_request` ADD `countersigned_at` datetime NULL');
    await qr.query('ALTER TABLE `service_request` ADD `printed_at` datetime NULL');
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('ALTER TABLE `service_request` DROP COLUMN `printed_at`');
    await qr.query('ALTER TABLE `service_request` DROP COLUMN `countersigned_at`');
    await qr.query('ALTER TABLE `service_request` DROP COLUMN `countersigned_by_staff_id`');
    await qr.query('ALTER TABLE `service_request` DROP COLUMN `left_at`');
  }
}
