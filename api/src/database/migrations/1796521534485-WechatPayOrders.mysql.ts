import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WechatPayOrdersMysql1796521534485 implements MigrationInterface {
  name = 'WechatPayOrdersMysql1796521534485';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE `pay_order` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `person_id` int NOT NULL, `out_trade_no` varchar(32) NOT NULL, `transaction_id` varchar(32) NULL, `trade_type` varchar(10) NOT NULL, `description` varchar(127) NOT NULL, `total_fen` bigint NOT NULL, `bills` text NOT NULL, `status` varchar(10) NOT NULL, `prepay_id` varchar(64) NULL, `h5_url` varchar(300) NULL, `created_at` datetime NOT NULL, `expires_at` datetime NOT NULL, `paid_at` datetime NULL, `closed_at` datetime NULL, `paid_by` varchar(10) NULL, UNIQUE INDEX `IDX_356a4f4fa0346c1d00da4764f7` (`out_trade_no`), UNIQUE INDEX `IDX_c2b395928a8bc672c9b3285c85` (`transaction_id`), INDEX `IDX_a9dd8dd5e4696595a471f9765f` (`person_id`, `id`), INDEX `IDX_2722b2e6880902fca49b3bd4b4` (`status`, `expires_at`), INDEX `IDX_c5454afb3a5a642fff36ad5de0` (`project_id`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await qr.query("CREATE TABLE `pay_notice` (`id` int NOT NULL AUTO_INCREMENT, `notify_id` varchar(64) NULL, `out_trade_no` varchar(32) NULL, `event_type` varchar(40) NOT NULL, `result` varchar(40) NOT NULL, `received_at` datetime NOT NULL, INDEX `IDX_7d05f8e78f1e42604e6df963ef` (`out_trade_no`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX `IDX_7d05f8e78f1e42604e6df963ef` ON `pay_notice`");
    await qr.query("DROP TABLE `pay_notice`");
    await qr.query("DROP INDEX `IDX_c5454afb3a5a642fff36ad5de0` ON `pay_order`");
    await qr.query("DROP INDEX `IDX_2722b2e6880902fca49b3bd4b4` ON `pay_order`");
    await qr.query("DROP INDEX `IDX_a9dd8dd5e4696595a471f9765f` ON `pay_order`");
    await qr.query("DROP INDEX `IDX_c2b395928a8bc672c9b3285c85` ON `pay_order`");
    await qr.query("DROP INDEX `IDX_356a4f4fa0346c1d00da4764f7` ON `pay_order`");
    await qr.query("DROP TABLE `pay_order`");
  }
}
