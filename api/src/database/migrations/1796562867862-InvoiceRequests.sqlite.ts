import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InvoiceRequestsSqlite1796562867862 implements MigrationInterface {
  name = 'InvoiceRequestsSqlite1796562867862';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE \"invoice_request\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"person_id\" integer NOT NULL, \"applicant_name\" varchar(50) NOT NULL, \"title_type\" varchar(10) NOT NULL, \"title\" varchar(100) NOT NULL, \"tax_no\" varchar(20), \"email\" varchar(100) NOT NULL, \"amount_fen\" bigint NOT NULL, \"bill_lines\" text NOT NULL, \"status\" varchar(10) NOT NULL, \"created_at\" datetime NOT NULL, \"invoice_no\" varchar(20), \"invoice_date\" varchar(10), \"reject_reason\" varchar(200), \"decided_by_staff_id\" integer, \"decided_by_name\" varchar(50), \"decided_at\" datetime, \"refunded_fen\" bigint NOT NULL DEFAULT (0), \"refunded_at\" datetime)");
    await qr.query("CREATE INDEX \"IDX_779ed4676aa938adb6c8f4bff6\" ON \"invoice_request\" (\"person_id\", \"id\") ");
    await qr.query("CREATE INDEX \"IDX_624897b6491f67885abbae7416\" ON \"invoice_request\" (\"project_id\", \"created_at\") ");
    await qr.query("CREATE INDEX \"IDX_381c6ecc6c909449ff8ce155eb\" ON \"invoice_request\" (\"project_id\", \"status\", \"id\") ");
    await qr.query("CREATE TABLE \"invoice_request_bill\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"request_id\" integer NOT NULL, \"bill_id\" integer NOT NULL)");
    await qr.query("CREATE UNIQUE INDEX \"IDX_c4396d81f7cf166d85f77e8e6a\" ON \"invoice_request_bill\" (\"bill_id\") ");
    await qr.query("CREATE INDEX \"IDX_f4332230220a2368f6d8e8f660\" ON \"invoice_request_bill\" (\"request_id\") ");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX \"IDX_f4332230220a2368f6d8e8f660\"");
    await qr.query("DROP INDEX \"IDX_c4396d81f7cf166d85f77e8e6a\"");
    await qr.query("DROP TABLE \"invoice_request_bill\"");
    await qr.query("DROP INDEX \"IDX_381c6ecc6c909449ff8ce155eb\"");
    await qr.query("DROP INDEX \"IDX_624897b6491f67885abbae7416\"");
    await qr.query("DROP INDEX \"IDX_779ed4676aa938adb6c8f4bff6\"");
    await qr.query("DROP TABLE \"invoice_request\"");
  }
}
