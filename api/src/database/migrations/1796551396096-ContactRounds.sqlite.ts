import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ContactRoundsSqlite1796551396096 implements MigrationInterface {
  name = 'ContactRoundsSqlite1796551396096';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX "IDX_cce29d4e0089ebc2836aa86bc7"');
    await qr.query('DROP INDEX "IDX_50b9c3d3f6cdd210ff65aa698d"');
    await qr.query('DROP INDEX "IDX_17c11abc112b3b4885fc33263d"');
    await qr.query(
      'CREATE TABLE "temporary_sla_clock" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "request_id" integer NOT NULL, "project_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "cycle" integer NOT NULL DEFAULT (0), "started_at" datetime NOT NULL, "due_at" datetime NOT NULL, "met_at" datetime, "paused_at" datetime, "breached_at" datetime, "breach_run" varchar(36), "extended_until" datetime, "extension_approved_by" integer, "extension_reason" varchar(200), "cancelled_at" datetime, "dispatch_round" integer NOT NULL DEFAULT (0))',
    );
    await qr.query(
      'INSERT INTO "temporary_sla_clock"("id", "request_id", "project_id", "kind", "cycle", "started_at", "due_at", "met_at", "paused_at", "breached_at", "breach_run", "extended_until", "extension_approved_by", "extension_reason", "cancelled_at") SELECT "id", "request_id", "project_id", "kind", "cycle", "started_at", "due_at", "met_at", "paused_at", "breached_at", "breach_run", "extended_until", "extension_approved_by", "extension_reason", "cancelled_at" FROM "sla_clock"',
    );
    await qr.query('DROP TABLE "sla_clock"');
    await qr.query('ALTER TABLE "temporary_sla_clock" RENAME TO "sla_clock"');
    await qr.query('CREATE INDEX "IDX_50b9c3d3f6cdd210ff65aa698d" ON "sla_clock" ("project_id", "kind", "met_at") ');
    await qr.query('CREATE INDEX "IDX_17c11abc112b3b4885fc33263d" ON "sla_clock" ("met_at", "breached_at", "due_at") ');
    await qr.query(
      'CREATE UNIQUE INDEX "IDX_7cc9d6afa32777c501e7afb802" ON "sla_clock" ("request_id", "kind", "cycle", "dispatch_round") ',
    );
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX "IDX_7cc9d6afa32777c501e7afb802"');
    await qr.query('DROP INDEX "IDX_17c11abc112b3b4885fc33263d"');
    await qr.query('DROP INDEX "IDX_50b9c3d3f6cdd210ff65aa698d"');
    await qr.query('ALTER TABLE "sla_clock" RENAME TO "temporary_sla_clock"');
    await qr.query(
      'CREATE TABLE "sla_clock" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "request_id" integer NOT NULL, "project_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "cycle" integer NOT NULL DEFAULT (0), "started_at" datetime NOT NULL, "due_at" datetime NOT NULL, "met_at" datetime, "paused_at" datetime, "breached_at" datetime, "breach_run" varchar(36), "extended_until" datetime, "extension_approved_by" integer, "extension_reason" varchar(200), "cancelled_at" datetime)',
    );
    await qr.query(
      'INSERT INTO "sla_clock"("id", "request_id", "project_id", "kind", "cycle", "started_at", "due_at", "met_at", "paused_at", "breached_at", "breach_run", "extended_until", "extension_approved_by", "extension_reason", "cancelled_at") SELECT "id", "request_id", "project_id", "kind", "cycle", "started_at", "due_at", "met_at", "paused_at", "breached_at", "breach_run", "extended_until", "extension_approved_by", "extension_reason", "cancelled_at" FROM "temporary_sla_clock"',
    );
    await qr.query('DROP TABLE "temporary_sla_clock"');
    await qr.query('CREATE INDEX "IDX_17c11abc112b3b4885fc33263d" ON "sla_clock" ("met_at", "breached_at", "due_at") ');
    await qr.query('CREATE INDEX "IDX_50b9c3d3f6cdd210ff65aa698d" ON "sla_clock" ("project_id", "kind", "met_at") ');
    await qr.query('CREATE UNIQUE INDEX "IDX_cce29d4e0089ebc2836aa86bc7" ON "sla_clock" ("request_id", "kind", "cycle") ');
  }
}
