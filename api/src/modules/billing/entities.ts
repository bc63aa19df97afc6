import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What a room owes (R-FEE-04). One bill per source: a paid repair's fee is a bill with
 * source ('repair', request id), unique, so a repeated completion never bills twice. Bills from
 * fee items (room, item, period) arrive with the billing module and share this table.
 */
@Entity('bill')
@Index(['sourceType', 'sourceId'], { unique: true })
@Index(['projectId', 'status', 'id'])
@Index(['roomId', 'status'])
export class Bill {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'int' }) roomId: number;
  @Column({ type: 'varchar', length: 20 }) kind: string;
  @Column({ type: 'varchar', length: 100 }) title: string;
  @Column({ type: 'varchar', length: 20 }) sourceType: string;
  @Column({ type: 'int' }) sourceId: number;
  @Column({ type: 'bigint' }) amountFen: number;
  @Column({ type: 'varchar', length: 10 }) status: string;
  @Column({ type: 'datetime' }) createdAt: Date;
  @Column({ type: 'datetime', nullable: true }) paidAt: Date | null;
  @Column({ type: 'int', default: 0 }) version: number;
}

/** A payment taken for a bill, with its receipt number (R-FEE-02). One bill, one payment. */
@Entity('payment')
@Index(['projectId', 'at'])
export class Payment {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Index({ unique: true }) @Column({ type: 'int' }) billId: number;
  @Column({ type: 'varchar', length: 20 }) method: string;
  @Column({ type: 'bigint' }) amountFen: number;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 24, nullable: true }) receiptNo: string | null;
  @Column({ type: 'int' }) receivedByStaffId: number;
  @Column({ type: 'varchar', length: 50 }) receivedByName: string;
  @Column({ type: 'varchar', length: 50 }) payerName: string;
  @Column({ type: 'datetime' }) at: Date;
  @Column({ type: 'varchar', length: 200, nullable: true }) note: string | null;
}
