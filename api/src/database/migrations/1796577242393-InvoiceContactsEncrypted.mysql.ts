import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationPii } from '../migration-pii.js';
import { decryptInvoiceContacts, encryptInvoiceContacts } from './data-steps.js';

export class InvoiceContactsEncryptedMysql1796577242393 implements MigrationInterface {
  name = 'InvoiceContactsEncryptedMysql1796577242393';
  async up(qr: QueryRunner): Promise<void> {
    // the encrypted columns first, filled from the clear ones (R-OWN-06), then the clear ones go
    await qr.query('ALTER TABLE `invoice_request` ADD `tax_no_enc` varchar(120) NULL');
    await qr.query('ALTER TABLE `invoice_request` ADD `email_enc` varchar(255) NULL');
    await encryptInvoiceContacts(qr, migrationPii);
    await qr.query('ALTER TABLE `invoice_request` DROP COLUMN `tax_no`');
    await qr.query('ALTER TABLE `invoice_request` DROP COLUMN `email`');
  }
  async down(qr: QueryRunner): Promise<void> {
    // the clear columns again, filled from the encrypted ones, before those go
    await qr.query('ALTER TABLE `invoice_request` ADD `email` varchar(100) NULL');
    await qr.query('ALTER TABLE `invoice_request` ADD `tax_no` varchar(20) NULL');
    await decryptInvoiceContacts(qr, migrationPii);
    await qr.query("UPDATE `invoice_request` SET `email` = '' WHERE `email` IS NULL");
    await qr.query('ALTER TABLE `invoice_request` MODIFY `email` varchar(100) NOT NULL');
    await qr.query('ALTER TABLE `invoice_request` DROP COLUMN `email_enc`');
    await qr.query('ALTER TABLE `invoice_request` DROP COLUMN `tax_no_enc`');
  }
}
