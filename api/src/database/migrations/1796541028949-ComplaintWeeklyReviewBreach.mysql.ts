import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ComplaintWeeklyReviewBreachMysql1796541028949 implements MigrationInterface {
  name = 'ComplaintWeeklyReviewBreachMysql1796541028949';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query('ALTER TABLE `follow_up` ADD `depth` text NULL');
    await qr.query('ALTER TABLE `complaint_clock` ADD `breach_run` varchar(36) NULL');
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('ALTER TABLE `complaint_clock` DROP COLUMN `breach_run`');
    await qr.query('ALTER TABLE `follow_up` DROP COLUMN `depth`');
  }
}
