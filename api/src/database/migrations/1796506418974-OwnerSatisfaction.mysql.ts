import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SATISFACTION_LABELS } from '@wy/shared';
import { backfillOwnerSatisfaction } from './data-steps.js';

export class OwnerSatisfactionMysql1796506418974 implements MigrationInterface {
  name = 'OwnerSatisfactionMysql1796506418974';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query('ALTER TABLE `service_request` ADD `owner_satisfaction` varchar(20) NULL');
    await qr.query('ALTER TABLE `callback_record` ADD `owner_satisfaction` varchar(20) NULL');
    await backfillOwnerSatisfaction(qr, SATISFACTION_LABELS);
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('ALTER TABLE `callback_record` DROP COLUMN `owner_satisfaction`');
    await qr.query('ALTER TABLE `service_request` DROP COLUMN `owner_satisfaction`');
  }
}
