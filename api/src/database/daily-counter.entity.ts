import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last serial given out for a code prefix of a day (e.g. BX101261201): work orders, receipts. */
@Entity('daily_counter')
export class DailyCounter {
  @PrimaryColumn({ type: 'varchar', length: 24 }) prefix: string;
  @Column({ type: 'int' }) lastSerial: number;
}
