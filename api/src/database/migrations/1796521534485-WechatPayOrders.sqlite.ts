import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WechatPayOrdersSqlite1796521534485 implements MigrationInterface {
  name = 'WechatPayOrdersSqlite1796521534485';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE \"pay_order\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"person_id\" integer NOT NULL, \"out_trade_no\" varchar(32) NOT NULL, \"transaction_id\" varchar(32), \"trade_type\" varchar(10) NOT NULL, \"description\" varchar(127) NOT NULL, \"total_fen\" bigint NOT NULL, \"bills\" text NOT NULL, \"status\" varchar(10) NOT NULL, \"prepay_id\" varchar(64), \"h5_url\" varchar(300), \"created_at\" datetime NOT NULL, \"expires_at\" datetime NOT NULL, \"paid_at\" datetime, \"closed_at\" datetime, \"paid_by\" varchar(10))");
    await qr.query("CREATE UNIQUE INDEX \"IDX_356a4f4fa0346c1d00da4764f7\" ON \"pay_order\" (\"out_trade_no\") ");
    await qr.query("CREATE UNIQUE INDEX \"IDX_c2b395928a8bc672c9b3285c85\" ON \"pay_order\" (\"transaction_id\") ");
    await qr.query("CREATE INDEX \"IDX_a9dd8dd5e4696595a471f9765f\" ON \"pay_order\" (\"person_id\", \"id\") ");
    await qr.query("CREATE INDEX \"IDX_2722b2e6880902fca49b3bd4b4\" ON \"pay_order\" (\"status\", \"expires_at\") ");
    await qr.query("CREATE INDEX \"IDX_c5454afb3a5a642fff36ad5de0\" ON \"pay_order\" (\"project_id\", \"created_at\") ");
    await qr.query("CREATE TABLE \"pay_notice\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"notify_id\" varchar(64), \"out_trade_no\" varchar(32), \"event_type\" varchar(40) NOT NULL, \"result\" varchar(40) NOT NULL, \"received_at\" datetime NOT NULL)");
    await qr.query("CREATE INDEX \"IDX_7d05f8e78f1e42604e6df963ef\" ON \"pay_notice\" (\"out_trade_no\", \"id\") ");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX \"IDX_7d05f8e78f1e42604e6df963ef\"");
    await qr.query("DROP TABLE \"pay_notice\"");
    await qr.query("DROP INDEX \"IDX_c5454afb3a5a642fff36ad5de0\"");
    await qr.query("DROP INDEX \"IDX_2722b2e6880902fca49b3bd4b4\"");
    await qr.query("DROP INDEX \"IDX_a9dd8dd5e4696595a471f9765f\"");
    await qr.query("DROP INDEX \"IDX_c2b395928a8bc672c9b3285c85\"");
    await qr.query("DROP INDEX \"IDX_356a4f4fa0346c1d00da4764f7\"");
    await qr.query("DROP TABLE \"pay_order\"");
  }
}
