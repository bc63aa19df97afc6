import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ArrearsSqlite1796584269468 implements MigrationInterface {
  name = 'ArrearsSqlite1796584269468';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE \"arrears_action\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"room_id\" integer NOT NULL, \"kind\" varchar(20) NOT NULL, \"done_on\" varchar(10) NOT NULL, \"note\" varchar(200), \"signed\" boolean, \"tracking_no\" varchar(40), \"promised_on\" varchar(10), \"owed_fen\" bigint NOT NULL, \"age_months\" integer NOT NULL, \"once_key\" varchar(40), \"by_staff_id\" integer NOT NULL, \"by_name\" varchar(50) NOT NULL, \"created_at\" datetime NOT NULL)");
    await qr.query("CREATE UNIQUE INDEX \"IDX_9f9360109a7c93242d30bcb6c0\" ON \"arrears_action\" (\"once_key\") ");
    await qr.query("CREATE INDEX \"IDX_047b6be7c59916557f54bdc61d\" ON \"arrears_action\" (\"room_id\", \"id\") ");
    await qr.query("CREATE INDEX \"IDX_84feda696c558c719ae41bb5d4\" ON \"arrears_action\" (\"project_id\", \"room_id\", \"id\") ");
    await qr.query("CREATE TABLE \"arrears_large_customer\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"room_id\" integer NOT NULL, \"by_staff_id\" integer NOT NULL, \"created_at\" datetime NOT NULL)");
    await qr.query("CREATE UNIQUE INDEX \"IDX_03bb27b9c16e9403a8e9e04c98\" ON \"arrears_large_customer\" (\"room_id\") ");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX \"IDX_03bb27b9c16e9403a8e9e04c98\"");
    await qr.query("DROP TABLE \"arrears_large_customer\"");
    await qr.query("DROP INDEX \"IDX_84feda696c558c719ae41bb5d4\"");
    await qr.query("DROP INDEX \"IDX_047b6be7c59916557f54bdc61d\"");
    await qr.query("DROP INDEX \"IDX_9f9360109a7c93242d30bcb6c0\"");
    await qr.query("DROP TABLE \"arrears_action\"");
  }
}
