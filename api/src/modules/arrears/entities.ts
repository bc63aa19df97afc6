import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * R-ARR-01/02/03/05/07 one collection action recorded for a household (room): its kind, the local date it was
 * done, a note, whether the customer signed (written notices), the express tracking number (lawyer's letters)
 * and the payment date the owner promised (R-ARR-07). A document recorded once a month (notice, lawyer's
 * letter, instruction to sue) carries `onceKey` = room:kind:month, unique: two clerks or two printed batches at
 * once never record it twice. Reminders have none (several a month are fine).
 */
@Entity('arrears_action')
@Index(['projectId', 'roomId', 'id'])
@Index(['roomId', 'id'])
export class ArrearsAction {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'int' }) roomId: number;
  @Column({ type: 'varchar', length: 20 }) kind: string;
  /** the local date it was done (YYYY-MM-DD, project zone) */
  @Column({ type: 'varchar', length: 10 }) doneOn: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) note: string | null;
  /** a written notice signed for by the customer (null: not a notice) */
  @Column({ type: 'boolean', nullable: true }) signed: boolean | null;
  @Column({ type: 'varchar', length: 40, nullable: true }) trackingNo: string | null;
  /** R-ARR-07 the date the owner promised to pay (local date) */
  @Column({ type: 'varchar', length: 10, nullable: true }) promisedOn: string | null;
  /** what the household owed when it was recorded (fen) and how many months old the arrears were */
  @Column({ type: 'bigint' }) owedFen: number;
  @Column({ type: 'int' }) ageMonths: number;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 40, nullable: true }) onceKey: string | null;
  @Column({ type: 'int' }) byStaffId: number;
  @Column({ type: 'varchar', length: 50 }) byName: string;
  @Column({ type: 'datetime' }) createdAt: Date;
}

/** R-ARR-04 a room finance flagged as a large customer (top payers): its ladder is the shorter one. */
@Entity('arrears_large_customer')
export class ArrearsLargeCustomer {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Index({ unique: true }) @Column({ type: 'int' }) roomId: number;
  @Column({ type: 'int' }) byStaffId: number;
  @Column({ type: 'datetime' }) createdAt: Date;
}

/** Every table of the arrears module. */
export const ARREARS_ENTITIES = [ArrearsAction, ArrearsLargeCustomer];
