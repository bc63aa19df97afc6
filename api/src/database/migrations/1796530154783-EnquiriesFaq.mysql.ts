import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EnquiriesFaqMysql1796530154783 implements MigrationInterface {
  name = 'EnquiriesFaqMysql1796530154783';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE `enquiry` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `type` varchar(12) NOT NULL, `status` varchar(12) NOT NULL, `channel` varchar(12) NOT NULL, `room_id` int NULL, `person_id` int NULL, `name` varchar(50) NOT NULL, `phone_enc` varchar(200) NULL, `email_enc` varchar(300) NULL, `content` varchar(1000) NOT NULL, `reply_way` varchar(10) NOT NULL, `received_at` datetime NOT NULL, `entered_at` datetime NOT NULL, `taker_staff_id` int NULL, `agreed_reply_at` datetime NOT NULL, `later_agreed` tinyint NOT NULL DEFAULT 0, `forward_due_at` datetime NULL, `forwarded_at` datetime NULL, `handler_staff_id` int NULL, `consulted_at` datetime NULL, `about_developer` tinyint NOT NULL DEFAULT 0, `developer_asked_at` datetime NULL, `developer_letter` varchar(200) NULL, `replied_at` datetime NULL, `replied_via` varchar(10) NULL, `reply_text` varchar(1000) NULL, `outcome` varchar(14) NULL, `refer_to` varchar(200) NULL, `adopted` tinyint NULL, `not_adopted_reason` varchar(500) NULL, `faq_entry_id` int NULL, `thanked_at` datetime NULL, `version` int NOT NULL DEFAULT '0', `updated_at` datetime NOT NULL, INDEX `IDX_ad3b1a08a3ca7939c72060b0d0` (`person_id`, `id`), INDEX `IDX_2154ea63b259bed37e2d4b0c2a` (`project_id`, `status`, `id`), INDEX `IDX_2286bae7e872672882f605aa90` (`project_id`, `type`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await qr.query("CREATE TABLE `enquiry_event` (`id` int NOT NULL AUTO_INCREMENT, `enquiry_id` int NOT NULL, `project_id` int NOT NULL, `at` datetime NOT NULL, `actor_kind` varchar(10) NOT NULL, `actor_id` int NULL, `actor_name` varchar(50) NOT NULL, `action` varchar(20) NOT NULL, `note` varchar(500) NULL, `audience` varchar(5) NOT NULL DEFAULT 'staff', `owner_note` varchar(1000) NULL, INDEX `IDX_a472ec2e13594c2e5b039c19c8` (`enquiry_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await qr.query("CREATE TABLE `faq_entry` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `category` varchar(14) NOT NULL, `question` varchar(200) NOT NULL, `answer` varchar(2000) NOT NULL, `sort` int NOT NULL DEFAULT '0', `active` tinyint NOT NULL DEFAULT 1, `reviewed_at` datetime NOT NULL, `reviewed_by` int NULL, `updated_at` datetime NOT NULL, `updated_by` int NULL, INDEX `IDX_51011256def0f6e5fbb5c8733a` (`project_id`, `reviewed_at`), INDEX `IDX_da83bcc834dd92da210b5dc0f1` (`project_id`, `category`, `sort`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await qr.query("CREATE TABLE `faq_candidate` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `enquiry_id` int NOT NULL, `question` varchar(1000) NOT NULL, `answer` varchar(1000) NULL, `unanswered` tinyint NOT NULL DEFAULT 0, `status` varchar(10) NOT NULL, `entry_id` int NULL, `created_at` datetime NOT NULL, `decided_at` datetime NULL, `decided_by` int NULL, UNIQUE INDEX `IDX_3214befb06d7763c87a05cf095` (`enquiry_id`), INDEX `IDX_e507628d53dfa45a98f5950777` (`project_id`, `status`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await qr.query("CREATE TABLE `faq_quiz` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `staff_id` int NOT NULL, `month` varchar(7) NOT NULL, `questions` text NOT NULL, `answers` text NULL, `score` int NULL, `created_at` datetime NOT NULL, `submitted_at` datetime NULL, INDEX `IDX_f7fb0f1a43bf61cf7eeab2ffc5` (`project_id`, `month`, `id`), UNIQUE INDEX `IDX_c392be8230cdebcb6f0cdb28b9` (`project_id`, `staff_id`, `month`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX `IDX_c392be8230cdebcb6f0cdb28b9` ON `faq_quiz`");
    await qr.query("DROP INDEX `IDX_f7fb0f1a43bf61cf7eeab2ffc5` ON `faq_quiz`");
    await qr.query("DROP TABLE `faq_quiz`");
    await qr.query("DROP INDEX `IDX_e507628d53dfa45a98f5950777` ON `faq_candidate`");
    await qr.query("DROP INDEX `IDX_3214befb06d7763c87a05cf095` ON `faq_candidate`");
    await qr.query("DROP TABLE `faq_candidate`");
    await qr.query("DROP INDEX `IDX_da83bcc834dd92da210b5dc0f1` ON `faq_entry`");
    await qr.query("DROP INDEX `IDX_51011256def0f6e5fbb5c8733a` ON `faq_entry`");
    await qr.query("DROP TABLE `faq_entry`");
    await qr.query("DROP INDEX `IDX_a472ec2e13594c2e5b039c19c8` ON `enquiry_event`");
    await qr.query("DROP TABLE `enquiry_event`");
    await qr.query("DROP INDEX `IDX_2286bae7e872672882f605aa90` ON `enquiry`");
    await qr.query("DROP INDEX `IDX_2154ea63b259bed37e2d4b0c2a` ON `enquiry`");
    await qr.query("DROP INDEX `IDX_ad3b1a08a3ca7939c72060b0d0` ON `enquiry`");
    await qr.query("DROP TABLE `enquiry`");
  }
}
