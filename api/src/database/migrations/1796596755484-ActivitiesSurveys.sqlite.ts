import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ActivitiesSurveysSqlite1796596755484 implements MigrationInterface {
  name = 'ActivitiesSurveysSqlite1796596755484';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query(
      'CREATE TABLE "activity_plan" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "year" integer NOT NULL, "finalized_at" datetime, "finalized_by_name" varchar(50), "created_at" datetime NOT NULL)',
    );
    await qr.query('CREATE UNIQUE INDEX "IDX_aef254447b9894bb13a4339e6b" ON "activity_plan" ("project_id", "year") ');
    await qr.query(
      'CREATE TABLE "activity" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "plan_id" integer NOT NULL, "year" integer NOT NULL, "extra" boolean NOT NULL DEFAULT (0), "theme" varchar(40) NOT NULL, "purpose" varchar(500) NOT NULL, "planned_month" varchar(7) NOT NULL, "budget_fen" bigint NOT NULL, "status" varchar(16) NOT NULL, "description" text, "starts_at" datetime, "ends_at" datetime, "place" varchar(100), "capacity" integer, "max_per_signup" integer NOT NULL DEFAULT (4), "signed_people" integer NOT NULL DEFAULT (0), "safety_measures" text, "poll_question" varchar(100), "poll_options" text, "poll_opened_at" datetime, "budget_requested_fen" bigint, "budget_note" varchar(200), "budget_approved_fen" bigint, "budget_approved_by_name" varchar(50), "budget_approved_at" datetime, "budget_reject_reason" varchar(200), "published_at" datetime, "published_by_name" varchar(50), "summary" text, "finished_at" datetime, "archived_at" datetime, "archived_by_name" varchar(50), "cancel_reason" varchar(200), "created_by_staff_id" integer NOT NULL, "created_by_name" varchar(50) NOT NULL, "version" integer NOT NULL DEFAULT (0), "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL)',
    );
    await qr.query('CREATE INDEX "IDX_f246ab3c597d031a6fc85a713f" ON "activity" ("project_id", "year", "id") ');
    await qr.query('CREATE INDEX "IDX_5c05881978f18109987257a80b" ON "activity" ("project_id", "status", "id") ');
    await qr.query(
      'CREATE TABLE "activity_signup" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "activity_id" integer NOT NULL, "person_id" integer NOT NULL, "room_id" integer NOT NULL, "name" varchar(50) NOT NULL, "people" integer NOT NULL, "status" varchar(10) NOT NULL, "created_at" datetime NOT NULL, "cancelled_at" datetime)',
    );
    await qr.query('CREATE INDEX "IDX_c89476454d8bc50925c5fd2bc9" ON "activity_signup" ("person_id") ');
    await qr.query('CREATE UNIQUE INDEX "IDX_b9dbae85c02d8206193365a97d" ON "activity_signup" ("activity_id", "person_id") ');
    await qr.query(
      'CREATE TABLE "activity_poll_vote" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "activity_id" integer NOT NULL, "person_id" integer NOT NULL, "choice" integer NOT NULL, "created_at" datetime NOT NULL)',
    );
    await qr.query('CREATE UNIQUE INDEX "IDX_60b08539faaebb27dbdc4c404a" ON "activity_poll_vote" ("activity_id", "person_id") ');
    await qr.query(
      'CREATE TABLE "activity_callback" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "activity_id" integer NOT NULL, "signup_id" integer NOT NULL, "satisfied" boolean NOT NULL, "note" varchar(200), "staff_id" integer NOT NULL, "staff_name" varchar(50) NOT NULL, "called_at" datetime NOT NULL)',
    );
    await qr.query('CREATE UNIQUE INDEX "IDX_dc7bc8cf68a6561865aa996059" ON "activity_callback" ("activity_id", "signup_id") ');
    await qr.query(
      'CREATE TABLE "activity_photo" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "activity_id" integer NOT NULL, "upload_id" integer NOT NULL)',
    );
    await qr.query('CREATE INDEX "IDX_03fe99ddca7aa289b79fb3f072" ON "activity_photo" ("upload_id") ');
    await qr.query('CREATE UNIQUE INDEX "IDX_40d3692213228a4f10dcba7939" ON "activity_photo" ("activity_id", "upload_id") ');
    await qr.query(
      'CREATE TABLE "survey" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "quarter" varchar(6) NOT NULL, "title" varchar(60) NOT NULL, "status" varchar(10) NOT NULL, "created_by_name" varchar(50) NOT NULL, "created_at" datetime NOT NULL, "closed_at" datetime)',
    );
    await qr.query('CREATE UNIQUE INDEX "IDX_744b6e16841a83f7b8456154f7" ON "survey" ("project_id", "quarter") ');
    await qr.query(
      'CREATE TABLE "survey_response" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "survey_id" integer NOT NULL, "room_id" integer NOT NULL, "person_id" integer NOT NULL, "score_service" smallint NOT NULL, "score_repair" smallint NOT NULL, "score_cleaning" smallint NOT NULL, "score_security" smallint NOT NULL, "score_greening" smallint NOT NULL, "comment" varchar(500), "created_at" datetime NOT NULL)',
    );
    await qr.query('CREATE INDEX "IDX_1be14d252a8cbe39b5e4f4db33" ON "survey_response" ("person_id") ');
    await qr.query('CREATE UNIQUE INDEX "IDX_80c913b5f6d06d41b9b2dc18a2" ON "survey_response" ("survey_id", "room_id") ');
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX "IDX_80c913b5f6d06d41b9b2dc18a2"');
    await qr.query('DROP INDEX "IDX_1be14d252a8cbe39b5e4f4db33"');
    await qr.query('DROP TABLE "survey_response"');
    await qr.query('DROP INDEX "IDX_744b6e16841a83f7b8456154f7"');
    await qr.query('DROP TABLE "survey"');
    await qr.query('DROP INDEX "IDX_40d3692213228a4f10dcba7939"');
    await qr.query('DROP INDEX "IDX_03fe99ddca7aa289b79fb3f072"');
    await qr.query('DROP TABLE "activity_photo"');
    await qr.query('DROP INDEX "IDX_dc7bc8cf68a6561865aa996059"');
    await qr.query('DROP TABLE "activity_callback"');
    await qr.query('DROP INDEX "IDX_60b08539faaebb27dbdc4c404a"');
    await qr.query('DROP TABLE "activity_poll_vote"');
    await qr.query('DROP INDEX "IDX_b9dbae85c02d8206193365a97d"');
    await qr.query('DROP INDEX "IDX_c89476454d8bc50925c5fd2bc9"');
    await qr.query('DROP TABLE "activity_signup"');
    await qr.query('DROP INDEX "IDX_5c05881978f18109987257a80b"');
    await qr.query('DROP INDEX "IDX_f246ab3c597d031a6fc85a713f"');
    await qr.query('DROP TABLE "activity"');
    await qr.query('DROP INDEX "IDX_aef254447b9894bb13a4339e6b"');
    await qr.query('DROP TABLE "activity_plan"');
  }
}
