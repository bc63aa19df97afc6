import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SharedLimitsMysql1796508062379 implements MigrationInterface {
  name = 'SharedLimitsMysql1796508062379';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query(
      'CREATE TABLE `rate_counter` (`id` varchar(160) NOT NULL, `hits` int NOT NULL, `reset_at` bigint NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await qr.query('ALTER TABLE `staff` DROP COLUMN `failed_logins`');
    await qr.query('ALTER TABLE `staff` DROP COLUMN `locked_until`');
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('ALTER TABLE `staff` ADD `locked_until` datetime NULL');
    await qr.query('ALTER TABLE `staff` ADD `failed_logins` int NOT NULL DEFAULT 0');
    await qr.query('DROP TABLE `rate_counter`');
  }
}
