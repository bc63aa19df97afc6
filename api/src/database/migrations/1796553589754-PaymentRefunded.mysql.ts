import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PaymentRefundedMysql1796553589754 implements MigrationInterface {
  name = 'PaymentRefundedMysql1796553589754';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("ALTER TABLE `payment` ADD `refunded_fen` bigint NOT NULL DEFAULT '0'");
    await qr.query("ALTER TABLE `payment` ADD `refunded_at` datetime NULL");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("ALTER TABLE `payment` DROP COLUMN `refunded_at`");
    await qr.query("ALTER TABLE `payment` DROP COLUMN `refunded_fen`");
  }
}
