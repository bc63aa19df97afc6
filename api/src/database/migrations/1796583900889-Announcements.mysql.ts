import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AnnouncementsMysql1796583900889 implements MigrationInterface {
  name = 'AnnouncementsMysql1796583900889';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE `announcement` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `kind` varchar(12) NOT NULL, `title` varchar(60) NOT NULL, `body` text NOT NULL, `audience` varchar(10) NOT NULL, `urgent` tinyint NOT NULL DEFAULT 0, `pinned` tinyint NOT NULL DEFAULT 0, `valid_from` datetime NOT NULL, `valid_to` datetime NULL, `status` varchar(10) NOT NULL, `created_by_staff_id` int NOT NULL, `created_by_name` varchar(50) NOT NULL, `submitted_by_staff_id` int NULL, `submitted_at` datetime NULL, `approved_by_staff_id` int NULL, `approved_by_name` varchar(50) NULL, `published_at` datetime NULL, `reject_reason` varchar(200) NULL, `withdrawn_at` datetime NULL, `withdrawn_by_name` varchar(50) NULL, `withdraw_reason` varchar(200) NULL, `version` int NOT NULL DEFAULT '0', `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, INDEX `IDX_67a6e626eaaa58e810e1585271` (`project_id`, `status`, `pinned`, `published_at`, `id`), INDEX `IDX_c9a2d8f7b981b0fd1038b6a377` (`project_id`, `status`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await qr.query("CREATE TABLE `announcement_building` (`announcement_id` int NOT NULL, `building_id` int NOT NULL, INDEX `IDX_dbdeed9a22a2e98987da527d2a` (`building_id`), PRIMARY KEY (`announcement_id`, `building_id`)) ENGINE=InnoDB");
    await qr.query("CREATE TABLE `announcement_read` (`id` int NOT NULL AUTO_INCREMENT, `announcement_id` int NOT NULL, `person_id` int NOT NULL, `read_at` datetime NOT NULL, INDEX `IDX_c706f32925a152053fe54467cd` (`person_id`), UNIQUE INDEX `IDX_68c877c0d9f3c5b8e197db243e` (`announcement_id`, `person_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX `IDX_68c877c0d9f3c5b8e197db243e` ON `announcement_read`");
    await qr.query("DROP INDEX `IDX_c706f32925a152053fe54467cd` ON `announcement_read`");
    await qr.query("DROP TABLE `announcement_read`");
    await qr.query("DROP INDEX `IDX_dbdeed9a22a2e98987da527d2a` ON `announcement_building`");
    await qr.query("DROP TABLE `announcement_building`");
    await qr.query("DROP INDEX `IDX_c9a2d8f7b981b0fd1038b6a377` ON `announcement`");
    await qr.query("DROP INDEX `IDX_67a6e626eaaa58e810e1585271` ON `announcement`");
    await qr.query("DROP TABLE `announcement`");
  }
}
