import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RenovationSqlite1796600200000 implements MigrationInterface {
  name = 'RenovationSqlite1796600200000';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE \"renovation\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"room_id\" integer NOT NULL, \"person_id\" integer, \"applicant_name\" varchar(50) NOT NULL, \"applicant_role\" varchar(10) NOT NULL, \"start_on\" varchar(10) NOT NULL, \"end_on\" varchar(10) NOT NULL, \"contractor_company\" varchar(100) NOT NULL, \"contractor_leader\" varchar(50) NOT NULL, \"contractor_phone_enc\" varchar(120) NOT NULL, \"items\" text NOT NULL, \"changes_water\" boolean NOT NULL, \"changes_power\" boolean NOT NULL, \"changes_gas\" boolean NOT NULL, \"changes_note\" varchar(500), \"rubble_by_centre\" boolean NOT NULL DEFAULT (0), \"status\" varchar(20) NOT NULL, \"confirmed_by_name\" varchar(50), \"confirmed_at\" datetime, \"confirm_note\" varchar(200), \"submitted_at\" datetime, \"review_due_at\" datetime, \"return_reason\" varchar(500), \"return_count\" integer NOT NULL DEFAULT (0), \"reviewed_at\" datetime, \"reviewed_by_name\" varchar(50), \"review_note\" varchar(500), \"refuse_grounds\" text, \"refuse_reason\" varchar(500), \"approved_at\" datetime, \"approved_by_name\" varchar(50), \"permit_code\" varchar(24), \"permitted_at\" datetime, \"permitted_by_name\" varchar(50), \"version\" integer NOT NULL DEFAULT (0), \"created_at\" datetime NOT NULL, \"updated_at\" datetime NOT NULL)");
    await qr.query("CREATE UNIQUE INDEX \"IDX_e18f457b8874b90aa588b4156a\" ON \"renovation\" (\"permit_code\") ");
    await qr.query("CREATE INDEX \"IDX_abac59005ecb4e39cbd58a538e\" ON \"renovation\" (\"room_id\", \"id\") ");
    await qr.query("CREATE INDEX \"IDX_74239dee87e174d7a987e5e2ab\" ON \"renovation\" (\"person_id\", \"id\") ");
    await qr.query("CREATE INDEX \"IDX_bad09362914b0382d926efde71\" ON \"renovation\" (\"project_id\", \"id\") ");
    await qr.query("CREATE INDEX \"IDX_2321e408e89cc3e890a88354cc\" ON \"renovation\" (\"project_id\", \"status\", \"id\") ");
    await qr.query("CREATE TABLE \"renovation_worker\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"renovation_id\" integer NOT NULL, \"project_id\" integer NOT NULL, \"seq\" integer NOT NULL, \"name\" varchar(50) NOT NULL, \"phone_enc\" varchar(120), \"id_no_enc\" varchar(160), \"pass_code\" varchar(30))");
    await qr.query("CREATE UNIQUE INDEX \"IDX_39b923219ede4944b82b5f6fdc\" ON \"renovation_worker\" (\"pass_code\") ");
    await qr.query("CREATE UNIQUE INDEX \"IDX_ab7b7648ea78d9b715c8fefeac\" ON \"renovation_worker\" (\"renovation_id\", \"seq\") ");
    await qr.query("CREATE TABLE \"renovation_fee\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"renovation_id\" integer NOT NULL, \"project_id\" integer NOT NULL, \"kind\" varchar(20) NOT NULL, \"amount_fen\" bigint NOT NULL, \"bill_id\" integer, \"paid_at\" datetime, \"receipt_no\" varchar(30))");
    await qr.query("CREATE UNIQUE INDEX \"IDX_d16cdcca3b280e1f9d6bf218fc\" ON \"renovation_fee\" (\"renovation_id\", \"kind\") ");
    await qr.query("CREATE TABLE \"renovation_file\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"renovation_id\" integer NOT NULL, \"upload_id\" integer NOT NULL)");
    await qr.query("CREATE INDEX \"IDX_b9a68a2b05ddf1496e2380820b\" ON \"renovation_file\" (\"upload_id\") ");
    await qr.query("CREATE INDEX \"IDX_848e32c468d39aa94da442f9aa\" ON \"renovation_file\" (\"renovation_id\") ");
    await qr.query("CREATE TABLE \"renovation_event\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"at\" datetime NOT NULL, \"actor_kind\" varchar(10) NOT NULL, \"actor_id\" integer, \"actor_name\" varchar(50) NOT NULL, \"action\" varchar(20) NOT NULL, \"audience\" varchar(5) NOT NULL DEFAULT ('staff'), \"renovation_id\" integer NOT NULL, \"from_status\" varchar(20), \"to_status\" varchar(20), \"note\" varchar(1000), \"owner_note\" varchar(1000))");
    await qr.query("CREATE INDEX \"IDX_afb83616e7fd2f148cc922339a\" ON \"renovation_event\" (\"renovation_id\", \"id\") ");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX \"IDX_afb83616e7fd2f148cc922339a\"");
    await qr.query("DROP TABLE \"renovation_event\"");
    await qr.query("DROP INDEX \"IDX_848e32c468d39aa94da442f9aa\"");
    await qr.query("DROP INDEX \"IDX_b9a68a2b05ddf1496e2380820b\"");
    await qr.query("DROP TABLE \"renovation_file\"");
    await qr.query("DROP INDEX \"IDX_d16cdcca3b280e1f9d6bf218fc\"");
    await qr.query("DROP TABLE \"renovation_fee\"");
    await qr.query("DROP INDEX \"IDX_ab7b7648ea78d9b715c8fefeac\"");
    await qr.query("DROP INDEX \"IDX_39b923219ede4944b82b5f6fdc\"");
    await qr.query("DROP TABLE \"renovation_worker\"");
    await qr.query("DROP INDEX \"IDX_2321e408e89cc3e890a88354cc\"");
    await qr.query("DROP INDEX \"IDX_bad09362914b0382d926efde71\"");
    await qr.query("DROP INDEX \"IDX_74239dee87e174d7a987e5e2ab\"");
    await qr.query("DROP INDEX \"IDX_abac59005ecb4e39cbd58a538e\"");
    await qr.query("DROP INDEX \"IDX_e18f457b8874b90aa588b4156a\"");
    await qr.query("DROP TABLE \"renovation\"");
  }
}
