import type { MigrationInterface, QueryRunner } from 'typeorm';

export class VisitorsRelationsMysql1796606753499 implements MigrationInterface {
  name = 'VisitorsRelationsMysql1796606753499';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE `visitor` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `room_id` int NOT NULL, `source` varchar(10) NOT NULL, `host_person_id` int NOT NULL, `host_name` varchar(50) NOT NULL, `name` varchar(50) NOT NULL, `id_no_enc` varchar(200) NULL, `phone_enc` varchar(120) NULL, `people_count` int NOT NULL DEFAULT '1', `plate` varchar(10) NULL, `reason` varchar(10) NOT NULL, `reason_note` varchar(200) NULL, `visit_on` varchar(10) NOT NULL, `code` varchar(8) NULL, `status` varchar(20) NOT NULL, `registered_by_staff_id` int NULL, `registered_by_name` varchar(50) NULL, `confirmed_via` varchar(10) NULL, `confirmed_by_name` varchar(50) NULL, `confirmed_at` datetime NULL, `answered_by` varchar(50) NULL, `refuse_reason` varchar(200) NULL, `entered_at` datetime NULL, `entered_by_name` varchar(50) NULL, `left_at` datetime NULL, `left_by_name` varchar(50) NULL, `version` int NOT NULL DEFAULT '0', `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, UNIQUE INDEX `IDX_fe4e868d0139af19968d7ff993` (`code`), INDEX `IDX_7503eee0fb08218c3afafc9981` (`room_id`, `id`), INDEX `IDX_c1565dd8ac8b62802019e68109` (`project_id`, `id`), INDEX `IDX_d134c8a3f3fea95e27edf2032e` (`project_id`, `visit_on`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await qr.query("CREATE TABLE `key_customer` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `kind` varchar(10) NOT NULL, `name` varchar(50) NOT NULL, `room_id` int NULL, `committee_role` varchar(20) NULL, `reason` varchar(200) NOT NULL, `phone_enc` varchar(120) NULL, `listed_on` varchar(10) NOT NULL, `last_contact_on` varchar(10) NULL, `due_by` varchar(10) NOT NULL, `created_by_name` varchar(50) NOT NULL, `version` int NOT NULL DEFAULT '0', `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, INDEX `IDX_428bb9bc72f8e7b4cd24481edf` (`project_id`, `due_by`), INDEX `IDX_bda81b8a9f375f1cded75b4e3a` (`project_id`, `kind`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await qr.query("CREATE TABLE `communication_record` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `key_customer_id` int NOT NULL, `contact_on` varchar(10) NOT NULL, `staff_name` varchar(50) NOT NULL, `with_name` varchar(50) NOT NULL, `channel` varchar(10) NOT NULL, `topic` varchar(100) NOT NULL, `summary` varchar(2000) NOT NULL, `follow_up` varchar(500) NULL, `created_by_staff_id` int NOT NULL, `created_at` datetime NOT NULL, INDEX `IDX_608a8253242c6454e44b300de0` (`key_customer_id`, `id`), INDEX `IDX_a9f736601f50f6187f16bcc907` (`project_id`, `contact_on`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await qr.query("CREATE TABLE `festival_greeting` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `key_customer_id` int NOT NULL, `festival` varchar(20) NOT NULL, `greeted_on` varchar(10) NOT NULL, `channel` varchar(10) NOT NULL, `note` varchar(200) NULL, `by_name` varchar(50) NOT NULL, `created_at` datetime NOT NULL, INDEX `IDX_ebfd891bbf157549aefe4b7506` (`project_id`, `festival`), UNIQUE INDEX `IDX_5c9ed4afb68d6da50d7e099577` (`key_customer_id`, `festival`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX `IDX_5c9ed4afb68d6da50d7e099577` ON `festival_greeting`");
    await qr.query("DROP INDEX `IDX_ebfd891bbf157549aefe4b7506` ON `festival_greeting`");
    await qr.query("DROP TABLE `festival_greeting`");
    await qr.query("DROP INDEX `IDX_a9f736601f50f6187f16bcc907` ON `communication_record`");
    await qr.query("DROP INDEX `IDX_608a8253242c6454e44b300de0` ON `communication_record`");
    await qr.query("DROP TABLE `communication_record`");
    await qr.query("DROP INDEX `IDX_bda81b8a9f375f1cded75b4e3a` ON `key_customer`");
    await qr.query("DROP INDEX `IDX_428bb9bc72f8e7b4cd24481edf` ON `key_customer`");
    await qr.query("DROP TABLE `key_customer`");
    await qr.query("DROP INDEX `IDX_d134c8a3f3fea95e27edf2032e` ON `visitor`");
    await qr.query("DROP INDEX `IDX_c1565dd8ac8b62802019e68109` ON `visitor`");
    await qr.query("DROP INDEX `IDX_7503eee0fb08218c3afafc9981` ON `visitor`");
    await qr.query("DROP INDEX `IDX_fe4e868d0139af19968d7ff993` ON `visitor`");
    await qr.query("DROP TABLE `visitor`");
  }
}
