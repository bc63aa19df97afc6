import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One limit's count in its current window (rate limits per client, attempt limits per account and
 * client, SMS cool-downs per phone). In the database, so every API instance counts the same hits.
 * `reset_at` is epoch milliseconds: plain numbers compare the same on every dialect.
 */
@Entity('rate_counter')
export class RateCounter {
  @PrimaryColumn({ type: 'varchar', length: 160 }) id: string;
  @Column({ type: 'int' }) hits: number;
  @Column({ type: 'bigint' }) resetAt: number;
}
