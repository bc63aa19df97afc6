import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BillAdjustmentsSqlite1796565184460 implements MigrationInterface {
  name = 'BillAdjustmentsSqlite1796565184460';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE \"bill_adjustment\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"bill_id\" integer NOT NULL, \"pending_bill_id\" integer, \"kind\" varchar(10) NOT NULL, \"target\" varchar(10) NOT NULL, \"amount_fen\" bigint NOT NULL, \"reason\" varchar(200) NOT NULL, \"status\" varchar(10) NOT NULL, \"proposed_by_id\" integer NOT NULL, \"proposed_by_name\" varchar(50) NOT NULL, \"proposed_at\" datetime NOT NULL, \"decided_by_id\" integer, \"decided_by_name\" varchar(50), \"decided_at\" datetime, \"decision_note\" varchar(200))");
    await qr.query("CREATE UNIQUE INDEX \"IDX_4e91db788c9dab936b1ac32c04\" ON \"bill_adjustment\" (\"pending_bill_id\") ");
    await qr.query("CREATE INDEX \"IDX_b45958f4b28d48b17eaebb8551\" ON \"bill_adjustment\" (\"bill_id\", \"status\") ");
    await qr.query("CREATE INDEX \"IDX_d2100fb58f678a6f5e817cceae\" ON \"bill_adjustment\" (\"project_id\", \"status\", \"id\") ");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX \"IDX_d2100fb58f678a6f5e817cceae\"");
    await qr.query("DROP INDEX \"IDX_b45958f4b28d48b17eaebb8551\"");
    await qr.query("DROP INDEX \"IDX_4e91db788c9dab936b1ac32c04\"");
    await qr.query("DROP TABLE \"bill_adjustment\"");
  }
}
