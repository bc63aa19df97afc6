import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ActivitiesSurveysMysql1796596755484 implements MigrationInterface {
  name = 'ActivitiesSurveysMysql1796596755484';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query(
      'CREATE TABLE `activity_plan` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `year` int NOT NULL, `finalized_at` datetime NULL, `finalized_by_name` varchar(50) NULL, `created_at` datetime NOT NULL, UNIQUE INDEX `IDX_aef254447b9894bb13a4339e6b` (`project_id`, `year`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await qr.query(
      "CREATE TABLE `activity` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `plan_id` int NOT NULL, `year` int NOT NULL, `extra` tinyint NOT NULL DEFAULT 0, `theme` varchar(40) NOT NULL, `purpose` varchar(500) NOT NULL, `planned_month` varchar(7) NOT NULL, `budget_fen` bigint NOT NULL, `status` varchar(16) NOT NULL, `description` text NULL, `starts_at` datetime NULL, `ends_at` datetime NULL, `place` varchar(100) NULL, `capacity` int NULL, `max_per_signup` int NOT NULL DEFAULT '4', `signed_people` int NOT NULL DEFAULT '0', `safety_measures` text NULL, `poll_question` varchar(100) NULL, `poll_options` text NULL, `poll_opened_at` datetime NULL, `budget_requested_fen` bigint NULL, `budget_note` varchar(200) NULL, `budget_approved_fen` bigint NULL, `budget_approved_by_name` varchar(50) NULL, `budget_approved_at` datetime NULL, `budget_reject_reason` varchar(200) NULL, `published_at` datetime NULL, `published_by_name` varchar(50) NULL, `summary` text NULL, `finished_at` datetime NULL, `archived_at` datetime NULL, `archived_by_name` varchar(50) NULL, `cancel_reason` varchar(200) NULL, `created_by_staff_id` int NOT NULL, `created_by_name` varchar(50) NOT NULL, `version` int NOT NULL DEFAULT '0', `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, INDEX `IDX_f246ab3c597d031a6fc85a713f` (`project_id`, `year`, `id`), INDEX `IDX_5c05881978f18109987257a80b` (`project_id`, `status`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await qr.query(
      'CREATE TABLE `activity_signup` (`id` int NOT NULL AUTO_INCREMENT, `activity_id` int NOT NULL, `person_id` int NOT NULL, `room_id` int NOT NULL, `name` varchar(50) NOT NULL, `people` int NOT NULL, `status` varchar(10) NOT NULL, `created_at` datetime NOT NULL, `cancelled_at` datetime NULL, INDEX `IDX_c89476454d8bc50925c5fd2bc9` (`person_id`), UNIQUE INDEX `IDX_b9dbae85c02d8206193365a97d` (`activity_id`, `person_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await qr.query(
      'CREATE TABLE `activity_poll_vote` (`id` int NOT NULL AUTO_INCREMENT, `activity_id` int NOT NULL, `person_id` int NOT NULL, `choice` int NOT NULL, `created_at` datetime NOT NULL, UNIQUE INDEX `IDX_60b08539faaebb27dbdc4c404a` (`activity_id`, `person_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await qr.query(
      'CREATE TABLE `activity_callback` (`id` int NOT NULL AUTO_INCREMENT, `activity_id` int NOT NULL, `signup_id` int NOT NULL, `satisfied` tinyint NOT NULL, `note` varchar(200) NULL, `staff_id` int NOT NULL, `staff_name` varchar(50) NOT NULL, `called_at` datetime NOT NULL, UNIQUE INDEX `IDX_dc7bc8cf68a6561865aa996059` (`activity_id`, `signup_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await qr.query(
      'CREATE TABLE `activity_photo` (`id` int NOT NULL AUTO_INCREMENT, `activity_id` int NOT NULL, `upload_id` int NOT NULL, INDEX `IDX_03fe99ddca7aa289b79fb3f072` (`upload_id`), UNIQUE INDEX `IDX_40d3692213228a4f10dcba7939` (`activity_id`, `upload_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await qr.query(
      'CREATE TABLE `survey` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `quarter` varchar(6) NOT NULL, `title` varchar(60) NOT NULL, `status` varchar(10) NOT NULL, `created_by_name` varchar(50) NOT NULL, `created_at` datetime NOT NULL, `closed_at` datetime NULL, UNIQUE INDEX `IDX_744b6e16841a83f7b8456154f7` (`project_id`, `quarter`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await qr.query(
      'CREATE TABLE `survey_response` (`id` int NOT NULL AUTO_INCREMENT, `survey_id` int NOT NULL, `room_id` int NOT NULL, `person_id` int NOT NULL, `score_service` smallint NOT NULL, `score_repair` smallint NOT NULL, `score_cleaning` smallint NOT NULL, `score_security` smallint NOT NULL, `score_greening` smallint NOT NULL, `comment` varchar(500) NULL, `created_at` datetime NOT NULL, INDEX `IDX_1be14d252a8cbe39b5e4f4db33` (`person_id`), UNIQUE INDEX `IDX_80c913b5f6d06d41b9b2dc18a2` (`survey_id`, `room_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX `IDX_80c913b5f6d06d41b9b2dc18a2` ON `survey_response`');
    await qr.query('DROP INDEX `IDX_1be14d252a8cbe39b5e4f4db33` ON `survey_response`');
    await qr.query('DROP TABLE `survey_response`');
    await qr.query('DROP INDEX `IDX_744b6e16841a83f7b8456154f7` ON `survey`');
    await qr.query('DROP TABLE `survey`');
    await qr.query('DROP INDEX `IDX_40d3692213228a4f10dcba7939` ON `activity_photo`');
    await qr.query('DROP INDEX `IDX_03fe99ddca7aa289b79fb3f072` ON `activity_photo`');
    await qr.query('DROP TABLE `activity_photo`');
    await qr.query('DROP INDEX `IDX_dc7bc8cf68a6561865aa996059` ON `activity_callback`');
    await qr.query('DROP TABLE `activity_callback`');
    await qr.query('DROP INDEX `IDX_60b08539faaebb27dbdc4c404a` ON `activity_poll_vote`');
    await qr.query('DROP TABLE `activity_poll_vote`');
    await qr.query('DROP INDEX `IDX_b9dbae85c02d8206193365a97d` ON `activity_signup`');
    await qr.query('DROP INDEX `IDX_c89476454d8bc50925c5fd2bc9` ON `activity_signup`');
    await qr.query('DROP TABLE `activity_signup`');
    await qr.query('DROP INDEX `IDX_5c05881978f18109987257a80b` ON `activity`');
    await qr.query('DROP INDEX `IDX_f246ab3c597d031a6fc85a713f` ON `activity`');
    await qr.query('DROP TABLE `activity`');
    await qr.query('DROP INDEX `IDX_aef254447b9894bb13a4339e6b` ON `activity_plan`');
    await qr.query('DROP TABLE `activity_plan`');
  }
}
