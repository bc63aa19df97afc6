import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EnquiriesFaqSqlite1796530154783 implements MigrationInterface {
  name = 'EnquiriesFaqSqlite1796530154783';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE \"enquiry\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"type\" varchar(12) NOT NULL, \"status\" varchar(12) NOT NULL, \"channel\" varchar(12) NOT NULL, \"room_id\" integer, \"person_id\" integer, \"name\" varchar(50) NOT NULL, \"phone_enc\" varchar(200), \"email_enc\" varchar(300), \"content\" varchar(1000) NOT NULL, \"reply_way\" varchar(10) NOT NULL, \"received_at\" datetime NOT NULL, \"entered_at\" datetime NOT NULL, \"taker_staff_id\" integer, \"agreed_reply_at\" datetime NOT NULL, \"later_agreed\" boolean NOT NULL DEFAULT (0), \"forward_due_at\" datetime, \"forwarded_at\" datetime, \"handler_staff_id\" integer, \"consulted_at\" datetime, \"about_developer\" boolean NOT NULL DEFAULT (0), \"developer_asked_at\" datetime, \"developer_letter\" varchar(200), \"replied_at\" datetime, \"replied_via\" varchar(10), \"reply_text\" varchar(1000), \"outcome\" varchar(14), \"refer_to\" varchar(200), \"adopted\" boolean, \"not_adopted_reason\" varchar(500), \"faq_entry_id\" integer, \"thanked_at\" datetime, \"version\" integer NOT NULL DEFAULT (0), \"updated_at\" datetime NOT NULL)");
    await qr.query("CREATE INDEX \"IDX_ad3b1a08a3ca7939c72060b0d0\" ON \"enquiry\" (\"person_id\", \"id\") ");
    await qr.query("CREATE INDEX \"IDX_2154ea63b259bed37e2d4b0c2a\" ON \"enquiry\" (\"project_id\", \"status\", \"id\") ");
    await qr.query("CREATE INDEX \"IDX_2286bae7e872672882f605aa90\" ON \"enquiry\" (\"project_id\", \"type\", \"id\") ");
    await qr.query("CREATE TABLE \"enquiry_event\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"enquiry_id\" integer NOT NULL, \"project_id\" integer NOT NULL, \"at\" datetime NOT NULL, \"actor_kind\" varchar(10) NOT NULL, \"actor_id\" integer, \"actor_name\" varchar(50) NOT NULL, \"action\" varchar(20) NOT NULL, \"note\" varchar(500), \"audience\" varchar(5) NOT NULL DEFAULT ('staff'), \"owner_note\" varchar(1000))");
    await qr.query("CREATE INDEX \"IDX_a472ec2e13594c2e5b039c19c8\" ON \"enquiry_event\" (\"enquiry_id\", \"id\") ");
    await qr.query("CREATE TABLE \"faq_entry\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"category\" varchar(14) NOT NULL, \"question\" varchar(200) NOT NULL, \"answer\" varchar(2000) NOT NULL, \"sort\" integer NOT NULL DEFAULT (0), \"active\" boolean NOT NULL DEFAULT (1), \"reviewed_at\" datetime NOT NULL, \"reviewed_by\" integer, \"updated_at\" datetime NOT NULL, \"updated_by\" integer)");
    await qr.query("CREATE INDEX \"IDX_51011256def0f6e5fbb5c8733a\" ON \"faq_entry\" (\"project_id\", \"reviewed_at\") ");
    await qr.query("CREATE INDEX \"IDX_da83bcc834dd92da210b5dc0f1\" ON \"faq_entry\" (\"project_id\", \"category\", \"sort\", \"id\") ");
    await qr.query("CREATE TABLE \"faq_candidate\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"enquiry_id\" integer NOT NULL, \"question\" varchar(1000) NOT NULL, \"answer\" varchar(1000), \"unanswered\" boolean NOT NULL DEFAULT (0), \"status\" varchar(10) NOT NULL, \"entry_id\" integer, \"created_at\" datetime NOT NULL, \"decided_at\" datetime, \"decided_by\" integer)");
    await qr.query("CREATE UNIQUE INDEX \"IDX_3214befb06d7763c87a05cf095\" ON \"faq_candidate\" (\"enquiry_id\") ");
    await qr.query("CREATE INDEX \"IDX_e507628d53dfa45a98f5950777\" ON \"faq_candidate\" (\"project_id\", \"status\", \"id\") ");
    await qr.query("CREATE TABLE \"faq_quiz\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"staff_id\" integer NOT NULL, \"month\" varchar(7) NOT NULL, \"questions\" text NOT NULL, \"answers\" text, \"score\" integer, \"created_at\" datetime NOT NULL, \"submitted_at\" datetime)");
    await qr.query("CREATE INDEX \"IDX_f7fb0f1a43bf61cf7eeab2ffc5\" ON \"faq_quiz\" (\"project_id\", \"month\", \"id\") ");
    await qr.query("CREATE UNIQUE INDEX \"IDX_c392be8230cdebcb6f0cdb28b9\" ON \"faq_quiz\" (\"project_id\", \"staff_id\", \"month\") ");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX \"IDX_c392be8230cdebcb6f0cdb28b9\"");
    await qr.query("DROP INDEX \"IDX_f7fb0f1a43bf61cf7eeab2ffc5\"");
    await qr.query("DROP TABLE \"faq_quiz\"");
    await qr.query("DROP INDEX \"IDX_e507628d53dfa45a98f5950777\"");
    await qr.query("DROP INDEX \"IDX_3214befb06d7763c87a05cf095\"");
    await qr.query("DROP TABLE \"faq_candidate\"");
    await qr.query("DROP INDEX \"IDX_da83bcc834dd92da210b5dc0f1\"");
    await qr.query("DROP INDEX \"IDX_51011256def0f6e5fbb5c8733a\"");
    await qr.query("DROP TABLE \"faq_entry\"");
    await qr.query("DROP INDEX \"IDX_a472ec2e13594c2e5b039c19c8\"");
    await qr.query("DROP TABLE \"enquiry_event\"");
    await qr.query("DROP INDEX \"IDX_2286bae7e872672882f605aa90\"");
    await qr.query("DROP INDEX \"IDX_2154ea63b259bed37e2d4b0c2a\"");
    await qr.query("DROP INDEX \"IDX_ad3b1a08a3ca7939c72060b0d0\"");
    await qr.query("DROP TABLE \"enquiry\"");
  }
}
