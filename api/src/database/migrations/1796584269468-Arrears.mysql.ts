import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ArrearsMysql1796584269468 implements MigrationInterface {
  name = 'ArrearsMysql1796584269468';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE `arrears_action` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `room_id` int NOT NULL, `kind` varchar(20) NOT NULL, `done_on` varchar(10) NOT NULL, `note` varchar(200) NULL, `signed` tinyint NULL, `tracking_no` varchar(40) NULL, `promised_on` varchar(10) NULL, `owed_fen` bigint NOT NULL, `age_months` int NOT NULL, `once_key` varchar(40) NULL, `by_staff_id` int NOT NULL, `by_name` varchar(50) NOT NULL, `created_at` datetime NOT NULL, UNIQUE INDEX `IDX_9f9360109a7c93242d30bcb6c0` (`once_key`), INDEX `IDX_047b6be7c59916557f54bdc61d` (`room_id`, `id`), INDEX `IDX_84feda696c558c719ae41bb5d4` (`project_id`, `room_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await qr.query("CREATE TABLE `arrears_large_customer` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `room_id` int NOT NULL, `by_staff_id` int NOT NULL, `created_at` datetime NOT NULL, UNIQUE INDEX `IDX_03bb27b9c16e9403a8e9e04c98` (`room_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX `IDX_03bb27b9c16e9403a8e9e04c98` ON `arrears_large_customer`");
    await qr.query("DROP TABLE `arrears_large_customer`");
    await qr.query("DROP INDEX `IDX_84feda696c558c719ae41bb5d4` ON `arrears_action`");
    await qr.query("DROP INDEX `IDX_047b6be7c59916557f54bdc61d` ON `arrears_action`");
    await qr.query("DROP INDEX `IDX_9f9360109a7c93242d30bcb6c0` ON `arrears_action`");
    await qr.query("DROP TABLE `arrears_action`");
  }
}
