import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUpsSqlite1796531341010 implements MigrationInterface {
  name = 'FollowUpsSqlite1796531341010';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query(
      'CREATE TABLE "follow_up" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "subject_kind" varchar(12) NOT NULL, "subject_id" integer NOT NULL, "kind" varchar(10) NOT NULL, "occasion" varchar(20) NOT NULL, "cycle" integer NOT NULL DEFAULT (0), "checks" text NOT NULL, "result" varchar(12) NOT NULL, "note" varchar(500), "staff_id" integer NOT NULL, "staff_name" varchar(50) NOT NULL, "at" datetime NOT NULL)',
    );
    await qr.query('CREATE INDEX "IDX_e09bdb9723303065920915b9cd" ON "follow_up" ("project_id", "kind", "id") ');
    await qr.query(
      'CREATE UNIQUE INDEX "IDX_34eeaf67daa0502ae398b33b7f" ON "follow_up" ("subject_kind", "subject_id", "kind", "occasion") ',
    );
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX "IDX_34eeaf67daa0502ae398b33b7f"');
    await qr.query('DROP INDEX "IDX_e09bdb9723303065920915b9cd"');
    await qr.query('DROP TABLE "follow_up"');
  }
}
