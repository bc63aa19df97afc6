import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OwnerRecordsMysql1796618708300 implements MigrationInterface {
  name = 'OwnerRecordsMysql1796618708300';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE `room_fee_change` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `room_id` int NOT NULL, `field` varchar(10) NOT NULL, `from_value` varchar(30) NOT NULL, `to_value` varchar(30) NOT NULL, `effective_on` varchar(10) NOT NULL, `reason` varchar(200) NOT NULL, `status` varchar(10) NOT NULL, `active_key` varchar(30) NULL, `requested_by` int NOT NULL, `requested_by_name` varchar(50) NOT NULL, `requested_at` datetime NOT NULL, `decided_by` int NULL, `decided_by_name` varchar(50) NULL, `decided_at` datetime NULL, `reject_reason` varchar(200) NULL, `delivered_how` varchar(10) NULL, `delivered_at` datetime NULL, `delivered_by_name` varchar(50) NULL, `delivery_note` varchar(200) NULL, `effective_at` datetime NULL, INDEX `IDX_5c82e73d258dd2deb3fd7cb4ad` (`room_id`), UNIQUE INDEX `IDX_d9e884f3225911c2636199d61e` (`active_key`), INDEX `IDX_e4ac68e6a2b0ec81628bc4d65c` (`project_id`, `status`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await qr.query("ALTER TABLE `room` ADD `record_status` varchar(10) NOT NULL DEFAULT 'verified'");
    await qr.query("ALTER TABLE `room` ADD `record_received_on` varchar(10) NULL");
    await qr.query("ALTER TABLE `room` ADD `record_late` tinyint NOT NULL DEFAULT 0");
    await qr.query("ALTER TABLE `room` ADD `record_entered_by` int NULL");
    await qr.query("ALTER TABLE `room` ADD `record_verified_by` int NULL");
    await qr.query("ALTER TABLE `room` ADD `record_verified_by_name` varchar(50) NULL");
    await qr.query("ALTER TABLE `room` ADD `record_verified_at` datetime NULL");
    await qr.query("ALTER TABLE `room` ADD `record_documents` varchar(100) NULL");
    await qr.query("ALTER TABLE `room` ADD `code_status` varchar(10) NOT NULL DEFAULT 'approved'");
    await qr.query("ALTER TABLE `room` ADD `code_approved_by` int NULL");
    await qr.query("ALTER TABLE `room` ADD `code_approved_by_name` varchar(50) NULL");
    await qr.query("ALTER TABLE `room` ADD `code_approved_at` datetime NULL");
    await qr.query("ALTER TABLE `room` ADD `fee_start_on` varchar(10) NULL");
    await qr.query("ALTER TABLE `room` ADD `fee_account_enc` varchar(200) NULL");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("ALTER TABLE `room` DROP COLUMN `fee_account_enc`");
    await qr.query("ALTER TABLE `room` DROP COLUMN `fee_start_on`");
    await qr.query("ALTER TABLE `room` DROP COLUMN `code_approved_at`");
    await qr.query("ALTER TABLE `room` DROP COLUMN `code_approved_by_name`");
    await qr.query("ALTER TABLE `room` DROP COLUMN `code_approved_by`");
    await qr.query("ALTER TABLE `room` DROP COLUMN `code_status`");
    await qr.query("ALTER TABLE `room` DROP COLUMN `record_documents`");
    await qr.query("ALTER TABLE `room` DROP COLUMN `record_verified_at`");
    await qr.query("ALTER TABLE `room` DROP COLUMN `record_verified_by_name`");
    await qr.query("ALTER TABLE `room` DROP COLUMN `record_verified_by`");
    await qr.query("ALTER TABLE `room` DROP COLUMN `record_entered_by`");
    await qr.query("ALTER TABLE `room` DROP COLUMN `record_late`");
    await qr.query("ALTER TABLE `room` DROP COLUMN `record_received_on`");
    await qr.query("ALTER TABLE `room` DROP COLUMN `record_status`");
    await qr.query("DROP INDEX `IDX_e4ac68e6a2b0ec81628bc4d65c` ON `room_fee_change`");
    await qr.query("DROP INDEX `IDX_d9e884f3225911c2636199d61e` ON `room_fee_change`");
    await qr.query("DROP INDEX `IDX_5c82e73d258dd2deb3fd7cb4ad` ON `room_fee_change`");
    await qr.query("DROP TABLE `room_fee_change`");
  }
}
