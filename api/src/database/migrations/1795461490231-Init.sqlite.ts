import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitSqlite1795461490231 implements MigrationInterface {
  name = 'InitSqlite1795461490231';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query(
      'CREATE TABLE "audit_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer, "actor_kind" varchar(10) NOT NULL, "actor_id" integer, "entity" varchar(30) NOT NULL, "entity_id" varchar(40) NOT NULL, "action" varchar(40) NOT NULL, "from_state" varchar(20), "to_state" varchar(20), "note" varchar(500), "created_at" datetime NOT NULL)',
    );
    await qr.query('CREATE INDEX "IDX_41493888fb0570f31eda09737b" ON "audit_event" ("project_id", "id") ');
    await qr.query('CREATE INDEX "IDX_8e9d45847131441c0d33afb025" ON "audit_event" ("entity", "entity_id") ');
    await qr.query(
      'CREATE TABLE "auth_session" ("id" varchar(36) PRIMARY KEY NOT NULL, "subject_kind" varchar(10) NOT NULL, "subject_id" integer NOT NULL, "created_at" datetime NOT NULL, "expires_at" datetime NOT NULL, "revoked_at" datetime, "revoke_reason" varchar(30))',
    );
    await qr.query('CREATE INDEX "IDX_ef2b7c4c6433d4a29251a3dd99" ON "auth_session" ("subject_kind", "subject_id") ');
    await qr.query(
      'CREATE TABLE "refresh_token" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "session_id" varchar(36) NOT NULL, "token_hash" varchar(64) NOT NULL, "expires_at" datetime NOT NULL, "used_at" datetime, "created_at" datetime NOT NULL)',
    );
    await qr.query('CREATE INDEX "IDX_7643a722ca45fb721be1c63dc0" ON "refresh_token" ("session_id") ');
    await qr.query('CREATE UNIQUE INDEX "IDX_f0812282fad2e352cdaf83ef0a" ON "refresh_token" ("token_hash") ');
    await qr.query(
      'CREATE TABLE "sms_code" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "phone_hash" varchar(64) NOT NULL, "code_hash" varchar(64) NOT NULL, "expires_at" datetime NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "consumed_at" datetime, "created_at" datetime NOT NULL)',
    );
    await qr.query('CREATE INDEX "IDX_2c144f3ee7fc0f2eeb3b3ef89a" ON "sms_code" ("phone_hash", "id") ');
    await qr.query(
      'CREATE TABLE "company" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, "created_at" datetime NOT NULL)',
    );
    await qr.query(
      'CREATE TABLE "project" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "company_id" integer NOT NULL, "code" varchar(3) NOT NULL, "name" varchar(100) NOT NULL, "kind" varchar(20) NOT NULL, "address" varchar(200), "timezone" varchar(40) NOT NULL, "service_phone" varchar(30), "created_at" datetime NOT NULL, "archived_at" datetime)',
    );
    await qr.query('CREATE UNIQUE INDEX "IDX_b58774a8460d69d09c888158ab" ON "project" ("code") ');
    await qr.query(
      'CREATE TABLE "cluster" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "code" varchar(1) NOT NULL, "name" varchar(50) NOT NULL)',
    );
    await qr.query('CREATE UNIQUE INDEX "IDX_1c960ab0a3d94c6f3d6cd63cec" ON "cluster" ("project_id", "code") ');
    await qr.query(
      'CREATE TABLE "building" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "cluster_id" integer NOT NULL, "code" varchar(2) NOT NULL, "name" varchar(50) NOT NULL, "floors" integer)',
    );
    await qr.query('CREATE INDEX "IDX_5c988f745a276f46c772e47500" ON "building" ("project_id") ');
    await qr.query('CREATE UNIQUE INDEX "IDX_155703fd744a5b621765dd7654" ON "building" ("cluster_id", "code") ');
    await qr.query(
      'CREATE TABLE "room" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "building_id" integer NOT NULL, "property_code" varchar(10) NOT NULL, "room_no" varchar(4) NOT NULL, "unit" varchar(20), "floor" integer, "area" integer NOT NULL, "room_use" varchar(20) NOT NULL, "layout" varchar(30), "title_no" varchar(50), "delivered_on" varchar(10), "created_at" datetime NOT NULL, "archived_at" datetime)',
    );
    await qr.query('CREATE UNIQUE INDEX "IDX_951a5337939725b1fbc0a2a5d6" ON "room" ("property_code") ');
    await qr.query('CREATE INDEX "IDX_47a438eb322fe36aa70c177e02" ON "room" ("project_id", "building_id", "id") ');
    await qr.query(
      'CREATE TABLE "person" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(50) NOT NULL, "phone_enc" varchar(200), "phone_hash" varchar(64), "id_no_enc" varchar(200), "id_no_hash" varchar(64), "openid" varchar(64), "unionid" varchar(64), "is_key_customer" boolean NOT NULL DEFAULT (0), "note" varchar(200), "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL, "archived_at" datetime)',
    );
    await qr.query('CREATE UNIQUE INDEX "IDX_b1560524da3c8ef364d4323f74" ON "person" ("phone_hash") ');
    await qr.query('CREATE INDEX "IDX_514529b0ede2487428e40bb909" ON "person" ("id_no_hash") ');
    await qr.query('CREATE UNIQUE INDEX "IDX_6d07fc02819274a85a2f92a026" ON "person" ("openid") ');
    await qr.query(
      'CREATE TABLE "room_binding" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "room_id" integer NOT NULL, "person_id" integer NOT NULL, "kind" varchar(10) NOT NULL, "status" varchar(10) NOT NULL, "active_key" varchar(40), "requested_by" varchar(10) NOT NULL, "note" varchar(200), "reject_reason" varchar(200), "reviewed_by_staff_id" integer, "reviewed_by_person_id" integer, "reviewed_at" datetime, "created_at" datetime NOT NULL)',
    );
    await qr.query('CREATE INDEX "IDX_d4977a706e9b671d2bf009fb88" ON "room_binding" ("room_id") ');
    await qr.query('CREATE INDEX "IDX_44f2c9647b634b9eddf6b91b7e" ON "room_binding" ("person_id") ');
    await qr.query('CREATE UNIQUE INDEX "IDX_7dc8f945a3dc5aec29e6cac0bc" ON "room_binding" ("active_key") ');
    await qr.query('CREATE INDEX "IDX_95af320d6d0822f27317167140" ON "room_binding" ("project_id", "status", "id") ');
    await qr.query(
      'CREATE TABLE "vehicle" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "person_id" integer NOT NULL, "room_id" integer, "plate" varchar(10) NOT NULL, "active_key" varchar(24), "model" varchar(50), "color" varchar(20), "space_no" varchar(20), "created_at" datetime NOT NULL, "archived_at" datetime)',
    );
    await qr.query('CREATE INDEX "IDX_fe61d273f00eecd50fd1612358" ON "vehicle" ("person_id") ');
    await qr.query('CREATE UNIQUE INDEX "IDX_0053ab946c654c8c3a2ce55f40" ON "vehicle" ("active_key") ');
    await qr.query('CREATE INDEX "IDX_1e6f6dd70a019cfe69dfbebeab" ON "vehicle" ("project_id", "id") ');
    await qr.query(
      'CREATE TABLE "staff" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(50) NOT NULL, "name" varchar(50) NOT NULL, "phone_enc" varchar(200), "phone_hash" varchar(64), "password_hash" varchar(100) NOT NULL, "roles" text NOT NULL, "failed_logins" integer NOT NULL DEFAULT (0), "locked_until" datetime, "created_at" datetime NOT NULL, "archived_at" datetime)',
    );
    await qr.query('CREATE UNIQUE INDEX "IDX_35aafb5ad218f3ff1ff70e281e" ON "staff" ("username") ');
    await qr.query(
      'CREATE TABLE "staff_project" ("staff_id" integer NOT NULL, "project_id" integer NOT NULL, PRIMARY KEY ("staff_id", "project_id"))',
    );
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP TABLE "staff_project"');
    await qr.query('DROP INDEX "IDX_35aafb5ad218f3ff1ff70e281e"');
    await qr.query('DROP TABLE "staff"');
    await qr.query('DROP INDEX "IDX_1e6f6dd70a019cfe69dfbebeab"');
    await qr.query('DROP INDEX "IDX_0053ab946c654c8c3a2ce55f40"');
    await qr.query('DROP INDEX "IDX_fe61d273f00eecd50fd1612358"');
    await qr.query('DROP TABLE "vehicle"');
    await qr.query('DROP INDEX "IDX_95af320d6d0822f27317167140"');
    await qr.query('DROP INDEX "IDX_7dc8f945a3dc5aec29e6cac0bc"');
    await qr.query('DROP INDEX "IDX_44f2c9647b634b9eddf6b91b7e"');
    await qr.query('DROP INDEX "IDX_d4977a706e9b671d2bf009fb88"');
    await qr.query('DROP TABLE "room_binding"');
    await qr.query('DROP INDEX "IDX_6d07fc02819274a85a2f92a026"');
    await qr.query('DROP INDEX "IDX_514529b0ede2487428e40bb909"');
    await qr.query('DROP INDEX "IDX_b1560524da3c8ef364d4323f74"');
    await qr.query('DROP TABLE "person"');
    await qr.query('DROP INDEX "IDX_47a438eb322fe36aa70c177e02"');
    await qr.query('DROP INDEX "IDX_951a5337939725b1fbc0a2a5d6"');
    await qr.query('DROP TABLE "room"');
    await qr.query('DROP INDEX "IDX_155703fd744a5b621765dd7654"');
    await qr.query('DROP INDEX "IDX_5c988f745a276f46c772e47500"');
    await qr.query('DROP TABLE "building"');
    await qr.query('DROP INDEX "IDX_1c960ab0a3d94c6f3d6cd63cec"');
    await qr.query('DROP TABLE "cluster"');
    await qr.query('DROP INDEX "IDX_b58774a8460d69d09c888158ab"');
    await qr.query('DROP TABLE "project"');
    await qr.query('DROP TABLE "company"');
    await qr.query('DROP INDEX "IDX_2c144f3ee7fc0f2eeb3b3ef89a"');
    await qr.query('DROP TABLE "sms_code"');
    await qr.query('DROP INDEX "IDX_f0812282fad2e352cdaf83ef0a"');
    await qr.query('DROP INDEX "IDX_7643a722ca45fb721be1c63dc0"');
    await qr.query('DROP TABLE "refresh_token"');
    await qr.query('DROP INDEX "IDX_ef2b7c4c6433d4a29251a3dd99"');
    await qr.query('DROP TABLE "auth_session"');
    await qr.query('DROP INDEX "IDX_8e9d45847131441c0d33afb025"');
    await qr.query('DROP INDEX "IDX_41493888fb0570f31eda09737b"');
    await qr.query('DROP TABLE "audit_event"');
  }
}
