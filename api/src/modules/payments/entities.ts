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

/**
 * R-PAY-04 a refund of one payment (a bill's payment row in billing): asked for with a reason, decided by
 * a second person, then sent to WeChat Pay with its own out_refund_no (the same on every retry) or, for a
 * desk payment, paid back at the desk. One refund per payment (unique): a rejected one may be asked for
 * again on the same row. Succeeded by one conditional update, so the refund notify, a query and a retry
 * finish it once.
 */
@Entity('refund')
@Index(['projectId', 'id'])
@Index(['status', 'id'])
export class Refund {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Index({ unique: true }) @Column({ type: 'int' }) paymentId: number;
  @Column({ type: 'int' }) billId: number;
  @Column({ type: 'varchar', length: 20 }) method: string;
  @Column({ type: 'bigint' }) amountFen: number;
  /** the WeChat Pay order refunded from (its total is part of the refund request) */
  @Column({ type: 'varchar', length: 32, nullable: true }) outTradeNo: string | null;
  @Column({ type: 'varchar', length: 32, nullable: true }) transactionId: string | null;
  @Column({ type: 'bigint', nullable: true }) orderTotalFen: number | null;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 64 }) outRefundNo: string;
  @Column({ type: 'varchar', length: 200 }) reason: string;
  /** the charge still stands: a new bill is issued for it when the money is back */
  @Column({ type: 'boolean', default: false }) reopen: boolean;
  @Column({ type: 'varchar', length: 12 }) status: string;
  @Column({ type: 'int' }) requestedById: number;
  @Column({ type: 'varchar', length: 50 }) requestedByName: string;
  @Column({ type: 'datetime' }) requestedAt: Date;
  @Column({ type: 'int', nullable: true }) decidedById: number | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) decidedByName: string | null;
  @Column({ type: 'datetime', nullable: true }) decidedAt: Date | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) decisionNote: string | null;
  @Column({ type: 'varchar', length: 32, nullable: true }) providerRefundId: string | null;
  /** when WeChat Pay accepted the refund request: the day its trade bill lists the refund (R-PAY-03) */
  @Column({ type: 'datetime', nullable: true }) acceptedAt: Date | null;
  /** how often the provider was asked (a failed call is retried with the same out_refund_no) */
  @Column({ type: 'int', default: 0 }) attempts: number;
  @Column({ type: 'varchar', length: 200, nullable: true }) lastError: string | null;
  @Column({ type: 'datetime', nullable: true }) finishedAt: Date | null;
  /** the bill issued again when the refund reopened the charge */
  @Column({ type: 'int', nullable: true }) reissuedBillId: number | null;
}

/** R-PAY-03 one day's reconciliation against WeChat Pay's trade bill (China time), rerun as often as needed. */
@Entity('recon_day')
export class ReconDay {
  @PrimaryGeneratedColumn() id: number;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 10 }) billDate: string;
  @Column({ type: 'int' }) providerCount: number;
  @Column({ type: 'bigint' }) providerFen: number;
  @Column({ type: 'int' }) ourCount: number;
  @Column({ type: 'bigint' }) ourFen: number;
  /** refunds WeChat Pay lists that day, and ours it accepted that day (R-PAY-04) */
  @Column({ type: 'int', default: 0 }) providerRefundCount: number;
  @Column({ type: 'bigint', default: 0 }) providerRefundFen: number;
  @Column({ type: 'int', default: 0 }) ourRefundCount: number;
  @Column({ type: 'bigint', default: 0 }) ourRefundFen: number;
  /** differences of the day still open after the last run */
  @Column({ type: 'int' }) openDifferences: number;
  @Column({ type: 'int', default: 1 }) runs: number;
  @Column({ type: 'varchar', length: 50 }) runByName: string;
  @Column({ type: 'datetime' }) runAt: Date;
}

/**
 * R-PAY-03 a difference found by a reconciliation: one per day, order, refund ('' for a payment) and kind
 * (unique), open until resolved.
 */
@Entity('recon_diff')
@Index(['billDate', 'outTradeNo', 'kind', 'outRefundNo'], { unique: true })
@Index(['status', 'id'])
export class ReconDiff {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 10 }) billDate: string;
  @Column({ type: 'varchar', length: 16 }) kind: string;
  @Column({ type: 'varchar', length: 32 }) outTradeNo: string;
  /** a refund difference: the refund's out_refund_no; '' for a payment difference */
  @Column({ type: 'varchar', length: 64, default: '' }) outRefundNo: string;
  @Column({ type: 'varchar', length: 32, nullable: true }) transactionId: string | null;
  /** the project of our order (null: an order we do not know) */
  @Column({ type: 'int', nullable: true }) projectId: number | null;
  @Column({ type: 'bigint', nullable: true }) providerFen: number | null;
  @Column({ type: 'bigint', nullable: true }) ourFen: number | null;
  @Column({ type: 'varchar', length: 10 }) status: string;
  @Column({ type: 'datetime' }) foundAt: Date;
  @Column({ type: 'datetime', nullable: true }) resolvedAt: Date | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) resolvedByName: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) resolution: string | null;
}
