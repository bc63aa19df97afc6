import type { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillAttachments } from './data-steps.js';

export class RepairsBillingMysql1796156456655 implements MigrationInterface {
  name = 'RepairsBillingMysql1796156456655';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query(
      'CREATE TABLE `request_attachment` (`id` int NOT NULL AUTO_INCREMENT, `request_id` int NOT NULL, `upload_id` int NOT NULL, INDEX `IDX_080c16b6f71557fb40b0635c23` (`upload_id`), UNIQUE INDEX `IDX_30c6ffd281b3aee188319aa59e` (`request_id`, `upload_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await qr.query(
      'CREATE TABLE `callback_record` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `request_id` int NOT NULL, `cycle` int NOT NULL, `kind` varchar(20) NOT NULL, `at` datetime NOT NULL, `staff_id` int NOT NULL, `staff_name` varchar(50) NOT NULL, `method` varchar(10) NOT NULL, `satisfaction` varchar(20) NOT NULL, `comment` varchar(500) NULL, `on_time` tinyint NOT NULL, INDEX `IDX_efce1aa4871a11bb5a7aba3137` (`request_id`, `id`), INDEX `IDX_8f603fdb805eef8c7f9439e4ba` (`project_id`, `at`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await qr.query(
      "CREATE TABLE `bill` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `room_id` int NOT NULL, `kind` varchar(20) NOT NULL, `title` varchar(100) NOT NULL, `source_type` varchar(20) NOT NULL, `source_id` int NOT NULL, `amount_fen` bigint NOT NULL, `status` varchar(10) NOT NULL, `created_at` datetime NOT NULL, `paid_at` datetime NULL, `version` int NOT NULL DEFAULT '0', INDEX `IDX_278f47c8b0d5a37f6bdce35d31` (`room_id`, `status`), INDEX `IDX_5a03f0b77d11f7d43dcfa9566f` (`project_id`, `status`, `id`), UNIQUE INDEX `IDX_885512a57e3cbcd95ce07b83f4` (`source_type`, `source_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await qr.query(
      'CREATE TABLE `payment` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `bill_id` int NOT NULL, `method` varchar(20) NOT NULL, `amount_fen` bigint NOT NULL, `receipt_no` varchar(24) NULL, `received_by_staff_id` int NOT NULL, `received_by_name` varchar(50) NOT NULL, `payer_name` varchar(50) NOT NULL, `at` datetime NOT NULL, `note` varchar(200) NULL, UNIQUE INDEX `IDX_bd6e1adc29607b591acd798995` (`bill_id`), UNIQUE INDEX `IDX_bb2f9665017eb97dc867071cd6` (`receipt_no`), INDEX `IDX_4594cde727df0f0cd6fadb1ad7` (`project_id`, `at`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await qr.query('ALTER TABLE `repair_category` ADD `rota` text NULL');
    await qr.query("ALTER TABLE `repair_category` ADD `rota_cursor` int NOT NULL DEFAULT '0'");
    await qr.query('ALTER TABLE `service_request` ADD `order_returned_at` datetime NULL');
    await qr.query('ALTER TABLE `service_request` ADD `signature_upload_id` int NULL');
    await qr.query('ALTER TABLE `sla_clock` ADD `cancelled_at` datetime NULL');
    await backfillAttachments(qr);
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('ALTER TABLE `sla_clock` DROP COLUMN `cancelled_at`');
    await qr.query('ALTER TABLE `service_request` DROP COLUMN `signature_upload_id`');
    await qr.query('ALTER TABLE `service_request` DROP COLUMN `order_returned_at`');
    await qr.query('ALTER TABLE `repair_category` DROP COLUMN `rota_cursor`');
    await qr.query('ALTER TABLE `repair_category` DROP COLUMN `rota`');
    await qr.query('DROP INDEX `IDX_4594cde727df0f0cd6fadb1ad7` ON `payment`');
    await qr.query('DROP INDEX `IDX_bb2f9665017eb97dc867071cd6` ON `payment`');
    await qr.query('DROP INDEX `IDX_bd6e1adc29607b591acd798995` ON `payment`');
    await qr.query('DROP TABLE `payment`');
    await qr.query('DROP INDEX `IDX_885512a57e3cbcd95ce07b83f4` ON `bill`');
    await qr.query('DROP INDEX `IDX_5a03f0b77d11f7d43dcfa9566f` ON `bill`');
    await qr.query('DROP INDEX `IDX_278f47c8b0d5a37f6bdce35d31` ON `bill`');
    await qr.query('DROP TABLE `bill`');
    await qr.query('DROP INDEX `IDX_8f603fdb805eef8c7f9439e4ba` ON `callback_record`');
    await qr.query('DROP INDEX `IDX_efce1aa4871a11bb5a7aba3137` ON `callback_record`');
    await qr.query('DROP TABLE `callback_record`');
    await qr.query('DROP INDEX `IDX_30c6ffd281b3aee188319aa59e` ON `request_attachment`');
    await qr.query('DROP INDEX `IDX_080c16b6f71557fb40b0635c23` ON `request_attachment`');
    await qr.query('DROP TABLE `request_attachment`');
  }
}
