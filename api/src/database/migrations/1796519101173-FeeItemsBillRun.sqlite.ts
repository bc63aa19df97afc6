import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FeeItemsBillRunSqlite1796519101173 implements MigrationInterface {
  name = 'FeeItemsBillRunSqlite1796519101173';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query(
      'CREATE TABLE "fee_item" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "code" varchar(20) NOT NULL, "name" varchar(40) NOT NULL, "category" varchar(20) NOT NULL, "basis" varchar(10) NOT NULL, "unit_fen" integer NOT NULL DEFAULT (0), "tiers" text, "meter_unit" varchar(10), "room_use" varchar(20), "due_day" integer NOT NULL DEFAULT (25), "late_fee_per_ten_thousand" integer NOT NULL DEFAULT (0), "late_fee_grace_days" integer NOT NULL DEFAULT (0), "late_fee_cap_percent" integer NOT NULL DEFAULT (100), "basis_note" varchar(200), "active" boolean NOT NULL DEFAULT (1), "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL)',
    );
    await qr.query('CREATE UNIQUE INDEX "IDX_ef59e380e1091a7801c0407f83" ON "fee_item" ("project_id", "code") ');
    await qr.query(
      'CREATE TABLE "meter_reading" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "room_id" integer NOT NULL, "fee_item_id" integer NOT NULL, "period" varchar(7) NOT NULL, "previous" bigint NOT NULL, "current" bigint NOT NULL, "usage" bigint NOT NULL, "amount_fen" bigint NOT NULL, "read_by_staff_id" integer NOT NULL, "read_by_name" varchar(50) NOT NULL, "at" datetime NOT NULL)',
    );
    await qr.query('CREATE INDEX "IDX_928c4291e54bbbdf90c5ccfaca" ON "meter_reading" ("project_id", "period", "id") ');
    await qr.query(
      'CREATE UNIQUE INDEX "IDX_951d6951c0c7b946ea807ab30b" ON "meter_reading" ("room_id", "fee_item_id", "period") ',
    );
    await qr.query(
      'CREATE TABLE "bill_run" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "period" varchar(7) NOT NULL, "status" varchar(10) NOT NULL, "cursor_room_id" integer NOT NULL DEFAULT (0), "bills_created" integer NOT NULL DEFAULT (0), "amount_fen" bigint NOT NULL DEFAULT (0), "runs" integer NOT NULL DEFAULT (0), "started_by_staff_id" integer NOT NULL, "started_by_name" varchar(50) NOT NULL, "started_at" datetime NOT NULL, "finished_at" datetime)',
    );
    await qr.query('CREATE UNIQUE INDEX "IDX_fe4e672414e57bebbf32c510db" ON "bill_run" ("project_id", "period") ');
    await qr.query('DROP INDEX "IDX_885512a57e3cbcd95ce07b83f4"');
    await qr.query('DROP INDEX "IDX_5a03f0b77d11f7d43dcfa9566f"');
    await qr.query('DROP INDEX "IDX_278f47c8b0d5a37f6bdce35d31"');
    await qr.query(
      'CREATE TABLE "temporary_bill" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "room_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "title" varchar(100) NOT NULL, "source_type" varchar(20) NOT NULL, "source_id" integer NOT NULL, "amount_fen" bigint NOT NULL, "status" varchar(10) NOT NULL, "created_at" datetime NOT NULL, "paid_at" datetime, "version" integer NOT NULL DEFAULT (0), "fee_item_id" integer, "period" varchar(7), "due_on" varchar(10))',
    );
    await qr.query(
      'INSERT INTO "temporary_bill"("id", "project_id", "room_id", "kind", "title", "source_type", "source_id", "amount_fen", "status", "created_at", "paid_at", "version") SELECT "id", "project_id", "room_id", "kind", "title", "source_type", "source_id", "amount_fen", "status", "created_at", "paid_at", "version" FROM "bill"',
    );
    await qr.query('DROP TABLE "bill"');
    await qr.query('ALTER TABLE "temporary_bill" RENAME TO "bill"');
    await qr.query('CREATE UNIQUE INDEX "IDX_885512a57e3cbcd95ce07b83f4" ON "bill" ("source_type", "source_id") ');
    await qr.query('CREATE INDEX "IDX_5a03f0b77d11f7d43dcfa9566f" ON "bill" ("project_id", "status", "id") ');
    await qr.query('CREATE INDEX "IDX_278f47c8b0d5a37f6bdce35d31" ON "bill" ("room_id", "status") ');
    await qr.query('DROP INDEX "IDX_4594cde727df0f0cd6fadb1ad7"');
    await qr.query('DROP INDEX "IDX_bb2f9665017eb97dc867071cd6"');
    await qr.query('DROP INDEX "IDX_bd6e1adc29607b591acd798995"');
    await qr.query(
      'CREATE TABLE "temporary_payment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "bill_id" integer NOT NULL, "method" varchar(20) NOT NULL, "amount_fen" bigint NOT NULL, "receipt_no" varchar(24), "received_by_staff_id" integer NOT NULL, "received_by_name" varchar(50) NOT NULL, "payer_name" varchar(50) NOT NULL, "at" datetime NOT NULL, "note" varchar(200), "late_fee_fen" bigint NOT NULL DEFAULT (0))',
    );
    await qr.query(
      'INSERT INTO "temporary_payment"("id", "project_id", "bill_id", "method", "amount_fen", "receipt_no", "received_by_staff_id", "received_by_name", "payer_name", "at", "note") SELECT "id", "project_id", "bill_id", "method", "amount_fen", "receipt_no", "received_by_staff_id", "received_by_name", "payer_name", "at", "note" FROM "payment"',
    );
    await qr.query('DROP TABLE "payment"');
    await qr.query('ALTER TABLE "temporary_payment" RENAME TO "payment"');
    await qr.query('CREATE INDEX "IDX_4594cde727df0f0cd6fadb1ad7" ON "payment" ("project_id", "at") ');
    await qr.query('CREATE UNIQUE INDEX "IDX_bb2f9665017eb97dc867071cd6" ON "payment" ("receipt_no") ');
    await qr.query('CREATE UNIQUE INDEX "IDX_bd6e1adc29607b591acd798995" ON "payment" ("bill_id") ');
    await qr.query('DROP INDEX "IDX_885512a57e3cbcd95ce07b83f4"');
    await qr.query('DROP INDEX "IDX_5a03f0b77d11f7d43dcfa9566f"');
    await qr.query('DROP INDEX "IDX_278f47c8b0d5a37f6bdce35d31"');
    await qr.query(
      'CREATE TABLE "temporary_bill" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "room_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "title" varchar(100) NOT NULL, "source_type" varchar(20) NOT NULL, "source_id" integer, "amount_fen" bigint NOT NULL, "status" varchar(10) NOT NULL, "created_at" datetime NOT NULL, "paid_at" datetime, "version" integer NOT NULL DEFAULT (0), "fee_item_id" integer, "period" varchar(7), "due_on" varchar(10))',
    );
    await qr.query(
      'INSERT INTO "temporary_bill"("id", "project_id", "room_id", "kind", "title", "source_type", "source_id", "amount_fen", "status", "created_at", "paid_at", "version", "fee_item_id", "period", "due_on") SELECT "id", "project_id", "room_id", "kind", "title", "source_type", "source_id", "amount_fen", "status", "created_at", "paid_at", "version", "fee_item_id", "period", "due_on" FROM "bill"',
    );
    await qr.query('DROP TABLE "bill"');
    await qr.query('ALTER TABLE "temporary_bill" RENAME TO "bill"');
    await qr.query('CREATE INDEX "IDX_5a03f0b77d11f7d43dcfa9566f" ON "bill" ("project_id", "status", "id") ');
    await qr.query('CREATE INDEX "IDX_278f47c8b0d5a37f6bdce35d31" ON "bill" ("room_id", "status") ');
    await qr.query('CREATE UNIQUE INDEX "IDX_200af7f45d01072a6a2fb8b54e" ON "bill" ("room_id", "fee_item_id", "period") ');
    await qr.query('CREATE UNIQUE INDEX "IDX_885512a57e3cbcd95ce07b83f4" ON "bill" ("source_type", "source_id") ');
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX "IDX_885512a57e3cbcd95ce07b83f4"');
    await qr.query('DROP INDEX "IDX_200af7f45d01072a6a2fb8b54e"');
    await qr.query('DROP INDEX "IDX_278f47c8b0d5a37f6bdce35d31"');
    await qr.query('DROP INDEX "IDX_5a03f0b77d11f7d43dcfa9566f"');
    await qr.query('ALTER TABLE "bill" RENAME TO "temporary_bill"');
    await qr.query(
      'CREATE TABLE "bill" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "room_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "title" varchar(100) NOT NULL, "source_type" varchar(20) NOT NULL, "source_id" integer NOT NULL, "amount_fen" bigint NOT NULL, "status" varchar(10) NOT NULL, "created_at" datetime NOT NULL, "paid_at" datetime, "version" integer NOT NULL DEFAULT (0), "fee_item_id" integer, "period" varchar(7), "due_on" varchar(10))',
    );
    await qr.query(
      'INSERT INTO "bill"("id", "project_id", "room_id", "kind", "title", "source_type", "source_id", "amount_fen", "status", "created_at", "paid_at", "version", "fee_item_id", "period", "due_on") SELECT "id", "project_id", "room_id", "kind", "title", "source_type", "source_id", "amount_fen", "status", "created_at", "paid_at", "version", "fee_item_id", "period", "due_on" FROM "temporary_bill"',
    );
    await qr.query('DROP TABLE "temporary_bill"');
    await qr.query('CREATE INDEX "IDX_278f47c8b0d5a37f6bdce35d31" ON "bill" ("room_id", "status") ');
    await qr.query('CREATE INDEX "IDX_5a03f0b77d11f7d43dcfa9566f" ON "bill" ("project_id", "status", "id") ');
    await qr.query('CREATE UNIQUE INDEX "IDX_885512a57e3cbcd95ce07b83f4" ON "bill" ("source_type", "source_id") ');
    await qr.query('DROP INDEX "IDX_bd6e1adc29607b591acd798995"');
    await qr.query('DROP INDEX "IDX_bb2f9665017eb97dc867071cd6"');
    await qr.query('DROP INDEX "IDX_4594cde727df0f0cd6fadb1ad7"');
    await qr.query('ALTER TABLE "payment" RENAME TO "temporary_payment"');
    await qr.query(
      'CREATE TABLE "payment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "bill_id" integer NOT NULL, "method" varchar(20) NOT NULL, "amount_fen" bigint NOT NULL, "receipt_no" varchar(24), "received_by_staff_id" integer NOT NULL, "received_by_name" varchar(50) NOT NULL, "payer_name" varchar(50) NOT NULL, "at" datetime NOT NULL, "note" varchar(200))',
    );
    await qr.query(
      'INSERT INTO "payment"("id", "project_id", "bill_id", "method", "amount_fen", "receipt_no", "received_by_staff_id", "received_by_name", "payer_name", "at", "note") SELECT "id", "project_id", "bill_id", "method", "amount_fen", "receipt_no", "received_by_staff_id", "received_by_name", "payer_name", "at", "note" FROM "temporary_payment"',
    );
    await qr.query('DROP TABLE "temporary_payment"');
    await qr.query('CREATE UNIQUE INDEX "IDX_bd6e1adc29607b591acd798995" ON "payment" ("bill_id") ');
    await qr.query('CREATE UNIQUE INDEX "IDX_bb2f9665017eb97dc867071cd6" ON "payment" ("receipt_no") ');
    await qr.query('CREATE INDEX "IDX_4594cde727df0f0cd6fadb1ad7" ON "payment" ("project_id", "at") ');
    await qr.query('DROP INDEX "IDX_278f47c8b0d5a37f6bdce35d31"');
    await qr.query('DROP INDEX "IDX_5a03f0b77d11f7d43dcfa9566f"');
    await qr.query('DROP INDEX "IDX_885512a57e3cbcd95ce07b83f4"');
    await qr.query('ALTER TABLE "bill" RENAME TO "temporary_bill"');
    await qr.query(
      'CREATE TABLE "bill" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "room_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "title" varchar(100) NOT NULL, "source_type" varchar(20) NOT NULL, "source_id" integer NOT NULL, "amount_fen" bigint NOT NULL, "status" varchar(10) NOT NULL, "created_at" datetime NOT NULL, "paid_at" datetime, "version" integer NOT NULL DEFAULT (0))',
    );
    await qr.query(
      'INSERT INTO "bill"("id", "project_id", "room_id", "kind", "title", "source_type", "source_id", "amount_fen", "status", "created_at", "paid_at", "version") SELECT "id", "project_id", "room_id", "kind", "title", "source_type", "source_id", "amount_fen", "status", "created_at", "paid_at", "version" FROM "temporary_bill"',
    );
    await qr.query('DROP TABLE "temporary_bill"');
    await qr.query('CREATE INDEX "IDX_278f47c8b0d5a37f6bdce35d31" ON "bill" ("room_id", "status") ');
    await qr.query('CREATE INDEX "IDX_5a03f0b77d11f7d43dcfa9566f" ON "bill" ("project_id", "status", "id") ');
    await qr.query('CREATE UNIQUE INDEX "IDX_885512a57e3cbcd95ce07b83f4" ON "bill" ("source_type", "source_id") ');
    await qr.query('DROP INDEX "IDX_fe4e672414e57bebbf32c510db"');
    await qr.query('DROP TABLE "bill_run"');
    await qr.query('DROP INDEX "IDX_951d6951c0c7b946ea807ab30b"');
    await qr.query('DROP INDEX "IDX_928c4291e54bbbdf90c5ccfaca"');
    await qr.query('DROP TABLE "meter_reading"');
    await qr.query('DROP INDEX "IDX_ef59e380e1091a7801c0407f83"');
    await qr.query('DROP TABLE "fee_item"');
  }
}
