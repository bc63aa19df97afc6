import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ParkingSqlite1796530666350 implements MigrationInterface {
  name = 'ParkingSqlite1796530666350';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query(
      'CREATE TABLE "parking_area" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "code" varchar(10) NOT NULL, "name" varchar(40) NOT NULL, "sort" integer NOT NULL DEFAULT (0))',
    );
    await qr.query('CREATE UNIQUE INDEX "IDX_367729e172aeef9e2f8c3cbc4f" ON "parking_area" ("project_id", "code") ');
    await qr.query(
      'CREATE TABLE "parking_space" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "area_id" integer NOT NULL, "no" varchar(20) NOT NULL, "kind" varchar(12) NOT NULL, "state" varchar(12) NOT NULL, "holder_application_id" integer, "note" varchar(100), "version" integer NOT NULL DEFAULT (0), "updated_at" datetime NOT NULL)',
    );
    await qr.query('CREATE UNIQUE INDEX "IDX_e8c1293035b80df76a75682fc5" ON "parking_space" ("holder_application_id") ');
    await qr.query('CREATE INDEX "IDX_6108d17f58b19d291d72707784" ON "parking_space" ("project_id", "kind", "state", "id") ');
    await qr.query('CREATE INDEX "IDX_7e0ab23a08976604a866e201c2" ON "parking_space" ("project_id", "area_id", "id") ');
    await qr.query('CREATE UNIQUE INDEX "IDX_00709bfb92d9b52ed1aa2dad3c" ON "parking_space" ("project_id", "no") ');
    await qr.query(
      'CREATE TABLE "parking_plan" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "title" varchar(60) NOT NULL, "approved_on" varchar(10) NOT NULL, "approval_document" varchar(100) NOT NULL, "process" varchar(2000) NOT NULL, "published_at" datetime, "updated_by_staff_id" integer NOT NULL, "updated_at" datetime NOT NULL)',
    );
    await qr.query('CREATE UNIQUE INDEX "IDX_3246f295632384b24c9dd5e8f2" ON "parking_plan" ("project_id") ');
    await qr.query(
      'CREATE TABLE "parking_price" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "kind" varchar(12) NOT NULL, "term" varchar(10) NOT NULL, "amount_fen" bigint NOT NULL)',
    );
    await qr.query('CREATE UNIQUE INDEX "IDX_b180e71ed319adc4033d1a62af" ON "parking_price" ("project_id", "kind", "term") ');
    await qr.query(
      'CREATE TABLE "parking_application" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "code" varchar(24) NOT NULL, "person_id" integer NOT NULL, "applicant_name" varchar(50) NOT NULL, "applicant_role" varchar(10) NOT NULL, "room_id" integer NOT NULL, "vehicle_id" integer, "plate" varchar(10) NOT NULL, "kind" varchar(12) NOT NULL, "term" varchar(10) NOT NULL, "status" varchar(20) NOT NULL, "docs" text NOT NULL, "refusal" varchar(1000), "space_id" integer, "contract_no" varchar(24), "contract_at" datetime, "approved_by_staff_id" integer, "approved_at" datetime, "refuse_reason" varchar(200), "waiting_since" datetime, "wait_reason" varchar(200), "offer_expires_at" datetime, "first_checked_at" datetime, "card_no" varchar(20), "card_issued_at" datetime, "start_on" varchar(10), "end_on" varchar(10), "ended_at" datetime, "version" integer NOT NULL DEFAULT (0), "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL)',
    );
    await qr.query('CREATE UNIQUE INDEX "IDX_4a9cfb32b04522359e33e4a63b" ON "parking_application" ("code") ');
    await qr.query('CREATE INDEX "IDX_e8380ce5a990a5c2195e6a8c16" ON "parking_application" ("project_id", "end_on") ');
    await qr.query('CREATE INDEX "IDX_2441db7de10d87969b33c0f866" ON "parking_application" ("person_id", "id") ');
    await qr.query(
      'CREATE INDEX "IDX_08cd4f745ebb6de05029e24172" ON "parking_application" ("project_id", "kind", "status", "waiting_since", "id") ',
    );
    await qr.query('CREATE INDEX "IDX_a1b1f05daa1671d2bf02149211" ON "parking_application" ("project_id", "status", "id") ');
    await qr.query(
      'CREATE TABLE "parking_period" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "application_id" integer NOT NULL, "project_id" integer NOT NULL, "seq" integer NOT NULL, "start_on" varchar(10) NOT NULL, "end_on" varchar(10) NOT NULL, "amount_fen" bigint NOT NULL, "bill_id" integer, "paid_at" datetime, "created_at" datetime NOT NULL)',
    );
    await qr.query('CREATE UNIQUE INDEX "IDX_c03a4bea05fb8979bb708527ac" ON "parking_period" ("application_id", "seq") ');
    await qr.query(
      'CREATE TABLE "parking_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "application_id" integer NOT NULL, "project_id" integer NOT NULL, "at" datetime NOT NULL, "actor_kind" varchar(10) NOT NULL, "actor_id" integer, "actor_name" varchar(50) NOT NULL, "action" varchar(20) NOT NULL, "from_status" varchar(20), "to_status" varchar(20), "note" varchar(1000), "audience" varchar(5) NOT NULL DEFAULT (\'staff\'), "owner_note" varchar(1000))',
    );
    await qr.query('CREATE INDEX "IDX_5acfba28c8f48ae802875b0cb6" ON "parking_event" ("application_id", "id") ');
    await qr.query(
      'CREATE TABLE "parking_doc_photo" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "application_id" integer NOT NULL, "project_id" integer NOT NULL, "upload_id" integer NOT NULL, "doc" varchar(20) NOT NULL)',
    );
    await qr.query('CREATE INDEX "IDX_28165cd5b30f9a44a5a7d9968d" ON "parking_doc_photo" ("upload_id") ');
    await qr.query(
      'CREATE UNIQUE INDEX "IDX_7d8bf50eae5fcddb100b2deaae" ON "parking_doc_photo" ("application_id", "upload_id") ',
    );
    await qr.query('DROP INDEX "IDX_1e6f6dd70a019cfe69dfbebeab"');
    await qr.query('DROP INDEX "IDX_0053ab946c654c8c3a2ce55f40"');
    await qr.query('DROP INDEX "IDX_fe61d273f00eecd50fd1612358"');
    await qr.query(
      'CREATE TABLE "temporary_vehicle" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "person_id" integer NOT NULL, "room_id" integer, "plate" varchar(10) NOT NULL, "active_key" varchar(24), "model" varchar(50), "color" varchar(20), "space_no" varchar(20), "created_at" datetime NOT NULL, "archived_at" datetime, "parking_contract_no" varchar(24))',
    );
    await qr.query(
      'INSERT INTO "temporary_vehicle"("id", "project_id", "person_id", "room_id", "plate", "active_key", "model", "color", "space_no", "created_at", "archived_at") SELECT "id", "project_id", "person_id", "room_id", "plate", "active_key", "model", "color", "space_no", "created_at", "archived_at" FROM "vehicle"',
    );
    await qr.query('DROP TABLE "vehicle"');
    await qr.query('ALTER TABLE "temporary_vehicle" RENAME TO "vehicle"');
    await qr.query('CREATE INDEX "IDX_1e6f6dd70a019cfe69dfbebeab" ON "vehicle" ("project_id", "id") ');
    await qr.query('CREATE UNIQUE INDEX "IDX_0053ab946c654c8c3a2ce55f40" ON "vehicle" ("active_key") ');
    await qr.query('CREATE INDEX "IDX_fe61d273f00eecd50fd1612358" ON "vehicle" ("person_id") ');
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX "IDX_fe61d273f00eecd50fd1612358"');
    await qr.query('DROP INDEX "IDX_0053ab946c654c8c3a2ce55f40"');
    await qr.query('DROP INDEX "IDX_1e6f6dd70a019cfe69dfbebeab"');
    await qr.query('ALTER TABLE "vehicle" RENAME TO "temporary_vehicle"');
    await qr.query(
      'CREATE TABLE "vehicle" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "person_id" integer NOT NULL, "room_id" integer, "plate" varchar(10) NOT NULL, "active_key" varchar(24), "model" varchar(50), "color" varchar(20), "space_no" varchar(20), "created_at" datetime NOT NULL, "archived_at" datetime)',
    );
    await qr.query(
      'INSERT INTO "vehicle"("id", "project_id", "person_id", "room_id", "plate", "active_key", "model", "color", "space_no", "created_at", "archived_at") SELECT "id", "project_id", "person_id", "room_id", "plate", "active_key", "model", "color", "space_no", "created_at", "archived_at" FROM "temporary_vehicle"',
    );
    await qr.query('DROP TABLE "temporary_vehicle"');
    await qr.query('CREATE INDEX "IDX_fe61d273f00eecd50fd1612358" ON "vehicle" ("person_id") ');
    await qr.query('CREATE UNIQUE INDEX "IDX_0053ab946c654c8c3a2ce55f40" ON "vehicle" ("active_key") ');
    await qr.query('CREATE INDEX "IDX_1e6f6dd70a019cfe69dfbebeab" ON "vehicle" ("project_id", "id") ');
    await qr.query('DROP INDEX "IDX_7d8bf50eae5fcddb100b2deaae"');
    await qr.query('DROP INDEX "IDX_28165cd5b30f9a44a5a7d9968d"');
    await qr.query('DROP TABLE "parking_doc_photo"');
    await qr.query('DROP INDEX "IDX_5acfba28c8f48ae802875b0cb6"');
    await qr.query('DROP TABLE "parking_event"');
    await qr.query('DROP INDEX "IDX_c03a4bea05fb8979bb708527ac"');
    await qr.query('DROP TABLE "parking_period"');
    await qr.query('DROP INDEX "IDX_a1b1f05daa1671d2bf02149211"');
    await qr.query('DROP INDEX "IDX_08cd4f745ebb6de05029e24172"');
    await qr.query('DROP INDEX "IDX_2441db7de10d87969b33c0f866"');
    await qr.query('DROP INDEX "IDX_e8380ce5a990a5c2195e6a8c16"');
    await qr.query('DROP INDEX "IDX_4a9cfb32b04522359e33e4a63b"');
    await qr.query('DROP TABLE "parking_application"');
    await qr.query('DROP INDEX "IDX_b180e71ed319adc4033d1a62af"');
    await qr.query('DROP TABLE "parking_price"');
    await qr.query('DROP INDEX "IDX_3246f295632384b24c9dd5e8f2"');
    await qr.query('DROP TABLE "parking_plan"');
    await qr.query('DROP INDEX "IDX_00709bfb92d9b52ed1aa2dad3c"');
    await qr.query('DROP INDEX "IDX_7e0ab23a08976604a866e201c2"');
    await qr.query('DROP INDEX "IDX_6108d17f58b19d291d72707784"');
    await qr.query('DROP INDEX "IDX_e8c1293035b80df76a75682fc5"');
    await qr.query('DROP TABLE "parking_space"');
    await qr.query('DROP INDEX "IDX_367729e172aeef9e2f8c3cbc4f"');
    await qr.query('DROP TABLE "parking_area"');
  }
}
