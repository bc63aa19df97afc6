import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MoveInBookingSqlite1796600171874 implements MigrationInterface {
  name = 'MoveInBookingSqlite1796600171874';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX \"IDX_f664d2eb277fb65b3a19890d38\"");
    await qr.query("DROP INDEX \"IDX_bd85f49f9f5baf9a18946bf47e\"");
    await qr.query("DROP INDEX \"IDX_69c8513f87bc9cfcc3e1a02737\"");
    await qr.query("DROP INDEX \"IDX_d1de0367d124652b9c52fb3d7d\"");
    await qr.query("DROP INDEX \"IDX_435b38e1f3dd2f95616df4e7ba\"");
    await qr.query("CREATE TABLE \"temporary_move_in\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"batch_id\" integer NOT NULL, \"room_id\" integer NOT NULL, \"buyer_name\" varchar(50) NOT NULL, \"buyer_phone_enc\" varchar(200) NOT NULL, \"buyer_phone_hash\" varchar(64) NOT NULL, \"status\" varchar(10) NOT NULL, \"steps_done\" integer NOT NULL DEFAULT (0), \"arrived_at\" datetime, \"started_at\" datetime, \"finished_at\" datetime, \"handled_by_name\" varchar(50), \"identity_docs\" text, \"identity_note\" varchar(100), \"agreements\" text, \"collection\" varchar(10), \"collection_note\" varchar(100), \"receipt_nos\" varchar(200), \"meters\" text, \"inspection_signature_id\" integer, \"inspection_paper_signed\" boolean NOT NULL DEFAULT (0), \"inspected_at\" datetime, \"keys\" text, \"keys_signature_id\" integer, \"keys_paper_signed\" boolean NOT NULL DEFAULT (0), \"defects_sent_at\" datetime, \"defects_sent_note\" varchar(100), \"defects_sent_by_name\" varchar(50), \"version\" integer NOT NULL DEFAULT (0), \"created_at\" datetime NOT NULL, \"updated_at\" datetime NOT NULL, \"booked_on\" varchar(10), \"booked_half\" varchar(2))");
    await qr.query("INSERT INTO \"temporary_move_in\"(\"id\", \"project_id\", \"batch_id\", \"room_id\", \"buyer_name\", \"buyer_phone_enc\", \"buyer_phone_hash\", \"status\", \"steps_done\", \"arrived_at\", \"started_at\", \"finished_at\", \"handled_by_name\", \"identity_docs\", \"identity_note\", \"agreements\", \"collection\", \"collection_note\", \"receipt_nos\", \"meters\", \"inspection_signature_id\", \"inspection_paper_signed\", \"inspected_at\", \"keys\", \"keys_signature_id\", \"keys_paper_signed\", \"defects_sent_at\", \"defects_sent_note\", \"defects_sent_by_name\", \"version\", \"created_at\", \"updated_at\") SELECT \"id\", \"project_id\", \"batch_id\", \"room_id\", \"buyer_name\", \"buyer_phone_enc\", \"buyer_phone_hash\", \"status\", \"steps_done\", \"arrived_at\", \"started_at\", \"finished_at\", \"handled_by_name\", \"identity_docs\", \"identity_note\", \"agreements\", \"collection\", \"collection_note\", \"receipt_nos\", \"meters\", \"inspection_signature_id\", \"inspection_paper_signed\", \"inspected_at\", \"keys\", \"keys_signature_id\", \"keys_paper_signed\", \"defects_sent_at\", \"defects_sent_note\", \"defects_sent_by_name\", \"version\", \"created_at\", \"updated_at\" FROM \"move_in\"");
    await qr.query("DROP TABLE \"move_in\"");
    await qr.query("ALTER TABLE \"temporary_move_in\" RENAME TO \"move_in\"");
    await qr.query("CREATE INDEX \"IDX_f664d2eb277fb65b3a19890d38\" ON \"move_in\" (\"project_id\", \"status\", \"id\") ");
    await qr.query("CREATE INDEX \"IDX_bd85f49f9f5baf9a18946bf47e\" ON \"move_in\" (\"project_id\", \"finished_at\") ");
    await qr.query("CREATE INDEX \"IDX_69c8513f87bc9cfcc3e1a02737\" ON \"move_in\" (\"batch_id\", \"id\") ");
    await qr.query("CREATE INDEX \"IDX_d1de0367d124652b9c52fb3d7d\" ON \"move_in\" (\"buyer_phone_hash\") ");
    await qr.query("CREATE UNIQUE INDEX \"IDX_435b38e1f3dd2f95616df4e7ba\" ON \"move_in\" (\"room_id\") ");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX \"IDX_435b38e1f3dd2f95616df4e7ba\"");
    await qr.query("DROP INDEX \"IDX_d1de0367d124652b9c52fb3d7d\"");
    await qr.query("DROP INDEX \"IDX_69c8513f87bc9cfcc3e1a02737\"");
    await qr.query("DROP INDEX \"IDX_bd85f49f9f5baf9a18946bf47e\"");
    await qr.query("DROP INDEX \"IDX_f664d2eb277fb65b3a19890d38\"");
    await qr.query("ALTER TABLE \"move_in\" RENAME TO \"temporary_move_in\"");
    await qr.query("CREATE TABLE \"move_in\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"batch_id\" integer NOT NULL, \"room_id\" integer NOT NULL, \"buyer_name\" varchar(50) NOT NULL, \"buyer_phone_enc\" varchar(200) NOT NULL, \"buyer_phone_hash\" varchar(64) NOT NULL, \"status\" varchar(10) NOT NULL, \"steps_done\" integer NOT NULL DEFAULT (0), \"arrived_at\" datetime, \"started_at\" datetime, \"finished_at\" datetime, \"handled_by_name\" varchar(50), \"identity_docs\" text, \"identity_note\" varchar(100), \"agreements\" text, \"collection\" varchar(10), \"collection_note\" varchar(100), \"receipt_nos\" varchar(200), \"meters\" text, \"inspection_signature_id\" integer, \"inspection_paper_signed\" boolean NOT NULL DEFAULT (0), \"inspected_at\" datetime, \"keys\" text, \"keys_signature_id\" integer, \"keys_paper_signed\" boolean NOT NULL DEFAULT (0), \"defects_sent_at\" datetime, \"defects_sent_note\" varchar(100), \"defects_sent_by_name\" varchar(50), \"version\" integer NOT NULL DEFAULT (0), \"created_at\" datetime NOT NULL, \"updated_at\" datetime NOT NULL)");
    await qr.query("INSERT INTO \"move_in\"(\"id\", \"project_id\", \"batch_id\", \"room_id\", \"buyer_name\", \"buyer_phone_enc\", \"buyer_phone_hash\", \"status\", \"steps_done\", \"arrived_at\", \"started_at\", \"finished_at\", \"handled_by_name\", \"identity_docs\", \"identity_note\", \"agreements\", \"collection\", \"collection_note\", \"receipt_nos\", \"meters\", \"inspection_signature_id\", \"inspection_paper_signed\", \"inspected_at\", \"keys\", \"keys_signature_id\", \"keys_paper_signed\", \"defects_sent_at\", \"defects_sent_note\", \"defects_sent_by_name\", \"version\", \"created_at\", \"updated_at\") SELECT \"id\", \"project_id\", \"batch_id\", \"room_id\", \"buyer_name\", \"buyer_phone_enc\", \"buyer_phone_hash\", \"status\", \"steps_done\", \"arrived_at\", \"started_at\", \"finished_at\", \"handled_by_name\", \"identity_docs\", \"identity_note\", \"agreements\", \"collection\", \"collection_note\", \"receipt_nos\", \"meters\", \"inspection_signature_id\", \"inspection_paper_signed\", \"inspected_at\", \"keys\", \"keys_signature_id\", \"keys_paper_signed\", \"defects_sent_at\", \"defects_sent_note\", \"defects_sent_by_name\", \"version\", \"created_at\", \"updated_at\" FROM \"temporary_move_in\"");
    await qr.query("DROP TABLE \"temporary_move_in\"");
    await qr.query("CREATE UNIQUE INDEX \"IDX_435b38e1f3dd2f95616df4e7ba\" ON \"move_in\" (\"room_id\") ");
    await qr.query("CREATE INDEX \"IDX_d1de0367d124652b9c52fb3d7d\" ON \"move_in\" (\"buyer_phone_hash\") ");
    await qr.query("CREATE INDEX \"IDX_69c8513f87bc9cfcc3e1a02737\" ON \"move_in\" (\"batch_id\", \"id\") ");
    await qr.query("CREATE INDEX \"IDX_bd85f49f9f5baf9a18946bf47e\" ON \"move_in\" (\"project_id\", \"finished_at\") ");
    await qr.query("CREATE INDEX \"IDX_f664d2eb277fb65b3a19890d38\" ON \"move_in\" (\"project_id\", \"status\", \"id\") ");
  }
}
