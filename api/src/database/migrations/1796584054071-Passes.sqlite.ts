import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PassesSqlite1796584054071 implements MigrationInterface {
  name = 'PassesSqlite1796584054071';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE \"release_pass\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"room_id\" integer NOT NULL, \"person_id\" integer, \"applicant_name\" varchar(50) NOT NULL, \"applicant_role\" varchar(10) NOT NULL, \"move_on\" varchar(10) NOT NULL, \"from_time\" varchar(5), \"to_time\" varchar(5), \"items\" text NOT NULL, \"plate\" varchar(10), \"carrier_name\" varchar(50), \"carrier_phone_enc\" varchar(120), \"reason\" varchar(10) NOT NULL, \"reason_note\" varchar(200), \"status\" varchar(20) NOT NULL, \"confirmed_by_person_id\" integer, \"confirmed_by_name\" varchar(50), \"confirmed_at\" datetime, \"confirm_note\" varchar(200), \"code\" varchar(24), \"issued_at\" datetime, \"issued_by_staff_id\" integer, \"issued_by_name\" varchar(50), \"arrears_fen\" bigint NOT NULL DEFAULT (0), \"arrears_reason\" varchar(200), \"refuse_reason\" varchar(200), \"released_at\" datetime, \"released_by_staff_id\" integer, \"released_by_name\" varchar(50), \"release_note\" varchar(200), \"version\" integer NOT NULL DEFAULT (0), \"created_at\" datetime NOT NULL, \"updated_at\" datetime NOT NULL)");
    await qr.query("CREATE UNIQUE INDEX \"IDX_4e6df5b4bcfb41fdc7ac93af72\" ON \"release_pass\" (\"code\") ");
    await qr.query("CREATE INDEX \"IDX_ca17b545054538f33d60a5ccac\" ON \"release_pass\" (\"room_id\", \"status\") ");
    await qr.query("CREATE INDEX \"IDX_634c6758028e000a8225279a1a\" ON \"release_pass\" (\"person_id\", \"id\") ");
    await qr.query("CREATE INDEX \"IDX_37c9e78004b8dc4d94375a8e47\" ON \"release_pass\" (\"project_id\", \"released_at\") ");
    await qr.query("CREATE INDEX \"IDX_b4bb7b76b265a9eb0912e71d99\" ON \"release_pass\" (\"project_id\", \"id\") ");
    await qr.query("CREATE INDEX \"IDX_23fe0eee69a1922c601c130f92\" ON \"release_pass\" (\"project_id\", \"status\", \"id\") ");
    await qr.query("CREATE TABLE \"release_pass_event\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"at\" datetime NOT NULL, \"actor_kind\" varchar(10) NOT NULL, \"actor_id\" integer, \"actor_name\" varchar(50) NOT NULL, \"action\" varchar(20) NOT NULL, \"audience\" varchar(5) NOT NULL DEFAULT ('staff'), \"pass_id\" integer NOT NULL, \"from_status\" varchar(20), \"to_status\" varchar(20), \"note\" varchar(1000), \"owner_note\" varchar(1000))");
    await qr.query("CREATE INDEX \"IDX_ba69b550b7ee1a339ccc6cf79b\" ON \"release_pass_event\" (\"pass_id\", \"id\") ");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX \"IDX_ba69b550b7ee1a339ccc6cf79b\"");
    await qr.query("DROP TABLE \"release_pass_event\"");
    await qr.query("DROP INDEX \"IDX_23fe0eee69a1922c601c130f92\"");
    await qr.query("DROP INDEX \"IDX_b4bb7b76b265a9eb0912e71d99\"");
    await qr.query("DROP INDEX \"IDX_37c9e78004b8dc4d94375a8e47\"");
    await qr.query("DROP INDEX \"IDX_634c6758028e000a8225279a1a\"");
    await qr.query("DROP INDEX \"IDX_ca17b545054538f33d60a5ccac\"");
    await qr.query("DROP INDEX \"IDX_4e6df5b4bcfb41fdc7ac93af72\"");
    await qr.query("DROP TABLE \"release_pass\"");
  }
}
