import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ComplaintRulesJointSqlite1796532192676 implements MigrationInterface {
  name = 'ComplaintRulesJointSqlite1796532192676';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE \"complaint_party\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"complaint_id\" integer NOT NULL, \"project_id\" integer NOT NULL, \"person_id\" integer, \"room_id\" integer, \"name\" varchar(50) NOT NULL, \"via\" varchar(10) NOT NULL, \"joined_at\" datetime NOT NULL)");
    await qr.query("CREATE UNIQUE INDEX \"IDX_eb88f9291218ac5f9efc72b97b\" ON \"complaint_party\" (\"complaint_id\", \"person_id\") ");
    await qr.query("DROP INDEX \"IDX_fd3b5341be862201ed76f6fd00\"");
    await qr.query("DROP INDEX \"IDX_dc34e38f077a20bcf7d054a7b7\"");
    await qr.query("DROP INDEX \"IDX_9de268b765dcb9213b1cf99b17\"");
    await qr.query("DROP INDEX \"IDX_7f9d4723f1afdc3b1266dc60ed\"");
    await qr.query("DROP INDEX \"IDX_18e4cb5b98a5cbe4994c004ef4\"");
    await qr.query("CREATE TABLE \"temporary_complaint\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"code\" varchar(24), \"serial\" integer, \"code_history\" text, \"importance\" varchar(1), \"category\" varchar(2), \"kind\" varchar(10), \"class_item_id\" integer, \"status\" varchar(12) NOT NULL, \"channel\" varchar(12) NOT NULL, \"room_id\" integer, \"complainant_person_id\" integer, \"complainant_name\" varchar(50) NOT NULL, \"complainant_phone_enc\" varchar(200), \"problem\" varchar(1000) NOT NULL, \"asks\" varchar(500), \"asked_by\" datetime, \"immediate\" text, \"received_at\" datetime NOT NULL, \"entered_at\" datetime NOT NULL, \"taker_staff_id\" integer, \"promised_at\" datetime NOT NULL, \"reviewed_at\" datetime, \"reviewed_by\" integer, \"invalid_reason\" varchar(500), \"escalated_at\" datetime, \"handler_staff_id\" integer, \"handled_at\" datetime, \"result\" varchar(500), \"replied_at\" datetime, \"closed_at\" datetime, \"satisfaction\" varchar(20), \"cycle\" integer NOT NULL DEFAULT (0), \"version\" integer NOT NULL DEFAULT (0), \"updated_at\" datetime NOT NULL, \"compensation_fen\" integer, \"compensation_note\" varchar(300), \"compensated_by\" integer, \"compensated_at\" datetime, \"transferred_to\" varchar(10), \"transfer_note\" varchar(200), \"transferred_at\" datetime, \"identity_checked_at\" datetime, \"join_code\" varchar(12), \"joint_count\" integer NOT NULL DEFAULT (1), \"company_reported_at\" datetime)");
    await qr.query("INSERT INTO \"temporary_complaint\"(\"id\", \"project_id\", \"code\", \"serial\", \"code_history\", \"importance\", \"category\", \"kind\", \"class_item_id\", \"status\", \"channel\", \"room_id\", \"complainant_person_id\", \"complainant_name\", \"complainant_phone_enc\", \"problem\", \"asks\", \"asked_by\", \"immediate\", \"received_at\", \"entered_at\", \"taker_staff_id\", \"promised_at\", \"reviewed_at\", \"reviewed_by\", \"invalid_reason\", \"escalated_at\", \"handler_staff_id\", \"handled_at\", \"result\", \"replied_at\", \"closed_at\", \"satisfaction\", \"cycle\", \"version\", \"updated_at\") SELECT \"id\", \"project_id\", \"code\", \"serial\", \"code_history\", \"importance\", \"category\", \"kind\", \"class_item_id\", \"status\", \"channel\", \"room_id\", \"complainant_person_id\", \"complainant_name\", \"complainant_phone_enc\", \"problem\", \"asks\", \"asked_by\", \"immediate\", \"received_at\", \"entered_at\", \"taker_staff_id\", \"promised_at\", \"reviewed_at\", \"reviewed_by\", \"invalid_reason\", \"escalated_at\", \"handler_staff_id\", \"handled_at\", \"result\", \"replied_at\", \"closed_at\", \"satisfaction\", \"cycle\", \"version\", \"updated_at\" FROM \"complaint\"");
    await qr.query("DROP TABLE \"complaint\"");
    await qr.query("ALTER TABLE \"temporary_complaint\" RENAME TO \"complaint\"");
    await qr.query("CREATE INDEX \"IDX_fd3b5341be862201ed76f6fd00\" ON \"complaint\" (\"project_id\", \"id\") ");
    await qr.query("CREATE INDEX \"IDX_dc34e38f077a20bcf7d054a7b7\" ON \"complaint\" (\"project_id\", \"status\", \"id\") ");
    await qr.query("CREATE UNIQUE INDEX \"IDX_9de268b765dcb9213b1cf99b17\" ON \"complaint\" (\"project_id\", \"serial\") ");
    await qr.query("CREATE INDEX \"IDX_7f9d4723f1afdc3b1266dc60ed\" ON \"complaint\" (\"complainant_person_id\", \"id\") ");
    await qr.query("CREATE UNIQUE INDEX \"IDX_18e4cb5b98a5cbe4994c004ef4\" ON \"complaint\" (\"code\") ");
    await qr.query("CREATE UNIQUE INDEX \"IDX_4f2740403a381b6a413baeec2d\" ON \"complaint\" (\"join_code\") ");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX \"IDX_4f2740403a381b6a413baeec2d\"");
    await qr.query("DROP INDEX \"IDX_18e4cb5b98a5cbe4994c004ef4\"");
    await qr.query("DROP INDEX \"IDX_7f9d4723f1afdc3b1266dc60ed\"");
    await qr.query("DROP INDEX \"IDX_9de268b765dcb9213b1cf99b17\"");
    await qr.query("DROP INDEX \"IDX_dc34e38f077a20bcf7d054a7b7\"");
    await qr.query("DROP INDEX \"IDX_fd3b5341be862201ed76f6fd00\"");
    await qr.query("ALTER TABLE \"complaint\" RENAME TO \"temporary_complaint\"");
    await qr.query("CREATE TABLE \"complaint\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"code\" varchar(24), \"serial\" integer, \"code_history\" text, \"importance\" varchar(1), \"category\" varchar(2), \"kind\" varchar(10), \"class_item_id\" integer, \"status\" varchar(12) NOT NULL, \"channel\" varchar(12) NOT NULL, \"room_id\" integer, \"complainant_person_id\" integer, \"complainant_name\" varchar(50) NOT NULL, \"complainant_phone_enc\" varchar(200), \"problem\" varchar(1000) NOT NULL, \"asks\" varchar(500), \"asked_by\" datetime, \"immediate\" text, \"received_at\" datetime NOT NULL, \"entered_at\" datetime NOT NULL, \"taker_staff_id\" integer, \"promised_at\" datetime NOT NULL, \"reviewed_at\" datetime, \"reviewed_by\" integer, \"invalid_reason\" varchar(500), \"escalated_at\" datetime, \"handler_staff_id\" integer, \"handled_at\" datetime, \"result\" varchar(500), \"replied_at\" datetime, \"closed_at\" datetime, \"satisfaction\" varchar(20), \"cycle\" integer NOT NULL DEFAULT (0), \"version\" integer NOT NULL DEFAULT (0), \"updated_at\" datetime NOT NULL)");
    await qr.query("INSERT INTO \"complaint\"(\"id\", \"project_id\", \"code\", \"serial\", \"code_history\", \"importance\", \"category\", \"kind\", \"class_item_id\", \"status\", \"channel\", \"room_id\", \"complainant_person_id\", \"complainant_name\", \"complainant_phone_enc\", \"problem\", \"asks\", \"asked_by\", \"immediate\", \"received_at\", \"entered_at\", \"taker_staff_id\", \"promised_at\", \"reviewed_at\", \"reviewed_by\", \"invalid_reason\", \"escalated_at\", \"handler_staff_id\", \"handled_at\", \"result\", \"replied_at\", \"closed_at\", \"satisfaction\", \"cycle\", \"version\", \"updated_at\") SELECT \"id\", \"project_id\", \"code\", \"serial\", \"code_history\", \"importance\", \"category\", \"kind\", \"class_item_id\", \"status\", \"channel\", \"room_id\", \"complainant_person_id\", \"complainant_name\", \"complainant_phone_enc\", \"problem\", \"asks\", \"asked_by\", \"immediate\", \"received_at\", \"entered_at\", \"taker_staff_id\", \"promised_at\", \"reviewed_at\", \"reviewed_by\", \"invalid_reason\", \"escalated_at\", \"handler_staff_id\", \"handled_at\", \"result\", \"replied_at\", \"closed_at\", \"satisfaction\", \"cycle\", \"version\", \"updated_at\" FROM \"temporary_complaint\"");
    await qr.query("DROP TABLE \"temporary_complaint\"");
    await qr.query("CREATE UNIQUE INDEX \"IDX_18e4cb5b98a5cbe4994c004ef4\" ON \"complaint\" (\"code\") ");
    await qr.query("CREATE INDEX \"IDX_7f9d4723f1afdc3b1266dc60ed\" ON \"complaint\" (\"complainant_person_id\", \"id\") ");
    await qr.query("CREATE UNIQUE INDEX \"IDX_9de268b765dcb9213b1cf99b17\" ON \"complaint\" (\"project_id\", \"serial\") ");
    await qr.query("CREATE INDEX \"IDX_dc34e38f077a20bcf7d054a7b7\" ON \"complaint\" (\"project_id\", \"status\", \"id\") ");
    await qr.query("CREATE INDEX \"IDX_fd3b5341be862201ed76f6fd00\" ON \"complaint\" (\"project_id\", \"id\") ");
    await qr.query("DROP INDEX \"IDX_eb88f9291218ac5f9efc72b97b\"");
    await qr.query("DROP TABLE \"complaint_party\"");
  }
}
