import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ComplaintsSqlite1796519379504 implements MigrationInterface {
  name = 'ComplaintsSqlite1796519379504';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query(
      'CREATE TABLE "complaint" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "code" varchar(24), "serial" integer, "code_history" text, "importance" varchar(1), "category" varchar(2), "kind" varchar(10), "class_item_id" integer, "status" varchar(12) NOT NULL, "channel" varchar(12) NOT NULL, "room_id" integer, "complainant_person_id" integer, "complainant_name" varchar(50) NOT NULL, "complainant_phone_enc" varchar(200), "problem" varchar(1000) NOT NULL, "asks" varchar(500), "asked_by" datetime, "immediate" text, "received_at" datetime NOT NULL, "entered_at" datetime NOT NULL, "taker_staff_id" integer, "promised_at" datetime NOT NULL, "reviewed_at" datetime, "reviewed_by" integer, "invalid_reason" varchar(500), "escalated_at" datetime, "handler_staff_id" integer, "handled_at" datetime, "result" varchar(500), "replied_at" datetime, "closed_at" datetime, "satisfaction" varchar(20), "cycle" integer NOT NULL DEFAULT (0), "version" integer NOT NULL DEFAULT (0), "updated_at" datetime NOT NULL)',
    );
    await qr.query('CREATE UNIQUE INDEX "IDX_18e4cb5b98a5cbe4994c004ef4" ON "complaint" ("code") ');
    await qr.query('CREATE INDEX "IDX_7f9d4723f1afdc3b1266dc60ed" ON "complaint" ("complainant_person_id", "id") ');
    await qr.query('CREATE UNIQUE INDEX "IDX_9de268b765dcb9213b1cf99b17" ON "complaint" ("project_id", "serial") ');
    await qr.query('CREATE INDEX "IDX_dc34e38f077a20bcf7d054a7b7" ON "complaint" ("project_id", "status", "id") ');
    await qr.query('CREATE INDEX "IDX_fd3b5341be862201ed76f6fd00" ON "complaint" ("project_id", "id") ');
    await qr.query(
      'CREATE TABLE "complaint_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "complaint_id" integer NOT NULL, "project_id" integer NOT NULL, "at" datetime NOT NULL, "actor_kind" varchar(10) NOT NULL, "actor_id" integer, "actor_name" varchar(50) NOT NULL, "action" varchar(20) NOT NULL, "from_status" varchar(12), "to_status" varchar(12), "note" varchar(500), "audience" varchar(5) NOT NULL DEFAULT (\'staff\'), "owner_note" varchar(500), "data" text)',
    );
    await qr.query('CREATE INDEX "IDX_a86d990c1a1937359a5623f578" ON "complaint_event" ("complaint_id", "id") ');
    await qr.query(
      'CREATE TABLE "complaint_clock" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "complaint_id" integer NOT NULL, "project_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "cycle" integer NOT NULL DEFAULT (0), "started_at" datetime NOT NULL, "due_at" datetime NOT NULL, "met_at" datetime, "breached_at" datetime, "extended_until" datetime, "extension_approved_by" integer, "extension_reason" varchar(200), "cancelled_at" datetime)',
    );
    await qr.query('CREATE INDEX "IDX_d8cddcd87bd865214524e7dd60" ON "complaint_clock" ("project_id", "met_at", "due_at") ');
    await qr.query(
      'CREATE UNIQUE INDEX "IDX_132d8afa826d759d4b82619068" ON "complaint_clock" ("complaint_id", "kind", "cycle") ',
    );
    await qr.query(
      'CREATE TABLE "complaint_class_item" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "importance" varchar(1) NOT NULL, "category" varchar(2) NOT NULL, "name" varchar(100) NOT NULL, "note" varchar(200), "sort" integer NOT NULL DEFAULT (0), "active" boolean NOT NULL DEFAULT (1))',
    );
    await qr.query('CREATE INDEX "IDX_23145bc768d59d7e1dc26fe883" ON "complaint_class_item" ("project_id", "sort", "id") ');
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX "IDX_23145bc768d59d7e1dc26fe883"');
    await qr.query('DROP TABLE "complaint_class_item"');
    await qr.query('DROP INDEX "IDX_132d8afa826d759d4b82619068"');
    await qr.query('DROP INDEX "IDX_d8cddcd87bd865214524e7dd60"');
    await qr.query('DROP TABLE "complaint_clock"');
    await qr.query('DROP INDEX "IDX_a86d990c1a1937359a5623f578"');
    await qr.query('DROP TABLE "complaint_event"');
    await qr.query('DROP INDEX "IDX_fd3b5341be862201ed76f6fd00"');
    await qr.query('DROP INDEX "IDX_dc34e38f077a20bcf7d054a7b7"');
    await qr.query('DROP INDEX "IDX_9de268b765dcb9213b1cf99b17"');
    await qr.query('DROP INDEX "IDX_7f9d4723f1afdc3b1266dc60ed"');
    await qr.query('DROP INDEX "IDX_18e4cb5b98a5cbe4994c004ef4"');
    await qr.query('DROP TABLE "complaint"');
  }
}
