import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RefundReconciliationSqlite1796551516768 implements MigrationInterface {
  name = 'RefundReconciliationSqlite1796551516768';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX \"IDX_9a4cffe6b2ce85bf3809b4f490\"");
    await qr.query("DROP INDEX \"IDX_947230b4a7aee28300064fc8bf\"");
    await qr.query("DROP INDEX \"IDX_b39c7ec561dec1cb87441c187f\"");
    await qr.query("DROP INDEX \"IDX_e23bca24537e5ffd5e3ad65538\"");
    await qr.query("DROP INDEX \"IDX_8e116348330845195dc5b1585f\"");
    await qr.query("CREATE TABLE \"temporary_refund\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"payment_id\" integer NOT NULL, \"bill_id\" integer NOT NULL, \"method\" varchar(20) NOT NULL, \"amount_fen\" bigint NOT NULL, \"out_trade_no\" varchar(32), \"transaction_id\" varchar(32), \"order_total_fen\" bigint, \"out_refund_no\" varchar(64) NOT NULL, \"reason\" varchar(200) NOT NULL, \"reopen\" boolean NOT NULL DEFAULT (0), \"status\" varchar(12) NOT NULL, \"requested_by_id\" integer NOT NULL, \"requested_by_name\" varchar(50) NOT NULL, \"requested_at\" datetime NOT NULL, \"decided_by_id\" integer, \"decided_by_name\" varchar(50), \"decided_at\" datetime, \"decision_note\" varchar(200), \"provider_refund_id\" varchar(32), \"attempts\" integer NOT NULL DEFAULT (0), \"last_error\" varchar(200), \"finished_at\" datetime, \"reissued_bill_id\" integer, \"accepted_at\" datetime)");
    await qr.query("INSERT INTO \"temporary_refund\"(\"id\", \"project_id\", \"payment_id\", \"bill_id\", \"method\", \"amount_fen\", \"out_trade_no\", \"transaction_id\", \"order_total_fen\", \"out_refund_no\", \"reason\", \"reopen\", \"status\", \"requested_by_id\", \"requested_by_name\", \"requested_at\", \"decided_by_id\", \"decided_by_name\", \"decided_at\", \"decision_note\", \"provider_refund_id\", \"attempts\", \"last_error\", \"finished_at\", \"reissued_bill_id\") SELECT \"id\", \"project_id\", \"payment_id\", \"bill_id\", \"method\", \"amount_fen\", \"out_trade_no\", \"transaction_id\", \"order_total_fen\", \"out_refund_no\", \"reason\", \"reopen\", \"status\", \"requested_by_id\", \"requested_by_name\", \"requested_at\", \"decided_by_id\", \"decided_by_name\", \"decided_at\", \"decision_note\", \"provider_refund_id\", \"attempts\", \"last_error\", \"finished_at\", \"reissued_bill_id\" FROM \"refund\"");
    await qr.query("DROP TABLE \"refund\"");
    await qr.query("ALTER TABLE \"temporary_refund\" RENAME TO \"refund\"");
    await qr.query("CREATE INDEX \"IDX_947230b4a7aee28300064fc8bf\" ON \"refund\" (\"project_id\", \"id\") ");
    await qr.query("CREATE INDEX \"IDX_b39c7ec561dec1cb87441c187f\" ON \"refund\" (\"status\", \"id\") ");
    await qr.query("CREATE UNIQUE INDEX \"IDX_e23bca24537e5ffd5e3ad65538\" ON \"refund\" (\"out_refund_no\") ");
    await qr.query("CREATE UNIQUE INDEX \"IDX_8e116348330845195dc5b1585f\" ON \"refund\" (\"payment_id\") ");
    await qr.query("DROP INDEX \"IDX_3c4a2969f1d848ad47162ccb9a\"");
    await qr.query("CREATE TABLE \"temporary_recon_day\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"bill_date\" varchar(10) NOT NULL, \"provider_count\" integer NOT NULL, \"provider_fen\" bigint NOT NULL, \"our_count\" integer NOT NULL, \"our_fen\" bigint NOT NULL, \"open_differences\" integer NOT NULL, \"runs\" integer NOT NULL DEFAULT (1), \"run_by_name\" varchar(50) NOT NULL, \"run_at\" datetime NOT NULL, \"provider_refund_count\" integer NOT NULL DEFAULT (0), \"provider_refund_fen\" bigint NOT NULL DEFAULT (0), \"our_refund_count\" integer NOT NULL DEFAULT (0), \"our_refund_fen\" bigint NOT NULL DEFAULT (0))");
    await qr.query("INSERT INTO \"temporary_recon_day\"(\"id\", \"bill_date\", \"provider_count\", \"provider_fen\", \"our_count\", \"our_fen\", \"open_differences\", \"runs\", \"run_by_name\", \"run_at\") SELECT \"id\", \"bill_date\", \"provider_count\", \"provider_fen\", \"our_count\", \"our_fen\", \"open_differences\", \"runs\", \"run_by_name\", \"run_at\" FROM \"recon_day\"");
    await qr.query("DROP TABLE \"recon_day\"");
    await qr.query("ALTER TABLE \"temporary_recon_day\" RENAME TO \"recon_day\"");
    await qr.query("CREATE UNIQUE INDEX \"IDX_3c4a2969f1d848ad47162ccb9a\" ON \"recon_day\" (\"bill_date\") ");
    await qr.query("DROP INDEX \"IDX_1247754c3a349b7a39cab1254e\"");
    await qr.query("CREATE TABLE \"temporary_recon_diff\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"bill_date\" varchar(10) NOT NULL, \"kind\" varchar(16) NOT NULL, \"out_trade_no\" varchar(32) NOT NULL, \"transaction_id\" varchar(32), \"project_id\" integer, \"provider_fen\" bigint, \"our_fen\" bigint, \"status\" varchar(10) NOT NULL, \"found_at\" datetime NOT NULL, \"resolved_at\" datetime, \"resolved_by_name\" varchar(50), \"resolution\" varchar(200), \"out_refund_no\" varchar(64) NOT NULL DEFAULT (''))");
    await qr.query("INSERT INTO \"temporary_recon_diff\"(\"id\", \"bill_date\", \"kind\", \"out_trade_no\", \"transaction_id\", \"project_id\", \"provider_fen\", \"our_fen\", \"status\", \"found_at\", \"resolved_at\", \"resolved_by_name\", \"resolution\") SELECT \"id\", \"bill_date\", \"kind\", \"out_trade_no\", \"transaction_id\", \"project_id\", \"provider_fen\", \"our_fen\", \"status\", \"found_at\", \"resolved_at\", \"resolved_by_name\", \"resolution\" FROM \"recon_diff\"");
    await qr.query("DROP TABLE \"recon_diff\"");
    await qr.query("ALTER TABLE \"temporary_recon_diff\" RENAME TO \"recon_diff\"");
    await qr.query("CREATE INDEX \"IDX_1247754c3a349b7a39cab1254e\" ON \"recon_diff\" (\"status\", \"id\") ");
    await qr.query("CREATE UNIQUE INDEX \"IDX_1b8ae696e2a3b495b85e5a0bfb\" ON \"recon_diff\" (\"bill_date\", \"out_trade_no\", \"kind\", \"out_refund_no\") ");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX \"IDX_1b8ae696e2a3b495b85e5a0bfb\"");
    await qr.query("DROP INDEX \"IDX_1247754c3a349b7a39cab1254e\"");
    await qr.query("ALTER TABLE \"recon_diff\" RENAME TO \"temporary_recon_diff\"");
    await qr.query("CREATE TABLE \"recon_diff\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"bill_date\" varchar(10) NOT NULL, \"kind\" varchar(16) NOT NULL, \"out_trade_no\" varchar(32) NOT NULL, \"transaction_id\" varchar(32), \"project_id\" integer, \"provider_fen\" bigint, \"our_fen\" bigint, \"status\" varchar(10) NOT NULL, \"found_at\" datetime NOT NULL, \"resolved_at\" datetime, \"resolved_by_name\" varchar(50), \"resolution\" varchar(200))");
    await qr.query("INSERT INTO \"recon_diff\"(\"id\", \"bill_date\", \"kind\", \"out_trade_no\", \"transaction_id\", \"project_id\", \"provider_fen\", \"our_fen\", \"status\", \"found_at\", \"resolved_at\", \"resolved_by_name\", \"resolution\") SELECT \"id\", \"bill_date\", \"kind\", \"out_trade_no\", \"transaction_id\", \"project_id\", \"provider_fen\", \"our_fen\", \"status\", \"found_at\", \"resolved_at\", \"resolved_by_name\", \"resolution\" FROM \"temporary_recon_diff\"");
    await qr.query("DROP TABLE \"temporary_recon_diff\"");
    await qr.query("CREATE INDEX \"IDX_1247754c3a349b7a39cab1254e\" ON \"recon_diff\" (\"status\", \"id\") ");
    await qr.query("DROP INDEX \"IDX_3c4a2969f1d848ad47162ccb9a\"");
    await qr.query("ALTER TABLE \"recon_day\" RENAME TO \"temporary_recon_day\"");
    await qr.query("CREATE TABLE \"recon_day\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"bill_date\" varchar(10) NOT NULL, \"provider_count\" integer NOT NULL, \"provider_fen\" bigint NOT NULL, \"our_count\" integer NOT NULL, \"our_fen\" bigint NOT NULL, \"open_differences\" integer NOT NULL, \"runs\" integer NOT NULL DEFAULT (1), \"run_by_name\" varchar(50) NOT NULL, \"run_at\" datetime NOT NULL)");
    await qr.query("INSERT INTO \"recon_day\"(\"id\", \"bill_date\", \"provider_count\", \"provider_fen\", \"our_count\", \"our_fen\", \"open_differences\", \"runs\", \"run_by_name\", \"run_at\") SELECT \"id\", \"bill_date\", \"provider_count\", \"provider_fen\", \"our_count\", \"our_fen\", \"open_differences\", \"runs\", \"run_by_name\", \"run_at\" FROM \"temporary_recon_day\"");
    await qr.query("DROP TABLE \"temporary_recon_day\"");
    await qr.query("CREATE UNIQUE INDEX \"IDX_3c4a2969f1d848ad47162ccb9a\" ON \"recon_day\" (\"bill_date\") ");
    await qr.query("DROP INDEX \"IDX_8e116348330845195dc5b1585f\"");
    await qr.query("DROP INDEX \"IDX_e23bca24537e5ffd5e3ad65538\"");
    await qr.query("DROP INDEX \"IDX_b39c7ec561dec1cb87441c187f\"");
    await qr.query("DROP INDEX \"IDX_947230b4a7aee28300064fc8bf\"");
    await qr.query("ALTER TABLE \"refund\" RENAME TO \"temporary_refund\"");
    await qr.query("CREATE TABLE \"refund\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"payment_id\" integer NOT NULL, \"bill_id\" integer NOT NULL, \"method\" varchar(20) NOT NULL, \"amount_fen\" bigint NOT NULL, \"out_trade_no\" varchar(32), \"transaction_id\" varchar(32), \"order_total_fen\" bigint, \"out_refund_no\" varchar(64) NOT NULL, \"reason\" varchar(200) NOT NULL, \"reopen\" boolean NOT NULL DEFAULT (0), \"status\" varchar(12) NOT NULL, \"requested_by_id\" integer NOT NULL, \"requested_by_name\" varchar(50) NOT NULL, \"requested_at\" datetime NOT NULL, \"decided_by_id\" integer, \"decided_by_name\" varchar(50), \"decided_at\" datetime, \"decision_note\" varchar(200), \"provider_refund_id\" varchar(32), \"attempts\" integer NOT NULL DEFAULT (0), \"last_error\" varchar(200), \"finished_at\" datetime, \"reissued_bill_id\" integer)");
    await qr.query("INSERT INTO \"refund\"(\"id\", \"project_id\", \"payment_id\", \"bill_id\", \"method\", \"amount_fen\", \"out_trade_no\", \"transaction_id\", \"order_total_fen\", \"out_refund_no\", \"reason\", \"reopen\", \"status\", \"requested_by_id\", \"requested_by_name\", \"requested_at\", \"decided_by_id\", \"decided_by_name\", \"decided_at\", \"decision_note\", \"provider_refund_id\", \"attempts\", \"last_error\", \"finished_at\", \"reissued_bill_id\") SELECT \"id\", \"project_id\", \"payment_id\", \"bill_id\", \"method\", \"amount_fen\", \"out_trade_no\", \"transaction_id\", \"order_total_fen\", \"out_refund_no\", \"reason\", \"reopen\", \"status\", \"requested_by_id\", \"requested_by_name\", \"requested_at\", \"decided_by_id\", \"decided_by_name\", \"decided_at\", \"decision_note\", \"provider_refund_id\", \"attempts\", \"last_error\", \"finished_at\", \"reissued_bill_id\" FROM \"temporary_refund\"");
    await qr.query("DROP TABLE \"temporary_refund\"");
    await qr.query("CREATE UNIQUE INDEX \"IDX_8e116348330845195dc5b1585f\" ON \"refund\" (\"payment_id\") ");
    await qr.query("CREATE UNIQUE INDEX \"IDX_e23bca24537e5ffd5e3ad65538\" ON \"refund\" (\"out_refund_no\") ");
    await qr.query("CREATE INDEX \"IDX_b39c7ec561dec1cb87441c187f\" ON \"refund\" (\"status\", \"id\") ");
    await qr.query("CREATE INDEX \"IDX_947230b4a7aee28300064fc8bf\" ON \"refund\" (\"project_id\", \"id\") ");
    await qr.query("CREATE UNIQUE INDEX \"IDX_9a4cffe6b2ce85bf3809b4f490\" ON \"recon_diff\" (\"bill_date\", \"out_trade_no\", \"kind\") ");
  }
}
