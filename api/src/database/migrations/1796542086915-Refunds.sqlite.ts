import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RefundsSqlite1796542086915 implements MigrationInterface {
  name = 'RefundsSqlite1796542086915';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE \"refund\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"payment_id\" integer NOT NULL, \"bill_id\" integer NOT NULL, \"method\" varchar(20) NOT NULL, \"amount_fen\" bigint NOT NULL, \"out_trade_no\" varchar(32), \"transaction_id\" varchar(32), \"order_total_fen\" bigint, \"out_refund_no\" varchar(64) NOT NULL, \"reason\" varchar(200) NOT NULL, \"reopen\" boolean NOT NULL DEFAULT (0), \"status\" varchar(12) NOT NULL, \"requested_by_id\" integer NOT NULL, \"requested_by_name\" varchar(50) NOT NULL, \"requested_at\" datetime NOT NULL, \"decided_by_id\" integer, \"decided_by_name\" varchar(50), \"decided_at\" datetime, \"decision_note\" varchar(200), \"provider_refund_id\" varchar(32), \"attempts\" integer NOT NULL DEFAULT (0), \"last_error\" varchar(200), \"finished_at\" datetime, \"reissued_bill_id\" integer)");
    await qr.query("CREATE UNIQUE INDEX \"IDX_8e116348330845195dc5b1585f\" ON \"refund\" (\"payment_id\") ");
    await qr.query("CREATE UNIQUE INDEX \"IDX_e23bca24537e5ffd5e3ad65538\" ON \"refund\" (\"out_refund_no\") ");
    await qr.query("CREATE INDEX \"IDX_b39c7ec561dec1cb87441c187f\" ON \"refund\" (\"status\", \"id\") ");
    await qr.query("CREATE INDEX \"IDX_947230b4a7aee28300064fc8bf\" ON \"refund\" (\"project_id\", \"id\") ");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX \"IDX_947230b4a7aee28300064fc8bf\"");
    await qr.query("DROP INDEX \"IDX_b39c7ec561dec1cb87441c187f\"");
    await qr.query("DROP INDEX \"IDX_e23bca24537e5ffd5e3ad65538\"");
    await qr.query("DROP INDEX \"IDX_8e116348330845195dc5b1585f\"");
    await qr.query("DROP TABLE \"refund\"");
  }
}
