import type { MigrationInterface, QueryRunner } from 'typeorm';

export class VisitorsRelationsSqlite1796606753499 implements MigrationInterface {
  name = 'VisitorsRelationsSqlite1796606753499';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE \"visitor\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"room_id\" integer NOT NULL, \"source\" varchar(10) NOT NULL, \"host_person_id\" integer NOT NULL, \"host_name\" varchar(50) NOT NULL, \"name\" varchar(50) NOT NULL, \"id_no_enc\" varchar(200), \"phone_enc\" varchar(120), \"people_count\" integer NOT NULL DEFAULT (1), \"plate\" varchar(10), \"reason\" varchar(10) NOT NULL, \"reason_note\" varchar(200), \"visit_on\" varchar(10) NOT NULL, \"code\" varchar(8), \"status\" varchar(20) NOT NULL, \"registered_by_staff_id\" integer, \"registered_by_name\" varchar(50), \"confirmed_via\" varchar(10), \"confirmed_by_name\" varchar(50), \"confirmed_at\" datetime, \"answered_by\" varchar(50), \"refuse_reason\" varchar(200), \"entered_at\" datetime, \"entered_by_name\" varchar(50), \"left_at\" datetime, \"left_by_name\" varchar(50), \"version\" integer NOT NULL DEFAULT (0), \"created_at\" datetime NOT NULL, \"updated_at\" datetime NOT NULL)");
    await qr.query("CREATE UNIQUE INDEX \"IDX_fe4e868d0139af19968d7ff993\" ON \"visitor\" (\"code\") ");
    await qr.query("CREATE INDEX \"IDX_7503eee0fb08218c3afafc9981\" ON \"visitor\" (\"room_id\", \"id\") ");
    await qr.query("CREATE INDEX \"IDX_c1565dd8ac8b62802019e68109\" ON \"visitor\" (\"project_id\", \"id\") ");
    await qr.query("CREATE INDEX \"IDX_d134c8a3f3fea95e27edf2032e\" ON \"visitor\" (\"project_id\", \"visit_on\", \"id\") ");
    await qr.query("CREATE TABLE \"key_customer\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"kind\" varchar(10) NOT NULL, \"name\" varchar(50) NOT NULL, \"room_id\" integer, \"committee_role\" varchar(20), \"reason\" varchar(200) NOT NULL, \"phone_enc\" varchar(120), \"listed_on\" varchar(10) NOT NULL, \"last_contact_on\" varchar(10), \"due_by\" varchar(10) NOT NULL, \"created_by_name\" varchar(50) NOT NULL, \"version\" integer NOT NULL DEFAULT (0), \"created_at\" datetime NOT NULL, \"updated_at\" datetime NOT NULL)");
    await qr.query("CREATE INDEX \"IDX_428bb9bc72f8e7b4cd24481edf\" ON \"key_customer\" (\"project_id\", \"due_by\") ");
    await qr.query("CREATE INDEX \"IDX_bda81b8a9f375f1cded75b4e3a\" ON \"key_customer\" (\"project_id\", \"kind\", \"id\") ");
    await qr.query("CREATE TABLE \"communication_record\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"key_customer_id\" integer NOT NULL, \"contact_on\" varchar(10) NOT NULL, \"staff_name\" varchar(50) NOT NULL, \"with_name\" varchar(50) NOT NULL, \"channel\" varchar(10) NOT NULL, \"topic\" varchar(100) NOT NULL, \"summary\" varchar(2000) NOT NULL, \"follow_up\" varchar(500), \"created_by_staff_id\" integer NOT NULL, \"created_at\" datetime NOT NULL)");
    await qr.query("CREATE INDEX \"IDX_608a8253242c6454e44b300de0\" ON \"communication_record\" (\"key_customer_id\", \"id\") ");
    await qr.query("CREATE INDEX \"IDX_a9f736601f50f6187f16bcc907\" ON \"communication_record\" (\"project_id\", \"contact_on\", \"id\") ");
    await qr.query("CREATE TABLE \"festival_greeting\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"key_customer_id\" integer NOT NULL, \"festival\" varchar(20) NOT NULL, \"greeted_on\" varchar(10) NOT NULL, \"channel\" varchar(10) NOT NULL, \"note\" varchar(200), \"by_name\" varchar(50) NOT NULL, \"created_at\" datetime NOT NULL)");
    await qr.query("CREATE INDEX \"IDX_ebfd891bbf157549aefe4b7506\" ON \"festival_greeting\" (\"project_id\", \"festival\") ");
    await qr.query("CREATE UNIQUE INDEX \"IDX_5c9ed4afb68d6da50d7e099577\" ON \"festival_greeting\" (\"key_customer_id\", \"festival\") ");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX \"IDX_5c9ed4afb68d6da50d7e099577\"");
    await qr.query("DROP INDEX \"IDX_ebfd891bbf157549aefe4b7506\"");
    await qr.query("DROP TABLE \"festival_greeting\"");
    await qr.query("DROP INDEX \"IDX_a9f736601f50f6187f16bcc907\"");
    await qr.query("DROP INDEX \"IDX_608a8253242c6454e44b300de0\"");
    await qr.query("DROP TABLE \"communication_record\"");
    await qr.query("DROP INDEX \"IDX_bda81b8a9f375f1cded75b4e3a\"");
    await qr.query("DROP INDEX \"IDX_428bb9bc72f8e7b4cd24481edf\"");
    await qr.query("DROP TABLE \"key_customer\"");
    await qr.query("DROP INDEX \"IDX_d134c8a3f3fea95e27edf2032e\"");
    await qr.query("DROP INDEX \"IDX_c1565dd8ac8b62802019e68109\"");
    await qr.query("DROP INDEX \"IDX_7503eee0fb08218c3afafc9981\"");
    await qr.query("DROP INDEX \"IDX_fe4e868d0139af19968d7ff993\"");
    await qr.query("DROP TABLE \"visitor\"");
  }
}
