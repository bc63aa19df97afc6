import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ServiceRequestsMysql1795463709942 implements MigrationInterface {
  name = 'ServiceRequestsMysql1795463709942';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query(
      'CREATE TABLE `project_setting` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `key` varchar(40) NOT NULL, `value` text NOT NULL, UNIQUE INDEX `IDX_c36825160a88fca21255c06a49` (`project_id`, `key`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await qr.query(
      "CREATE TABLE `repair_category` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `code` varchar(20) NOT NULL, `name` varchar(50) NOT NULL, `scope` varchar(10) NOT NULL, `paid` tinyint NOT NULL DEFAULT 0, `price_fen` bigint NULL, `price_note` varchar(100) NULL, `sort` int NOT NULL DEFAULT '0', `active` tinyint NOT NULL DEFAULT 1, UNIQUE INDEX `IDX_b49d24ba04bdd4f8da4313319d` (`project_id`, `code`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await qr.query(
      "CREATE TABLE `service_request` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `code` varchar(24) NULL, `type` varchar(12) NOT NULL, `channel` varchar(12) NOT NULL, `room_id` int NULL, `location` varchar(100) NULL, `requester_person_id` int NULL, `requester_staff_id` int NULL, `requester_name` varchar(50) NOT NULL, `requester_phone_enc` varchar(200) NULL, `category_id` int NOT NULL, `scope` varchar(10) NOT NULL, `charge_kind` varchar(10) NOT NULL, `urgency` varchar(10) NOT NULL, `description` varchar(1000) NOT NULL, `status` varchar(12) NOT NULL, `received_at` datetime NOT NULL, `entered_at` datetime NOT NULL, `entered_by_staff_id` int NULL, `owner_staff_id` int NULL, `appointment_start` datetime NULL, `appointment_end` datetime NULL, `promised_at` datetime NULL, `required_by` datetime NULL, `assignee_staff_id` int NULL, `assignee_team` varchar(50) NULL, `in_pool` tinyint NOT NULL DEFAULT 0, `dispatched_at` datetime NULL, `accepted_at` datetime NULL, `arrived_at` datetime NULL, `finished_at` datetime NULL, `confirmed_at` datetime NULL, `closed_at` datetime NULL, `fee_fen` bigint NULL, `materials` text NULL, `result` varchar(500) NULL, `photo_ids` text NULL, `is_important` tinyint NOT NULL DEFAULT 0, `satisfaction` varchar(20) NULL, `callback_comment` varchar(500) NULL, `cycle` int NOT NULL DEFAULT '0', `version` int NOT NULL DEFAULT '0', `updated_at` datetime NOT NULL, UNIQUE INDEX `IDX_22973a3d5eb50ab8d1e9570c7c` (`code`), INDEX `IDX_fc660ccbc339137775888c58b1` (`assignee_staff_id`, `status`), INDEX `IDX_6fe5eb058beb6f9ff40f6af31e` (`room_id`, `status`), INDEX `IDX_3f10335772b55d4e5fd73e1b71` (`project_id`, `status`, `id`), INDEX `IDX_30d7790aba93ccfb2d4764b540` (`project_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await qr.query(
      'CREATE TABLE `request_event` (`id` int NOT NULL AUTO_INCREMENT, `request_id` int NOT NULL, `project_id` int NOT NULL, `at` datetime NOT NULL, `actor_kind` varchar(10) NOT NULL, `actor_id` int NULL, `actor_name` varchar(50) NOT NULL, `action` varchar(20) NOT NULL, `from_status` varchar(12) NULL, `to_status` varchar(12) NULL, `note` varchar(500) NULL, `data` text NULL, `photo_ids` text NULL, INDEX `IDX_038f94581326f341d8c1ae2fed` (`request_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await qr.query(
      'CREATE TABLE `duty_log_entry` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `at` datetime NOT NULL, `staff_id` int NULL, `staff_name` varchar(50) NOT NULL, `kind` varchar(10) NOT NULL, `request_id` int NULL, `content` varchar(500) NOT NULL, INDEX `IDX_e2b9d1978a67aa930e93374a05` (`project_id`, `at`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await qr.query(
      'CREATE TABLE `upload` (`id` int NOT NULL AUTO_INCREMENT, `storage_key` varchar(200) NOT NULL, `content_type` varchar(50) NOT NULL, `size` int NOT NULL, `owner_kind` varchar(10) NOT NULL, `owner_id` int NOT NULL, `created_at` datetime NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await qr.query(
      "CREATE TABLE `sla_clock` (`id` int NOT NULL AUTO_INCREMENT, `request_id` int NOT NULL, `project_id` int NOT NULL, `kind` varchar(20) NOT NULL, `cycle` int NOT NULL DEFAULT '0', `started_at` datetime NOT NULL, `due_at` datetime NOT NULL, `met_at` datetime NULL, `paused_at` datetime NULL, `breached_at` datetime NULL, `breach_run` varchar(36) NULL, `extended_until` datetime NULL, `extension_approved_by` int NULL, `extension_reason` varchar(200) NULL, INDEX `IDX_50b9c3d3f6cdd210ff65aa698d` (`project_id`, `kind`, `met_at`), INDEX `IDX_17c11abc112b3b4885fc33263d` (`met_at`, `breached_at`, `due_at`), UNIQUE INDEX `IDX_cce29d4e0089ebc2836aa86bc7` (`request_id`, `kind`, `cycle`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await qr.query(
      "CREATE TABLE `outbox` (`id` int NOT NULL AUTO_INCREMENT, `channel` varchar(20) NOT NULL, `dedupe_key` varchar(80) NOT NULL, `payload` text NOT NULL, `created_at` datetime NOT NULL, `next_attempt_at` datetime NOT NULL, `attempts` int NOT NULL DEFAULT '0', `sent_at` datetime NULL, `outcome` varchar(20) NULL, `last_error` varchar(300) NULL, UNIQUE INDEX `IDX_52c6221ea953d3acd726ca982d` (`dedupe_key`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await qr.query(
      'CREATE TABLE `staff_notification` (`id` int NOT NULL AUTO_INCREMENT, `staff_id` int NOT NULL, `project_id` int NULL, `title` varchar(100) NOT NULL, `body` varchar(300) NOT NULL, `link` varchar(200) NULL, `created_at` datetime NOT NULL, `read_at` datetime NULL, INDEX `IDX_dd3599a896d10d7e823921093d` (`staff_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await qr.query(
      "CREATE TABLE `subscribe_credit` (`id` int NOT NULL AUTO_INCREMENT, `person_id` int NOT NULL, `template` varchar(20) NOT NULL, `credits` int NOT NULL DEFAULT '0', UNIQUE INDEX `IDX_4a868d8801a59edae92ba9e203` (`person_id`, `template`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await qr.query(
      'CREATE TABLE `sla_extension` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `request_id` int NOT NULL, `clock_id` int NOT NULL, `until` datetime NOT NULL, `reason` varchar(200) NOT NULL, `status` varchar(10) NOT NULL, `requested_by` int NOT NULL, `requested_at` datetime NOT NULL, `decided_by` int NULL, `decided_at` datetime NULL, `decision_note` varchar(200) NULL, INDEX `IDX_4ebd66a664708d74d38ab2d48d` (`project_id`, `status`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX `IDX_4ebd66a664708d74d38ab2d48d` ON `sla_extension`');
    await qr.query('DROP TABLE `sla_extension`');
    await qr.query('DROP INDEX `IDX_4a868d8801a59edae92ba9e203` ON `subscribe_credit`');
    await qr.query('DROP TABLE `subscribe_credit`');
    await qr.query('DROP INDEX `IDX_dd3599a896d10d7e823921093d` ON `staff_notification`');
    await qr.query('DROP TABLE `staff_notification`');
    await qr.query('DROP INDEX `IDX_52c6221ea953d3acd726ca982d` ON `outbox`');
    await qr.query('DROP TABLE `outbox`');
    await qr.query('DROP INDEX `IDX_cce29d4e0089ebc2836aa86bc7` ON `sla_clock`');
    await qr.query('DROP INDEX `IDX_17c11abc112b3b4885fc33263d` ON `sla_clock`');
    await qr.query('DROP INDEX `IDX_50b9c3d3f6cdd210ff65aa698d` ON `sla_clock`');
    await qr.query('DROP TABLE `sla_clock`');
    await qr.query('DROP TABLE `upload`');
    await qr.query('DROP INDEX `IDX_e2b9d1978a67aa930e93374a05` ON `duty_log_entry`');
    await qr.query('DROP TABLE `duty_log_entry`');
    await qr.query('DROP INDEX `IDX_038f94581326f341d8c1ae2fed` ON `request_event`');
    await qr.query('DROP TABLE `request_event`');
    await qr.query('DROP INDEX `IDX_30d7790aba93ccfb2d4764b540` ON `service_request`');
    await qr.query('DROP INDEX `IDX_3f10335772b55d4e5fd73e1b71` ON `service_request`');
    await qr.query('DROP INDEX `IDX_6fe5eb058beb6f9ff40f6af31e` ON `service_request`');
    await qr.query('DROP INDEX `IDX_fc660ccbc339137775888c58b1` ON `service_request`');
    await qr.query('DROP INDEX `IDX_22973a3d5eb50ab8d1e9570c7c` ON `service_request`');
    await qr.query('DROP TABLE `service_request`');
    await qr.query('DROP INDEX `IDX_b49d24ba04bdd4f8da4313319d` ON `repair_category`');
    await qr.query('DROP TABLE `repair_category`');
    await qr.query('DROP INDEX `IDX_c36825160a88fca21255c06a49` ON `project_setting`');
    await qr.query('DROP TABLE `project_setting`');
  }
}
