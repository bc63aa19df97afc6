import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkReportsMysql1796597955288 implements MigrationInterface {
  name = 'WorkReportsMysql1796597955288';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE `work_report` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `month` varchar(7) NOT NULL, `status` varchar(10) NOT NULL, `summary` text NOT NULL, `plan` text NOT NULL, `figures` text NULL, `created_by_name` varchar(50) NOT NULL, `submitted_at` datetime NULL, `submitted_by_name` varchar(50) NULL, `return_reason` varchar(500) NULL, `reviewer_name` varchar(50) NULL, `reviewed_at` datetime NULL, `review_opinion` varchar(500) NULL, `published_at` datetime NULL, `published_by_name` varchar(50) NULL, `version` int NOT NULL DEFAULT '0', `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, UNIQUE INDEX `IDX_4d4bb2895ed26d2d4e0e865a4f` (`project_id`, `month`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX `IDX_4d4bb2895ed26d2d4e0e865a4f` ON `work_report`");
    await qr.query("DROP TABLE `work_report`");
  }
}
