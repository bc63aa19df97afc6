import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RepairContactSqlite1796542000000 implements MigrationInterface {
  name = 'RepairContactSqlite1796542000000';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX "IDX_22973a3d5eb50ab8d1e9570c7c"');
    await qr.query('DROP INDEX "IDX_fc660ccbc339137775888c58b1"');
    await qr.query('DROP INDEX "IDX_6fe5eb058beb6f9ff40f6af31e"');
    await qr.query('DROP INDEX "IDX_3f10335772b55d4e5fd73e1b71"');
    await qr.query('DROP INDEX "IDX_30d7790aba93ccfb2d4764b540"');
    await qr.query(
      'CREATE TABLE "temporary_service_request" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "code" varchar(24), "type" varchar(12) NOT NULL, "channel" varchar(12) NOT NULL, "room_id" integer, "location" varchar(100), "requester_person_id" integer, "requester_staff_id" integer, "requester_name" varchar(50) NOT NULL, "requester_phone_enc" varchar(200), "category_id" integer NOT NULL, "scope" varchar(10) NOT NULL, "charge_kind" varchar(10) NOT NULL, "urgency" varchar(10) NOT NULL, "description" varchar(1000) NOT NULL, "status" varchar(12) NOT NULL, "received_at" datetime NOT NULL, "entered_at" datetime NOT NULL, "entered_by_staff_id" integer, "owner_staff_id" integer, "appointment_start" datetime, "appointment_end" datetime, "promised_at" datetime, "required_by" datetime, "assignee_staff_id" integer, "assignee_team" varchar(50), "in_pool" boolean NOT NULL DEFAULT (0), "dispatched_at" datetime, "accepted_at" datetime, "arrived_at" datetime, "finished_at" datetime, "confirmed_at" datetime, "closed_at" datetime, "fee_fen" bigint, "materials" text, "result" varchar(500), "photo_ids" text, "is_important" boolean NOT NULL DEFAULT (0), "satisfaction" varchar(20), "callback_comment" varchar(500), "cycle" integer NOT NULL DEFAULT (0), "version" integer NOT NULL DEFAULT (0), "updated_at" datetime NOT NULL, "order_returned_at" datetime, "signature_upload_id" integer, "owner_satisfaction" varchar(20), "left_at" datetime, "countersigned_by_staff_id" integer, "countersigned_at" datetime, "printed_at" datetime, "contacted_at" datetime)',
    );
    await qr.query(
      'INSERT INTO "temporary_service_request"("id", "project_id", "code", "type", "channel", "room_id", "location", "requester_person_id", "requester_staff_id", "requester_name", "requester_phone_enc", "category_id", "scope", "charge_kind", "urgency", "description", "status", "received_at", "entered_at", "entered_by_staff_id", "owner_staff_id", "appointment_start", "appointment_end", "promised_at", "required_by", "assignee_staff_id", "assignee_team", "in_pool", "dispatched_at", "accepted_at", "arrived_at", "finished_at", "confirmed_at", "closed_at", "fee_fen", "materials", "result", "photo_ids", "is_important", "satisfaction", "callback_comment", "cycle", "version", "updated_at", "order_returned_at", "signature_upload_id", "owner_satisfaction", "left_at", "countersigned_by_staff_id", "countersigned_at", "printed_at") SELECT "id", "project_id", "code", "type", "channel", "room_id", "location", "requester_person_id", "requester_staff_id", "requester_name", "requester_phone_enc", "category_id", "scope", "charge_kind", "urgency", "description", "status", "received_at", "entered_at", "entered_by_staff_id", "owner_staff_id", "appointment_start", "appointment_end", "promised_at", "required_by", "assignee_staff_id", "assignee_team", "in_pool", "dispatched_at", "accepted_at", "arrived_at", "finished_at", "confirmed_at", "closed_at", "fee_fen", "materials", "result", "photo_ids", "is_important", "satisfaction", "callback_comment", "cycle", "version", "updated_at", "order_returned_at", "signature_upload_id", "owner_satisfaction", "left_at", "countersigned_by_staff_id", "countersigned_at", "printed_at" FROM "service_request"',
    );
    await qr.query('DROP TABLE "service_request"');
    await qr.query('ALTER TABLE "temporary_service_request" RENAME TO "service_request"');
    await qr.query('CREATE UNIQUE INDEX "IDX_22973a3d5eb50ab8d1e9570c7c" ON "service_request" ("code") ');
    await qr.query('CREATE INDEX "IDX_fc660ccbc339137775888c58b1" ON "service_request" ("assignee_staff_id", "status") ');
    await qr.query('CREATE INDEX "IDX_6fe5eb058beb6f9ff40f6af31e" ON "service_request" ("room_id", "status") ');
    await qr.query('CREATE INDEX "IDX_3f10335772b55d4e5fd73e1b71" ON "service_request" ("project_id", "status", "id") ');
    await qr.query('CREATE INDEX "IDX_30d7790aba93ccfb2d4764b540" ON "service_request" ("project_id", "id") ');
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX "IDX_30d7790aba93ccfb2d4764b540"');
    await qr.query('DROP INDEX "IDX_3f10335772b55d4e5fd73e1b71"');
    await qr.query('DROP INDEX "IDX_6fe5eb058beb6f9ff40f6af31e"');
    await qr.query('DROP INDEX "IDX_fc660ccbc339137775888c58b1"');
    await qr.query('DROP INDEX "IDX_22973a3d5eb50ab8d1e9570c7c"');
    await qr.query('ALTER TABLE "service_request" RENAME TO "temporary_service_request"');
    await qr.query(
      'CREATE TABLE "service_request" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "code" varchar(24), "type" varchar(12) NOT NULL, "channel" varchar(12) NOT NULL, "room_id" integer, "location" varchar(100), "requester_person_id" integer, "requester_staff_id" integer, "requester_name" varchar(50) NOT NULL, "requester_phone_enc" varchar(200), "category_id" integer NOT NULL, "scope" varchar(10) NOT NULL, "charge_kind" varchar(10) NOT NULL, "urgency" varchar(10) NOT NULL, "description" varchar(1000) NOT NULL, "status" varchar(12) NOT NULL, "received_at" datetime NOT NULL, "entered_at" datetime NOT NULL, "entered_by_staff_id" integer, "owner_staff_id" integer, "appointment_start" datetime, "appointment_end" datetime, "promised_at" datetime, "required_by" datetime, "assignee_staff_id" integer, "assignee_team" varchar(50), "in_pool" boolean NOT NULL DEFAULT (0), "dispatched_at" datetime, "accepted_at" datetime, "arrived_at" datetime, "finished_at" datetime, "confirmed_at" datetime, "closed_at" datetime, "fee_fen" bigint, "materials" text, "result" varchar(500), "photo_ids" text, "is_important" boolean NOT NULL DEFAULT (0), "satisfaction" varchar(20), "callback_comment" varchar(500), "cycle" integer NOT NULL DEFAULT (0), "version" integer NOT NULL DEFAULT (0), "updated_at" datetime NOT NULL, "order_returned_at" datetime, "signature_upload_id" integer, "owner_satisfaction" varchar(20), "left_at" datetime, "countersigned_by_staff_id" integer, "countersigned_at" datetime, "printed_at" datetime)',
    );
    await qr.query(
      'INSERT INTO "service_request"("id", "project_id", "code", "type", "channel", "room_id", "location", "requester_person_id", "requester_staff_id", "requester_name", "requester_phone_enc", "category_id", "scope", "charge_kind", "urgency", "description", "status", "received_at", "entered_at", "entered_by_staff_id", "owner_staff_id", "appointment_start", "appointment_end", "promised_at", "required_by", "assignee_staff_id", "assignee_team", "in_pool", "dispatched_at", "accepted_at", "arrived_at", "finished_at", "confirmed_at", "closed_at", "fee_fen", "materials", "result", "photo_ids", "is_important", "satisfaction", "callback_comment", "cycle", "version", "updated_at", "order_returned_at", "signature_upload_id", "owner_satisfaction", "left_at", "countersigned_by_staff_id", "countersigned_at", "printed_at") SELECT "id", "project_id", "code", "type", "channel", "room_id", "location", "requester_person_id", "requester_staff_id", "requester_name", "requester_phone_enc", "category_id", "scope", "charge_kind", "urgency", "description", "status", "received_at", "entered_at", "entered_by_staff_id", "owner_staff_id", "appointment_start", "appointment_end", "promised_at", "required_by", "assignee_staff_id", "assignee_team", "in_pool", "dispatched_at", "accepted_at", "arrived_at", "finished_at", "confirmed_at", "closed_at", "fee_fen", "materials", "result", "photo_ids", "is_important", "satisfaction", "callback_comment", "cycle", "version", "updated_at", "order_returned_at", "signature_upload_id", "owner_satisfaction", "left_at", "countersigned_by_staff_id", "countersigned_at", "printed_at" FROM "temporary_service_request"',
    );
    await qr.query('DROP TABLE "temporary_service_request"');
    await qr.query('CREATE INDEX "IDX_30d7790aba93ccfb2d4764b540" ON "service_request" ("project_id", "id") ');
    await qr.query('CREATE INDEX "IDX_3f10335772b55d4e5fd73e1b71" ON "service_request" ("project_id", "status", "id") ');
    await qr.query('CREATE INDEX "IDX_6fe5eb058beb6f9ff40f6af31e" ON "service_request" ("room_id", "status") ');
    await qr.query('CREATE INDEX "IDX_fc660ccbc339137775888c58b1" ON "service_request" ("assignee_staff_id", "status") ');
    await qr.query('CREATE UNIQUE INDEX "IDX_22973a3d5eb50ab8d1e9570c7c" ON "service_request" ("code") ');
  }
}
