import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FeeItemsBillRunMysql1796519101173 implements MigrationInterface {
  name = 'FeeItemsBillRunMysql1796519101173';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query(
      "CREATE TABLE `fee_item` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `code` varchar(20) NOT NULL, `name` varchar(40) NOT NULL, `category` varchar(20) NOT NULL, `basis` varchar(10) NOT NULL, `unit_fen` int NOT NULL DEFAULT '0', `tiers` text NULL, `meter_unit` varchar(10) NULL, `room_use` varchar(20) NULL, `due_day` int NOT NULL DEFAULT '25', `late_fee_per_ten_thousand` int NOT NULL DEFAULT '0', `late_fee_grace_days` int NOT NULL DEFAULT '0', `late_fee_cap_percent` int NOT NULL DEFAULT '100', `basis_note` varchar(200) NULL, `active` tinyint NOT NULL DEFAULT 1, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, UNIQUE INDEX `IDX_ef59e380e1091a7801c0407f83` (`project_id`, `code`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await qr.query(
      'CREATE TABLE `meter_reading` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `room_id` int NOT NULL, `fee_item_id` int NOT NULL, `period` varchar(7) NOT NULL, `previous` bigint NOT NULL, `current` bigint NOT NULL, `usage` bigint NOT NULL, `amount_fen` bigint NOT NULL, `read_by_staff_id` int NOT NULL, `read_by_name` varchar(50) NOT NULL, `at` datetime NOT NULL, INDEX `IDX_928c4291e54bbbdf90c5ccfaca` (`project_id`, `period`, `id`), UNIQUE INDEX `IDX_951d6951c0c7b946ea807ab30b` (`room_id`, `fee_item_id`, `period`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await qr.query(
      "CREATE TABLE `bill_run` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `period` varchar(7) NOT NULL, `status` varchar(10) NOT NULL, `cursor_room_id` int NOT NULL DEFAULT '0', `bills_created` int NOT NULL DEFAULT '0', `amount_fen` bigint NOT NULL DEFAULT '0', `runs` int NOT NULL DEFAULT '0', `started_by_staff_id` int NOT NULL, `started_by_name` varchar(50) NOT NULL, `started_at` datetime NOT NULL, `finished_at` datetime NULL, UNIQUE INDEX `IDX_fe4e672414e57bebbf32c510db` (`project_id`, `period`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await qr.query('ALTER TABLE `bill` ADD `fee_item_id` int NULL');
    await qr.query('ALTER TABLE `bill` ADD `period` varchar(7) NULL');
    await qr.query('ALTER TABLE `bill` ADD `due_on` varchar(10) NULL');
    await qr.query("ALTER TABLE `payment` ADD `late_fee_fen` bigint NOT NULL DEFAULT '0'");
    await qr.query('DROP INDEX `IDX_885512a57e3cbcd95ce07b83f4` ON `bill`');
    await qr.query('ALTER TABLE `bill` CHANGE `source_id` `source_id` int NULL');
    await qr.query('CREATE UNIQUE INDEX `IDX_200af7f45d01072a6a2fb8b54e` ON `bill` (`room_id`, `fee_item_id`, `period`)');
    await qr.query('CREATE UNIQUE INDEX `IDX_885512a57e3cbcd95ce07b83f4` ON `bill` (`source_type`, `source_id`)');
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX `IDX_885512a57e3cbcd95ce07b83f4` ON `bill`');
    await qr.query('DROP INDEX `IDX_200af7f45d01072a6a2fb8b54e` ON `bill`');
    await qr.query('ALTER TABLE `bill` CHANGE `source_id` `source_id` int NOT NULL');
    await qr.query('CREATE UNIQUE INDEX `IDX_885512a57e3cbcd95ce07b83f4` ON `bill` (`source_type`, `source_id`)');
    await qr.query('ALTER TABLE `payment` DROP COLUMN `late_fee_fen`');
    await qr.query('ALTER TABLE `bill` DROP COLUMN `due_on`');
    await qr.query('ALTER TABLE `bill` DROP COLUMN `period`');
    await qr.query('ALTER TABLE `bill` DROP COLUMN `fee_item_id`');
    await qr.query('DROP INDEX `IDX_fe4e672414e57bebbf32c510db` ON `bill_run`');
    await qr.query('DROP TABLE `bill_run`');
    await qr.query('DROP INDEX `IDX_951d6951c0c7b946ea807ab30b` ON `meter_reading`');
    await qr.query('DROP INDEX `IDX_928c4291e54bbbdf90c5ccfaca` ON `meter_reading`');
    await qr.query('DROP TABLE `meter_reading`');
    await qr.query('DROP INDEX `IDX_ef59e380e1091a7801c0407f83` ON `fee_item`');
    await qr.query('DROP TABLE `fee_item`');
  }
}
