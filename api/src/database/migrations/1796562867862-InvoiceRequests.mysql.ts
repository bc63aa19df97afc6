import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InvoiceRequestsMysql1796562867862 implements MigrationInterface {
  name = 'InvoiceRequestsMysql1796562867862';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE `invoice_request` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `person_id` int NOT NULL, `applicant_name` varchar(50) NOT NULL, `title_type` varchar(10) NOT NULL, `title` varchar(100) NOT NULL, `tax_no` varchar(20) NULL, `email` varchar(100) NOT NULL, `amount_fen` bigint NOT NULL, `bill_lines` text NOT NULL, `status` varchar(10) NOT NULL, `created_at` datetime NOT NULL, `invoice_no` varchar(20) NULL, `invoice_date` varchar(10) NULL, `reject_reason` varchar(200) NULL, `decided_by_staff_id` int NULL, `decided_by_name` varchar(50) NULL, `decided_at` datetime NULL, `refunded_fen` bigint NOT NULL DEFAULT '0', `refunded_at` datetime NULL, INDEX `IDX_779ed4676aa938adb6c8f4bff6` (`person_id`, `id`), INDEX `IDX_624897b6491f67885abbae7416` (`project_id`, `created_at`), INDEX `IDX_381c6ecc6c909449ff8ce155eb` (`project_id`, `status`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await qr.query("CREATE TABLE `invoice_request_bill` (`id` int NOT NULL AUTO_INCREMENT, `request_id` int NOT NULL, `bill_id` int NOT NULL, UNIQUE INDEX `IDX_c4396d81f7cf166d85f77e8e6a` (`bill_id`), INDEX `IDX_f4332230220a2368f6d8e8f660` (`request_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX `IDX_f4332230220a2368f6d8e8f660` ON `invoice_request_bill`");
    await qr.query("DROP INDEX `IDX_c4396d81f7cf166d85f77e8e6a` ON `invoice_request_bill`");
    await qr.query("DROP TABLE `invoice_request_bill`");
    await qr.query("DROP INDEX `IDX_381c6ecc6c909449ff8ce155eb` ON `invoice_request`");
    await qr.query("DROP INDEX `IDX_624897b6491f67885abbae7416` ON `invoice_request`");
    await qr.query("DROP INDEX `IDX_779ed4676aa938adb6c8f4bff6` ON `invoice_request`");
    await qr.query("DROP TABLE `invoice_request`");
  }
}
