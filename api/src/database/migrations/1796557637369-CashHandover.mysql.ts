import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CashHandoverMysql1796557637369 implements MigrationInterface {
  name = 'CashHandoverMysql1796557637369';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE `cash_handover` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(24) NOT NULL, `project_id` int NOT NULL, `cashier_staff_id` int NOT NULL, `cashier_name` varchar(50) NOT NULL, `business_day` varchar(10) NOT NULL, `payment_count` int NOT NULL, `total_fen` bigint NOT NULL, `cash_fen` bigint NOT NULL, `by_method` text NOT NULL, `status` varchar(10) NOT NULL, `note` varchar(200) NULL, `created_at` datetime NOT NULL, `received_cash_fen` bigint NULL, `confirmed_by_staff_id` int NULL, `confirmed_by_name` varchar(50) NULL, `confirmed_at` datetime NULL, `confirm_note` varchar(200) NULL, UNIQUE INDEX `IDX_3bc24ad88ee83cfc050474ee8c` (`code`), INDEX `IDX_8d37530f46650de381ccfb661a` (`project_id`, `status`, `id`), INDEX `IDX_55c842dbccc50af8a7571cee51` (`project_id`, `business_day`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await qr.query("ALTER TABLE `payment` ADD `handover_id` int NULL");
    await qr.query("CREATE INDEX `IDX_4f8c9ff59242a02feee61a7350` ON `payment` (`received_by_staff_id`, `handover_id`, `at`)");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX `IDX_4f8c9ff59242a02feee61a7350` ON `payment`");
    await qr.query("ALTER TABLE `payment` DROP COLUMN `handover_id`");
    await qr.query("DROP INDEX `IDX_55c842dbccc50af8a7571cee51` ON `cash_handover`");
    await qr.query("DROP INDEX `IDX_8d37530f46650de381ccfb661a` ON `cash_handover`");
    await qr.query("DROP INDEX `IDX_3bc24ad88ee83cfc050474ee8c` ON `cash_handover`");
    await qr.query("DROP TABLE `cash_handover`");
  }
}
