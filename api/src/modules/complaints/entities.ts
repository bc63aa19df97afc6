import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TimelineEventColumns } from '../../infra/timeline-event.js';

/**
 * One complaint (投诉, R-CMP-*). Its code is given at the review (R-CMP-02): the serial is the
 * project's own and never repeats (unique per project); a re-grading keeps the serial and keeps
 * the old codes. An invalid complaint stays here with its explanation (R-CMP-16).
 */
@Entity('complaint')
@Index(['roomId', 'receivedAt'])
@Index(['projectId', 'id'])
@Index(['projectId', 'status', 'id'])
@Index(['projectId', 'serial'], { unique: true })
@Index(['complainantPersonId', 'id'])
export class Complaint {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  /** R-CMP-02 e.g. 101-B-GC-000123; null until the review finds it valid */
  @Index({ unique: true }) @Column({ type: 'varchar', length: 24, nullable: true }) code: string | null;
  @Column({ type: 'int', nullable: true }) serial: number | null;
  /** the codes it had before a re-grading */
  @Column({ type: 'simple-json', nullable: true }) codeHistory: string[] | null;
  @Column({ type: 'varchar', length: 1, nullable: true }) importance: string | null;
  @Column({ type: 'varchar', length: 2, nullable: true }) category: string | null;
  /** R-CMP-17 help / inquiry / venting */
  @Column({ type: 'varchar', length: 10, nullable: true }) kind: string | null;
  /** R-CMP-04 the common complaint picked from the project's classification table */
  @Column({ type: 'int', nullable: true }) classItemId: number | null;
  @Column({ type: 'varchar', length: 12 }) status: string;
  @Column({ type: 'varchar', length: 12 }) channel: string;
  @Column({ type: 'int', nullable: true }) roomId: number | null;
  @Column({ type: 'int', nullable: true }) complainantPersonId: number | null;
  @Column({ type: 'varchar', length: 50 }) complainantName: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) complainantPhoneEnc: string | null;
  /** R-CMP-05 the problem and what the complainant asks for */
  @Column({ type: 'varchar', length: 1000 }) problem: string;
  @Column({ type: 'varchar', length: 500, nullable: true }) asks: string | null;
  /** R-CMP-09 the time the complainant asked for (class C is handled by then) */
  @Column({ type: 'datetime', nullable: true }) askedBy: Date | null;
  /** R-CMP-21 why it needs immediate action (flagged at intake) */
  @Column({ type: 'simple-json', nullable: true }) immediate: string[] | null;
  @Column({ type: 'datetime' }) receivedAt: Date;
  @Column({ type: 'datetime' }) enteredAt: Date;
  /** R-CMP-22 the taker stays in contact until it is closed */
  @Column({ type: 'int', nullable: true }) takerStaffId: number | null;
  /** R-CMP-05 the reply time told to the complainant */
  @Column({ type: 'datetime' }) promisedAt: Date;
  @Column({ type: 'datetime', nullable: true }) reviewedAt: Date | null;
  @Column({ type: 'int', nullable: true }) reviewedBy: number | null;
  /** R-CMP-16 the explanation given for an invalid complaint */
  @Column({ type: 'varchar', length: 500, nullable: true }) invalidReason: string | null;
  /** R-CMP-08 class A: escalated to the project manager */
  @Column({ type: 'datetime', nullable: true }) escalatedAt: Date | null;
  /** R-CMP-07 the discipline supervisor handling it */
  @Column({ type: 'int', nullable: true }) handlerStaffId: number | null;
  @Column({ type: 'datetime', nullable: true }) handledAt: Date | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) result: string | null;
  @Column({ type: 'datetime', nullable: true }) repliedAt: Date | null;
  @Column({ type: 'datetime', nullable: true }) closedAt: Date | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) satisfaction: string | null;
  /** a dissatisfied callback sends it back to handling: the next cycle */
  @Column({ type: 'int', default: 0 }) cycle: number;
  /** R-CMP-13 the compensation promised within the promiser's authority, reported to the superior the same day */
  @Column({ type: 'int', nullable: true }) compensationFen: number | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) compensationNote: string | null;
  @Column({ type: 'int', nullable: true }) compensatedBy: number | null;
  @Column({ type: 'datetime', nullable: true }) compensatedAt: Date | null;
  /** R-CMP-15 transferred to the company, the developer or another party; the centre keeps tracking it */
  @Column({ type: 'varchar', length: 10, nullable: true }) transferredTo: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) transferNote: string | null;
  @Column({ type: 'datetime', nullable: true }) transferredAt: Date | null;
  /** R-CMP-23 the taker confirmed who complains and looked at their payments */
  @Column({ type: 'datetime', nullable: true }) identityCheckedAt: Date | null;
  /** R-CMP-14 the code neighbours join with, and how many complain together (the complainant included) */
  @Index({ unique: true }) @Column({ type: 'varchar', length: 12, nullable: true }) joinCode: string | null;
  @Column({ type: 'int', default: 1 }) jointCount: number;
  /** R-CMP-14 a joint complaint of three or more escalated in writing to the company the same day */
  @Column({ type: 'datetime', nullable: true }) companyReportedAt: Date | null;
  @Column({ type: 'int', default: 0 }) version: number;
  @Column({ type: 'datetime' }) updatedAt: Date;
}

