import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What a room owes (R-FEE-04). One bill per source: a paid repair's fee is a bill with
 * source ('repair', request id), unique, so a repeated completion never bills twice. A bill from a
 * fee item has source 'fee' and no source id; it is unique per (room, item, period), so a rerun of
 * the bill run adds nothing.
 */
@Entity('bill')
@Index(['sourceType', 'sourceId'], { unique: true })
@Index(['roomId', 'feeItemId', 'period'], { unique: true })
@Index(['projectId', 'status', 'id'])
@Index(['roomId', 'status'])
export class Bill {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'int' }) roomId: number;
  @Column({ type: 'varchar', length: 20 }) kind: string;
  @Column({ type: 'varchar', length: 100 }) title: string;
  @Column({ type: 'varchar', length: 20 }) sourceType: string;
  @Column({ type: 'int', nullable: true }) sourceId: number | null;
  @Column({ type: 'int', nullable: true }) feeItemId: number | null;
  /** the month billed (YYYY-MM), for fee-item bills */
  @Column({ type: 'varchar', length: 7, nullable: true }) period: string | null;
  /** the local date it falls due; late fees (R-FEE-05) run from the day after */
  @Column({ type: 'varchar', length: 10, nullable: true }) dueOn: string | null;
  @Column({ type: 'bigint' }) amountFen: number;
  @Column({ type: 'varchar', length: 10 }) status: string;
  @Column({ type: 'datetime' }) createdAt: Date;
  @Column({ type: 'datetime', nullable: true }) paidAt: Date | null;
  @Column({ type: 'int', default: 0 }) version: number;
}

/**
 * A payment taken for a bill, with its receipt number (R-FEE-02). One bill, one payment. A desk payment
 * is handed to finance in at most one cash handover (R-FEE-06): `handoverId` is set by one conditional
 * update from null, and set back to null only when a submitted handover is withdrawn.
 */
@Entity('payment')
@Index(['projectId', 'at'])
@Index(['receivedByStaffId', 'handoverId', 'at'])
export class Payment {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Index({ unique: true }) @Column({ type: 'int' }) billId: number;
  @Column({ type: 'varchar', length: 20 }) method: string;
  @Column({ type: 'bigint' }) amountFen: number;
  /** of which late fee (R-FEE-05), frozen at payment */
  @Column({ type: 'bigint', default: 0 }) lateFeeFen: number;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 24, nullable: true }) receiptNo: string | null;
  @Column({ type: 'int' }) receivedByStaffId: number;
  @Column({ type: 'varchar', length: 50 }) receivedByName: string;
  @Column({ type: 'varchar', length: 50 }) payerName: string;
  @Column({ type: 'datetime' }) at: Date;
  @Column({ type: 'varchar', length: 200, nullable: true }) note: string | null;
  /**
   * WeChat Pay's transaction_id of an online payment (one transaction may pay several bills), null at the desk:
   * what 财务 home's "paid but not credited" matches an order against, never the note's wording
   */
  @Index() @Column({ type: 'varchar', length: 32, nullable: true }) transactionId: string | null;
  /** R-PAY-04 money of it paid back by finished refunds, and when last (its amount and receipt never change) */
  @Column({ type: 'bigint', default: 0 }) refundedFen: number;
  @Column({ type: 'datetime', nullable: true }) refundedAt: Date | null;
  /** R-FEE-06 the cash handover (交款单) that handed it to finance; null until then, and for online payments */
  @Column({ type: 'int', nullable: true }) handoverId: number | null;
}

/**
 * R-FEE-06 a cashier's cash handover (交款单) to finance for one business day (the project's local date):
 * the desk payments it covers point to it; counts and totals per method are frozen here in fen.
 * Finance (never the cashier) confirms the cash counted, or records a shortfall with a reason; a confirmed
 * or short handover never changes again.
 */
@Entity('cash_handover')
@Index(['projectId', 'businessDay', 'id'])
@Index(['projectId', 'status', 'id'])
export class CashHandover {
  @PrimaryGeneratedColumn() id: number;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 24 }) code: string;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'int' }) cashierStaffId: number;
  @Column({ type: 'varchar', length: 50 }) cashierName: string;
  /** the local date (YYYY-MM-DD, project zone) whose payments it hands over */
  @Column({ type: 'varchar', length: 10 }) businessDay: string;
  @Column({ type: 'int' }) paymentCount: number;
  @Column({ type: 'bigint' }) totalFen: number;
  /** of which cash (现金): what finance counts */
  @Column({ type: 'bigint' }) cashFen: number;
  /** per desk method: how many payments and how much */
  @Column({ type: 'simple-json' }) byMethod: { method: string; count: number; fen: number }[];
  @Column({ type: 'varchar', length: 10 }) status: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) note: string | null;
  @Column({ type: 'datetime' }) createdAt: Date;
  @Column({ type: 'bigint', nullable: true }) receivedCashFen: number | null;
  @Column({ type: 'int', nullable: true }) confirmedByStaffId: number | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) confirmedByName: string | null;
  @Column({ type: 'datetime', nullable: true }) confirmedAt: Date | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) confirmNote: string | null;
}

