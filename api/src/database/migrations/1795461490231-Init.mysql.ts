import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitMysql1795461490231 implements MigrationInterface {
  name = 'InitMysql1795461490231';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query(
      'CREATE TABLE `audit_event` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NULL, `actor_kind` varchar(10) NOT NULL, `actor_id` int NULL, `entity` varchar(30) NOT NULL, `entity_id` varchar(40) NOT NULL, `action` varchar(40) NOT NULL, `from_state` varchar(20) NULL, `to_state` varchar(20) NULL, `note` varchar(500) NULL, `created_at` datetime NOT NULL, INDEX `IDX_41493888fb0570f31eda09737b` (`project_id`, `id`), INDEX `IDX_8e9d45847131441c0d33afb025` (`entity`, `entity_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await qr.query(
      'CREATE TABLE `auth_session` (`id` varchar(36) NOT NULL, `subject_kind` varchar(10) NOT NULL, `subject_id` int NOT NULL, `created_at` datetime NOT NULL, `expires_at` datetime NOT NULL, `revoked_at` datetime NULL, `revoke_reason` varchar(30) NULL, INDEX `IDX_ef2b7c4c6433d4a29251a3dd99` (`subject_kind`, `subject_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await qr.query(
      'CREATE TABLE `refresh_token` (`id` int NOT NULL AUTO_INCREMENT, `session_id` varchar(36) NOT NULL, `token_hash` varchar(64) NOT NULL, `expires_at` datetime NOT NULL, `used_at` datetime NULL, `created_at` datetime NOT NULL, INDEX `IDX_7643a722ca45fb721be1c63dc0` (`session_id`), UNIQUE INDEX `IDX_f0812282fad2e352cdaf83ef0a` (`token_hash`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await qr.query(
      "CREATE TABLE `sms_code` (`id` int NOT NULL AUTO_INCREMENT, `phone_hash` varchar(64) NOT NULL, `code_hash` varchar(64) NOT NULL, `expires_at` datetime NOT NULL, `attempts` int NOT NULL DEFAULT '0', `consumed_at` datetime NULL, `created_at` datetime NOT NULL, INDEX `IDX_2c144f3ee7fc0f2eeb3b3ef89a` (`phone_hash`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await qr.query(
      'CREATE TABLE `company` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(100) NOT NULL, `created_at` datetime NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await qr.query(
      'CREATE TABLE `project` (`id` int NOT NULL AUTO_INCREMENT, `company_id` int NOT NULL, `code` varchar(3) NOT NULL, `name` varchar(100) NOT NULL, `kind` varchar(20) NOT NULL, `address` varchar(200) NULL, `timezone` varchar(40) NOT NULL, `service_phone` varchar(30) NULL, `created_at` datetime NOT NULL, `archived_at` datetime NULL, UNIQUE INDEX `IDX_b58774a8460d69d09c888158ab` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await qr.query(
      'CREATE TABLE `cluster` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `code` varchar(1) NOT NULL, `name` varchar(50) NOT NULL, UNIQUE INDEX `IDX_1c960ab0a3d94c6f3d6cd63cec` (`project_id`, `code`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await qr.query(
      'CREATE TABLE `building` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `cluster_id` int NOT NULL, `code` varchar(2) NOT NULL, `name` varchar(50) NOT NULL, `floors` int NULL, INDEX `IDX_5c988f745a276f46c772e47500` (`project_id`), UNIQUE INDEX `IDX_155703fd744a5b621765dd7654` (`cluster_id`, `code`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await qr.query(
      'CREATE TABLE `room` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `building_id` int NOT NULL, `property_code` varchar(10) NOT NULL, `room_no` varchar(4) NOT NULL, `unit` varchar(20) NULL, `floor` int NULL, `area` int NOT NULL, `room_use` varchar(20) NOT NULL, `layout` varchar(30) NULL, `title_no` varchar(50) NULL, `delivered_on` varchar(10) NULL, `created_at` datetime NOT NULL, `archived_at` datetime NULL, UNIQUE INDEX `IDX_951a5337939725b1fbc0a2a5d6` (`property_code`), INDEX `IDX_47a438eb322fe36aa70c177e02` (`project_id`, `building_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await qr.query(
      'CREATE TABLE `person` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(50) NOT NULL, `phone_enc` varchar(200) NULL, `phone_hash` varchar(64) NULL, `id_no_enc` varchar(200) NULL, `id_no_hash` varchar(64) NULL, `openid` varchar(64) NULL, `unionid` varchar(64) NULL, `is_key_customer` tinyint NOT NULL DEFAULT 0, `note` varchar(200) NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `archived_at` datetime NULL, UNIQUE INDEX `IDX_b1560524da3c8ef364d4323f74` (`phone_hash`), INDEX `IDX_514529b0ede2487428e40bb909` (`id_no_hash`), UNIQUE INDEX `IDX_6d07fc02819274a85a2f92a026` (`openid`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await qr.query(
      'CREATE TABLE `room_binding` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `room_id` int NOT NULL, `person_id` int NOT NULL, `kind` varchar(10) NOT NULL, `status` varchar(10) NOT NULL, `active_key` varchar(40) NULL, `requested_by` varchar(10) NOT NULL, `note` varchar(200) NULL, `reject_reason` varchar(200) NULL, `reviewed_by_staff_id` int NULL, `reviewed_by_person_id` int NULL, `reviewed_at` datetime NULL, `created_at` datetime NOT NULL, INDEX `IDX_d4977a706e9b671d2bf009fb88` (`room_id`), INDEX `IDX_44f2c9647b634b9eddf6b91b7e` (`person_id`), UNIQUE INDEX `IDX_7dc8f945a3dc5aec29e6cac0bc` (`active_key`), INDEX `IDX_95af320d6d0822f27317167140` (`project_id`, `status`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await qr.query(
      'CREATE TABLE `vehicle` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `person_id` int NOT NULL, `room_id` int NULL, `plate` varchar(10) NOT NULL, `active_key` varchar(24) NULL, `model` varchar(50) NULL, `color` varchar(20) NULL, `space_no` varchar(20) NULL, `created_at` datetime NOT NULL, `archived_at` datetime NULL, INDEX `IDX_fe61d273f00eecd50fd1612358` (`person_id`), UNIQUE INDEX `IDX_0053ab946c654c8c3a2ce55f40` (`active_key`), INDEX `IDX_1e6f6dd70a019cfe69dfbebeab` (`project_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await qr.query(
      "CREATE TABLE `staff` (`id` int NOT NULL AUTO_INCREMENT, `username` varchar(50) NOT NULL, `name` varchar(50) NOT NULL, `phone_enc` varchar(200) NULL, `phone_hash` varchar(64) NULL, `password_hash` varchar(100) NOT NULL, `roles` text NOT NULL, `failed_logins` int NOT NULL DEFAULT '0', `locked_until` datetime NULL, `created_at` datetime NOT NULL, `archived_at` datetime NULL, UNIQUE INDEX `IDX_35aafb5ad218f3ff1ff70e281e` (`username`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await qr.query(
      'CREATE TABLE `staff_project` (`staff_id` int NOT NULL, `project_id` int NOT NULL, PRIMARY KEY (`staff_id`, `project_id`)) ENGINE=InnoDB',
    );
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP TABLE `staff_project`');
    await qr.query('DROP INDEX `IDX_35aafb5ad218f3ff1ff70e281e` ON `staff`');
    await qr.query('DROP TABLE `staff`');
    await qr.query('DROP INDEX `IDX_1e6f6dd70a019cfe69dfbebeab` ON `vehicle`');
    await qr.query('DROP INDEX `IDX_0053ab946c654c8c3a2ce55f40` ON `vehicle`');
    await qr.query('DROP INDEX `IDX_fe61d273f00eecd50fd1612358` ON `vehicle`');
    await qr.query('DROP TABLE `vehicle`');
    await qr.query('DROP INDEX `IDX_95af320d6d0822f27317167140` ON `room_binding`');
    await qr.query('DROP INDEX `IDX_7dc8f945a3dc5aec29e6cac0bc` ON `room_binding`');
    await qr.query('DROP INDEX `IDX_44f2c9647b634b9eddf6b91b7e` ON `room_binding`');
    await qr.query('DROP INDEX `IDX_d4977a706e9b671d2bf009fb88` ON `room_binding`');
    await qr.query('DROP TABLE `room_binding`');
    await qr.query('DROP INDEX `IDX_6d07fc02819274a85a2f92a026` ON `person`');
    await qr.query('DROP INDEX `IDX_514529b0ede2487428e40bb909` ON `person`');
    await qr.query('DROP INDEX `IDX_b1560524da3c8ef364d4323f74` ON `person`');
    await qr.query('DROP TABLE `person`');
    await qr.query('DROP INDEX `IDX_47a438eb322fe36aa70c177e02` ON `room`');
    await qr.query('DROP INDEX `IDX_951a5337939725b1fbc0a2a5d6` ON `room`');
    await qr.query('DROP TABLE `room`');
    await qr.query('DROP INDEX `IDX_155703fd744a5b621765dd7654` ON `building`');
    await qr.query('DROP INDEX `IDX_5c988f745a276f46c772e47500` ON `building`');
    await qr.query('DROP TABLE `building`');
    await qr.query('DROP INDEX `IDX_1c960ab0a3d94c6f3d6cd63cec` ON `cluster`');
    await qr.query('DROP TABLE `cluster`');
    await qr.query('DROP INDEX `IDX_b58774a8460d69d09c888158ab` ON `project`');
    await qr.query('DROP TABLE `project`');
    await qr.query('DROP TABLE `company`');
    await qr.query('DROP INDEX `IDX_2c144f3ee7fc0f2eeb3b3ef89a` ON `sms_code`');
    await qr.query('DROP TABLE `sms_code`');
    await qr.query('DROP INDEX `IDX_f0812282fad2e352cdaf83ef0a` ON `refresh_token`');
    await qr.query('DROP INDEX `IDX_7643a722ca45fb721be1c63dc0` ON `refresh_token`');
    await qr.query('DROP TABLE `refresh_token`');
    await qr.query('DROP INDEX `IDX_ef2b7c4c6433d4a29251a3dd99` ON `auth_session`');
    await qr.query('DROP TABLE `auth_session`');
    await qr.query('DROP INDEX `IDX_8e9d45847131441c0d33afb025` ON `audit_event`');
    await qr.query('DROP INDEX `IDX_41493888fb0570f31eda09737b` ON `audit_event`');
    await qr.query('DROP TABLE `audit_event`');
  }
}
