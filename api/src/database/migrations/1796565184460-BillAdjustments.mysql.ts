import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BillAdjustmentsMysql1796565184460 implements MigrationInterface {
  name = 'BillAdjustmentsMysql1796565184460';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE `bill_adjustment` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `bill_id` int NOT NULL, `pending_bill_id` int NULL, `kind` varchar(10) NOT NULL, `target` varchar(10) NOT NULL, `amount_fen` bigint NOT NULL, `reason` varchar(200) NOT NULL, `status` varchar(10) NOT NULL, `proposed_by_id` int NOT NULL, `proposed_by_name` varchar(50) NOT NULL, `proposed_at` datetime NOT NULL, `decided_by_id` int NULL, `decided_by_name` varchar(50) NULL, `decided_at` datetime NULL, `decision_note` varchar(200) NULL, UNIQUE INDEX `IDX_4e91db788c9dab936b1ac32c04` (`pending_bill_id`), INDEX `IDX_b45958f4b28d48b17eaebb8551` (`bill_id`, `status`), INDEX `IDX_d2100fb58f678a6f5e817cceae` (`project_id`, `status`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX `IDX_d2100fb58f678a6f5e817cceae` ON `bill_adjustment`");
    await qr.query("DROP INDEX `IDX_b45958f4b28d48b17eaebb8551` ON `bill_adjustment`");
    await qr.query("DROP INDEX `IDX_4e91db788c9dab936b1ac32c04` ON `bill_adjustment`");
    await qr.query("DROP TABLE `bill_adjustment`");
  }
}
