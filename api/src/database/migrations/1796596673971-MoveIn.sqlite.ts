import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MoveInSqlite1796596673971 implements MigrationInterface {
  name = 'MoveInSqlite1796596673971';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE TABLE \"move_in_batch\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"name\" varchar(50) NOT NULL, \"start_on\" varchar(10) NOT NULL, \"end_on\" varchar(10) NOT NULL, \"developer_name\" varchar(60) NOT NULL, \"guide\" text NOT NULL, \"renovation_notes\" text NOT NULL, \"payment_notice\" text NOT NULL, \"property_fee_fen_per_m2\" integer NOT NULL DEFAULT (0), \"property_fee_months\" integer NOT NULL DEFAULT (0), \"fund_fen_per_m2\" integer NOT NULL DEFAULT (0), \"published_at\" datetime, \"created_by_name\" varchar(50) NOT NULL, \"created_at\" datetime NOT NULL, \"updated_at\" datetime NOT NULL)");
    await qr.query("CREATE INDEX \"IDX_10ebdbd4f3a5c27dca775a1ccc\" ON \"move_in_batch\" (\"project_id\", \"id\") ");
    await qr.query("CREATE TABLE \"move_in\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"batch_id\" integer NOT NULL, \"room_id\" integer NOT NULL, \"buyer_name\" varchar(50) NOT NULL, \"buyer_phone_enc\" varchar(200) NOT NULL, \"buyer_phone_hash\" varchar(64) NOT NULL, \"status\" varchar(10) NOT NULL, \"steps_done\" integer NOT NULL DEFAULT (0), \"arrived_at\" datetime, \"started_at\" datetime, \"finished_at\" datetime, \"handled_by_name\" varchar(50), \"identity_docs\" text, \"identity_note\" varchar(100), \"agreements\" text, \"collection\" varchar(10), \"collection_note\" varchar(100), \"receipt_nos\" varchar(200), \"meters\" text, \"inspection_signature_id\" integer, \"inspection_paper_signed\" boolean NOT NULL DEFAULT (0), \"inspected_at\" datetime, \"keys\" text, \"keys_signature_id\" integer, \"keys_paper_signed\" boolean NOT NULL DEFAULT (0), \"defects_sent_at\" datetime, \"defects_sent_note\" varchar(100), \"defects_sent_by_name\" varchar(50), \"version\" integer NOT NULL DEFAULT (0), \"created_at\" datetime NOT NULL, \"updated_at\" datetime NOT NULL)");
    await qr.query("CREATE UNIQUE INDEX \"IDX_435b38e1f3dd2f95616df4e7ba\" ON \"move_in\" (\"room_id\") ");
    await qr.query("CREATE INDEX \"IDX_d1de0367d124652b9c52fb3d7d\" ON \"move_in\" (\"buyer_phone_hash\") ");
    await qr.query("CREATE INDEX \"IDX_69c8513f87bc9cfcc3e1a02737\" ON \"move_in\" (\"batch_id\", \"id\") ");
    await qr.query("CREATE INDEX \"IDX_bd85f49f9f5baf9a18946bf47e\" ON \"move_in\" (\"project_id\", \"finished_at\") ");
    await qr.query("CREATE INDEX \"IDX_f664d2eb277fb65b3a19890d38\" ON \"move_in\" (\"project_id\", \"status\", \"id\") ");
    await qr.query("CREATE TABLE \"move_in_defect\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"move_in_id\" integer NOT NULL, \"place\" varchar(40) NOT NULL, \"description\" varchar(200) NOT NULL, \"photo_id\" integer, \"status\" varchar(10) NOT NULL, \"progress_note\" varchar(200), \"version\" integer NOT NULL DEFAULT (0), \"created_at\" datetime NOT NULL, \"updated_at\" datetime NOT NULL)");
    await qr.query("CREATE INDEX \"IDX_f05da2686ea355079be5f50ff5\" ON \"move_in_defect\" (\"project_id\", \"status\", \"id\") ");
    await qr.query("CREATE INDEX \"IDX_a754fe7b9954466a2b911db8a0\" ON \"move_in_defect\" (\"move_in_id\", \"id\") ");
    await qr.query("CREATE TABLE \"move_in_event\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"at\" datetime NOT NULL, \"actor_kind\" varchar(10) NOT NULL, \"actor_id\" integer, \"actor_name\" varchar(50) NOT NULL, \"action\" varchar(20) NOT NULL, \"audience\" varchar(5) NOT NULL DEFAULT ('staff'), \"move_in_id\" integer NOT NULL, \"from_status\" varchar(10), \"to_status\" varchar(10), \"note\" varchar(1000), \"owner_note\" varchar(1000))");
    await qr.query("CREATE INDEX \"IDX_a7db14b2bf17d67508b7704cb0\" ON \"move_in_event\" (\"move_in_id\", \"id\") ");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX \"IDX_a7db14b2bf17d67508b7704cb0\"");
    await qr.query("DROP TABLE \"move_in_event\"");
    await qr.query("DROP INDEX \"IDX_a754fe7b9954466a2b911db8a0\"");
    await qr.query("DROP INDEX \"IDX_f05da2686ea355079be5f50ff5\"");
    await qr.query("DROP TABLE \"move_in_defect\"");
    await qr.query("DROP INDEX \"IDX_f664d2eb277fb65b3a19890d38\"");
    await qr.query("DROP INDEX \"IDX_bd85f49f9f5baf9a18946bf47e\"");
    await qr.query("DROP INDEX \"IDX_69c8513f87bc9cfcc3e1a02737\"");
    await qr.query("DROP INDEX \"IDX_d1de0367d124652b9c52fb3d7d\"");
    await qr.query("DROP INDEX \"IDX_435b38e1f3dd2f95616df4e7ba\"");
    await qr.query("DROP TABLE \"move_in\"");
    await qr.query("DROP INDEX \"IDX_10ebdbd4f3a5c27dca775a1ccc\"");
    await qr.query("DROP TABLE \"move_in_batch\"");
  }
}
