import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReconciliationSqlite1796544024575 implements MigrationInterface {
  name = 'ReconciliationSqlite1796544024575';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE \"recon_day\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"bill_date\" varchar(10) NOT NULL, \"provider_count\" integer NOT NULL, \"provider_fen\" bigint NOT NULL, \"our_count\" integer NOT NULL, \"our_fen\" bigint NOT NULL, \"open_differences\" integer NOT NULL, \"runs\" integer NOT NULL DEFAULT (1), \"run_by_name\" varchar(50) NOT NULL, \"run_at\" datetime NOT NULL)");
    await qr.query("CREATE UNIQUE INDEX \"IDX_3c4a2969f1d848ad47162ccb9a\" ON \"recon_day\" (\"bill_date\") ");
    await qr.query("CREATE TABLE \"recon_diff\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"bill_date\" varchar(10) NOT NULL, \"kind\" varchar(16) NOT NULL, \"out_trade_no\" varchar(32) NOT NULL, \"transaction_id\" varchar(32), \"project_id\" integer, \"provider_fen\" bigint, \"our_fen\" bigint, \"status\" varchar(10) NOT NULL, \"found_at\" datetime NOT NULL, \"resolved_at\" datetime, \"resolved_by_name\" varchar(50), \"resolution\" varchar(200))");
    await qr.query("CREATE INDEX \"IDX_1247754c3a349b7a39cab1254e\" ON \"recon_diff\" (\"status\", \"id\") ");
    await qr.query("CREATE UNIQUE INDEX \"IDX_9a4cffe6b2ce85bf3809b4f490\" ON \"recon_diff\" (\"bill_date\", \"out_trade_no\", \"kind\") ");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX \"IDX_9a4cffe6b2ce85bf3809b4f490\"");
    await qr.query("DROP INDEX \"IDX_1247754c3a349b7a39cab1254e\"");
    await qr.query("DROP TABLE \"recon_diff\"");
    await qr.query("DROP INDEX \"IDX_3c4a2969f1d848ad47162ccb9a\"");
    await qr.query("DROP TABLE \"recon_day\"");
  }
}
