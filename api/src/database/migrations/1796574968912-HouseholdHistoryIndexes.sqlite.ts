import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HouseholdHistoryIndexesSqlite1796574968912 implements MigrationInterface {
  name = 'HouseholdHistoryIndexesSqlite1796574968912';
  async up(qr: QueryRunner): Promise<void> {
    await qr.query("CREATE INDEX \"IDX_a3f9e390b057730dbe4c7ab289\" ON \"complaint\" (\"room_id\", \"received_at\") ");
    await qr.query("CREATE INDEX \"IDX_fc05ebffb84eef2b4468acd769\" ON \"enquiry\" (\"room_id\", \"received_at\") ");
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.query("DROP INDEX \"IDX_fc05ebffb84eef2b4468acd769\"");
    await qr.query("DROP INDEX \"IDX_a3f9e390b057730dbe4c7ab289\"");
  }
}
