import type { MigrationInterface, QueryRunner } from 'typeorm';
import { OWNER_EVENT_LABELS } from '@wy/shared';
import { backfillTimelineAudience } from './data-steps.js';

export class TimelineAudienceSqlite1796508999962 implements MigrationInterface {
  name = 'TimelineAudienceSqlite1796508999962';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX "IDX_038f94581326f341d8c1ae2fed"');
    await qr.query(
      'CREATE TABLE "temporary_request_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "request_id" integer NOT NULL, "project_id" integer NOT NULL, "at" datetime NOT NULL, "actor_kind" varchar(10) NOT NULL, "actor_id" integer, "actor_name" varchar(50) NOT NULL, "action" varchar(20) NOT NULL, "from_status" varchar(12), "to_status" varchar(12), "note" varchar(500), "data" text, "photo_ids" text, "audience" varchar(5) NOT NULL DEFAULT (\'staff\'), "owner_note" varchar(500))',
    );
    await qr.query(
      'INSERT INTO "temporary_request_event"("id", "request_id", "project_id", "at", "actor_kind", "actor_id", "actor_name", "action", "from_status", "to_status", "note", "data", "photo_ids") SELECT "id", "request_id", "project_id", "at", "actor_kind", "actor_id", "actor_name", "action", "from_status", "to_status", "note", "data", "photo_ids" FROM "request_event"',
    );
    await qr.query('DROP TABLE "request_event"');
    await qr.query('ALTER TABLE "temporary_request_event" RENAME TO "request_event"');
    await qr.query('CREATE INDEX "IDX_038f94581326f341d8c1ae2fed" ON "request_event" ("request_id", "id") ');
    await backfillTimelineAudience(qr, Object.keys(OWNER_EVENT_LABELS));
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX "IDX_038f94581326f341d8c1ae2fed"');
    await qr.query('ALTER TABLE "request_event" RENAME TO "temporary_request_event"');
    await qr.query(
      'CREATE TABLE "request_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "request_id" integer NOT NULL, "project_id" integer NOT NULL, "at" datetime NOT NULL, "actor_kind" varchar(10) NOT NULL, "actor_id" integer, "actor_name" varchar(50) NOT NULL, "action" varchar(20) NOT NULL, "from_status" varchar(12), "to_status" varchar(12), "note" varchar(500), "data" text, "photo_ids" text)',
    );
    await qr.query(
      'INSERT INTO "request_event"("id", "request_id", "project_id", "at", "actor_kind", "actor_id", "actor_name", "action", "from_status", "to_status", "note", "data", "photo_ids") SELECT "id", "request_id", "project_id", "at", "actor_kind", "actor_id", "actor_name", "action", "from_status", "to_status", "note", "data", "photo_ids" FROM "temporary_request_event"',
    );
    await qr.query('DROP TABLE "temporary_request_event"');
    await qr.query('CREATE INDEX "IDX_038f94581326f341d8c1ae2fed" ON "request_event" ("request_id", "id") ');
  }
}
