import type { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillAttachments } from './data-steps.js';

export class RepairsBillingSqlite1796156456655 implements MigrationInterface {
  name = 'RepairsBillingSqlite1796156456655';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query(
      'CREATE TABLE "request_attachment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "request_id" integer NOT NULL, "upload_id" integer NOT NULL)',
    );
    await qr.query('CREATE INDEX "IDX_080c16b6f71557fb40b0635c23" ON "request_attachment" ("upload_id") ');
    await qr.query('CREATE UNIQUE INDEX "IDX_30c6ffd281b3aee188319aa59e" ON "request_attachment" ("request_id", "upload_id") ');
    await qr.query(
      'CREATE TABLE "callback_record" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "request_id" integer NOT NULL, "cycle" integer NOT NULL, "kind" varchar(20) NOT NULL, "at" datetime NOT NULL, "staff_id" integer NOT NULL, "staff_name" varchar(50) NOT NULL, "method" varchar(10) NOT NULL, "satisfaction" varchar(20) NOT NULL, "comment" varchar(500), "on_time" boolean NOT NULL)',
    );
    await qr.query('CREATE INDEX "IDX_efce1aa4871a11bb5a7aba3137" ON "callback_record" ("request_id", "id") ');
    await qr.query('CREATE INDEX "IDX_8f603fdb805eef8c7f9439e4ba" ON "callback_record" ("project_id", "at") ');
    await qr.query(
      'CREATE TABLE "bill" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "room_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "title" varchar(100) NOT NULL, "source_type" varchar(20) NOT NULL, "source_id" integer NOT NULL, "amount_fen" bigint NOT NULL, "status" varchar(10) NOT NULL, "created_at" datetime NOT NULL, "paid_at" datetime, "version" integer NOT NULL DEFAULT (0))',
    );
    await qr.query('CREATE INDEX "IDX_278f47c8b0d5a37f6bdce35d31" ON "bill" ("room_id", "status") ');
    await qr.query('CREATE INDEX "IDX_5a03f0b77d11f7d43dcfa9566f" ON "bill" ("project_id", "status", "id") ');
    await qr.query('CREATE UNIQUE INDEX "IDX_885512a57e3cbcd95ce07b83f4" ON "bill" ("source_type", "source_id") ');
    await qr.query(
      'CREATE TABLE "payment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "bill_id" integer NOT NULL, "method" varchar(20) NOT NULL, "amount_fen" bigint NOT NULL, "receipt_no" varchar(24), "received_by_staff_id" integer NOT NULL, "received_by_name" varchar(50) NOT NULL, "payer_name" varchar(50) NOT NULL, "at" datetime NOT NULL, "note" varchar(200))',
    );
    await qr.query('CREATE UNIQUE INDEX "IDX_bd6e1adc29607b591acd798995" ON "payment" ("bill_id") ');
    await qr.query('CREATE UNIQUE INDEX "IDX_bb2f9665017eb97dc867071cd6" ON "payment" ("receipt_no") ');
    await qr.query('CREATE INDEX "IDX_4594cde727df0f0cd6fadb1ad7" ON "payment" ("project_id", "at") ');
    await qr.query('DROP INDEX "IDX_b49d24ba04bdd4f8da4313319d"');
    await qr.query(
      'CREATE TABLE "temporary_repair_category" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "code" varchar(20) NOT NULL, "name" varchar(50) NOT NULL, "scope" varchar(10) NOT NULL, "paid" boolean NOT NULL DEFAULT (0), "price_fen" bigint, "price_note" varchar(100), "sort" integer NOT NULL DEFAULT (0), "active" boolean NOT NULL DEFAULT (1), "rota" text, "rota_cursor" integer NOT NULL DEFAULT (0))',
    );
    await qr.query(
      'INSERT INTO "temporary_repair_category"("id", "project_id", "code", "name", "scope", "paid", "price_fen", "price_note", "sort", "active") SELECT "id", "project_id", "code", "name", "scope", "paid", "price_fen", "price_note", "sort", "active" FROM "repair_category"',
    );
    await qr.query('DROP TABLE "repair_category"');
    await qr.query('ALTER TABLE "temporary_repair_category" RENAME TO "repair_category"');
    await qr.query('CREATE UNIQUE INDEX "IDX_b49d24ba04bdd4f8da4313319d" ON "repair_category" ("project_id", "code") ');
    await qr.query('DROP INDEX "IDX_30d7790aba93ccfb2d4764b540"');
    await qr.query('DROP INDEX "IDX_3f10335772b55d4e5fd73e1b71"');
    await qr.query('DROP INDEX "IDX_6fe5eb058beb6f9ff40f6af31e"');
    await qr.query('DROP INDEX "IDX_fc660ccbc339137775888c58b1"');
    await qr.query('DROP INDEX "IDX_22973a3d5eb50ab8d1e9570c7c"');
    await qr.query(
      'CREATE TABLE "temporary_service_request" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "code" varchar(24), "type" varchar(12) NOT NULL, "channel" varchar(12) NOT NULL, "room_id" integer, "location" varchar(100), "requester_person_id" integer, "requester_staff_id" integer, "requester_name" varchar(50) NOT NULL, "requester_phone_enc" varchar(200), "category_id" integer NOT NULL, "scope" varchar(10) NOT NULL, "charge_kind" varchar(10) NOT NULL, "urgency" varchar(10) NOT NULL, "description" varchar(1000) NOT NULL, "status" varchar(12) NOT NULL, "received_at" datetime NOT NULL, "entered_at" datetime NOT NULL, "entered_by_staff_id" integer, "owner_staff_id" integer, "appointment_start" datetime, "appointment_end" datetime, "promised_at" datetime, "required_by" datetime, "assignee_staff_id" integer, "assignee_team" varchar(50), "in_pool" boolean NOT NULL DEFAULT (0), "dispatched_at" datetime, "accepted_at" datetime, "arrived_at" datetime, "finished_at" datetime, "confirmed_at" datetime, "closed_at" datetime, "fee_fen" bigint, "materials" text, "result" varchar(500), "photo_ids" text, "is_important" boolean NOT NULL DEFAULT (0), "satisfaction" varchar(20), "callback_comment" varchar(500), "cycle" integer NOT NULL DEFAULT (0), "version" integer NOT NULL DEFAULT (0), "updated_at" datetime NOT NULL, "order_returned_at" datetime, "signature_upload_id" integer)',
    );
    await qr.query(
      'INSERT INTO "temporary_service_request"("id", "project_id", "code", "type", "channel", "room_id", "location", "requester_person_id", "requester_staff_id", "requester_name", "requester_phone_enc", "category_id", "scope", "charge_kind", "urgency", "description", "status", "received_at", "entered_at", "entered_by_staff_id", "owner_staff_id", "appointment_start", "appointment_end", "promised_at", "required_by", "assignee_staff_id", "assignee_team", "in_pool", "dispatched_at", "accepted_at", "arrived_at", "finished_at", "confirmed_at", "closed_at", "fee_fen", "materials", "result", "photo_ids", "is_important", "satisfaction", "callback_comment", "cycle", "version", "updated_at") SELECT "id", "project_id", "code", "type", "channel", "room_id", "location", "requester_person_id", "requester_staff_id", "requester_name", "requester_phone_enc", "category_id", "scope", "charge_kind", "urgency", "description", "status", "received_at", "entered_at", "entered_by_staff_id", "owner_staff_id", "appointment_start", "appointment_end", "promised_at", "required_by", "assignee_staff_id", "assignee_team", "in_pool", "dispatched_at", "accepted_at", "arrived_at", "finished_at", "confirmed_at", "closed_at", "fee_fen", "materials", "result", "photo_ids", "is_important", "satisfaction", "callback_comment", "cycle", "version", "updated_at" FROM "service_request"',
    );
    await qr.query('DROP TABLE "service_request"');
    await qr.query('ALTER TABLE "temporary_service_request" RENAME TO "service_request"');
    await qr.query('CREATE INDEX "IDX_30d7790aba93ccfb2d4764b540" ON "service_request" ("project_id", "id") ');
    await qr.query('CREATE INDEX "IDX_3f10335772b55d4e5fd73e1b71" ON "service_request" ("project_id", "status", "id") ');
    await qr.query('CREATE INDEX "IDX_6fe5eb058beb6f9ff40f6af31e" ON "service_request" ("room_id", "status") ');
    await qr.query('CREATE INDEX "IDX_fc660ccbc339137775888c58b1" ON "service_request" ("assignee_staff_id", "status") ');
    await qr.query('CREATE UNIQUE INDEX "IDX_22973a3d5eb50ab8d1e9570c7c" ON "service_request" ("code") ');
    await qr.query('DROP INDEX "IDX_cce29d4e0089ebc2836aa86bc7"');
    await qr.query('DROP INDEX "IDX_17c11abc112b3b4885fc33263d"');
    await qr.query('DROP INDEX "IDX_50b9c3d3f6cdd210ff65aa698d"');
    await qr.query(
      'CREATE TABLE "temporary_sla_clock" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "request_id" integer NOT NULL, "project_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "cycle" integer NOT NULL DEFAULT (0), "started_at" datetime NOT NULL, "due_at" datetime NOT NULL, "met_at" datetime, "paused_at" datetime, "breached_at" datetime, "breach_run" varchar(36), "extended_until" datetime, "extension_approved_by" integer, "extension_reason" varchar(200), "cancelled_at" datetime)',
    );
    await qr.query(
      'INSERT INTO "temporary_sla_clock"("id", "request_id", "project_id", "kind", "cycle", "started_at", "due_at", "met_at", "paused_at", "breached_at", "breach_run", "extended_until", "extension_approved_by", "extension_reason") SELECT "id", "request_id", "project_id", "kind", "cycle", "started_at", "due_at", "met_at", "paused_at", "breached_at", "breach_run", "extended_until", "extension_approved_by", "extension_reason" FROM "sla_clock"',
    );
    await qr.query('DROP TABLE "sla_clock"');
    await qr.query('ALTER TABLE "temporary_sla_clock" RENAME TO "sla_clock"');
    await qr.query('CREATE UNIQUE INDEX "IDX_cce29d4e0089ebc2836aa86bc7" ON "sla_clock" ("request_id", "kind", "cycle") ');
    await qr.query('CREATE INDEX "IDX_17c11abc112b3b4885fc33263d" ON "sla_clock" ("met_at", "breached_at", "due_at") ');
    await qr.query('CREATE INDEX "IDX_50b9c3d3f6cdd210ff65aa698d" ON "sla_clock" ("project_id", "kind", "met_at") ');
    await backfillAttachments(qr);
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX "IDX_50b9c3d3f6cdd210ff65aa698d"');
    await qr.query('DROP INDEX "IDX_17c11abc112b3b4885fc33263d"');
    await qr.query('DROP INDEX "IDX_cce29d4e0089ebc2836aa86bc7"');
    await qr.query('ALTER TABLE "sla_clock" RENAME TO "temporary_sla_clock"');
    await qr.query(
      'CREATE TABLE "sla_clock" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "request_id" integer NOT NULL, "project_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "cycle" integer NOT NULL DEFAULT (0), "started_at" datetime NOT NULL, "due_at" datetime NOT NULL, "met_at" datetime, "paused_at" datetime, "breached_at" datetime, "breach_run" varchar(36), "extended_until" datetime, "extension_approved_by" integer, "extension_reason" varchar(200))',
    );
    await qr.query(
      'INSERT INTO "sla_clock"("id", "request_id", "project_id", "kind", "cycle", "started_at", "due_at", "met_at", "paused_at", "breached_at", "breach_run", "extended_until", "extension_approved_by", "extension_reason") SELECT "id", "request_id", "project_id", "kind", "cycle", "started_at", "due_at", "met_at", "paused_at", "breached_at", "breach_run", "extended_until", "extension_approved_by", "extension_reason" FROM "temporary_sla_clock"',
    );
    await qr.query('DROP TABLE "temporary_sla_clock"');
    await qr.query('CREATE INDEX "IDX_50b9c3d3f6cdd210ff65aa698d" ON "sla_clock" ("project_id", "kind", "met_at") ');
    await qr.query('CREATE INDEX "IDX_17c11abc112b3b4885fc33263d" ON "sla_clock" ("met_at", "breached_at", "due_at") ');
    await qr.query('CREATE UNIQUE INDEX "IDX_cce29d4e0089ebc2836aa86bc7" ON "sla_clock" ("request_id", "kind", "cycle") ');
    await qr.query('DROP INDEX "IDX_22973a3d5eb50ab8d1e9570c7c"');
    await qr.query('DROP INDEX "IDX_fc660ccbc339137775888c58b1"');
    await qr.query('DROP INDEX "IDX_6fe5eb058beb6f9ff40f6af31e"');
    await qr.query('DROP INDEX "IDX_3f10335772b55d4e5fd73e1b71"');
    await qr.query('DROP INDEX "IDX_30d7790aba93ccfb2d4764b540"');
    await qr.query('ALTER TABLE "service_request" RENAME TO "temporary_service_request"');
    await qr.query(
      'CREATE TABLE "service_request" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "code" varchar(24), "type" varchar(12) NOT NULL, "channel" varchar(12) NOT NULL, "room_id" integer, "location" varchar(100), "requester_person_id" integer, "requester_staff_id" integer, "requester_name" varchar(50) NOT NULL, "requester_phone_enc" varchar(200), "category_id" integer NOT NULL, "scope" varchar(10) NOT NULL, "charge_kind" varchar(10) NOT NULL, "urgency" varchar(10) NOT NULL, "description" varchar(1000) NOT NULL, "status" varchar(12) NOT NULL, "received_at" datetime NOT NULL, "entered_at" datetime NOT NULL, "entered_by_staff_id" integer, "owner_staff_id" integer, "appointment_start" datetime, "appointment_end" datetime, "promised_at" datetime, "required_by" datetime, "assignee_staff_id" integer, "assignee_team" varchar(50), "in_pool" boolean NOT NULL DEFAULT (0), "dispatched_at" datetime, "accepted_at" datetime, "arrived_at" datetime, "finished_at" datetime, "confirmed_at" datetime, "closed_at" datetime, "fee_fen" bigint, "materials" text, "result" varchar(500), "photo_ids" text, "is_important" boolean NOT NULL DEFAULT (0), "satisfaction" varchar(20), "callback_comment" varchar(500), "cycle" integer NOT NULL DEFAULT (0), "version" integer NOT NULL DEFAULT (0), "updated_at" datetime NOT NULL)',
    );
    await qr.query(
      'INSERT INTO "service_request"("id", "project_id", "code", "type", "channel", "room_id", "location", "requester_person_id", "requester_staff_id", "requester_name", "requester_phone_enc", "category_id", "scope", "charge_kind", "urgency", "description", "status", "received_at", "entered_at", "entered_by_staff_id", "owner_staff_id", "appointment_start", "appointment_end", "promised_at", "required_by", "assignee_staff_id", "assignee_team", "in_pool", "dispatched_at", "accepted_at", "arrived_at", "finished_at", "confirmed_at", "closed_at", "fee_fen", "materials", "result", "photo_ids", "is_important", "satisfaction", "callback_comment", "cycle", "version", "updated_at") SELECT "id", "project_id", "code", "type", "channel", "room_id", "location", "requester_person_id", "requester_staff_id", "requester_name", "requester_phone_enc", "category_id", "scope", "charge_kind", "urgency", "description", "status", "received_at", "entered_at", "entered_by_staff_id", "owner_staff_id", "appointment_start", "appointment_end", "promised_at", "required_by", "assignee_staff_id", "assignee_team", "in_pool", "dispatched_at", "accepted_at", "arrived_at", "finished_at", "confirmed_at", "closed_at", "fee_fen", "materials", "result", "photo_ids", "is_important", "satisfaction", "callback_comment", "cycle", "version", "updated_at" FROM "temporary_service_request"',
    );
    await qr.query('DROP TABLE "temporary_service_request"');
    await qr.query('CREATE UNIQUE INDEX "IDX_22973a3d5eb50ab8d1e9570c7c" ON "service_request" ("code") ');
    await qr.query('CREATE INDEX "IDX_fc660ccbc339137775888c58b1" ON "service_request" ("assignee_staff_id", "status") ');
    await qr.query('CREATE INDEX "IDX_6fe5eb058beb6f9ff40f6af31e" ON "service_request" ("room_id", "status") ');
    await qr.query('CREATE INDEX "IDX_3f10335772b55d4e5fd73e1b71" ON "service_request" ("project_id", "status", "id") ');
    await qr.query('CREATE INDEX "IDX_30d7790aba93ccfb2d4764b540" ON "service_request" ("project_id", "id") ');
    await qr.query('DROP INDEX "IDX_b49d24ba04bdd4f8da4313319d"');
    await qr.query('ALTER TABLE "repair_category" RENAME TO "temporary_repair_category"');
    await qr.query(
      'CREATE TABLE "repair_category" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "code" varchar(20) NOT NULL, "name" varchar(50) NOT NULL, "scope" varchar(10) NOT NULL, "paid" boolean NOT NULL DEFAULT (0), "price_fen" bigint, "price_note" varchar(100), "sort" integer NOT NULL DEFAULT (0), "active" boolean NOT NULL DEFAULT (1))',
    );
    await qr.query(
      'INSERT INTO "repair_category"("id", "project_id", "code", "name", "scope", "paid", "price_fen", "price_note", "sort", "active") SELECT "id", "project_id", "code", "name", "scope", "paid", "price_fen", "price_note", "sort", "active" FROM "temporary_repair_category"',
    );
    await qr.query('DROP TABLE "temporary_repair_category"');
    await qr.query('CREATE UNIQUE INDEX "IDX_b49d24ba04bdd4f8da4313319d" ON "repair_category" ("project_id", "code") ');
    await qr.query('DROP INDEX "IDX_4594cde727df0f0cd6fadb1ad7"');
    await qr.query('DROP INDEX "IDX_bb2f9665017eb97dc867071cd6"');
    await qr.query('DROP INDEX "IDX_bd6e1adc29607b591acd798995"');
    await qr.query('DROP TABLE "payment"');
    await qr.query('DROP INDEX "IDX_885512a57e3cbcd95ce07b83f4"');
    await qr.query('DROP INDEX "IDX_5a03f0b77d11f7d43dcfa9566f"');
    await qr.query('DROP INDEX "IDX_278f47c8b0d5a37f6bdce35d31"');
    await qr.query('DROP TABLE "bill"');
    await qr.query('DROP INDEX "IDX_8f603fdb805eef8c7f9439e4ba"');
    await qr.query('DROP INDEX "IDX_efce1aa4871a11bb5a7aba3137"');
    await qr.query('DROP TABLE "callback_record"');
    await qr.query('DROP INDEX "IDX_30c6ffd281b3aee188319aa59e"');
    await qr.query('DROP INDEX "IDX_080c16b6f71557fb40b0635c23"');
    await qr.query('DROP TABLE "request_attachment"');
  }
}
