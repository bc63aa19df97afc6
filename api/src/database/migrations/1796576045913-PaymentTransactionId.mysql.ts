import type { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillPaymentTransactionIds } from './data-steps.js';

export class PaymentTransactionIdMysql1796576045913 implements MigrationInterface {
  name = 'PaymentTransactionIdMysql1796576045913';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("ALTER TABLE `payment` ADD `transaction_id` varchar(32) NULL");
    await qr.query("CREATE INDEX `IDX_82c3470854cf4642dfb0d7150c` ON `payment` (`transaction_id`)");
    await backfillPaymentTransactionIds(qr);
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX `IDX_82c3470854cf4642dfb0d7150c` ON `payment`");
    await qr.query("ALTER TABLE `payment` DROP COLUMN `transaction_id`");
  }
}
