import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ParkingMysql1796530666350 implements MigrationInterface {
  name = 'ParkingMysql1796530666350';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query(
      "CREATE TABLE `parking_area` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `code` varchar(10) NOT NULL, `name` varchar(40) NOT NULL, `sort` int NOT NULL DEFAULT '0', UNIQUE INDEX `IDX_367729e172aeef9e2f8c3cbc4f` (`project_id`, `code`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await qr.query(
      "CREATE TABLE `parking_space` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `area_id` int NOT NULL, `no` varchar(20) NOT NULL, `kind` varchar(12) NOT NULL, `state` varchar(12) NOT NULL, `holder_application_id` int NULL, `note` varchar(100) NULL, `version` int NOT NULL DEFAULT '0', `updated_at` datetime NOT NULL, UNIQUE INDEX `IDX_e8c1293035b80df76a75682fc5` (`holder_application_id`), INDEX `IDX_6108d17f58b19d291d72707784` (`project_id`, `kind`, `state`, `id`), INDEX `IDX_7e0ab23a08976604a866e201c2` (`project_id`, `area_id`, `id`), UNIQUE INDEX `IDX_00709bfb92d9b52ed1aa2dad3c` (`project_id`, `no`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await qr.query(
      'CREATE TABLE `parking_plan` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `title` varchar(60) NOT NULL, `approved_on` varchar(10) NOT NULL, `approval_document` varchar(100) NOT NULL, `process` varchar(2000) NOT NULL, `published_at` datetime NULL, `updated_by_staff_id` int NOT NULL, `updated_at` datetime NOT NULL, UNIQUE INDEX `IDX_3246f295632384b24c9dd5e8f2` (`project_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await qr.query(
      'CREATE TABLE `parking_price` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `kind` varchar(12) NOT NULL, `term` varchar(10) NOT NULL, `amount_fen` bigint NOT NULL, UNIQUE INDEX `IDX_b180e71ed319adc4033d1a62af` (`project_id`, `kind`, `term`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await qr.query(
      "CREATE TABLE `parking_application` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `code` varchar(24) NOT NULL, `person_id` int NOT NULL, `applicant_name` varchar(50) NOT NULL, `applicant_role` varchar(10) NOT NULL, `room_id` int NOT NULL, `vehicle_id` int NULL, `plate` varchar(10) NOT NULL, `kind` varchar(12) NOT NULL, `term` varchar(10) NOT NULL, `status` varchar(20) NOT NULL, `docs` text NOT NULL, `refusal` varchar(1000) NULL, `space_id` int NULL, `contract_no` varchar(24) NULL, `contract_at` datetime NULL, `approved_by_staff_id` int NULL, `approved_at` datetime NULL, `refuse_reason` varchar(200) NULL, `waiting_since` datetime NULL, `wait_reason` varchar(200) NULL, `offer_expires_at` datetime NULL, `first_checked_at` datetime NULL, `card_no` varchar(20) NULL, `card_issued_at` datetime NULL, `start_on` varchar(10) NULL, `end_on` varchar(10) NULL, `ended_at` datetime NULL, `version` int NOT NULL DEFAULT '0', `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, UNIQUE INDEX `IDX_4a9cfb32b04522359e33e4a63b` (`code`), INDEX `IDX_e8380ce5a990a5c2195e6a8c16` (`project_id`, `end_on`), INDEX `IDX_2441db7de10d87969b33c0f866` (`person_id`, `id`), INDEX `IDX_08cd4f745ebb6de05029e24172` (`project_id`, `kind`, `status`, `waiting_since`, `id`), INDEX `IDX_a1b1f05daa1671d2bf02149211` (`project_id`, `status`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await qr.query(
      'CREATE TABLE `parking_period` (`id` int NOT NULL AUTO_INCREMENT, `application_id` int NOT NULL, `project_id` int NOT NULL, `seq` int NOT NULL, `start_on` varchar(10) NOT NULL, `end_on` varchar(10) NOT NULL, `amount_fen` bigint NOT NULL, `bill_id` int NULL, `paid_at` datetime NULL, `created_at` datetime NOT NULL, UNIQUE INDEX `IDX_c03a4bea05fb8979bb708527ac` (`application_id`, `seq`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await qr.query(
      "CREATE TABLE `parking_event` (`id` int NOT NULL AUTO_INCREMENT, `application_id` int NOT NULL, `project_id` int NOT NULL, `at` datetime NOT NULL, `actor_kind` varchar(10) NOT NULL, `actor_id` int NULL, `actor_name` varchar(50) NOT NULL, `action` varchar(20) NOT NULL, `from_status` varchar(20) NULL, `to_status` varchar(20) NULL, `note` varchar(1000) NULL, `audience` varchar(5) NOT NULL DEFAULT 'staff', `owner_note` varchar(1000) NULL, INDEX `IDX_5acfba28c8f48ae802875b0cb6` (`application_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await qr.query(
      'CREATE TABLE `parking_doc_photo` (`id` int NOT NULL AUTO_INCREMENT, `application_id` int NOT NULL, `project_id` int NOT NULL, `upload_id` int NOT NULL, `doc` varchar(20) NOT NULL, INDEX `IDX_28165cd5b30f9a44a5a7d9968d` (`upload_id`), UNIQUE INDEX `IDX_7d8bf50eae5fcddb100b2deaae` (`application_id`, `upload_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await qr.query('ALTER TABLE `vehicle` ADD `parking_contract_no` varchar(24) NULL');
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('ALTER TABLE `vehicle` DROP COLUMN `parking_contract_no`');
    await qr.query('DROP INDEX `IDX_7d8bf50eae5fcddb100b2deaae` ON `parking_doc_photo`');
    await qr.query('DROP INDEX `IDX_28165cd5b30f9a44a5a7d9968d` ON `parking_doc_photo`');
    await qr.query('DROP TABLE `parking_doc_photo`');
    await qr.query('DROP INDEX `IDX_5acfba28c8f48ae802875b0cb6` ON `parking_event`');
    await qr.query('DROP TABLE `parking_event`');
    await qr.query('DROP INDEX `IDX_c03a4bea05fb8979bb708527ac` ON `parking_period`');
    await qr.query('DROP TABLE `parking_period`');
    await qr.query('DROP INDEX `IDX_a1b1f05daa1671d2bf02149211` ON `parking_application`');
    await qr.query('DROP INDEX `IDX_08cd4f745ebb6de05029e24172` ON `parking_application`');
    await qr.query('DROP INDEX `IDX_2441db7de10d87969b33c0f866` ON `parking_application`');
    await qr.query('DROP INDEX `IDX_e8380ce5a990a5c2195e6a8c16` ON `parking_application`');
    await qr.query('DROP INDEX `IDX_4a9cfb32b04522359e33e4a63b` ON `parking_application`');
    await qr.query('DROP TABLE `parking_application`');
    await qr.query('DROP INDEX `IDX_b180e71ed319adc4033d1a62af` ON `parking_price`');
    await qr.query('DROP TABLE `parking_price`');
    await qr.query('DROP INDEX `IDX_3246f295632384b24c9dd5e8f2` ON `parking_plan`');
    await qr.query('DROP TABLE `parking_plan`');
    await qr.query('DROP INDEX `IDX_00709bfb92d9b52ed1aa2dad3c` ON `parking_space`');
    await qr.query('DROP INDEX `IDX_7e0ab23a08976604a866e201c2` ON `parking_space`');
    await qr.query('DROP INDEX `IDX_6108d17f58b19d291d72707784` ON `parking_space`');
    await qr.query('DROP INDEX `IDX_e8c1293035b80df76a75682fc5` ON `parking_space`');
    await qr.query('DROP TABLE `parking_space`');
    await qr.query('DROP INDEX `IDX_367729e172aeef9e2f8c3cbc4f` ON `parking_area`');
    await qr.query('DROP TABLE `parking_area`');
  }
}
