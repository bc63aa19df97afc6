import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ComplaintWeeklyReviewBreachSqlite1796541028949 implements MigrationInterface {
  name = 'ComplaintWeeklyReviewBreachSqlite1796541028949';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX "IDX_34eeaf67daa0502ae398b33b7f"');
    await qr.query('DROP INDEX "IDX_e09bdb9723303065920915b9cd"');
    await qr.query(
      'CREATE TABLE "temporary_follow_up" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "subject_kind" varchar(12) NOT NULL, "subject_id" integer NOT NULL, "kind" varchar(10) NOT NULL, "occasion" varchar(20) NOT NULL, "cycle" integer NOT NULL DEFAULT (0), "checks" text NOT NULL, "result" varchar(12) NOT NULL, "note" varchar(500), "staff_id" integer NOT NULL, "staff_name" varchar(50) NOT NULL, "at" datetime NOT NULL, "depth" text)',
    );
    await qr.query(
      'INSERT INTO "temporary_follow_up"("id", "project_id", "subject_kind", "subject_id", "kind", "occasion", "cycle", "checks", "result", "note", "staff_id", "staff_name", "at") SELECT "id", "project_id", "subject_kind", "subject_id", "kind", "occasion", "cycle", "checks", "result", "note", "staff_id", "staff_name", "at" FROM "follow_up"',
    );
    await qr.query('DROP TABLE "follow_up"');
    await qr.query('ALTER TABLE "temporary_follow_up" RENAME TO "follow_up"');
    await qr.query(
      'CREATE UNIQUE INDEX "IDX_34eeaf67daa0502ae398b33b7f" ON "follow_up" ("subject_kind", "subject_id", "kind", "occasion") ',
    );
    await qr.query('CREATE INDEX "IDX_e09bdb9723303065920915b9cd" ON "follow_up" ("project_id", "kind", "id") ');
    await qr.query('DROP INDEX "IDX_132d8afa826d759d4b82619068"');
    await qr.query('DROP INDEX "IDX_d8cddcd87bd865214524e7dd60"');
    await qr.query(
      'CREATE TABLE "temporary_complaint_clock" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "complaint_id" integer NOT NULL, "project_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "cycle" integer NOT NULL DEFAULT (0), "started_at" datetime NOT NULL, "due_at" datetime NOT NULL, "met_at" datetime, "breached_at" datetime, "extended_until" datetime, "extension_approved_by" integer, "extension_reason" varchar(200), "cancelled_at" datetime, "breach_run" varchar(36))',
    );
    await qr.query(
      'INSERT INTO "temporary_complaint_clock"("id", "complaint_id", "project_id", "kind", "cycle", "started_at", "due_at", "met_at", "breached_at", "extended_until", "extension_approved_by", "extension_reason", "cancelled_at") SELECT "id", "complaint_id", "project_id", "kind", "cycle", "started_at", "due_at", "met_at", "breached_at", "extended_until", "extension_approved_by", "extension_reason", "cancelled_at" FROM "complaint_clock"',
    );
    await qr.query('DROP TABLE "complaint_clock"');
    await qr.query('ALTER TABLE "temporary_complaint_clock" RENAME TO "complaint_clock"');
    await qr.query(
      'CREATE UNIQUE INDEX "IDX_132d8afa826d759d4b82619068" ON "complaint_clock" ("complaint_id", "kind", "cycle") ',
    );
    await qr.query('CREATE INDEX "IDX_d8cddcd87bd865214524e7dd60" ON "complaint_clock" ("project_id", "met_at", "due_at") ');
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX "IDX_d8cddcd87bd865214524e7dd60"');
    await qr.query('DROP INDEX "IDX_132d8afa826d759d4b82619068"');
    await qr.query('ALTER TABLE "complaint_clock" RENAME TO "temporary_complaint_clock"');
    await qr.query(
      'CREATE TABLE "complaint_clock" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "complaint_id" integer NOT NULL, "project_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "cycle" integer NOT NULL DEFAULT (0), "started_at" datetime NOT NULL, "due_at" datetime NOT NULL, "met_at" datetime, "breached_at" datetime, "extended_until" datetime, "extension_approved_by" integer, "extension_reason" varchar(200), "cancelled_at" datetime)',
    );
    await qr.query(
      'INSERT INTO "complaint_clock"("id", "complaint_id", "project_id", "kind", "cycle", "started_at", "due_at", "met_at", "breached_at", "extended_until", "extension_approved_by", "extension_reason", "cancelled_at") SELECT "id", "complaint_id", "project_id", "kind", "cycle", "started_at", "due_at", "met_at", "breached_at", "extended_until", "extension_approved_by", "extension_reason", "cancelled_at" FROM "temporary_complaint_clock"',
    );
    await qr.query('DROP TABLE "temporary_complaint_clock"');
    await qr.query('CREATE INDEX "IDX_d8cddcd87bd865214524e7dd60" ON "complaint_clock" ("project_id", "met_at", "due_at") ');
    await qr.query(
      'CREATE UNIQUE INDEX "IDX_132d8afa826d759d4b82619068" ON "complaint_clock" ("complaint_id", "kind", "cycle") ',
    );
    await qr.query('DROP INDEX "IDX_e09bdb9723303065920915b9cd"');
    await qr.query('DROP INDEX "IDX_34eeaf67daa0502ae398b33b7f"');
    await qr.query('ALTER TABLE "follow_up" RENAME TO "temporary_follow_up"');
    await qr.query(
      'CREATE TABLE "follow_up" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "subject_kind" varchar(12) NOT NULL, "subject_id" integer NOT NULL, "kind" varchar(10) NOT NULL, "occasion" varchar(20) NOT NULL, "cycle" integer NOT NULL DEFAULT (0), "checks" text NOT NULL, "result" varchar(12) NOT NULL, "note" varchar(500), "staff_id" integer NOT NULL, "staff_name" varchar(50) NOT NULL, "at" datetime NOT NULL)',
    );
    await qr.query(
      'INSERT INTO "follow_up"("id", "project_id", "subject_kind", "subject_id", "kind", "occasion", "cycle", "checks", "result", "note", "staff_id", "staff_name", "at") SELECT "id", "project_id", "subject_kind", "subject_id", "kind", "occasion", "cycle", "checks", "result", "note", "staff_id", "staff_name", "at" FROM "temporary_follow_up"',
    );
    await qr.query('DROP TABLE "temporary_follow_up"');
    await qr.query('CREATE INDEX "IDX_e09bdb9723303065920915b9cd" ON "follow_up" ("project_id", "kind", "id") ');
    await qr.query(
      'CREATE UNIQUE INDEX "IDX_34eeaf67daa0502ae398b33b7f" ON "follow_up" ("subject_kind", "subject_id", "kind", "occasion") ',
    );
  }
}
