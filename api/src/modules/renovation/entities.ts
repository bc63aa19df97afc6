import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TimelineEventColumns } from '../../infra/timeline-event.js';

/**
 * A renovation (装修报备, R-REN-01…05): who applied for which room, the works period, the contractor, the
 * plan and the changes to water, power and gas; the owner's consent; the desk's 退回补正; the review
 * clock (due at the earlier of 2 working days and 3 calendar days from submission); the supervisor's
 * review with the refusal grounds ticked; the manager's approval; the permit (code unique) once every
 * charge is paid.
 */
@Entity('renovation')
@Index(['projectId', 'status', 'id'])
@Index(['projectId', 'id'])
@Index(['personId', 'id'])
@Index(['roomId', 'id'])
export class Renovation {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'int' }) roomId: number;
  /** the applicant (an owner-side person); null for a walk-in application made at the desk */
  @Column({ type: 'int', nullable: true }) personId: number | null;
  @Column({ type: 'varchar', length: 50 }) applicantName: string;
  /** owner / member / tenant (the applicant's binding to the room) */
  @Column({ type: 'varchar', length: 10 }) applicantRole: string;
  /** the works period, local dates */
  @Column({ type: 'varchar', length: 10 }) startOn: string;
  @Column({ type: 'varchar', length: 10 }) endOn: string;
  @Column({ type: 'varchar', length: 100 }) contractorCompany: string;
  @Column({ type: 'varchar', length: 50 }) contractorLeader: string;
  /** the person in charge's phone, encrypted (R-OWN-06) */
  @Column({ type: 'varchar', length: 120 }) contractorPhoneEnc: string;
  /** the plan: what will be done, one line each */
  @Column({ type: 'simple-json' }) items: string[];
  /** R-REN-01 the changes to water, power and gas, as explicit choices */
  @Column({ type: 'boolean' }) changesWater: boolean;
  @Column({ type: 'boolean' }) changesPower: boolean;
  @Column({ type: 'boolean' }) changesGas: boolean;
  @Column({ type: 'varchar', length: 500, nullable: true }) changesNote: string | null;
  /** R-REN-05 the centre removes the rubble (the removal fee is charged) */
  @Column({ type: 'boolean', default: false }) rubbleByCentre: boolean;
  @Column({ type: 'varchar', length: 20 }) status: string;
  /** R-REN-02 the owner's consent: who, when, how */
  @Column({ type: 'varchar', length: 50, nullable: true }) confirmedByName: string | null;
  @Column({ type: 'datetime', nullable: true }) confirmedAt: Date | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) confirmNote: string | null;
  /** R-REN-04 the review clock: (re)submitted to the centre, and due */
  @Column({ type: 'datetime', nullable: true }) submittedAt: Date | null;
  @Column({ type: 'datetime', nullable: true }) reviewDueAt: Date | null;
  /** R-REN-03 why the desk returned it for correction (the applicant reads it) */
  @Column({ type: 'varchar', length: 500, nullable: true }) returnReason: string | null;
  @Column({ type: 'int', default: 0 }) returnCount: number;
  /** R-REN-04 the engineering supervisor's review */
  @Column({ type: 'datetime', nullable: true }) reviewedAt: Date | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) reviewedByName: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) reviewNote: string | null;
  @Column({ type: 'simple-json', nullable: true }) refuseGrounds: string[] | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) refuseReason: string | null;
  /** R-REN-04 the manager's approval */
  @Column({ type: 'datetime', nullable: true }) approvedAt: Date | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) approvedByName: string | null;
  /** R-REN-05 the permit, issued once every charge is paid */
  @Index({ unique: true }) @Column({ type: 'varchar', length: 24, nullable: true }) permitCode: string | null;
  @Column({ type: 'datetime', nullable: true }) permittedAt: Date | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) permittedByName: string | null;
  /** R-REN-07 the acceptance: requested (again after a failure), due 3 days later (stored), how often asked */
  @Column({ type: 'datetime', nullable: true }) acceptanceRequestedAt: Date | null;
  @Column({ type: 'datetime', nullable: true }) acceptanceDueAt: Date | null;
  @Column({ type: 'int', default: 0 }) acceptanceCount: number;
  /** R-REN-07 the last failure's written rectification requirements and their deadline (a local date) */
  @Column({ type: 'varchar', length: 1000, nullable: true }) acceptanceRequirements: string | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) acceptanceRectifyBy: string | null;
  @Column({ type: 'datetime', nullable: true }) acceptanceFailedAt: Date | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) acceptanceFailedByName: string | null;
  /** R-REN-07 the pass: who, when, the permit and the worker passes collected back */
  @Column({ type: 'datetime', nullable: true }) acceptedAt: Date | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) acceptedByName: string | null;
  @Column({ type: 'simple-json', nullable: true }) collectedPasses: string[] | null;
  /** R-REN-08 the deposits' refund: started by (1 day) and refunded by (3 working days), both stored at the pass */
  @Column({ type: 'datetime', nullable: true }) refundStartDueAt: Date | null;
  @Column({ type: 'datetime', nullable: true }) refundDueAt: Date | null;
  @Column({ type: 'datetime', nullable: true }) refundStartedAt: Date | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) refundStartedByName: string | null;
  /** R-REN-08 when the last deposit came back (both refunded or withheld) */
  @Column({ type: 'datetime', nullable: true }) refundedAt: Date | null;
  @Column({ type: 'int', default: 0 }) version: number;
  @Column({ type: 'datetime' }) createdAt: Date;
  @Column({ type: 'datetime' }) updatedAt: Date;
}

