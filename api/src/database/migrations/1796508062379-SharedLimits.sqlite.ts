import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SharedLimitsSqlite1796508062379 implements MigrationInterface {
  name = 'SharedLimitsSqlite1796508062379';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query(
      'CREATE TABLE "rate_counter" ("id" varchar(160) PRIMARY KEY NOT NULL, "hits" integer NOT NULL, "reset_at" bigint NOT NULL)',
    );
    await qr.query('DROP INDEX "IDX_35aafb5ad218f3ff1ff70e281e"');
    await qr.query(
      'CREATE TABLE "temporary_staff" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(50) NOT NULL, "name" varchar(50) NOT NULL, "phone_enc" varchar(200), "phone_hash" varchar(64), "password_hash" varchar(100) NOT NULL, "roles" text NOT NULL, "created_at" datetime NOT NULL, "archived_at" datetime)',
    );
    await qr.query(
      'INSERT INTO "temporary_staff"("id", "username", "name", "phone_enc", "phone_hash", "password_hash", "roles", "created_at", "archived_at") SELECT "id", "username", "name", "phone_enc", "phone_hash", "password_hash", "roles", "created_at", "archived_at" FROM "staff"',
    );
    await qr.query('DROP TABLE "staff"');
    await qr.query('ALTER TABLE "temporary_staff" RENAME TO "staff"');
    await qr.query('CREATE UNIQUE INDEX "IDX_35aafb5ad218f3ff1ff70e281e" ON "staff" ("username") ');
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX "IDX_35aafb5ad218f3ff1ff70e281e"');
    await qr.query('ALTER TABLE "staff" RENAME TO "temporary_staff"');
    await qr.query(
      'CREATE TABLE "staff" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(50) NOT NULL, "name" varchar(50) NOT NULL, "phone_enc" varchar(200), "phone_hash" varchar(64), "password_hash" varchar(100) NOT NULL, "roles" text NOT NULL, "failed_logins" integer NOT NULL DEFAULT (0), "locked_until" datetime, "created_at" datetime NOT NULL, "archived_at" datetime)',
    );
    await qr.query(
      'INSERT INTO "staff"("id", "username", "name", "phone_enc", "phone_hash", "password_hash", "roles", "created_at", "archived_at") SELECT "id", "username", "name", "phone_enc", "phone_hash", "password_hash", "roles", "created_at", "archived_at" FROM "temporary_staff"',
    );
    await qr.query('DROP TABLE "temporary_staff"');
    await qr.query('CREATE UNIQUE INDEX "IDX_35aafb5ad218f3ff1ff70e281e" ON "staff" ("username") ');
    await qr.query('DROP TABLE "rate_counter"');
  }
}
