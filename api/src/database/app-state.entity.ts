import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Small facts every API instance must see alike: the dev clock's offset, the WeChat access token
 * (shared so instances do not cancel each other's). A row per key: `value` text, `num` a number
 * (epoch ms or an offset in ms), changed by conditional writes.
 */
@Entity('app_state')
export class AppState {
  @PrimaryColumn({ type: 'varchar', length: 60 }) id: string;
  @Column({ type: 'varchar', length: 600 }) value: string;
  @Column({ type: 'bigint' }) num: number;
}
