import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ContactRoundsMysql1796551396096 implements MigrationInterface {
  name = 'ContactRoundsMysql1796551396096';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX `IDX_cce29d4e0089ebc2836aa86bc7` ON `sla_clock`');
    await qr.query("ALTER TABLE `sla_clock` ADD `dispatch_round` int NOT NULL DEFAULT '0'");
    await qr.query(
      'CREATE UNIQUE INDEX `IDX_7cc9d6afa32777c501e7afb802` ON `sla_clock` (`request_id`, `kind`, `cycle`, `dispatch_round`)',
    );
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX `IDX_7cc9d6afa32777c501e7afb802` ON `sla_clock`');
    await qr.query('ALTER TABLE `sla_clock` DROP COLUMN `dispatch_round`');
    await qr.query('CREATE UNIQUE INDEX `IDX_cce29d4e0089ebc2836aa86bc7` ON `sla_clock` (`request_id`, `kind`, `cycle`)');
  }
}
