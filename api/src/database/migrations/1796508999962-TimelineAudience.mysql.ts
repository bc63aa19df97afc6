import type { MigrationInterface, QueryRunner } from 'typeorm';
import { OWNER_EVENT_LABELS } from '@wy/shared';
import { backfillTimelineAudience } from './data-steps.js';

export class TimelineAudienceMysql1796508999962 implements MigrationInterface {
  name = 'TimelineAudienceMysql1796508999962';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("ALTER TABLE `request_event` ADD `audience` varchar(5) NOT NULL DEFAULT 'staff'");
    await qr.query('ALTER TABLE `request_event` ADD `owner_note` varchar(500) NULL');
    await backfillTimelineAudience(qr, Object.keys(OWNER_EVENT_LABELS));
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('ALTER TABLE `request_event` DROP COLUMN `owner_note`');
    await qr.query('ALTER TABLE `request_event` DROP COLUMN `audience`');
  }
}
