import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReconciliationMysql1796544024575 implements MigrationInterface {
  name = 'ReconciliationMysql1796544024575';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE `recon_day` (`id` int NOT NULL AUTO_INCREMENT, `bill_date` varchar(10) NOT NULL, `provider_count` int NOT NULL, `provider_fen` bigint NOT NULL, `our_count` int NOT NULL, `our_fen` bigint NOT NULL, `open_differences` int NOT NULL, `runs` int NOT NULL DEFAULT '1', `run_by_name` varchar(50) NOT NULL, `run_at` datetime NOT NULL, UNIQUE INDEX `IDX_3c4a2969f1d848ad47162ccb9a` (`bill_date`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await qr.query("CREATE TABLE `recon_diff` (`id` int NOT NULL AUTO_INCREMENT, `bill_date` varchar(10) NOT NULL, `kind` varchar(16) NOT NULL, `out_trade_no` varchar(32) NOT NULL, `transaction_id` varchar(32) NULL, `project_id` int NULL, `provider_fen` bigint NULL, `our_fen` bigint NULL, `status` varchar(10) NOT NULL, `found_at` datetime NOT NULL, `resolved_at` datetime NULL, `resolved_by_name` varchar(50) NULL, `resolution` varchar(200) NULL, INDEX `IDX_1247754c3a349b7a39cab1254e` (`status`, `id`), UNIQUE INDEX `IDX_9a4cffe6b2ce85bf3809b4f490` (`bill_date`, `out_trade_no`, `kind`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX `IDX_9a4cffe6b2ce85bf3809b4f490` ON `recon_diff`");
    await qr.query("DROP INDEX `IDX_1247754c3a349b7a39cab1254e` ON `recon_diff`");
    await qr.query("DROP TABLE `recon_diff`");
    await qr.query("DROP INDEX `IDX_3c4a2969f1d848ad47162ccb9a` ON `recon_day`");
    await qr.query("DROP TABLE `recon_day`");
  }
}
