import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AnnouncementsSqlite1796583900889 implements MigrationInterface {
  name = 'AnnouncementsSqlite1796583900889';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE \"announcement\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"kind\" varchar(12) NOT NULL, \"title\" varchar(60) NOT NULL, \"body\" text NOT NULL, \"audience\" varchar(10) NOT NULL, \"urgent\" boolean NOT NULL DEFAULT (0), \"pinned\" boolean NOT NULL DEFAULT (0), \"valid_from\" datetime NOT NULL, \"valid_to\" datetime, \"status\" varchar(10) NOT NULL, \"created_by_staff_id\" integer NOT NULL, \"created_by_name\" varchar(50) NOT NULL, \"submitted_by_staff_id\" integer, \"submitted_at\" datetime, \"approved_by_staff_id\" integer, \"approved_by_name\" varchar(50), \"published_at\" datetime, \"reject_reason\" varchar(200), \"withdrawn_at\" datetime, \"withdrawn_by_name\" varchar(50), \"withdraw_reason\" varchar(200), \"version\" integer NOT NULL DEFAULT (0), \"created_at\" datetime NOT NULL, \"updated_at\" datetime NOT NULL)");
    await qr.query("CREATE INDEX \"IDX_67a6e626eaaa58e810e1585271\" ON \"announcement\" (\"project_id\", \"status\", \"pinned\", \"published_at\", \"id\") ");
    await qr.query("CREATE INDEX \"IDX_c9a2d8f7b981b0fd1038b6a377\" ON \"announcement\" (\"project_id\", \"status\", \"id\") ");
    await qr.query("CREATE TABLE \"announcement_building\" (\"announcement_id\" integer NOT NULL, \"building_id\" integer NOT NULL, PRIMARY KEY (\"announcement_id\", \"building_id\"))");
    await qr.query("CREATE INDEX \"IDX_dbdeed9a22a2e98987da527d2a\" ON \"announcement_building\" (\"building_id\") ");
    await qr.query("CREATE TABLE \"announcement_read\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"announcement_id\" integer NOT NULL, \"person_id\" integer NOT NULL, \"read_at\" datetime NOT NULL)");
    await qr.query("CREATE INDEX \"IDX_c706f32925a152053fe54467cd\" ON \"announcement_read\" (\"person_id\") ");
    await qr.query("CREATE UNIQUE INDEX \"IDX_68c877c0d9f3c5b8e197db243e\" ON \"announcement_read\" (\"announcement_id\", \"person_id\") ");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX \"IDX_68c877c0d9f3c5b8e197db243e\"");
    await qr.query("DROP INDEX \"IDX_c706f32925a152053fe54467cd\"");
    await qr.query("DROP TABLE \"announcement_read\"");
    await qr.query("DROP INDEX \"IDX_dbdeed9a22a2e98987da527d2a\"");
    await qr.query("DROP TABLE \"announcement_building\"");
    await qr.query("DROP INDEX \"IDX_c9a2d8f7b981b0fd1038b6a377\"");
    await qr.query("DROP INDEX \"IDX_67a6e626eaaa58e810e1585271\"");
    await qr.query("DROP TABLE \"announcement\"");
  }
}
