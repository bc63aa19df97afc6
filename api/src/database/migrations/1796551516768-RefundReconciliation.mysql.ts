import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RefundReconciliationMysql1796551516768 implements MigrationInterface {
  name = 'RefundReconciliationMysql1796551516768';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX `IDX_9a4cffe6b2ce85bf3809b4f490` ON `recon_diff`");
    await qr.query("ALTER TABLE `refund` ADD `accepted_at` datetime NULL");
    await qr.query("ALTER TABLE `recon_day` ADD `provider_refund_count` int NOT NULL DEFAULT '0'");
    await qr.query("ALTER TABLE `recon_day` ADD `provider_refund_fen` bigint NOT NULL DEFAULT '0'");
    await qr.query("ALTER TABLE `recon_day` ADD `our_refund_count` int NOT NULL DEFAULT '0'");
    await qr.query("ALTER TABLE `recon_day` ADD `our_refund_fen` bigint NOT NULL DEFAULT '0'");
    await qr.query("ALTER TABLE `recon_diff` ADD `out_refund_no` varchar(64) NOT NULL DEFAULT ''");
    await qr.query("CREATE UNIQUE INDEX `IDX_1b8ae696e2a3b495b85e5a0bfb` ON `recon_diff` (`bill_date`, `out_trade_no`, `kind`, `out_refund_no`)");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX `IDX_1b8ae696e2a3b495b85e5a0bfb` ON `recon_diff`");
    await qr.query("ALTER TABLE `recon_diff` DROP COLUMN `out_refund_no`");
    await qr.query("ALTER TABLE `recon_day` DROP COLUMN `our_refund_fen`");
    await qr.query("ALTER TABLE `recon_day` DROP COLUMN `our_refund_count`");
    await qr.query("ALTER TABLE `recon_day` DROP COLUMN `provider_refund_fen`");
    await qr.query("ALTER TABLE `recon_day` DROP COLUMN `provider_refund_count`");
    await qr.query("ALTER TABLE `refund` DROP COLUMN `accepted_at`");
    await qr.query("CREATE UNIQUE INDEX `IDX_9a4cffe6b2ce85bf3809b4f490` ON `recon_diff` (`bill_date`, `out_trade_no`, `kind`)");
  }
}
