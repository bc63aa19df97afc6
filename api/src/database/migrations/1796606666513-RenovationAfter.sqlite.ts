import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RenovationAfterSqlite1796606666513 implements MigrationInterface {
  name = 'RenovationAfterSqlite1796606666513';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE \"renovation_inspection\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"renovation_id\" integer NOT NULL, \"project_id\" integer NOT NULL, \"on_date\" varchar(10) NOT NULL, \"result\" varchar(12) NOT NULL, \"violations\" text NOT NULL, \"note\" varchar(500), \"inspector_id\" integer NOT NULL, \"inspector_name\" varchar(50) NOT NULL, \"at\" datetime NOT NULL)");
    await qr.query("CREATE INDEX \"IDX_e0e8b82456f2187121b44ba4e7\" ON \"renovation_inspection\" (\"project_id\", \"on_date\") ");
    await qr.query("CREATE UNIQUE INDEX \"IDX_a4a2fe3e328e416337e2fc9fb9\" ON \"renovation_inspection\" (\"renovation_id\", \"on_date\") ");
    await qr.query("CREATE TABLE \"renovation_notice\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"renovation_id\" integer NOT NULL, \"project_id\" integer NOT NULL, \"inspection_id\" integer NOT NULL, \"code\" varchar(24) NOT NULL, \"violations\" text NOT NULL, \"note\" varchar(500), \"deadline_on\" varchar(10) NOT NULL, \"status\" varchar(10) NOT NULL, \"issued_at\" datetime NOT NULL, \"issued_by_name\" varchar(50) NOT NULL, \"closed_at\" datetime, \"closed_by_name\" varchar(50), \"closed_inspection_id\" integer, \"reported_at\" datetime, \"reported_by_name\" varchar(50), \"report_note\" varchar(200))");
    await qr.query("CREATE UNIQUE INDEX \"IDX_a91ad77bc46dbeacd3cb2684e8\" ON \"renovation_notice\" (\"code\") ");
    await qr.query("CREATE INDEX \"IDX_122996df6138ae6b67873ea0db\" ON \"renovation_notice\" (\"renovation_id\", \"id\") ");
    await qr.query("DROP INDEX \"IDX_2321e408e89cc3e890a88354cc\"");
    await qr.query("DROP INDEX \"IDX_bad09362914b0382d926efde71\"");
    await qr.query("DROP INDEX \"IDX_74239dee87e174d7a987e5e2ab\"");
    await qr.query("DROP INDEX \"IDX_abac59005ecb4e39cbd58a538e\"");
    await qr.query("DROP INDEX \"IDX_e18f457b8874b90aa588b4156a\"");
    await qr.query("CREATE TABLE \"temporary_renovation\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"room_id\" integer NOT NULL, \"person_id\" integer, \"applicant_name\" varchar(50) NOT NULL, \"applicant_role\" varchar(10) NOT NULL, \"start_on\" varchar(10) NOT NULL, \"end_on\" varchar(10) NOT NULL, \"contractor_company\" varchar(100) NOT NULL, \"contractor_leader\" varchar(50) NOT NULL, \"contractor_phone_enc\" varchar(120) NOT NULL, \"items\" text NOT NULL, \"changes_water\" boolean NOT NULL, \"changes_power\" boolean NOT NULL, \"changes_gas\" boolean NOT NULL, \"changes_note\" varchar(500), \"rubble_by_centre\" boolean NOT NULL DEFAULT (0), \"status\" varchar(20) NOT NULL, \"confirmed_by_name\" varchar(50), \"confirmed_at\" datetime, \"confirm_note\" varchar(200), \"submitted_at\" datetime, \"review_due_at\" datetime, \"return_reason\" varchar(500), \"return_count\" integer NOT NULL DEFAULT (0), \"reviewed_at\" datetime, \"reviewed_by_name\" varchar(50), \"review_note\" varchar(500), \"refuse_grounds\" text, \"refuse_reason\" varchar(500), \"approved_at\" datetime, \"approved_by_name\" varchar(50), \"permit_code\" varchar(24), \"permitted_at\" datetime, \"permitted_by_name\" varchar(50), \"version\" integer NOT NULL DEFAULT (0), \"created_at\" datetime NOT NULL, \"updated_at\" datetime NOT NULL, \"acceptance_requested_at\" datetime, \"acceptance_due_at\" datetime, \"acceptance_count\" integer NOT NULL DEFAULT (0), \"acceptance_requirements\" varchar(1000), \"acceptance_rectify_by\" varchar(10), \"acceptance_failed_at\" datetime, \"acceptance_failed_by_name\" varchar(50), \"accepted_at\" datetime, \"accepted_by_name\" varchar(50), \"collected_passes\" text, \"refund_start_due_at\" datetime, \"refund_due_at\" datetime, \"refund_started_at\" datetime, \"refund_started_by_name\" varchar(50), \"refunded_at\" datetime)");
    await qr.query("INSERT INTO \"temporary_renovation\"(\"id\", \"project_id\", \"room_id\", \"person_id\", \"applicant_name\", \"applicant_role\", \"start_on\", \"end_on\", \"contractor_company\", \"contractor_leader\", \"contractor_phone_enc\", \"items\", \"changes_water\", \"changes_power\", \"changes_gas\", \"changes_note\", \"rubble_by_centre\", \"status\", \"confirmed_by_name\", \"confirmed_at\", \"confirm_note\", \"submitted_at\", \"review_due_at\", \"return_reason\", \"return_count\", \"reviewed_at\", \"reviewed_by_name\", \"review_note\", \"refuse_grounds\", \"refuse_reason\", \"approved_at\", \"approved_by_name\", \"permit_code\", \"permitted_at\", \"permitted_by_name\", \"version\", \"created_at\", \"updated_at\") SELECT \"id\", \"project_id\", \"room_id\", \"person_id\", \"applicant_name\", \"applicant_role\", \"start_on\", \"end_on\", \"contractor_company\", \"contractor_leader\", \"contractor_phone_enc\", \"items\", \"changes_water\", \"changes_power\", \"changes_gas\", \"changes_note\", \"rubble_by_centre\", \"status\", \"confirmed_by_name\", \"confirmed_at\", \"confirm_note\", \"submitted_at\", \"review_due_at\", \"return_reason\", \"return_count\", \"reviewed_at\", \"reviewed_by_name\", \"review_note\", \"refuse_grounds\", \"refuse_reason\", \"approved_at\", \"approved_by_name\", \"permit_code\", \"permitted_at\", \"permitted_by_name\", \"version\", \"created_at\", \"updated_at\" FROM \"renovation\"");
    await qr.query("DROP TABLE \"renovation\"");
    await qr.query("ALTER TABLE \"temporary_renovation\" RENAME TO \"renovation\"");
    await qr.query("CREATE INDEX \"IDX_2321e408e89cc3e890a88354cc\" ON \"renovation\" (\"project_id\", \"status\", \"id\") ");
    await qr.query("CREATE INDEX \"IDX_bad09362914b0382d926efde71\" ON \"renovation\" (\"project_id\", \"id\") ");
    await qr.query("CREATE INDEX \"IDX_74239dee87e174d7a987e5e2ab\" ON \"renovation\" (\"person_id\", \"id\") ");
    await qr.query("CREATE INDEX \"IDX_abac59005ecb4e39cbd58a538e\" ON \"renovation\" (\"room_id\", \"id\") ");
    await qr.query("CREATE UNIQUE INDEX \"IDX_e18f457b8874b90aa588b4156a\" ON \"renovation\" (\"permit_code\") ");
    await qr.query("DROP INDEX \"IDX_d16cdcca3b280e1f9d6bf218fc\"");
    await qr.query("CREATE TABLE \"temporary_renovation_fee\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"renovation_id\" integer NOT NULL, \"project_id\" integer NOT NULL, \"kind\" varchar(20) NOT NULL, \"amount_fen\" bigint NOT NULL, \"bill_id\" integer, \"paid_at\" datetime, \"receipt_no\" varchar(30), \"deduction_fen\" bigint NOT NULL DEFAULT (0), \"deduction_reason\" varchar(200), \"refund_id\" integer, \"refund_requested_at\" datetime, \"refunded_fen\" bigint, \"refunded_at\" datetime)");
    await qr.query("INSERT INTO \"temporary_renovation_fee\"(\"id\", \"renovation_id\", \"project_id\", \"kind\", \"amount_fen\", \"bill_id\", \"paid_at\", \"receipt_no\") SELECT \"id\", \"renovation_id\", \"project_id\", \"kind\", \"amount_fen\", \"bill_id\", \"paid_at\", \"receipt_no\" FROM \"renovation_fee\"");
    await qr.query("DROP TABLE \"renovation_fee\"");
    await qr.query("ALTER TABLE \"temporary_renovation_fee\" RENAME TO \"renovation_fee\"");
    await qr.query("CREATE UNIQUE INDEX \"IDX_d16cdcca3b280e1f9d6bf218fc\" ON \"renovation_fee\" (\"renovation_id\", \"kind\") ");
    await qr.query("DROP INDEX \"IDX_848e32c468d39aa94da442f9aa\"");
    await qr.query("DROP INDEX \"IDX_b9a68a2b05ddf1496e2380820b\"");
    await qr.query("CREATE TABLE \"temporary_renovation_file\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"renovation_id\" integer NOT NULL, \"upload_id\" integer NOT NULL, \"inspection_id\" integer)");
    await qr.query("INSERT INTO \"temporary_renovation_file\"(\"id\", \"renovation_id\", \"upload_id\") SELECT \"id\", \"renovation_id\", \"upload_id\" FROM \"renovation_file\"");
    await qr.query("DROP TABLE \"renovation_file\"");
    await qr.query("ALTER TABLE \"temporary_renovation_file\" RENAME TO \"renovation_file\"");
    await qr.query("CREATE INDEX \"IDX_848e32c468d39aa94da442f9aa\" ON \"renovation_file\" (\"renovation_id\") ");
    await qr.query("CREATE INDEX \"IDX_b9a68a2b05ddf1496e2380820b\" ON \"renovation_file\" (\"upload_id\") ");
    await qr.query("CREATE INDEX \"IDX_9f9c6abde25e860eccdc942f3d\" ON \"renovation_fee\" (\"refund_id\") ");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX \"IDX_9f9c6abde25e860eccdc942f3d\"");
    await qr.query("DROP INDEX \"IDX_b9a68a2b05ddf1496e2380820b\"");
    await qr.query("DROP INDEX \"IDX_848e32c468d39aa94da442f9aa\"");
    await qr.query("ALTER TABLE \"renovation_file\" RENAME TO \"temporary_renovation_file\"");
    await qr.query("CREATE TABLE \"renovation_file\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"renovation_id\" integer NOT NULL, \"upload_id\" integer NOT NULL)");
    await qr.query("INSERT INTO \"renovation_file\"(\"id\", \"renovation_id\", \"upload_id\") SELECT \"id\", \"renovation_id\", \"upload_id\" FROM \"temporary_renovation_file\"");
    await qr.query("DROP TABLE \"temporary_renovation_file\"");
    await qr.query("CREATE INDEX \"IDX_b9a68a2b05ddf1496e2380820b\" ON \"renovation_file\" (\"upload_id\") ");
    await qr.query("CREATE INDEX \"IDX_848e32c468d39aa94da442f9aa\" ON \"renovation_file\" (\"renovation_id\") ");
    await qr.query("DROP INDEX \"IDX_d16cdcca3b280e1f9d6bf218fc\"");
    await qr.query("ALTER TABLE \"renovation_fee\" RENAME TO \"temporary_renovation_fee\"");
    await qr.query("CREATE TABLE \"renovation_fee\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"renovation_id\" integer NOT NULL, \"project_id\" integer NOT NULL, \"kind\" varchar(20) NOT NULL, \"amount_fen\" bigint NOT NULL, \"bill_id\" integer, \"paid_at\" datetime, \"receipt_no\" varchar(30))");
    await qr.query("INSERT INTO \"renovation_fee\"(\"id\", \"renovation_id\", \"project_id\", \"kind\", \"amount_fen\", \"bill_id\", \"paid_at\", \"receipt_no\") SELECT \"id\", \"renovation_id\", \"project_id\", \"kind\", \"amount_fen\", \"bill_id\", \"paid_at\", \"receipt_no\" FROM \"temporary_renovation_fee\"");
    await qr.query("DROP TABLE \"temporary_renovation_fee\"");
    await qr.query("CREATE UNIQUE INDEX \"IDX_d16cdcca3b280e1f9d6bf218fc\" ON \"renovation_fee\" (\"renovation_id\", \"kind\") ");
    await qr.query("DROP INDEX \"IDX_e18f457b8874b90aa588b4156a\"");
    await qr.query("DROP INDEX \"IDX_abac59005ecb4e39cbd58a538e\"");
    await qr.query("DROP INDEX \"IDX_74239dee87e174d7a987e5e2ab\"");
    await qr.query("DROP INDEX \"IDX_bad09362914b0382d926efde71\"");
    await qr.query("DROP INDEX \"IDX_2321e408e89cc3e890a88354cc\"");
    await qr.query("ALTER TABLE \"renovation\" RENAME TO \"temporary_renovation\"");
    await qr.query("CREATE TABLE \"renovation\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"room_id\" integer NOT NULL, \"person_id\" integer, \"applicant_name\" varchar(50) NOT NULL, \"applicant_role\" varchar(10) NOT NULL, \"start_on\" varchar(10) NOT NULL, \"end_on\" varchar(10) NOT NULL, \"contractor_company\" varchar(100) NOT NULL, \"contractor_leader\" varchar(50) NOT NULL, \"contractor_phone_enc\" varchar(120) NOT NULL, \"items\" text NOT NULL, \"changes_water\" boolean NOT NULL, \"changes_power\" boolean NOT NULL, \"changes_gas\" boolean NOT NULL, \"changes_note\" varchar(500), \"rubble_by_centre\" boolean NOT NULL DEFAULT (0), \"status\" varchar(20) NOT NULL, \"confirmed_by_name\" varchar(50), \"confirmed_at\" datetime, \"confirm_note\" varchar(200), \"submitted_at\" datetime, \"review_due_at\" datetime, \"return_reason\" varchar(500), \"return_count\" integer NOT NULL DEFAULT (0), \"reviewed_at\" datetime, \"reviewed_by_name\" varchar(50), \"review_note\" varchar(500), \"refuse_grounds\" text, \"refuse_reason\" varchar(500), \"approved_at\" datetime, \"approved_by_name\" varchar(50), \"permit_code\" varchar(24), \"permitted_at\" datetime, \"permitted_by_name\" varchar(50), \"version\" integer NOT NULL DEFAULT (0), \"created_at\" datetime NOT NULL, \"updated_at\" datetime NOT NULL)");
    await qr.query("INSERT INTO \"renovation\"(\"id\", \"project_id\", \"room_id\", \"person_id\", \"applicant_name\", \"applicant_role\", \"start_on\", \"end_on\", \"contractor_company\", \"contractor_leader\", \"contractor_phone_enc\", \"items\", \"changes_water\", \"changes_power\", \"changes_gas\", \"changes_note\", \"rubble_by_centre\", \"status\", \"confirmed_by_name\", \"confirmed_at\", \"confirm_note\", \"submitted_at\", \"review_due_at\", \"return_reason\", \"return_count\", \"reviewed_at\", \"reviewed_by_name\", \"review_note\", \"refuse_grounds\", \"refuse_reason\", \"approved_at\", \"approved_by_name\", \"permit_code\", \"permitted_at\", \"permitted_by_name\", \"version\", \"created_at\", \"updated_at\") SELECT \"id\", \"project_id\", \"room_id\", \"person_id\", \"applicant_name\", \"applicant_role\", \"start_on\", \"end_on\", \"contractor_company\", \"contractor_leader\", \"contractor_phone_enc\", \"items\", \"changes_water\", \"changes_power\", \"changes_gas\", \"changes_note\", \"rubble_by_centre\", \"status\", \"confirmed_by_name\", \"confirmed_at\", \"confirm_note\", \"submitted_at\", \"review_due_at\", \"return_reason\", \"return_count\", \"reviewed_at\", \"reviewed_by_name\", \"review_note\", \"refuse_grounds\", \"refuse_reason\", \"approved_at\", \"approved_by_name\", \"permit_code\", \"permitted_at\", \"permitted_by_name\", \"version\", \"created_at\", \"updated_at\" FROM \"temporary_renovation\"");
    await qr.query("DROP TABLE \"temporary_renovation\"");
    await qr.query("CREATE UNIQUE INDEX \"IDX_e18f457b8874b90aa588b4156a\" ON \"renovation\" (\"permit_code\") ");
    await qr.query("CREATE INDEX \"IDX_abac59005ecb4e39cbd58a538e\" ON \"renovation\" (\"room_id\", \"id\") ");
    await qr.query("CREATE INDEX \"IDX_74239dee87e174d7a987e5e2ab\" ON \"renovation\" (\"person_id\", \"id\") ");
    await qr.query("CREATE INDEX \"IDX_bad09362914b0382d926efde71\" ON \"renovation\" (\"project_id\", \"id\") ");
    await qr.query("CREATE INDEX \"IDX_2321e408e89cc3e890a88354cc\" ON \"renovation\" (\"project_id\", \"status\", \"id\") ");
    await qr.query("DROP INDEX \"IDX_122996df6138ae6b67873ea0db\"");
    await qr.query("DROP INDEX \"IDX_a91ad77bc46dbeacd3cb2684e8\"");
    await qr.query("DROP TABLE \"renovation_notice\"");
    await qr.query("DROP INDEX \"IDX_a4a2fe3e328e416337e2fc9fb9\"");
    await qr.query("DROP INDEX \"IDX_e0e8b82456f2187121b44ba4e7\"");
    await qr.query("DROP TABLE \"renovation_inspection\"");
  }
}