/** R-CMP-14 a co-complainant of a joint complaint (an owner who joined in the mini-program, or one the desk recorded). */
@Entity('complaint_party')
@Index(['complaintId', 'personId'], { unique: true })
export class ComplaintParty {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) complaintId: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'int', nullable: true }) personId: number | null;
  @Column({ type: 'int', nullable: true }) roomId: number | null;
  @Column({ type: 'varchar', length: 50 }) name: string;
  @Column({ type: 'varchar', length: 10 }) via: string;
  @Column({ type: 'datetime' }) joinedAt: Date;
}

/** The complaint's timeline (R-SRV-07): every step with its audience (owner / staff). */
@Entity('complaint_event')
@Index(['complaintId', 'id'])
export class ComplaintEvent extends TimelineEventColumns {
  @Column({ type: 'int' }) complaintId: number;
  @Column({ type: 'varchar', length: 12, nullable: true }) fromStatus: string | null;
  @Column({ type: 'varchar', length: 12, nullable: true }) toStatus: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) note: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) ownerNote: string | null;
  @Column({ type: 'simple-json', nullable: true }) data: Record<string, unknown> | null;
}

/**
 * One promise of a complaint (R-CMP-06…12): absolute due time computed when it starts on the
 * project's calendar, met by a step, moved only by an approved extension (R-CMP-09).
 */
@Entity('complaint_clock')
@Index(['complaintId', 'kind', 'cycle'], { unique: true })
@Index(['projectId', 'metAt', 'dueAt'])
export class ComplaintClock {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) complaintId: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'varchar', length: 20 }) kind: string;
  @Column({ type: 'int', default: 0 }) cycle: number;
  @Column({ type: 'datetime' }) startedAt: Date;
  @Column({ type: 'datetime' }) dueAt: Date;
  @Column({ type: 'datetime', nullable: true }) metAt: Date | null;
  /** kept after its due time, or found past it by the breach job: broken */
  @Column({ type: 'datetime', nullable: true }) breachedAt: Date | null;
  /** the breach job's run that marked it (each broken promise is announced once) */
  @Column({ type: 'varchar', length: 36, nullable: true }) breachRun: string | null;
  @Column({ type: 'datetime', nullable: true }) extendedUntil: Date | null;
  @Column({ type: 'int', nullable: true }) extensionApprovedBy: number | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) extensionReason: string | null;
  @Column({ type: 'datetime', nullable: true }) cancelledAt: Date | null;
}

/** R-CMP-04 a project's classification table of common complaints (投诉分类表). */
@Entity('complaint_class_item')
@Index(['projectId', 'sort', 'id'])
export class ComplaintClassItem {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'varchar', length: 1 }) importance: string;
  @Column({ type: 'varchar', length: 2 }) category: string;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) note: string | null;
  @Column({ type: 'int', default: 0 }) sort: number;
  @Column({ type: 'boolean', default: true }) active: boolean;
}
