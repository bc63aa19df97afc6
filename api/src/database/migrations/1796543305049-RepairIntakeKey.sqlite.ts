import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RepairIntakeKeySqlite1796543305049 implements MigrationInterface {
  name = 'RepairIntakeKeySqlite1796543305049';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query(
      'CREATE TABLE "request_intake_key" ("key" varchar(64) PRIMARY KEY NOT NULL, "request_id" integer NOT NULL, "at" datetime NOT NULL)',
    );
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP TABLE "request_intake_key"');
  }
}
