import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SharedStateSqlite1796520315674 implements MigrationInterface {
  name = 'SharedStateSqlite1796520315674';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query(
      'CREATE TABLE "app_state" ("id" varchar(60) PRIMARY KEY NOT NULL, "value" varchar(600) NOT NULL, "num" bigint NOT NULL)',
    );
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP TABLE "app_state"');
  }
}
