import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MoveInMysql1796596673971 implements MigrationInterface {
  name = 'MoveInMysql1796596673971';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE `move_in_batch` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `name` varchar(50) NOT NULL, `start_on` varchar(10) NOT NULL, `end_on` varchar(10) NOT NULL, `developer_name` varchar(60) NOT NULL, `guide` text NOT NULL, `renovation_notes` text NOT NULL, `payment_notice` text NOT NULL, `property_fee_fen_per_m2` int NOT NULL DEFAULT '0', `property_fee_months` int NOT NULL DEFAULT '0', `fund_fen_per_m2` int NOT NULL DEFAULT '0', `published_at` datetime NULL, `created_by_name` varchar(50) NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, INDEX `IDX_10ebdbd4f3a5c27dca775a1ccc` (`project_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await qr.query("CREATE TABLE `move_in` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `batch_id` int NOT NULL, `room_id` int NOT NULL, `buyer_name` varchar(50) NOT NULL, `buyer_phone_enc` varchar(200) NOT NULL, `buyer_phone_hash` varchar(64) NOT NULL, `status` varchar(10) NOT NULL, `steps_done` int NOT NULL DEFAULT '0', `arrived_at` datetime NULL, `started_at` datetime NULL, `finished_at` datetime NULL, `handled_by_name` varchar(50) NULL, `identity_docs` text NULL, `identity_note` varchar(100) NULL, `agreements` text NULL, `collection` varchar(10) NULL, `collection_note` varchar(100) NULL, `receipt_nos` varchar(200) NULL, `meters` text NULL, `inspection_signature_id` int NULL, `inspection_paper_signed` tinyint NOT NULL DEFAULT 0, `inspected_at` datetime NULL, `keys` text NULL, `keys_signature_id` int NULL, `keys_paper_signed` tinyint NOT NULL DEFAULT 0, `defects_sent_at` datetime NULL, `defects_sent_note` varchar(100) NULL, `defects_sent_by_name` varchar(50) NULL, `version` int NOT NULL DEFAULT '0', `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, UNIQUE INDEX `IDX_435b38e1f3dd2f95616df4e7ba` (`room_id`), INDEX `IDX_d1de0367d124652b9c52fb3d7d` (`buyer_phone_hash`), INDEX `IDX_69c8513f87bc9cfcc3e1a02737` (`batch_id`, `id`), INDEX `IDX_bd85f49f9f5baf9a18946bf47e` (`project_id`, `finished_at`), INDEX `IDX_f664d2eb277fb65b3a19890d38` (`project_id`, `status`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await qr.query("CREATE TABLE `move_in_defect` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `move_in_id` int NOT NULL, `place` varchar(40) NOT NULL, `description` varchar(200) NOT NULL, `photo_id` int NULL, `status` varchar(10) NOT NULL, `progress_note` varchar(200) NULL, `version` int NOT NULL DEFAULT '0', `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, INDEX `IDX_f05da2686ea355079be5f50ff5` (`project_id`, `status`, `id`), INDEX `IDX_a754fe7b9954466a2b911db8a0` (`move_in_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await qr.query("CREATE TABLE `move_in_event` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `at` datetime NOT NULL, `actor_kind` varchar(10) NOT NULL, `actor_id` int NULL, `actor_name` varchar(50) NOT NULL, `action` varchar(20) NOT NULL, `audience` varchar(5) NOT NULL DEFAULT 'staff', `move_in_id` int NOT NULL, `from_status` varchar(10) NULL, `to_status` varchar(10) NULL, `note` varchar(1000) NULL, `owner_note` varchar(1000) NULL, INDEX `IDX_a7db14b2bf17d67508b7704cb0` (`move_in_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX `IDX_a7db14b2bf17d67508b7704cb0` ON `move_in_event`");
    await qr.query("DROP TABLE `move_in_event`");
    await qr.query("DROP INDEX `IDX_a754fe7b9954466a2b911db8a0` ON `move_in_defect`");
    await qr.query("DROP INDEX `IDX_f05da2686ea355079be5f50ff5` ON `move_in_defect`");
    await qr.query("DROP TABLE `move_in_defect`");
    await qr.query("DROP INDEX `IDX_f664d2eb277fb65b3a19890d38` ON `move_in`");
    await qr.query("DROP INDEX `IDX_bd85f49f9f5baf9a18946bf47e` ON `move_in`");
    await qr.query("DROP INDEX `IDX_69c8513f87bc9cfcc3e1a02737` ON `move_in`");
    await qr.query("DROP INDEX `IDX_d1de0367d124652b9c52fb3d7d` ON `move_in`");
    await qr.query("DROP INDEX `IDX_435b38e1f3dd2f95616df4e7ba` ON `move_in`");
    await qr.query("DROP TABLE `move_in`");
    await qr.query("DROP INDEX `IDX_10ebdbd4f3a5c27dca775a1ccc` ON `move_in_batch`");
    await qr.query("DROP TABLE `move_in_batch`");
  }
}
