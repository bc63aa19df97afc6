import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkReportsSqlite1796597955288 implements MigrationInterface {
  name = 'WorkReportsSqlite1796597955288';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE \"work_report\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"month\" varchar(7) NOT NULL, \"status\" varchar(10) NOT NULL, \"summary\" text NOT NULL, \"plan\" text NOT NULL, \"figures\" text, \"created_by_name\" varchar(50) NOT NULL, \"submitted_at\" datetime, \"submitted_by_name\" varchar(50), \"return_reason\" varchar(500), \"reviewer_name\" varchar(50), \"reviewed_at\" datetime, \"review_opinion\" varchar(500), \"published_at\" datetime, \"published_by_name\" varchar(50), \"version\" integer NOT NULL DEFAULT (0), \"created_at\" datetime NOT NULL, \"updated_at\" datetime NOT NULL)");
    await qr.query("CREATE UNIQUE INDEX \"IDX_4d4bb2895ed26d2d4e0e865a4f\" ON \"work_report\" (\"project_id\", \"month\") ");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX \"IDX_4d4bb2895ed26d2d4e0e865a4f\"");
    await qr.query("DROP TABLE \"work_report\"");
  }
}
