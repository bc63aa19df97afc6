import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { TimelineEventColumns } from '../../infra/timeline-event.js';

/** R-REP-02: a project's published repair catalogue (paid items carry their price). */
@Entity('repair_category')
@Index(['projectId', 'code'], { unique: true })
export class RepairCategory {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'varchar', length: 20 }) code: string;
  @Column({ type: 'varchar', length: 50 }) name: string;
  @Column({ type: 'varchar', length: 10 }) scope: string;
  @Column({ type: 'boolean', default: false }) paid: boolean;
  @Column({ type: 'bigint', nullable: true }) priceFen: number | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) priceNote: string | null;
  @Column({ type: 'int', default: 0 }) sort: number;
  @Column({ type: 'boolean', default: true }) active: boolean;
  /** R-REP-04 round-robin: the technicians who take turns on this category (empty: every technician of the project) */
  @Column({ type: 'simple-json', nullable: true }) rota: number[] | null;
  /** dispatches made by round-robin so far; advanced with a conditional update in the dispatch's transaction */
  @Column({ type: 'int', default: 0 }) rotaCursor: number;
}

/** One service request (报修/投诉/建议/咨询). Repairs use the status machine in shared. */
@Entity('service_request')
@Index(['projectId', 'id'])
@Index(['projectId', 'status', 'id'])
@Index(['roomId', 'status'])
@Index(['assigneeStaffId', 'status'])
export class ServiceRequest {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  /** BX + project code + yymmdd + serial; unique */
  @Index({ unique: true }) @Column({ type: 'varchar', length: 24, nullable: true }) code: string | null;
  @Column({ type: 'varchar', length: 12 }) type: string;
  @Column({ type: 'varchar', length: 12 }) channel: string;
  @Column({ type: 'int', nullable: true }) roomId: number | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) location: string | null;
  @Column({ type: 'int', nullable: true }) requesterPersonId: number | null;
  @Column({ type: 'int', nullable: true }) requesterStaffId: number | null;
  @Column({ type: 'varchar', length: 50 }) requesterName: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) requesterPhoneEnc: string | null;
  @Column({ type: 'int' }) categoryId: number;
  @Column({ type: 'varchar', length: 10 }) scope: string;
  @Column({ type: 'varchar', length: 10 }) chargeKind: string;
  @Column({ type: 'varchar', length: 10 }) urgency: string;
  @Column({ type: 'varchar', length: 1000 }) description: string;
  @Column({ type: 'varchar', length: 12 }) status: string;
  @Column({ type: 'datetime' }) receivedAt: Date;
  @Column({ type: 'datetime' }) enteredAt: Date;
  @Column({ type: 'int', nullable: true }) enteredByStaffId: number | null;
  /** R-SRV-03 first-contact owner (a staff member) */
  @Column({ type: 'int', nullable: true }) ownerStaffId: number | null;
  @Column({ type: 'datetime', nullable: true }) appointmentStart: Date | null;
  @Column({ type: 'datetime', nullable: true }) appointmentEnd: Date | null;
  /** R-SRV-06 the time told to the customer */
  @Column({ type: 'datetime', nullable: true }) promisedAt: Date | null;
  /** R-REP-13 required completion time given with the dispatch */
  @Column({ type: 'datetime', nullable: true }) requiredBy: Date | null;
  @Column({ type: 'int', nullable: true }) assigneeStaffId: number | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) assigneeTeam: string | null;
  @Column({ type: 'boolean', default: false }) inPool: boolean;
  @Column({ type: 'datetime', nullable: true }) dispatchedAt: Date | null;
  /** R-REP-16 the technician contacted the owner to confirm the visit (since the latest dispatch) */
  @Column({ type: 'datetime', nullable: true }) contactedAt: Date | null;
  @Column({ type: 'datetime', nullable: true }) acceptedAt: Date | null;
  @Column({ type: 'datetime', nullable: true }) arrivedAt: Date | null;
  @Column({ type: 'datetime', nullable: true }) finishedAt: Date | null;
  @Column({ type: 'datetime', nullable: true }) confirmedAt: Date | null;
  @Column({ type: 'datetime', nullable: true }) closedAt: Date | null;
  /** R-REP-05 the (paper) work order handed back to the centre with any receipts */
  @Column({ type: 'datetime', nullable: true }) orderReturnedAt: Date | null;
  /** R-REP-05 the technician's leaving time, written by the clerk on the returned order when countersigning it */
  @Column({ type: 'datetime', nullable: true }) leftAt: Date | null;
  /** R-REP-05 the clerk who countersigned the returned order, and when */
  @Column({ type: 'int', nullable: true }) countersignedByStaffId: number | null;
  @Column({ type: 'datetime', nullable: true }) countersignedAt: Date | null;
  /** R-REP-04 the first print of the work order (处理派工单); every print is on the timeline */
  @Column({ type: 'datetime', nullable: true }) printedAt: Date | null;
  /** R-REP-06 the owner's signature on the screen, kept as an upload */
  @Column({ type: 'int', nullable: true }) signatureUploadId: number | null;
  @Column({ type: 'bigint', nullable: true }) feeFen: number | null;
  @Column({ type: 'simple-json', nullable: true }) materials:
    { name: string; spec?: string; quantity: number; unit?: string }[] | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) result: string | null;
  @Column({ type: 'simple-json', nullable: true }) photoIds: number[] | null;
  @Column({ type: 'boolean', default: false }) isImportant: boolean;
  /** the owner's own rating, given when confirming the completion in the app (this cycle's) */
  @Column({ type: 'varchar', length: 20, nullable: true }) ownerSatisfaction: string | null;
  /** the callback's answer as the clerk recorded it: never overwrites the owner's own rating */
  @Column({ type: 'varchar', length: 20, nullable: true }) satisfaction: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) callbackComment: string | null;
  @Column({ type: 'int', default: 0 }) cycle: number;
  /** optimistic concurrency: every move is `UPDATE … WHERE id = ? AND version = ?` */
  @Column({ type: 'int', default: 0 }) version: number;
  @Column({ type: 'datetime' }) updatedAt: Date;
}

