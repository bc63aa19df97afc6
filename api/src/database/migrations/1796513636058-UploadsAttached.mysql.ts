import type { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillAttachedUploads } from './data-steps.js';

export class UploadsAttachedMysql1796513636058 implements MigrationInterface {
  name = 'UploadsAttachedMysql1796513636058';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query('ALTER TABLE `upload` ADD `attached_at` datetime NULL');
    await qr.query('CREATE INDEX `IDX_8649edb3a09457a60de8f1512a` ON `upload` (`attached_at`, `created_at`)');
    await qr.query('CREATE INDEX `IDX_c58fd8900edda90718732f8bbc` ON `upload` (`owner_kind`, `owner_id`, `attached_at`)');
    await backfillAttachedUploads(qr);
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX `IDX_c58fd8900edda90718732f8bbc` ON `upload`');
    await qr.query('DROP INDEX `IDX_8649edb3a09457a60de8f1512a` ON `upload`');
    await qr.query('ALTER TABLE `upload` DROP COLUMN `attached_at`');
  }
}
