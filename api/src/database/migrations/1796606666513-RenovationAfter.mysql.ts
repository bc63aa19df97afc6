import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RenovationAfterMysql1796606666513 implements MigrationInterface {
  name = 'RenovationAfterMysql1796606666513';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE `renovation_inspection` (`id` int NOT NULL AUTO_INCREMENT, `renovation_id` int NOT NULL, `project_id` int NOT NULL, `on_date` varchar(10) NOT NULL, `result` varchar(12) NOT NULL, `violations` text NOT NULL, `note` varchar(500) NULL, `inspector_id` int NOT NULL, `inspector_name` varchar(50) NOT NULL, `at` datetime NOT NULL, INDEX `IDX_e0e8b82456f2187121b44ba4e7` (`project_id`, `on_date`), UNIQUE INDEX `IDX_a4a2fe3e328e416337e2fc9fb9` (`renovation_id`, `on_date`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await qr.query("CREATE TABLE `renovation_notice` (`id` int NOT NULL AUTO_INCREMENT, `renovation_id` int NOT NULL, `project_id` int NOT NULL, `inspection_id` int NOT NULL, `code` varchar(24) NOT NULL, `violations` text NOT NULL, `note` varchar(500) NULL, `deadline_on` varchar(10) NOT NULL, `status` varchar(10) NOT NULL, `issued_at` datetime NOT NULL, `issued_by_name` varchar(50) NOT NULL, `closed_at` datetime NULL, `closed_by_name` varchar(50) NULL, `closed_inspection_id` int NULL, `reported_at` datetime NULL, `reported_by_name` varchar(50) NULL, `report_note` varchar(200) NULL, UNIQUE INDEX `IDX_a91ad77bc46dbeacd3cb2684e8` (`code`), INDEX `IDX_122996df6138ae6b67873ea0db` (`renovation_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await qr.query("ALTER TABLE `renovation` ADD `acceptance_requested_at` datetime NULL");
    await qr.query("ALTER TABLE `renovation` ADD `acceptance_due_at` datetime NULL");
    await qr.query("ALTER TABLE `renovation` ADD `acceptance_count` int NOT NULL DEFAULT '0'");
    await qr.query("ALTER TABLE `renovation` ADD `acceptance_requirements` varchar(1000) NULL");
    await qr.query("ALTER TABLE `renovation` ADD `acceptance_rectify_by` varchar(10) NULL");
    await qr.query("ALTER TABLE `renovation` ADD `acceptance_failed_at` datetime NULL");
    await qr.query("ALTER TABLE `renovation` ADD `acceptance_failed_by_name` varchar(50) NULL");
    await qr.query("ALTER TABLE `renovation` ADD `accepted_at` datetime NULL");
    await qr.query("ALTER TABLE `renovation` ADD `accepted_by_name` varchar(50) NULL");
    await qr.query("ALTER TABLE `renovation` ADD `collected_passes` text NULL");
    await qr.query("ALTER TABLE `renovation` ADD `refund_start_due_at` datetime NULL");
    await qr.query("ALTER TABLE `renovation` ADD `refund_due_at` datetime NULL");
    await qr.query("ALTER TABLE `renovation` ADD `refund_started_at` datetime NULL");
    await qr.query("ALTER TABLE `renovation` ADD `refund_started_by_name` varchar(50) NULL");
    await qr.query("ALTER TABLE `renovation` ADD `refunded_at` datetime NULL");
    await qr.query("ALTER TABLE `renovation_fee` ADD `deduction_fen` bigint NOT NULL DEFAULT '0'");
    await qr.query("ALTER TABLE `renovation_fee` ADD `deduction_reason` varchar(200) NULL");
    await qr.query("ALTER TABLE `renovation_fee` ADD `refund_id` int NULL");
    await qr.query("ALTER TABLE `renovation_fee` ADD `refund_requested_at` datetime NULL");
    await qr.query("ALTER TABLE `renovation_fee` ADD `refunded_fen` bigint NULL");
    await qr.query("ALTER TABLE `renovation_fee` ADD `refunded_at` datetime NULL");
    await qr.query("ALTER TABLE `renovation_file` ADD `inspection_id` int NULL");
    await qr.query("CREATE INDEX `IDX_9f9c6abde25e860eccdc942f3d` ON `renovation_fee` (`refund_id`)");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX `IDX_9f9c6abde25e860eccdc942f3d` ON `renovation_fee`");
    await qr.query("ALTER TABLE `renovation_file` DROP COLUMN `inspection_id`");
    await qr.query("ALTER TABLE `renovation_fee` DROP COLUMN `refunded_at`");
    await qr.query("ALTER TABLE `renovation_fee` DROP COLUMN `refunded_fen`");
    await qr.query("ALTER TABLE `renovation_fee` DROP COLUMN `refund_requested_at`");
    await qr.query("ALTER TABLE `renovation_fee` DROP COLUMN `refund_id`");
    await qr.query("ALTER TABLE `renovation_fee` DROP COLUMN `deduction_reason`");
    await qr.query("ALTER TABLE `renovation_fee` DROP COLUMN `deduction_fen`");
    await qr.query("ALTER TABLE `renovation` DROP COLUMN `refunded_at`");
    await qr.query("ALTER TABLE `renovation` DROP COLUMN `refund_started_by_name`");
    await qr.query("ALTER TABLE `renovation` DROP COLUMN `refund_started_at`");
    await qr.query("ALTER TABLE `renovation` DROP COLUMN `refund_due_at`");
    await qr.query("ALTER TABLE `renovation` DROP COLUMN `refund_start_due_at`");
    await qr.query("ALTER TABLE `renovation` DROP COLUMN `collected_passes`");
    await qr.query("ALTER TABLE `renovation` DROP COLUMN `accepted_by_name`");
    await qr.query("ALTER TABLE `renovation` DROP COLUMN `accepted_at`");
    await qr.query("ALTER TABLE `renovation` DROP COLUMN `acceptance_failed_by_name`");
    await qr.query("ALTER TABLE `renovation` DROP COLUMN `acceptance_failed_at`");
    await qr.query("ALTER TABLE `renovation` DROP COLUMN `acceptance_rectify_by`");
    await qr.query("ALTER TABLE `renovation` DROP COLUMN `acceptance_requirements`");
    await qr.query("ALTER TABLE `renovation` DROP COLUMN `acceptance_count`");
    await qr.query("ALTER TABLE `renovation` DROP COLUMN `acceptance_due_at`");
    await qr.query("ALTER TABLE `renovation` DROP COLUMN `acceptance_requested_at`");
    await qr.query("DROP INDEX `IDX_122996df6138ae6b67873ea0db` ON `renovation_notice`");
    await qr.query("DROP INDEX `IDX_a91ad77bc46dbeacd3cb2684e8` ON `renovation_notice`");
    await qr.query("DROP TABLE `renovation_notice`");
    await qr.query("DROP INDEX `IDX_a4a2fe3e328e416337e2fc9fb9` ON `renovation_inspection`");
    await qr.query("DROP INDEX `IDX_e0e8b82456f2187121b44ba4e7` ON `renovation_inspection`");
    await qr.query("DROP TABLE `renovation_inspection`");
  }
}
