import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One bill of an invoice request as it stood when asked for (what the invoice covers). */
export interface InvoiceRequestLine {
  billId: number;
  title: string;
  period: string | null;
  roomLabel: string;
  receiptNo: string | null;
  /** paid minus refunded when asked for */
  fen: number;
}

/**
 * An owner's invoice request (开票申请) for paid bills of their rooms. Pending → issued (finance records the
 * invoice number and date) or rejected (with a reason) or withdrawn by the owner. The bills it holds are
 * in `invoice_request_bill` while it is pending or issued; `lines` keeps what it covered for good.
 * `refundedFen` counts refunds of its bills finished after it was asked for (an issued invoice then needs 红冲).
 */
@Entity('invoice_request')
@Index(['projectId', 'status', 'id'])
@Index(['projectId', 'createdAt'])
@Index(['personId', 'id'])
export class InvoiceRequest {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'int' }) personId: number;
  @Column({ type: 'varchar', length: 50 }) applicantName: string;
  @Column({ type: 'varchar', length: 10 }) titleType: string;
  @Column({ type: 'varchar', length: 100 }) title: string;
  /** R-OWN-06 the tax number and e-mail are personal data: stored through the PII cipher ("v1:…"), never in clear */
  @Column({ type: 'varchar', length: 120, nullable: true }) taxNoEnc: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) emailEnc: string | null;
  @Column({ type: 'bigint' }) amountFen: number;
  @Column({ type: 'simple-json', name: 'bill_lines' }) lines: InvoiceRequestLine[];
  @Column({ type: 'varchar', length: 10 }) status: string;
  @Column({ type: 'datetime' }) createdAt: Date;
  @Column({ type: 'varchar', length: 20, nullable: true }) invoiceNo: string | null;
  /** the invoice's date (YYYY-MM-DD, the project's zone) */
  @Column({ type: 'varchar', length: 10, nullable: true }) invoiceDate: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) rejectReason: string | null;
  @Column({ type: 'int', nullable: true }) decidedByStaffId: number | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) decidedByName: string | null;
  @Column({ type: 'datetime', nullable: true }) decidedAt: Date | null;
  @Column({ type: 'bigint', default: 0 }) refundedFen: number;
  @Column({ type: 'datetime', nullable: true }) refundedAt: Date | null;
}

/** A bill held by a pending or issued invoice request: unique per bill, so a bill is in at most one such request. */
@Entity('invoice_request_bill')
@Index(['requestId'])
export class InvoiceRequestBill {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) requestId: number;
  @Index({ unique: true }) @Column({ type: 'int' }) billId: number;
}

export const INVOICE_ENTITIES = [InvoiceRequest, InvoiceRequestBill];
