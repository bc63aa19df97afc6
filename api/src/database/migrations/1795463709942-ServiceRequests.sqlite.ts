import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ServiceRequestsSqlite1795463709942 implements MigrationInterface {
  name = 'ServiceRequestsSqlite1795463709942';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query(
      'CREATE TABLE "project_setting" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "key" varchar(40) NOT NULL, "value" text NOT NULL)',
    );
    await qr.query('CREATE UNIQUE INDEX "IDX_c36825160a88fca21255c06a49" ON "project_setting" ("project_id", "key") ');
    await qr.query(
      'CREATE TABLE "repair_category" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "code" varchar(20) NOT NULL, "name" varchar(50) NOT NULL, "scope" varchar(10) NOT NULL, "paid" boolean NOT NULL DEFAULT (0), "price_fen" bigint, "price_note" varchar(100), "sort" integer NOT NULL DEFAULT (0), "active" boolean NOT NULL DEFAULT (1))',
    );
    await qr.query('CREATE UNIQUE INDEX "IDX_b49d24ba04bdd4f8da4313319d" ON "repair_category" ("project_id", "code") ');
    await qr.query(
      'CREATE TABLE "service_request" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "code" varchar(24), "type" varchar(12) NOT NULL, "channel" varchar(12) NOT NULL, "room_id" integer, "location" varchar(100), "requester_person_id" integer, "requester_staff_id" integer, "requester_name" varchar(50) NOT NULL, "requester_phone_enc" varchar(200), "category_id" integer NOT NULL, "scope" varchar(10) NOT NULL, "charge_kind" varchar(10) NOT NULL, "urgency" varchar(10) NOT NULL, "description" varchar(1000) NOT NULL, "status" varchar(12) NOT NULL, "received_at" datetime NOT NULL, "entered_at" datetime NOT NULL, "entered_by_staff_id" integer, "owner_staff_id" integer, "appointment_start" datetime, "appointment_end" datetime, "promised_at" datetime, "required_by" datetime, "assignee_staff_id" integer, "assignee_team" varchar(50), "in_pool" boolean NOT NULL DEFAULT (0), "dispatched_at" datetime, "accepted_at" datetime, "arrived_at" datetime, "finished_at" datetime, "confirmed_at" datetime, "closed_at" datetime, "fee_fen" bigint, "materials" text, "result" varchar(500), "photo_ids" text, "is_important" boolean NOT NULL DEFAULT (0), "satisfaction" varchar(20), "callback_comment" varchar(500), "cycle" integer NOT NULL DEFAULT (0), "version" integer NOT NULL DEFAULT (0), "updated_at" datetime NOT NULL)',
    );
    await qr.query('CREATE UNIQUE INDEX "IDX_22973a3d5eb50ab8d1e9570c7c" ON "service_request" ("code") ');
    await qr.query('CREATE INDEX "IDX_fc660ccbc339137775888c58b1" ON "service_request" ("assignee_staff_id", "status") ');
    await qr.query('CREATE INDEX "IDX_6fe5eb058beb6f9ff40f6af31e" ON "service_request" ("room_id", "status") ');
    await qr.query('CREATE INDEX "IDX_3f10335772b55d4e5fd73e1b71" ON "service_request" ("project_id", "status", "id") ');
    await qr.query('CREATE INDEX "IDX_30d7790aba93ccfb2d4764b540" ON "service_request" ("project_id", "id") ');
    await qr.query(
      'CREATE TABLE "request_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "request_id" integer NOT NULL, "project_id" integer NOT NULL, "at" datetime NOT NULL, "actor_kind" varchar(10) NOT NULL, "actor_id" integer, "actor_name" varchar(50) NOT NULL, "action" varchar(20) NOT NULL, "from_status" varchar(12), "to_status" varchar(12), "note" varchar(500), "data" text, "photo_ids" text)',
    );
    await qr.query('CREATE INDEX "IDX_038f94581326f341d8c1ae2fed" ON "request_event" ("request_id", "id") ');
    await qr.query(
      'CREATE TABLE "duty_log_entry" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "at" datetime NOT NULL, "staff_id" integer, "staff_name" varchar(50) NOT NULL, "kind" varchar(10) NOT NULL, "request_id" integer, "content" varchar(500) NOT NULL)',
    );
    await qr.query('CREATE INDEX "IDX_e2b9d1978a67aa930e93374a05" ON "duty_log_entry" ("project_id", "at") ');
    await qr.query(
      'CREATE TABLE "upload" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "storage_key" varchar(200) NOT NULL, "content_type" varchar(50) NOT NULL, "size" integer NOT NULL, "owner_kind" varchar(10) NOT NULL, "owner_id" integer NOT NULL, "created_at" datetime NOT NULL)',
    );
    await qr.query(
      'CREATE TABLE "sla_clock" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "request_id" integer NOT NULL, "project_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "cycle" integer NOT NULL DEFAULT (0), "started_at" datetime NOT NULL, "due_at" datetime NOT NULL, "met_at" datetime, "paused_at" datetime, "breached_at" datetime, "breach_run" varchar(36), "extended_until" datetime, "extension_approved_by" integer, "extension_reason" varchar(200))',
    );
    await qr.query('CREATE INDEX "IDX_50b9c3d3f6cdd210ff65aa698d" ON "sla_clock" ("project_id", "kind", "met_at") ');
    await qr.query('CREATE INDEX "IDX_17c11abc112b3b4885fc33263d" ON "sla_clock" ("met_at", "breached_at", "due_at") ');
    await qr.query('CREATE UNIQUE INDEX "IDX_cce29d4e0089ebc2836aa86bc7" ON "sla_clock" ("request_id", "kind", "cycle") ');
    await qr.query(
      'CREATE TABLE "outbox" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channel" varchar(20) NOT NULL, "dedupe_key" varchar(80) NOT NULL, "payload" text NOT NULL, "created_at" datetime NOT NULL, "next_attempt_at" datetime NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "sent_at" datetime, "outcome" varchar(20), "last_error" varchar(300))',
    );
    await qr.query('CREATE UNIQUE INDEX "IDX_52c6221ea953d3acd726ca982d" ON "outbox" ("dedupe_key") ');
    await qr.query(
      'CREATE TABLE "staff_notification" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "staff_id" integer NOT NULL, "project_id" integer, "title" varchar(100) NOT NULL, "body" varchar(300) NOT NULL, "link" varchar(200), "created_at" datetime NOT NULL, "read_at" datetime)',
    );
    await qr.query('CREATE INDEX "IDX_dd3599a896d10d7e823921093d" ON "staff_notification" ("staff_id", "id") ');
    await qr.query(
      'CREATE TABLE "subscribe_credit" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "person_id" integer NOT NULL, "template" varchar(20) NOT NULL, "credits" integer NOT NULL DEFAULT (0))',
    );
    await qr.query('CREATE UNIQUE INDEX "IDX_4a868d8801a59edae92ba9e203" ON "subscribe_credit" ("person_id", "template") ');
    await qr.query(
      'CREATE TABLE "sla_extension" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "request_id" integer NOT NULL, "clock_id" integer NOT NULL, "until" datetime NOT NULL, "reason" varchar(200) NOT NULL, "status" varchar(10) NOT NULL, "requested_by" integer NOT NULL, "requested_at" datetime NOT NULL, "decided_by" integer, "decided_at" datetime, "decision_note" varchar(200))',
    );
    await qr.query('CREATE INDEX "IDX_4ebd66a664708d74d38ab2d48d" ON "sla_extension" ("project_id", "status", "id") ');
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX "IDX_4ebd66a664708d74d38ab2d48d"');
    await qr.query('DROP TABLE "sla_extension"');
    await qr.query('DROP INDEX "IDX_4a868d8801a59edae92ba9e203"');
    await qr.query('DROP TABLE "subscribe_credit"');
    await qr.query('DROP INDEX "IDX_dd3599a896d10d7e823921093d"');
    await qr.query('DROP TABLE "staff_notification"');
    await qr.query('DROP INDEX "IDX_52c6221ea953d3acd726ca982d"');
    await qr.query('DROP TABLE "outbox"');
    await qr.query('DROP INDEX "IDX_cce29d4e0089ebc2836aa86bc7"');
    await qr.query('DROP INDEX "IDX_17c11abc112b3b4885fc33263d"');
    await qr.query('DROP INDEX "IDX_50b9c3d3f6cdd210ff65aa698d"');
    await qr.query('DROP TABLE "sla_clock"');
    await qr.query('DROP TABLE "upload"');
    await qr.query('DROP INDEX "IDX_e2b9d1978a67aa930e93374a05"');
    await qr.query('DROP TABLE "duty_log_entry"');
    await qr.query('DROP INDEX "IDX_038f94581326f341d8c1ae2fed"');
    await qr.query('DROP TABLE "request_event"');
    await qr.query('DROP INDEX "IDX_30d7790aba93ccfb2d4764b540"');
    await qr.query('DROP INDEX "IDX_3f10335772b55d4e5fd73e1b71"');
    await qr.query('DROP INDEX "IDX_6fe5eb058beb6f9ff40f6af31e"');
    await qr.query('DROP INDEX "IDX_fc660ccbc339137775888c58b1"');
    await qr.query('DROP INDEX "IDX_22973a3d5eb50ab8d1e9570c7c"');
    await qr.query('DROP TABLE "service_request"');
    await qr.query('DROP INDEX "IDX_b49d24ba04bdd4f8da4313319d"');
    await qr.query('DROP TABLE "repair_category"');
    await qr.query('DROP INDEX "IDX_c36825160a88fca21255c06a49"');
    await qr.query('DROP TABLE "project_setting"');
  }
}
