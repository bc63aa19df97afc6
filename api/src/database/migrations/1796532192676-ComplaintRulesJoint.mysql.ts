import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ComplaintRulesJointMysql1796532192676 implements MigrationInterface {
  name = 'ComplaintRulesJointMysql1796532192676';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE `complaint_party` (`id` int NOT NULL AUTO_INCREMENT, `complaint_id` int NOT NULL, `project_id` int NOT NULL, `person_id` int NULL, `room_id` int NULL, `name` varchar(50) NOT NULL, `via` varchar(10) NOT NULL, `joined_at` datetime NOT NULL, UNIQUE INDEX `IDX_eb88f9291218ac5f9efc72b97b` (`complaint_id`, `person_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await qr.query("ALTER TABLE `complaint` ADD `compensation_fen` int NULL");
    await qr.query("ALTER TABLE `complaint` ADD `compensation_note` varchar(300) NULL");
    await qr.query("ALTER TABLE `complaint` ADD `compensated_by` int NULL");
    await qr.query("ALTER TABLE `complaint` ADD `compensated_at` datetime NULL");
    await qr.query("ALTER TABLE `complaint` ADD `transferred_to` varchar(10) NULL");
    await qr.query("ALTER TABLE `complaint` ADD `transfer_note` varchar(200) NULL");
    await qr.query("ALTER TABLE `complaint` ADD `transferred_at` datetime NULL");
    await qr.query("ALTER TABLE `complaint` ADD `identity_checked_at` datetime NULL");
    await qr.query("ALTER TABLE `complaint` ADD `join_code` varchar(12) NULL");
    await qr.query("ALTER TABLE `complaint` ADD UNIQUE INDEX `IDX_4f2740403a381b6a413baeec2d` (`join_code`)");
    await qr.query("ALTER TABLE `complaint` ADD `joint_count` int NOT NULL DEFAULT '1'");
    await qr.query("ALTER TABLE `complaint` ADD `company_reported_at` datetime NULL");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("ALTER TABLE `complaint` DROP COLUMN `company_reported_at`");
    await qr.query("ALTER TABLE `complaint` DROP COLUMN `joint_count`");
    await qr.query("ALTER TABLE `complaint` DROP INDEX `IDX_4f2740403a381b6a413baeec2d`");
    await qr.query("ALTER TABLE `complaint` DROP COLUMN `join_code`");
    await qr.query("ALTER TABLE `complaint` DROP COLUMN `identity_checked_at`");
    await qr.query("ALTER TABLE `complaint` DROP COLUMN `transferred_at`");
    await qr.query("ALTER TABLE `complaint` DROP COLUMN `transfer_note`");
    await qr.query("ALTER TABLE `complaint` DROP COLUMN `transferred_to`");
    await qr.query("ALTER TABLE `complaint` DROP COLUMN `compensated_at`");
    await qr.query("ALTER TABLE `complaint` DROP COLUMN `compensated_by`");
    await qr.query("ALTER TABLE `complaint` DROP COLUMN `compensation_note`");
    await qr.query("ALTER TABLE `complaint` DROP COLUMN `compensation_fen`");
    await qr.query("DROP INDEX `IDX_eb88f9291218ac5f9efc72b97b` ON `complaint_party`");
    await qr.query("DROP TABLE `complaint_party`");
  }
}