/** R-SRV-07: every step, who, when, what, note, photos. */
@Entity('request_event')
@Index(['requestId', 'id'])
export class RequestEvent extends TimelineEventColumns {
  @Column({ type: 'int' }) requestId: number;
  @Column({ type: 'varchar', length: 12, nullable: true }) fromStatus: string | null;
  @Column({ type: 'varchar', length: 12, nullable: true }) toStatus: string | null;
  /** the staff-side note (reasons, remarks: the centre's words) */
  @Column({ type: 'varchar', length: 500, nullable: true }) note: string | null;
  @Column({ type: 'simple-json', nullable: true }) data: Record<string, unknown> | null;
  @Column({ type: 'simple-json', nullable: true }) photoIds: number[] | null;
  /** who reads it: 'owner' (the owner too, under the owner step name) or 'staff' only (shared timelineAudience) */
  /** what the owner reads instead of `note` (owner-audience events only; null: the step name alone) */
  @Column({ type: 'varchar', length: 500, nullable: true }) ownerNote: string | null;
}

/** R-SRV-02 duty log (值班记录表) entries and R-SRV-04 shift handovers. */
@Entity('duty_log_entry')
@Index(['projectId', 'at'])
export class DutyLogEntry {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'datetime' }) at: Date;
  @Column({ type: 'int', nullable: true }) staffId: number | null;
  @Column({ type: 'varchar', length: 50 }) staffName: string;
  @Column({ type: 'varchar', length: 10 }) kind: string;
  @Column({ type: 'int', nullable: true }) requestId: number | null;
  @Column({ type: 'varchar', length: 500 }) content: string;
}

/** Which uploads belong to which request (its photos, its events' photos, the signature): who may read them. */
@Entity('request_attachment')
@Index(['requestId', 'uploadId'], { unique: true })
@Index(['uploadId'])
export class RequestAttachment {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) requestId: number;
  @Column({ type: 'int' }) uploadId: number;
}

/** R-REP-09 / R-REP-10 one callback made: how, how satisfied, what was said. KPIs count these. */
@Entity('callback_record')
@Index(['projectId', 'at'])
@Index(['requestId', 'id'])
export class CallbackRecord {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'int' }) requestId: number;
  @Column({ type: 'int' }) cycle: number;
  /** first (callback) or second (second_callback) */
  @Column({ type: 'varchar', length: 20 }) kind: string;
  @Column({ type: 'datetime' }) at: Date;
  @Column({ type: 'int' }) staffId: number;
  @Column({ type: 'varchar', length: 50 }) staffName: string;
  @Column({ type: 'varchar', length: 10 }) method: string;
  @Column({ type: 'varchar', length: 20 }) satisfaction: string;
  /** the owner's own rating of this cycle when the callback was made: the KPI counts it before the callback's answer */
  @Column({ type: 'varchar', length: 20, nullable: true }) ownerSatisfaction: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) comment: string | null;
  /** met the callback promise in time */
  @Column({ type: 'boolean' }) onTime: boolean;
}

/**
 * One intake's claim on "this problem, reported now" (a double tap, two clerks taking the same call):
 * a hash of the project, the room or spot, the category, the description and a minute. Each intake
 * claims its minute and the next, in its own transaction, so two identical intakes less than a minute
 * apart meet on one key and the database lets only one through.
 */
@Entity('request_intake_key')
export class RequestIntakeKey {
  @PrimaryColumn({ type: 'varchar', length: 64 }) key: string;
  @Column({ type: 'int' }) requestId: number;
  @Column({ type: 'datetime' }) at: Date;
}
