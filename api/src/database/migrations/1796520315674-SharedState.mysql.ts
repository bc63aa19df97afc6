import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SharedStateMysql1796520315674 implements MigrationInterface {
  name = 'SharedStateMysql1796520315674';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query(
      'CREATE TABLE `app_state` (`id` varchar(60) NOT NULL, `value` varchar(600) NOT NULL, `num` bigint NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP TABLE `app_state`');
  }
}
