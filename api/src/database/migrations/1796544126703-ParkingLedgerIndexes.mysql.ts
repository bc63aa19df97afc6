import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ParkingLedgerIndexesMysql1796544126703 implements MigrationInterface {
  name = 'ParkingLedgerIndexesMysql1796544126703';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query('CREATE INDEX `IDX_e71e701c986acc81f790d4e0a4` ON `parking_space` (`project_id`, `area_id`, `kind`, `state`)');
    await qr.query('CREATE INDEX `IDX_2780043b2b0d45023294dfd688` ON `parking_application` (`project_id`, `id`)');
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX `IDX_2780043b2b0d45023294dfd688` ON `parking_application`');
    await qr.query('DROP INDEX `IDX_e71e701c986acc81f790d4e0a4` ON `parking_space`');
  }
}
