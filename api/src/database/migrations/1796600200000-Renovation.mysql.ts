import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RenovationMysql1796600200000 implements MigrationInterface {
  name = 'RenovationMysql1796600200000';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE `renovation` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `room_id` int NOT NULL, `person_id` int NULL, `applicant_name` varchar(50) NOT NULL, `applicant_role` varchar(10) NOT NULL, `start_on` varchar(10) NOT NULL, `end_on` varchar(10) NOT NULL, `contractor_company` varchar(100) NOT NULL, `contractor_leader` varchar(50) NOT NULL, `contractor_phone_enc` varchar(120) NOT NULL, `items` text NOT NULL, `changes_water` tinyint NOT NULL, `changes_power` tinyint NOT NULL, `changes_gas` tinyint NOT NULL, `changes_note` varchar(500) NULL, `rubble_by_centre` tinyint NOT NULL DEFAULT 0, `status` varchar(20) NOT NULL, `confirmed_by_name` varchar(50) NULL, `confirmed_at` datetime NULL, `confirm_note` varchar(200) NULL, `submitted_at` datetime NULL, `review_due_at` datetime NULL, `return_reason` varchar(500) NULL, `return_count` int NOT NULL DEFAULT '0', `reviewed_at` datetime NULL, `reviewed_by_name` varchar(50) NULL, `review_note` varchar(500) NULL, `refuse_grounds` text NULL, `refuse_reason` varchar(500) NULL, `approved_at` datetime NULL, `approved_by_name` varchar(50) NULL, `permit_code` varchar(24) NULL, `permitted_at` datetime NULL, `permitted_by_name` varchar(50) NULL, `version` int NOT NULL DEFAULT '0', `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, UNIQUE INDEX `IDX_e18f457b8874b90aa588b4156a` (`permit_code`), INDEX `IDX_abac59005ecb4e39cbd58a538e` (`room_id`, `id`), INDEX `IDX_74239dee87e174d7a987e5e2ab` (`person_id`, `id`), INDEX `IDX_bad09362914b0382d926efde71` (`project_id`, `id`), INDEX `IDX_2321e408e89cc3e890a88354cc` (`project_id`, `status`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await qr.query("CREATE TABLE `renovation_worker` (`id` int NOT NULL AUTO_INCREMENT, `renovation_id` int NOT NULL, `project_id` int NOT NULL, `seq` int NOT NULL, `name` varchar(50) NOT NULL, `phone_enc` varchar(120) NULL, `id_no_enc` varchar(160) NULL, `pass_code` varchar(30) NULL, UNIQUE INDEX `IDX_39b923219ede4944b82b5f6fdc` (`pass_code`), UNIQUE INDEX `IDX_ab7b7648ea78d9b715c8fefeac` (`renovation_id`, `seq`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await qr.query("CREATE TABLE `renovation_fee` (`id` int NOT NULL AUTO_INCREMENT, `renovation_id` int NOT NULL, `project_id` int NOT NULL, `kind` varchar(20) NOT NULL, `amount_fen` bigint NOT NULL, `bill_id` int NULL, `paid_at` datetime NULL, `receipt_no` varchar(30) NULL, UNIQUE INDEX `IDX_d16cdcca3b280e1f9d6bf218fc` (`renovation_id`, `kind`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await qr.query("CREATE TABLE `renovation_file` (`id` int NOT NULL AUTO_INCREMENT, `renovation_id` int NOT NULL, `upload_id` int NOT NULL, INDEX `IDX_b9a68a2b05ddf1496e2380820b` (`upload_id`), INDEX `IDX_848e32c468d39aa94da442f9aa` (`renovation_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await qr.query("CREATE TABLE `renovation_event` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `at` datetime NOT NULL, `actor_kind` varchar(10) NOT NULL, `actor_id` int NULL, `actor_name` varchar(50) NOT NULL, `action` varchar(20) NOT NULL, `audience` varchar(5) NOT NULL DEFAULT 'staff', `renovation_id` int NOT NULL, `from_status` varchar(20) NULL, `to_status` varchar(20) NULL, `note` varchar(1000) NULL, `owner_note` varchar(1000) NULL, INDEX `IDX_afb83616e7fd2f148cc922339a` (`renovation_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX `IDX_afb83616e7fd2f148cc922339a` ON `renovation_event`");
    await qr.query("DROP TABLE `renovation_event`");
    await qr.query("DROP INDEX `IDX_848e32c468d39aa94da442f9aa` ON `renovation_file`");
    await qr.query("DROP INDEX `IDX_b9a68a2b05ddf1496e2380820b` ON `renovation_file`");
    await qr.query("DROP TABLE `renovation_file`");
    await qr.query("DROP INDEX `IDX_d16cdcca3b280e1f9d6bf218fc` ON `renovation_fee`");
    await qr.query("DROP TABLE `renovation_fee`");
    await qr.query("DROP INDEX `IDX_ab7b7648ea78d9b715c8fefeac` ON `renovation_worker`");
    await qr.query("DROP INDEX `IDX_39b923219ede4944b82b5f6fdc` ON `renovation_worker`");
    await qr.query("DROP TABLE `renovation_worker`");
    await qr.query("DROP INDEX `IDX_2321e408e89cc3e890a88354cc` ON `renovation`");
    await qr.query("DROP INDEX `IDX_bad09362914b0382d926efde71` ON `renovation`");
    await qr.query("DROP INDEX `IDX_74239dee87e174d7a987e5e2ab` ON `renovation`");
    await qr.query("DROP INDEX `IDX_abac59005ecb4e39cbd58a538e` ON `renovation`");
    await qr.query("DROP INDEX `IDX_e18f457b8874b90aa588b4156a` ON `renovation`");
    await qr.query("DROP TABLE `renovation`");
  }
}
