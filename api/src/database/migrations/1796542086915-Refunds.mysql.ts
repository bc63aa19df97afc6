import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RefundsMysql1796542086915 implements MigrationInterface {
  name = 'RefundsMysql1796542086915';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE `refund` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `payment_id` int NOT NULL, `bill_id` int NOT NULL, `method` varchar(20) NOT NULL, `amount_fen` bigint NOT NULL, `out_trade_no` varchar(32) NULL, `transaction_id` varchar(32) NULL, `order_total_fen` bigint NULL, `out_refund_no` varchar(64) NOT NULL, `reason` varchar(200) NOT NULL, `reopen` tinyint NOT NULL DEFAULT 0, `status` varchar(12) NOT NULL, `requested_by_id` int NOT NULL, `requested_by_name` varchar(50) NOT NULL, `requested_at` datetime NOT NULL, `decided_by_id` int NULL, `decided_by_name` varchar(50) NULL, `decided_at` datetime NULL, `decision_note` varchar(200) NULL, `provider_refund_id` varchar(32) NULL, `attempts` int NOT NULL DEFAULT '0', `last_error` varchar(200) NULL, `finished_at` datetime NULL, `reissued_bill_id` int NULL, UNIQUE INDEX `IDX_8e116348330845195dc5b1585f` (`payment_id`), UNIQUE INDEX `IDX_e23bca24537e5ffd5e3ad65538` (`out_refund_no`), INDEX `IDX_b39c7ec561dec1cb87441c187f` (`status`, `id`), INDEX `IDX_947230b4a7aee28300064fc8bf` (`project_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX `IDX_947230b4a7aee28300064fc8bf` ON `refund`");
    await qr.query("DROP INDEX `IDX_b39c7ec561dec1cb87441c187f` ON `refund`");
    await qr.query("DROP INDEX `IDX_e23bca24537e5ffd5e3ad65538` ON `refund`");
    await qr.query("DROP INDEX `IDX_8e116348330845195dc5b1585f` ON `refund`");
    await qr.query("DROP TABLE `refund`");
  }
}
