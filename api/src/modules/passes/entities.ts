import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TimelineEventColumns } from '../../infra/timeline-event.js';

/** One row of a pass's item list. */
export interface PassItemRow {
  name: string;
  quantity: number;
}

/**
 * A release pass (放行条, R-PAS-01…03): who asked for which room, the moving day and window, the items,
 * the vehicle and carrier; the owner's confirmation; the desk's issue (the code, unique, and the
 * household's arrears seen then) or refusal; the gate's release, once.
 */
@Entity('release_pass')
@Index(['projectId', 'status', 'id'])
@Index(['projectId', 'id'])
@Index(['projectId', 'releasedAt'])
@Index(['personId', 'id'])
@Index(['roomId', 'status'])
export class ReleasePass {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'int' }) roomId: number;
  /** the applicant (an owner-side person); null for a walk-in pass made at the desk */
  @Column({ type: 'int', nullable: true }) personId: number | null;
  @Column({ type: 'varchar', length: 50 }) applicantName: string;
  /** owner / member / tenant (the applicant's binding to the room) */
  @Column({ type: 'varchar', length: 10 }) applicantRole: string;
  /** the local moving day (the pass is valid on it only) and the window, HH:mm */
  @Column({ type: 'varchar', length: 10 }) moveOn: string;
  @Column({ type: 'varchar', length: 5, nullable: true }) fromTime: string | null;
  @Column({ type: 'varchar', length: 5, nullable: true }) toTime: string | null;
  @Column({ type: 'simple-json' }) items: PassItemRow[];
  @Column({ type: 'varchar', length: 10, nullable: true }) plate: string | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) carrierName: string | null;
  /** the carrier's phone, encrypted (R-OWN-06) */
  @Column({ type: 'varchar', length: 120, nullable: true }) carrierPhoneEnc: string | null;
  @Column({ type: 'varchar', length: 10 }) reason: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) reasonNote: string | null;
  @Column({ type: 'varchar', length: 20 }) status: string;
  /** R-PAS-01 the owner's confirmation: who, when, how (in the app, the owner's own application, at the desk) */
  @Column({ type: 'int', nullable: true }) confirmedByPersonId: number | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) confirmedByName: string | null;
  @Column({ type: 'datetime', nullable: true }) confirmedAt: Date | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) confirmNote: string | null;
  /** the pass's code, given at issue (unique) */
  @Index({ unique: true }) @Column({ type: 'varchar', length: 24, nullable: true }) code: string | null;
  @Column({ type: 'datetime', nullable: true }) issuedAt: Date | null;
  @Column({ type: 'int', nullable: true }) issuedByStaffId: number | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) issuedByName: string | null;
  /** R-PAS-02 what the household owed past due when the pass was issued, and why it was issued all the same */
  @Column({ type: 'bigint', default: 0 }) arrearsFen: number;
  @Column({ type: 'varchar', length: 200, nullable: true }) arrearsReason: string | null;
  /** why the desk refused or the owner declined */
  @Column({ type: 'varchar', length: 200, nullable: true }) refuseReason: string | null;
  /** R-PAS-03 the release at the gate */
  @Column({ type: 'datetime', nullable: true }) releasedAt: Date | null;
  @Column({ type: 'int', nullable: true }) releasedByStaffId: number | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) releasedByName: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) releaseNote: string | null;
  @Column({ type: 'int', default: 0 }) version: number;
  @Column({ type: 'datetime' }) createdAt: Date;
  @Column({ type: 'datetime' }) updatedAt: Date;
}

/** A pass's timeline: every step, who, when, from, to; owner words kept apart from staff notes. */
@Entity('release_pass_event')
@Index(['passId', 'id'])
export class ReleasePassEvent extends TimelineEventColumns {
  @Column({ type: 'int' }) passId: number;
  @Column({ type: 'varchar', length: 20, nullable: true }) fromStatus: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) toStatus: string | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) note: string | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) ownerNote: string | null;
}

export const PASS_ENTITIES = [ReleasePass, ReleasePassEvent];
