import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MoveInBookingMysql1796600171874 implements MigrationInterface {
  name = 'MoveInBookingMysql1796600171874';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("ALTER TABLE `move_in` ADD `booked_on` varchar(10) NULL");
    await qr.query("ALTER TABLE `move_in` ADD `booked_half` varchar(2) NULL");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("ALTER TABLE `move_in` DROP COLUMN `booked_half`");
    await qr.query("ALTER TABLE `move_in` DROP COLUMN `booked_on`");
  }
}
