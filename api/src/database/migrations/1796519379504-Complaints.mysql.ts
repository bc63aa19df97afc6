import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ComplaintsMysql1796519379504 implements MigrationInterface {
  name = 'ComplaintsMysql1796519379504';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query(
      "CREATE TABLE `complaint` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `code` varchar(24) NULL, `serial` int NULL, `code_history` text NULL, `importance` varchar(1) NULL, `category` varchar(2) NULL, `kind` varchar(10) NULL, `class_item_id` int NULL, `status` varchar(12) NOT NULL, `channel` varchar(12) NOT NULL, `room_id` int NULL, `complainant_person_id` int NULL, `complainant_name` varchar(50) NOT NULL, `complainant_phone_enc` varchar(200) NULL, `problem` varchar(1000) NOT NULL, `asks` varchar(500) NULL, `asked_by` datetime NULL, `immediate` text NULL, `received_at` datetime NOT NULL, `entered_at` datetime NOT NULL, `taker_staff_id` int NULL, `promised_at` datetime NOT NULL, `reviewed_at` datetime NULL, `reviewed_by` int NULL, `invalid_reason` varchar(500) NULL, `escalated_at` datetime NULL, `handler_staff_id` int NULL, `handled_at` datetime NULL, `result` varchar(500) NULL, `replied_at` datetime NULL, `closed_at` datetime NULL, `satisfaction` varchar(20) NULL, `cycle` int NOT NULL DEFAULT '0', `version` int NOT NULL DEFAULT '0', `updated_at` datetime NOT NULL, UNIQUE INDEX `IDX_18e4cb5b98a5cbe4994c004ef4` (`code`), INDEX `IDX_7f9d4723f1afdc3b1266dc60ed` (`complainant_person_id`, `id`), UNIQUE INDEX `IDX_9de268b765dcb9213b1cf99b17` (`project_id`, `serial`), INDEX `IDX_dc34e38f077a20bcf7d054a7b7` (`project_id`, `status`, `id`), INDEX `IDX_fd3b5341be862201ed76f6fd00` (`project_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await qr.query(
      "CREATE TABLE `complaint_event` (`id` int NOT NULL AUTO_INCREMENT, `complaint_id` int NOT NULL, `project_id` int NOT NULL, `at` datetime NOT NULL, `actor_kind` varchar(10) NOT NULL, `actor_id` int NULL, `actor_name` varchar(50) NOT NULL, `action` varchar(20) NOT NULL, `from_status` varchar(12) NULL, `to_status` varchar(12) NULL, `note` varchar(500) NULL, `audience` varchar(5) NOT NULL DEFAULT 'staff', `owner_note` varchar(500) NULL, `data` text NULL, INDEX `IDX_a86d990c1a1937359a5623f578` (`complaint_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await qr.query(
      "CREATE TABLE `complaint_clock` (`id` int NOT NULL AUTO_INCREMENT, `complaint_id` int NOT NULL, `project_id` int NOT NULL, `kind` varchar(20) NOT NULL, `cycle` int NOT NULL DEFAULT '0', `started_at` datetime NOT NULL, `due_at` datetime NOT NULL, `met_at` datetime NULL, `breached_at` datetime NULL, `extended_until` datetime NULL, `extension_approved_by` int NULL, `extension_reason` varchar(200) NULL, `cancelled_at` datetime NULL, INDEX `IDX_d8cddcd87bd865214524e7dd60` (`project_id`, `met_at`, `due_at`), UNIQUE INDEX `IDX_132d8afa826d759d4b82619068` (`complaint_id`, `kind`, `cycle`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await qr.query(
      "CREATE TABLE `complaint_class_item` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `importance` varchar(1) NOT NULL, `category` varchar(2) NOT NULL, `name` varchar(100) NOT NULL, `note` varchar(200) NULL, `sort` int NOT NULL DEFAULT '0', `active` tinyint NOT NULL DEFAULT 1, INDEX `IDX_23145bc768d59d7e1dc26fe883` (`project_id`, `sort`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX `IDX_23145bc768d59d7e1dc26fe883` ON `complaint_class_item`');
    await qr.query('DROP TABLE `complaint_class_item`');
    await qr.query('DROP INDEX `IDX_132d8afa826d759d4b82619068` ON `complaint_clock`');
    await qr.query('DROP INDEX `IDX_d8cddcd87bd865214524e7dd60` ON `complaint_clock`');
    await qr.query('DROP TABLE `complaint_clock`');
    await qr.query('DROP INDEX `IDX_a86d990c1a1937359a5623f578` ON `complaint_event`');
    await qr.query('DROP TABLE `complaint_event`');
    await qr.query('DROP INDEX `IDX_fd3b5341be862201ed76f6fd00` ON `complaint`');
    await qr.query('DROP INDEX `IDX_dc34e38f077a20bcf7d054a7b7` ON `complaint`');
    await qr.query('DROP INDEX `IDX_9de268b765dcb9213b1cf99b17` ON `complaint`');
    await qr.query('DROP INDEX `IDX_7f9d4723f1afdc3b1266dc60ed` ON `complaint`');
    await qr.query('DROP INDEX `IDX_18e4cb5b98a5cbe4994c004ef4` ON `complaint`');
    await qr.query('DROP TABLE `complaint`');
  }
}
