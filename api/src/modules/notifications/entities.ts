import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Notifications to send (WeChat subscribe messages, staff console); drained with retries. */
@Entity('outbox')
export class OutboxMessage {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 20 }) channel: string;
  /** uniqueness makes every enqueue idempotent (e.g. "breach:<clockId>") */
  @Index({ unique: true }) @Column({ type: 'varchar', length: 80 }) dedupeKey: string;
  @Column({ type: 'simple-json' }) payload: Record<string, unknown>;
  @Column({ type: 'datetime' }) createdAt: Date;
  @Column({ type: 'datetime' }) nextAttemptAt: Date;
  @Column({ type: 'int', default: 0 }) attempts: number;
  @Column({ type: 'datetime', nullable: true }) sentAt: Date | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) outcome: string | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) lastError: string | null;
}

@Entity('staff_notification')
@Index(['staffId', 'id'])
export class StaffNotification {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) staffId: number;
  @Column({ type: 'int', nullable: true }) projectId: number | null;
  @Column({ type: 'varchar', length: 100 }) title: string;
  @Column({ type: 'varchar', length: 300 }) body: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) link: string | null;
  @Column({ type: 'datetime' }) createdAt: Date;
  @Column({ type: 'datetime', nullable: true }) readAt: Date | null;
}

/** Each owner acceptance of a subscribe template allows one send. */
@Entity('subscribe_credit')
@Index(['personId', 'template'], { unique: true })
export class SubscribeCredit {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) personId: number;
  @Column({ type: 'varchar', length: 20 }) template: string;
  @Column({ type: 'int', default: 0 }) credits: number;
}
