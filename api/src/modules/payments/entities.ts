import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An online payment order (WeChat Pay v3): one owner paying one or more bills of one project. Marked
 * paid only by a verified notify or a signed query (R-PAY-01), by one conditional update from 'created'
 * — so it is credited once however often and however concurrently the news arrives (R-PAY-02).
 */
@Entity('pay_order')
@Index(['projectId', 'createdAt'])
@Index(['status', 'expiresAt'])
@Index(['personId', 'id'])
export class PayOrder {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'int' }) personId: number;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 32 }) outTradeNo: string;
  /** the provider's transaction id once paid: unique, a second credit of one transaction is impossible */
  @Index({ unique: true }) @Column({ type: 'varchar', length: 32, nullable: true }) transactionId: string | null;
  @Column({ type: 'varchar', length: 10 }) tradeType: string;
  @Column({ type: 'varchar', length: 127 }) description: string;
  @Column({ type: 'bigint' }) totalFen: number;
  @Column({ type: 'simple-json' }) bills: { billId: number; amountFen: number; lateFeeFen: number }[];
  @Column({ type: 'varchar', length: 10 }) status: string;
  @Column({ type: 'varchar', length: 64, nullable: true }) prepayId: string | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) h5Url: string | null;
  @Column({ type: 'datetime' }) createdAt: Date;
  @Column({ type: 'datetime' }) expiresAt: Date;
  @Column({ type: 'datetime', nullable: true }) paidAt: Date | null;
  @Column({ type: 'datetime', nullable: true }) closedAt: Date | null;
  /** how the verdict came: notify or query */
  @Column({ type: 'varchar', length: 10, nullable: true }) paidBy: string | null;
}

/** Every notify that reached us, with what became of it (kept for finance and for tracing retries). */
@Entity('pay_notice')
@Index(['outTradeNo', 'id'])
export class PayNotice {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 64, nullable: true }) notifyId: string | null;
  @Column({ type: 'varchar', length: 32, nullable: true }) outTradeNo: string | null;
  @Column({ type: 'varchar', length: 40 }) eventType: string;
  /** credited, duplicate, refused:<reason> */
  @Column({ type: 'varchar', length: 40 }) result: string;
  @Column({ type: 'datetime' }) receivedAt: Date;
}