/** A worker of a renovation: name, phone and ID number (encrypted), and the pass code given with the permit. */
@Entity('renovation_worker')
@Index(['renovationId', 'seq'], { unique: true })
export class RenovationWorker {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) renovationId: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'int' }) seq: number;
  @Column({ type: 'varchar', length: 50 }) name: string;
  @Column({ type: 'varchar', length: 120, nullable: true }) phoneEnc: string | null;
  @Column({ type: 'varchar', length: 160, nullable: true }) idNoEnc: string | null;
  /** 施工人员出入证 code (unique), given with the permit */
  @Index({ unique: true }) @Column({ type: 'varchar', length: 30, nullable: true }) passCode: string | null;
}

/** R-REN-05 a charge of an approved renovation and the room's bill it became (billing's, source renovation_fee). */
@Entity('renovation_fee')
@Index(['renovationId', 'kind'], { unique: true })
export class RenovationFee {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) renovationId: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'varchar', length: 20 }) kind: string;
  @Column({ type: 'bigint' }) amountFen: number;
  @Column({ type: 'int', nullable: true }) billId: number | null;
  @Column({ type: 'datetime', nullable: true }) paidAt: Date | null;
  @Column({ type: 'varchar', length: 30, nullable: true }) receiptNo: string | null;
  /** R-REN-08 a deposit's refund: the deduction for unremedied damage (fen, reason), payments' refund request, when it came back */
  @Column({ type: 'bigint', default: 0 }) deductionFen: number;
  @Column({ type: 'varchar', length: 200, nullable: true }) deductionReason: string | null;
  @Index() @Column({ type: 'int', nullable: true }) refundId: number | null;
  @Column({ type: 'datetime', nullable: true }) refundRequestedAt: Date | null;
  @Column({ type: 'bigint', nullable: true }) refundedFen: number | null;
  @Column({ type: 'datetime', nullable: true }) refundedAt: Date | null;
}

/** Photos and drawings of an application (uploads): the applicant and the project's renovation desk read them. */
@Entity('renovation_file')
@Index(['renovationId'])
@Index(['uploadId'])
export class RenovationFile {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) renovationId: number;
  @Column({ type: 'int' }) uploadId: number;
  /** R-REN-06 a photo of an inspection (null: the application's own photos and drawings) */
  @Column({ type: 'int', nullable: true }) inspectionId: number | null;
}

/**
 * R-REN-06 a day's inspection of an active renovation: one per renovation and local day (unique: two at
 * once, one kept), fine or the violations found (a notice is issued), by whom, the photos (renovation_file).
 */
@Entity('renovation_inspection')
@Index(['renovationId', 'onDate'], { unique: true })
@Index(['projectId', 'onDate'])
export class RenovationInspection {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) renovationId: number;
  @Column({ type: 'int' }) projectId: number;
  /** the local day inspected */
  @Column({ type: 'varchar', length: 10 }) onDate: string;
  @Column({ type: 'varchar', length: 12 }) result: string;
  @Column({ type: 'simple-json' }) violations: string[];
  @Column({ type: 'varchar', length: 500, nullable: true }) note: string | null;
  @Column({ type: 'int' }) inspectorId: number;
  @Column({ type: 'varchar', length: 50 }) inspectorName: string;
  @Column({ type: 'datetime' }) at: Date;
}

/**
 * R-REN-06 a rectification notice (整改通知书): code unique, the violations, the deadline; open until a
 * re-inspection finds it rectified or refused — refused is reported to the authorities (who, when).
 */
@Entity('renovation_notice')
@Index(['renovationId', 'id'])
export class RenovationNotice {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) renovationId: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'int' }) inspectionId: number;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 24 }) code: string;
  @Column({ type: 'simple-json' }) violations: string[];
  @Column({ type: 'varchar', length: 500, nullable: true }) note: string | null;
  /** the local date by which it is to be put right */
  @Column({ type: 'varchar', length: 10 }) deadlineOn: string;
  @Column({ type: 'varchar', length: 10 }) status: string;
  @Column({ type: 'datetime' }) issuedAt: Date;
  @Column({ type: 'varchar', length: 50 }) issuedByName: string;
  @Column({ type: 'datetime', nullable: true }) closedAt: Date | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) closedByName: string | null;
  @Column({ type: 'int', nullable: true }) closedInspectionId: number | null;
  /** 拒不整改: reported to the authorities — by whom, when, how */
  @Column({ type: 'datetime', nullable: true }) reportedAt: Date | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) reportedByName: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) reportNote: string | null;
}

/** A renovation's timeline: every step, who, when, from, to; owner words kept apart from staff notes. */
@Entity('renovation_event')
@Index(['renovationId', 'id'])
export class RenovationEvent extends TimelineEventColumns {
  @Column({ type: 'int' }) renovationId: number;
  @Column({ type: 'varchar', length: 20, nullable: true }) fromStatus: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) toStatus: string | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) note: string | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) ownerNote: string | null;
}

export const RENOVATION_ENTITIES = [
  Renovation,
  RenovationWorker,
  RenovationFee,
  RenovationFile,
  RenovationEvent,
  RenovationInspection,
  RenovationNotice,
];
