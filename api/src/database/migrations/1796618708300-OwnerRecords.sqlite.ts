import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OwnerRecordsSqlite1796618708300 implements MigrationInterface {
  name = 'OwnerRecordsSqlite1796618708300';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE \"room_fee_change\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"room_id\" integer NOT NULL, \"field\" varchar(10) NOT NULL, \"from_value\" varchar(30) NOT NULL, \"to_value\" varchar(30) NOT NULL, \"effective_on\" varchar(10) NOT NULL, \"reason\" varchar(200) NOT NULL, \"status\" varchar(10) NOT NULL, \"active_key\" varchar(30), \"requested_by\" integer NOT NULL, \"requested_by_name\" varchar(50) NOT NULL, \"requested_at\" datetime NOT NULL, \"decided_by\" integer, \"decided_by_name\" varchar(50), \"decided_at\" datetime, \"reject_reason\" varchar(200), \"delivered_how\" varchar(10), \"delivered_at\" datetime, \"delivered_by_name\" varchar(50), \"delivery_note\" varchar(200), \"effective_at\" datetime)");
    await qr.query("CREATE INDEX \"IDX_5c82e73d258dd2deb3fd7cb4ad\" ON \"room_fee_change\" (\"room_id\") ");
    await qr.query("CREATE UNIQUE INDEX \"IDX_d9e884f3225911c2636199d61e\" ON \"room_fee_change\" (\"active_key\") ");
    await qr.query("CREATE INDEX \"IDX_e4ac68e6a2b0ec81628bc4d65c\" ON \"room_fee_change\" (\"project_id\", \"status\", \"id\") ");
    await qr.query("DROP INDEX \"IDX_47a438eb322fe36aa70c177e02\"");
    await qr.query("DROP INDEX \"IDX_951a5337939725b1fbc0a2a5d6\"");
    await qr.query("CREATE TABLE \"temporary_room\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"building_id\" integer NOT NULL, \"property_code\" varchar(10) NOT NULL, \"room_no\" varchar(4) NOT NULL, \"unit\" varchar(20), \"floor\" integer, \"area\" integer NOT NULL, \"room_use\" varchar(20) NOT NULL, \"layout\" varchar(30), \"title_no\" varchar(50), \"delivered_on\" varchar(10), \"created_at\" datetime NOT NULL, \"archived_at\" datetime, \"record_status\" varchar(10) NOT NULL DEFAULT ('verified'), \"record_received_on\" varchar(10), \"record_late\" boolean NOT NULL DEFAULT (0), \"record_entered_by\" integer, \"record_verified_by\" integer, \"record_verified_by_name\" varchar(50), \"record_verified_at\" datetime, \"record_documents\" varchar(100), \"code_status\" varchar(10) NOT NULL DEFAULT ('approved'), \"code_approved_by\" integer, \"code_approved_by_name\" varchar(50), \"code_approved_at\" datetime, \"fee_start_on\" varchar(10), \"fee_account_enc\" varchar(200))");
    await qr.query("INSERT INTO \"temporary_room\"(\"id\", \"project_id\", \"building_id\", \"property_code\", \"room_no\", \"unit\", \"floor\", \"area\", \"room_use\", \"layout\", \"title_no\", \"delivered_on\", \"created_at\", \"archived_at\") SELECT \"id\", \"project_id\", \"building_id\", \"property_code\", \"room_no\", \"unit\", \"floor\", \"area\", \"room_use\", \"layout\", \"title_no\", \"delivered_on\", \"created_at\", \"archived_at\" FROM \"room\"");
    await qr.query("DROP TABLE \"room\"");
    await qr.query("ALTER TABLE \"temporary_room\" RENAME TO \"room\"");
    await qr.query("CREATE INDEX \"IDX_47a438eb322fe36aa70c177e02\" ON \"room\" (\"project_id\", \"building_id\", \"id\") ");
    await qr.query("CREATE UNIQUE INDEX \"IDX_951a5337939725b1fbc0a2a5d6\" ON \"room\" (\"property_code\") ");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX \"IDX_951a5337939725b1fbc0a2a5d6\"");
    await qr.query("DROP INDEX \"IDX_47a438eb322fe36aa70c177e02\"");
    await qr.query("ALTER TABLE \"room\" RENAME TO \"temporary_room\"");
    await qr.query("CREATE TABLE \"room\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"building_id\" integer NOT NULL, \"property_code\" varchar(10) NOT NULL, \"room_no\" varchar(4) NOT NULL, \"unit\" varchar(20), \"floor\" integer, \"area\" integer NOT NULL, \"room_use\" varchar(20) NOT NULL, \"layout\" varchar(30), \"title_no\" varchar(50), \"delivered_on\" varchar(10), \"created_at\" datetime NOT NULL, \"archived_at\" datetime)");
    await qr.query("INSERT INTO \"room\"(\"id\", \"project_id\", \"building_id\", \"property_code\", \"room_no\", \"unit\", \"floor\", \"area\", \"room_use\", \"layout\", \"title_no\", \"delivered_on\", \"created_at\", \"archived_at\") SELECT \"id\", \"project_id\", \"building_id\", \"property_code\", \"room_no\", \"unit\", \"floor\", \"area\", \"room_use\", \"layout\", \"title_no\", \"delivered_on\", \"created_at\", \"archived_at\" FROM \"temporary_room\"");
    await qr.query("DROP TABLE \"temporary_room\"");
    await qr.query("CREATE UNIQUE INDEX \"IDX_951a5337939725b1fbc0a2a5d6\" ON \"room\" (\"property_code\") ");
    await qr.query("CREATE INDEX \"IDX_47a438eb322fe36aa70c177e02\" ON \"room\" (\"project_id\", \"building_id\", \"id\") ");
    await qr.query("DROP INDEX \"IDX_e4ac68e6a2b0ec81628bc4d65c\"");
    await qr.query("DROP INDEX \"IDX_d9e884f3225911c2636199d61e\"");
    await qr.query("DROP INDEX \"IDX_5c82e73d258dd2deb3fd7cb4ad\"");
    await qr.query("DROP TABLE \"room_fee_change\"");
  }
}
