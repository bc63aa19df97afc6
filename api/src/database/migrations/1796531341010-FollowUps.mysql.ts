import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUpsMysql1796531341010 implements MigrationInterface {
  name = 'FollowUpsMysql1796531341010';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query(
      "CREATE TABLE `follow_up` (`id` int NOT NULL AUTO_INCREMENT, `project_id` int NOT NULL, `subject_kind` varchar(12) NOT NULL, `subject_id` int NOT NULL, `kind` varchar(10) NOT NULL, `occasion` varchar(20) NOT NULL, `cycle` int NOT NULL DEFAULT '0', `checks` text NOT NULL, `result` varchar(12) NOT NULL, `note` varchar(500) NULL, `staff_id` int NOT NULL, `staff_name` varchar(50) NOT NULL, `at` datetime NOT NULL, INDEX `IDX_e09bdb9723303065920915b9cd` (`project_id`, `kind`, `id`), UNIQUE INDEX `IDX_34eeaf67daa0502ae398b33b7f` (`subject_kind`, `subject_id`, `kind`, `occasion`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX `IDX_34eeaf67daa0502ae398b33b7f` ON `follow_up`');
    await qr.query('DROP INDEX `IDX_e09bdb9723303065920915b9cd` ON `follow_up`');
    await qr.query('DROP TABLE `follow_up`');
  }
}