/**
 * R-FEE-01 a fee item of a project, published to its owners with its basis. Area: unitFen per m² per
 * month; fixed: unitFen per room per month; metered: tiers; one-off: unitFen as the default amount.
 * A room use (residential, shop…) narrows the rooms it applies to. Prices of a billed period never
 * change: an edit applies to the bills run after it.
 */
@Entity('fee_item')
@Index(['projectId', 'code'], { unique: true })
export class FeeItem {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'varchar', length: 20 }) code: string;
  @Column({ type: 'varchar', length: 40 }) name: string;
  @Column({ type: 'varchar', length: 20 }) category: string;
  @Column({ type: 'varchar', length: 10 }) basis: string;
  @Column({ type: 'int', default: 0 }) unitFen: number;
  @Column({ type: 'simple-json', nullable: true }) tiers: { upTo: number | null; unitFen: number }[] | null;
  /** the unit metered (吨, 度) */
  @Column({ type: 'varchar', length: 10, nullable: true }) meterUnit: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) roomUse: string | null;
  /** day of the billed month a bill falls due */
  @Column({ type: 'int', default: 25 }) dueDay: number;
  /** R-FEE-05 the contract's late-fee rule: 万分之 N per day after grace days, capped at a percentage */
  @Column({ type: 'int', default: 0 }) lateFeePerTenThousand: number;
  @Column({ type: 'int', default: 0 }) lateFeeGraceDays: number;
  @Column({ type: 'int', default: 100 }) lateFeeCapPercent: number;
  @Column({ type: 'varchar', length: 200, nullable: true }) basisNote: string | null;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @Column({ type: 'datetime' }) createdAt: Date;
  @Column({ type: 'datetime' }) updatedAt: Date;
}

/** A meter reading entered by the cashier for a room, item and month; its amount is priced by the tiers when entered. */
@Entity('meter_reading')
@Index(['roomId', 'feeItemId', 'period'], { unique: true })
@Index(['projectId', 'period', 'id'])
export class MeterReading {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'int' }) roomId: number;
  @Column({ type: 'int' }) feeItemId: number;
  @Column({ type: 'varchar', length: 7 }) period: string;
  /** readings and usage in hundredths of a unit */
  @Column({ type: 'bigint' }) previous: number;
  @Column({ type: 'bigint' }) current: number;
  @Column({ type: 'bigint' }) usage: number;
  @Column({ type: 'bigint' }) amountFen: number;
  @Column({ type: 'int' }) readByStaffId: number;
  @Column({ type: 'varchar', length: 50 }) readByName: string;
  @Column({ type: 'datetime' }) at: Date;
}

/**
 * R-FEE-04 one project's bill run for one month: resumable (rooms are billed in chunks by id; the
 * cursor is the last room done), and a rerun adds nothing (unique room, item, period).
 */
@Entity('bill_run')
@Index(['projectId', 'period'], { unique: true })
export class BillRun {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'varchar', length: 7 }) period: string;
  @Column({ type: 'varchar', length: 10 }) status: string;
  @Column({ type: 'int', default: 0 }) cursorRoomId: number;
  @Column({ type: 'int', default: 0 }) billsCreated: number;
  @Column({ type: 'bigint', default: 0 }) amountFen: number;
  @Column({ type: 'int', default: 0 }) runs: number;
  @Column({ type: 'int' }) startedByStaffId: number;
  @Column({ type: 'varchar', length: 50 }) startedByName: string;
  @Column({ type: 'datetime' }) startedAt: Date;
  @Column({ type: 'datetime', nullable: true }) finishedAt: Date | null;
}

/**
 * R-PAY-04 an adjustment (账单调整) of one unpaid bill: a waiver (减免) of its principal or late fee, or an
 * increase (调增) of its principal, with a reason. Proposed by one person, approved or rejected by another;
 * only an approved one changes what the bill owes (billOwed), and the bill's amount is never edited.
 * `pendingBillId` is the bill's id while the adjustment waits and null after: unique, so a bill has at most
 * one adjustment waiting, whoever proposes at once.
 */
@Entity('bill_adjustment')
@Index(['projectId', 'status', 'id'])
@Index(['billId', 'status'])
export class BillAdjustment {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'int' }) billId: number;
  @Index({ unique: true }) @Column({ type: 'int', nullable: true }) pendingBillId: number | null;
  @Column({ type: 'varchar', length: 10 }) kind: string;
  @Column({ type: 'varchar', length: 10 }) target: string;
  @Column({ type: 'bigint' }) amountFen: number;
  @Column({ type: 'varchar', length: 200 }) reason: string;
  @Column({ type: 'varchar', length: 10 }) status: string;
  @Column({ type: 'int' }) proposedById: number;
  @Column({ type: 'varchar', length: 50 }) proposedByName: string;
  @Column({ type: 'datetime' }) proposedAt: Date;
  @Column({ type: 'int', nullable: true }) decidedById: number | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) decidedByName: string | null;
  @Column({ type: 'datetime', nullable: true }) decidedAt: Date | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) decisionNote: string | null;
}
