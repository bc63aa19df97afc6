import type { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillPaymentTransactionIds } from './data-steps.js';

export class PaymentTransactionIdSqlite1796576045913 implements MigrationInterface {
  name = 'PaymentTransactionIdSqlite1796576045913';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX \"IDX_4f8c9ff59242a02feee61a7350\"");
    await qr.query("DROP INDEX \"IDX_bd6e1adc29607b591acd798995\"");
    await qr.query("DROP INDEX \"IDX_bb2f9665017eb97dc867071cd6\"");
    await qr.query("DROP INDEX \"IDX_4594cde727df0f0cd6fadb1ad7\"");
    await qr.query("CREATE TABLE \"temporary_payment\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"bill_id\" integer NOT NULL, \"method\" varchar(20) NOT NULL, \"amount_fen\" bigint NOT NULL, \"receipt_no\" varchar(24), \"received_by_staff_id\" integer NOT NULL, \"received_by_name\" varchar(50) NOT NULL, \"payer_name\" varchar(50) NOT NULL, \"at\" datetime NOT NULL, \"note\" varchar(200), \"late_fee_fen\" bigint NOT NULL DEFAULT (0), \"refunded_fen\" bigint NOT NULL DEFAULT (0), \"refunded_at\" datetime, \"handover_id\" integer, \"transaction_id\" varchar(32))");
    await qr.query("INSERT INTO \"temporary_payment\"(\"id\", \"project_id\", \"bill_id\", \"method\", \"amount_fen\", \"receipt_no\", \"received_by_staff_id\", \"received_by_name\", \"payer_name\", \"at\", \"note\", \"late_fee_fen\", \"refunded_fen\", \"refunded_at\", \"handover_id\") SELECT \"id\", \"project_id\", \"bill_id\", \"method\", \"amount_fen\", \"receipt_no\", \"received_by_staff_id\", \"received_by_name\", \"payer_name\", \"at\", \"note\", \"late_fee_fen\", \"refunded_fen\", \"refunded_at\", \"handover_id\" FROM \"payment\"");
    await qr.query("DROP TABLE \"payment\"");
    await qr.query("ALTER TABLE \"temporary_payment\" RENAME TO \"payment\"");
    await qr.query("CREATE INDEX \"IDX_4f8c9ff59242a02feee61a7350\" ON \"payment\" (\"received_by_staff_id\", \"handover_id\", \"at\") ");
    await qr.query("CREATE UNIQUE INDEX \"IDX_bd6e1adc29607b591acd798995\" ON \"payment\" (\"bill_id\") ");
    await qr.query("CREATE UNIQUE INDEX \"IDX_bb2f9665017eb97dc867071cd6\" ON \"payment\" (\"receipt_no\") ");
    await qr.query("CREATE INDEX \"IDX_4594cde727df0f0cd6fadb1ad7\" ON \"payment\" (\"project_id\", \"at\") ");
    await qr.query("CREATE INDEX \"IDX_82c3470854cf4642dfb0d7150c\" ON \"payment\" (\"transaction_id\") ");
    await backfillPaymentTransactionIds(qr);
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX \"IDX_82c3470854cf4642dfb0d7150c\"");
    await qr.query("DROP INDEX \"IDX_4594cde727df0f0cd6fadb1ad7\"");
    await qr.query("DROP INDEX \"IDX_bb2f9665017eb97dc867071cd6\"");
    await qr.query("DROP INDEX \"IDX_bd6e1adc29607b591acd798995\"");
    await qr.query("DROP INDEX \"IDX_4f8c9ff59242a02feee61a7350\"");
    await qr.query("ALTER TABLE \"payment\" RENAME TO \"temporary_payment\"");
    await qr.query("CREATE TABLE \"payment\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"bill_id\" integer NOT NULL, \"method\" varchar(20) NOT NULL, \"amount_fen\" bigint NOT NULL, \"receipt_no\" varchar(24), \"received_by_staff_id\" integer NOT NULL, \"received_by_name\" varchar(50) NOT NULL, \"payer_name\" varchar(50) NOT NULL, \"at\" datetime NOT NULL, \"note\" varchar(200), \"late_fee_fen\" bigint NOT NULL DEFAULT (0), \"refunded_fen\" bigint NOT NULL DEFAULT (0), \"refunded_at\" datetime, \"handover_id\" integer)");
    await qr.query("INSERT INTO \"payment\"(\"id\", \"project_id\", \"bill_id\", \"method\", \"amount_fen\", \"receipt_no\", \"received_by_staff_id\", \"received_by_name\", \"payer_name\", \"at\", \"note\", \"late_fee_fen\", \"refunded_fen\", \"refunded_at\", \"handover_id\") SELECT \"id\", \"project_id\", \"bill_id\", \"method\", \"amount_fen\", \"receipt_no\", \"received_by_staff_id\", \"received_by_name\", \"payer_name\", \"at\", \"note\", \"late_fee_fen\", \"refunded_fen\", \"refunded_at\", \"handover_id\" FROM \"temporary_payment\"");
    await qr.query("DROP TABLE \"temporary_payment\"");
    await qr.query("CREATE INDEX \"IDX_4594cde727df0f0cd6fadb1ad7\" ON \"payment\" (\"project_id\", \"at\") ");
    await qr.query("CREATE UNIQUE INDEX \"IDX_bb2f9665017eb97dc867071cd6\" ON \"payment\" (\"receipt_no\") ");
    await qr.query("CREATE UNIQUE INDEX \"IDX_bd6e1adc29607b591acd798995\" ON \"payment\" (\"bill_id\") ");
    await qr.query("CREATE INDEX \"IDX_4f8c9ff59242a02feee61a7350\" ON \"payment\" (\"received_by_staff_id\", \"handover_id\", \"at\") ");
  }
}
