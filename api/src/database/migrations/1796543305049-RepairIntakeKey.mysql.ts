import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RepairIntakeKeyMysql1796543305049 implements MigrationInterface {
  name = 'RepairIntakeKeyMysql1796543305049';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query(
      'CREATE TABLE `request_intake_key` (`key` varchar(64) NOT NULL, `request_id` int NOT NULL, `at` datetime NOT NULL, PRIMARY KEY (`key`)) ENGINE=InnoDB',
    );
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP TABLE `request_intake_key`');
  }
}
