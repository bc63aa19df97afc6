import type { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillAttachedUploads } from './data-steps.js';

export class UploadsAttachedSqlite1796513636058 implements MigrationInterface {
  name = 'UploadsAttachedSqlite1796513636058';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query(
      'CREATE TABLE "temporary_upload" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "storage_key" varchar(200) NOT NULL, "content_type" varchar(50) NOT NULL, "size" integer NOT NULL, "owner_kind" varchar(10) NOT NULL, "owner_id" integer NOT NULL, "created_at" datetime NOT NULL, "attached_at" datetime)',
    );
    await qr.query(
      'INSERT INTO "temporary_upload"("id", "storage_key", "content_type", "size", "owner_kind", "owner_id", "created_at") SELECT "id", "storage_key", "content_type", "size", "owner_kind", "owner_id", "created_at" FROM "upload"',
    );
    await qr.query('DROP TABLE "upload"');
    await qr.query('ALTER TABLE "temporary_upload" RENAME TO "upload"');
    await qr.query('CREATE INDEX "IDX_8649edb3a09457a60de8f1512a" ON "upload" ("attached_at", "created_at") ');
    await qr.query('CREATE INDEX "IDX_c58fd8900edda90718732f8bbc" ON "upload" ("owner_kind", "owner_id", "attached_at") ');
    await backfillAttachedUploads(qr);
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX "IDX_c58fd8900edda90718732f8bbc"');
    await qr.query('DROP INDEX "IDX_8649edb3a09457a60de8f1512a"');
    await qr.query('ALTER TABLE "upload" RENAME TO "temporary_upload"');
    await qr.query(
      'CREATE TABLE "upload" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "storage_key" varchar(200) NOT NULL, "content_type" varchar(50) NOT NULL, "size" integer NOT NULL, "owner_kind" varchar(10) NOT NULL, "owner_id" integer NOT NULL, "created_at" datetime NOT NULL)',
    );
    await qr.query(
      'INSERT INTO "upload"("id", "storage_key", "content_type", "size", "owner_kind", "owner_id", "created_at") SELECT "id", "storage_key", "content_type", "size", "owner_kind", "owner_id", "created_at" FROM "temporary_upload"',
    );
    await qr.query('DROP TABLE "temporary_upload"');
  }
}
