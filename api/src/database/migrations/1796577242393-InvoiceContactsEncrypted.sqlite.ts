import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationPii } from '../migration-pii.js';
import { decryptInvoiceContacts, encryptInvoiceContacts } from './data-steps.js';

export class InvoiceContactsEncryptedSqlite1796577242393 implements MigrationInterface {
  name = 'InvoiceContactsEncryptedSqlite1796577242393';
  async up(qr: QueryRunner): Promise<void> {
    // the encrypted columns first, filled from the clear ones (R-OWN-06), then the clear ones go
    await qr.query('ALTER TABLE "invoice_request" ADD COLUMN "tax_no_enc" varchar(120)');
    await qr.query('ALTER TABLE "invoice_request" ADD COLUMN "email_enc" varchar(255)');
    await encryptInvoiceContacts(qr, migrationPii);
    await qr.query('DROP INDEX "IDX_381c6ecc6c909449ff8ce155eb"');
    await qr.query('DROP INDEX "IDX_624897b6491f67885abbae7416"');
    await qr.query('DROP INDEX "IDX_779ed4676aa938adb6c8f4bff6"');
    await qr.query(
      'CREATE TABLE "temporary_invoice_request" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "person_id" integer NOT NULL, "applicant_name" varchar(50) NOT NULL, "title_type" varchar(10) NOT NULL, "title" varchar(100) NOT NULL, "amount_fen" bigint NOT NULL, "bill_lines" text NOT NULL, "status" varchar(10) NOT NULL, "created_at" datetime NOT NULL, "invoice_no" varchar(20), "invoice_date" varchar(10), "reject_reason" varchar(200), "decided_by_staff_id" integer, "decided_by_name" varchar(50), "decided_at" datetime, "refunded_fen" bigint NOT NULL DEFAULT (0), "refunded_at" datetime, "tax_no_enc" varchar(120), "email_enc" varchar(255))',
    );
    await qr.query(
      'INSERT INTO "temporary_invoice_request"("id", "project_id", "person_id", "applicant_name", "title_type", "title", "amount_fen", "bill_lines", "status", "created_at", "invoice_no", "invoice_date", "reject_reason", "decided_by_staff_id", "decided_by_name", "decided_at", "refunded_fen", "refunded_at", "tax_no_enc", "email_enc") SELECT "id", "project_id", "person_id", "applicant_name", "title_type", "title", "amount_fen", "bill_lines", "status", "created_at", "invoice_no", "invoice_date", "reject_reason", "decided_by_staff_id", "decided_by_name", "decided_at", "refunded_fen", "refunded_at", "tax_no_enc", "email_enc" FROM "invoice_request"',
    );
    await qr.query('DROP TABLE "invoice_request"');
    await qr.query('ALTER TABLE "temporary_invoice_request" RENAME TO "invoice_request"');
    await qr.query('CREATE INDEX "IDX_381c6ecc6c909449ff8ce155eb" ON "invoice_request" ("project_id", "status", "id") ');
    await qr.query('CREATE INDEX "IDX_624897b6491f67885abbae7416" ON "invoice_request" ("project_id", "created_at") ');
    await qr.query('CREATE INDEX "IDX_779ed4676aa938adb6c8f4bff6" ON "invoice_request" ("person_id", "id") ');
  }
  async down(qr: QueryRunner): Promise<void> {
    // the clear columns again, filled from the encrypted ones, then the table as it was (without the encrypted ones)
    await qr.query('ALTER TABLE "invoice_request" ADD COLUMN "tax_no" varchar(20)');
    await qr.query('ALTER TABLE "invoice_request" ADD COLUMN "email" varchar(100)');
    await decryptInvoiceContacts(qr, migrationPii);
    await qr.query('DROP INDEX "IDX_779ed4676aa938adb6c8f4bff6"');
    await qr.query('DROP INDEX "IDX_624897b6491f67885abbae7416"');
    await qr.query('DROP INDEX "IDX_381c6ecc6c909449ff8ce155eb"');
    await qr.query('ALTER TABLE "invoice_request" RENAME TO "temporary_invoice_request"');
    await qr.query(
      'CREATE TABLE "invoice_request" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "person_id" integer NOT NULL, "applicant_name" varchar(50) NOT NULL, "title_type" varchar(10) NOT NULL, "title" varchar(100) NOT NULL, "tax_no" varchar(20), "email" varchar(100) NOT NULL, "amount_fen" bigint NOT NULL, "bill_lines" text NOT NULL, "status" varchar(10) NOT NULL, "created_at" datetime NOT NULL, "invoice_no" varchar(20), "invoice_date" varchar(10), "reject_reason" varchar(200), "decided_by_staff_id" integer, "decided_by_name" varchar(50), "decided_at" datetime, "refunded_fen" bigint NOT NULL DEFAULT (0), "refunded_at" datetime)',
    );
    await qr.query(
      'INSERT INTO "invoice_request"("id", "project_id", "person_id", "applicant_name", "title_type", "title", "amount_fen", "bill_lines", "status", "created_at", "invoice_no", "invoice_date", "reject_reason", "decided_by_staff_id", "decided_by_name", "decided_at", "refunded_fen", "refunded_at", "tax_no", "email") SELECT "id", "project_id", "person_id", "applicant_name", "title_type", "title", "amount_fen", "bill_lines", "status", "created_at", "invoice_no", "invoice_date", "reject_reason", "decided_by_staff_id", "decided_by_name", "decided_at", "refunded_fen", "refunded_at", "tax_no", COALESCE("email", \'\') FROM "temporary_invoice_request"',
    );
    await qr.query('DROP TABLE "temporary_invoice_request"');
    await qr.query('CREATE INDEX "IDX_779ed4676aa938adb6c8f4bff6" ON "invoice_request" ("person_id", "id") ');
    await qr.query('CREATE INDEX "IDX_624897b6491f67885abbae7416" ON "invoice_request" ("project_id", "created_at") ');
    await qr.query('CREATE INDEX "IDX_381c6ecc6c909449ff8ce155eb" ON "invoice_request" ("project_id", "status", "id") ');
  }
}
