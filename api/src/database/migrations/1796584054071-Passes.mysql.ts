import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PassesMysql1796584054071 implements MigrationInterface {
  name = 'PassesMysql1796584054071';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE `release_pass` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `room_id` int NOT NULL, `person_id` int NULL, `applicant_name` varchar(50) NOT NULL, `applicant_role` varchar(10) NOT NULL, `move_on` varchar(10) NOT NULL, `from_time` varchar(5) NULL, `to_time` varchar(5) NULL, `items` text NOT NULL, `plate` varchar(10) NULL, `carrier_name` varchar(50) NULL, `carrier_phone_enc` varchar(120) NULL, `reason` varchar(10) NOT NULL, `reason_note` varchar(200) NULL, `status` varchar(20) NOT NULL, `confirmed_by_person_id` int NULL, `confirmed_by_name` varchar(50) NULL, `confirmed_at` datetime NULL, `confirm_note` varchar(200) NULL, `code` varchar(24) NULL, `issued_at` datetime NULL, `issued_by_staff_id` int NULL, `issued_by_name` varchar(50) NULL, `arrears_fen` bigint NOT NULL DEFAULT '0', `arrears_reason` varchar(200) NULL, `refuse_reason` varchar(200) NULL, `released_at` datetime NULL, `released_by_staff_id` int NULL, `released_by_name` varchar(50) NULL, `release_note` varchar(200) NULL, `version` int NOT NULL DEFAULT '0', `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, UNIQUE INDEX `IDX_4e6df5b4bcfb41fdc7ac93af72` (`code`), INDEX `IDX_ca17b545054538f33d60a5ccac` (`room_id`, `status`), INDEX `IDX_634c6758028e000a8225279a1a` (`person_id`, `id`), INDEX `IDX_37c9e78004b8dc4d94375a8e47` (`project_id`, `released_at`), INDEX `IDX_b4bb7b76b265a9eb0912e71d99` (`project_id`, `id`), INDEX `IDX_23fe0eee69a1922c601c130f92` (`project_id`, `status`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await qr.query("CREATE TABLE `release_pass_event` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `at` datetime NOT NULL, `actor_kind` varchar(10) NOT NULL, `actor_id` int NULL, `actor_name` varchar(50) NOT NULL, `action` varchar(20) NOT NULL, `audience` varchar(5) NOT NULL DEFAULT 'staff', `pass_id` int NOT NULL, `from_status` varchar(20) NULL, `to_status` varchar(20) NULL, `note` varchar(1000) NULL, `owner_note` varchar(1000) NULL, INDEX `IDX_ba69b550b7ee1a339ccc6cf79b` (`pass_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX `IDX_ba69b550b7ee1a339ccc6cf79b` ON `release_pass_event`");
    await qr.query("DROP TABLE `release_pass_event`");
    await qr.query("DROP INDEX `IDX_23fe0eee69a1922c601c130f92` ON `release_pass`");
    await qr.query("DROP INDEX `IDX_b4bb7b76b265a9eb0912e71d99` ON `release_pass`");
    await qr.query("DROP INDEX `IDX_37c9e78004b8dc4d94375a8e47` ON `release_pass`");
    await qr.query("DROP INDEX `IDX_634c6758028e000a8225279a1a` ON `release_pass`");
    await qr.query("DROP INDEX `IDX_ca17b545054538f33d60a5ccac` ON `release_pass`");
    await qr.query("DROP INDEX `IDX_4e6df5b4bcfb41fdc7ac93af72` ON `release_pass`");
    await qr.query("DROP TABLE `release_pass`");
  }
}
