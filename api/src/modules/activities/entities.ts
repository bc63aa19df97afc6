import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * R-ACT-01 a project's annual activity plan for one year (made in December of the year before): its
 * activities are `activity` rows of the plan; 定稿 by the manager. One per project and year.
 */
@Entity('activity_plan')
@Index(['projectId', 'year'], { unique: true })
export class ActivityPlan {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'int' }) year: number;
  @Column({ type: 'datetime', nullable: true }) finalizedAt: Date | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) finalizedByName: string | null;
  @Column({ type: 'datetime' }) createdAt: Date;
}

/**
 * A community activity (社区活动, R-ACT-01/02/03/05): planned (theme, purpose, month, planned budget),
 * its budget requested and approved by finance, the details owners see (time, place, capacity), the
 * safety measures, the poll asked before it, publication, the sign-ups (counted in `signedPeople`, never
 * past `capacity`), and after it the summary and photos, then archived.
 */
@Entity('activity')
@Index(['projectId', 'status', 'id'])
@Index(['projectId', 'year', 'id'])
export class Activity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'int' }) planId: number;
  @Column({ type: 'int' }) year: number;
  /** 计划外: added after the plan's 定稿 */
  @Column({ type: 'boolean', default: false }) extra: boolean;
  @Column({ type: 'varchar', length: 40 }) theme: string;
  @Column({ type: 'varchar', length: 500 }) purpose: string;
  /** the planned month, YYYY-MM */
  @Column({ type: 'varchar', length: 7 }) plannedMonth: string;
  @Column({ type: 'bigint' }) budgetFen: number;
  @Column({ type: 'varchar', length: 16 }) status: string;
  /** what owners read on the phone */
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ type: 'datetime', nullable: true }) startsAt: Date | null;
  @Column({ type: 'datetime', nullable: true }) endsAt: Date | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) place: string | null;
  @Column({ type: 'int', nullable: true }) capacity: number | null;
  /** people per sign-up, at most */
  @Column({ type: 'int', default: 4 }) maxPerSignup: number;
  /** people signed up now (active sign-ups): the conditional UPDATE keeps it within capacity */
  @Column({ type: 'int', default: 0 }) signedPeople: number;
  @Column({ type: 'text', nullable: true }) safetyMeasures: string | null;
  /** R-ACT-02 the poll asked before it: a question and its options; open from pollOpenedAt until published */
  @Column({ type: 'varchar', length: 100, nullable: true }) pollQuestion: string | null;
  @Column({ type: 'simple-json', nullable: true }) pollOptions: string[] | null;
  @Column({ type: 'datetime', nullable: true }) pollOpenedAt: Date | null;
  /** R-ACT-05 the budget asked of finance, and what finance approved (fen) */
  @Column({ type: 'bigint', nullable: true }) budgetRequestedFen: number | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) budgetNote: string | null;
  @Column({ type: 'bigint', nullable: true }) budgetApprovedFen: number | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) budgetApprovedByName: string | null;
  @Column({ type: 'datetime', nullable: true }) budgetApprovedAt: Date | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) budgetRejectReason: string | null;
  @Column({ type: 'datetime', nullable: true }) publishedAt: Date | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) publishedByName: string | null;
  @Column({ type: 'text', nullable: true }) summary: string | null;
  @Column({ type: 'datetime', nullable: true }) finishedAt: Date | null;
  @Column({ type: 'datetime', nullable: true }) archivedAt: Date | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) archivedByName: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) cancelReason: string | null;
  @Column({ type: 'int' }) createdByStaffId: number;
  @Column({ type: 'varchar', length: 50 }) createdByName: string;
  @Column({ type: 'int', default: 0 }) version: number;
  @Column({ type: 'datetime' }) createdAt: Date;
  @Column({ type: 'datetime' }) updatedAt: Date;
}

/** An owner's sign-up (one per person and activity; cancelled ones are taken again on a new sign-up). */
@Entity('activity_signup')
@Index(['activityId', 'personId'], { unique: true })
@Index(['personId'])
export class ActivitySignup {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) activityId: number;
  @Column({ type: 'int' }) personId: number;
  @Column({ type: 'int' }) roomId: number;
  @Column({ type: 'varchar', length: 50 }) name: string;
  @Column({ type: 'int' }) people: number;
  /** active / cancelled */
  @Column({ type: 'varchar', length: 10 }) status: string;
  @Column({ type: 'datetime' }) createdAt: Date;
  @Column({ type: 'datetime', nullable: true }) cancelledAt: Date | null;
}

/** R-ACT-02 an owner's answer to the activity's poll (once per person). */
@Entity('activity_poll_vote')
@Index(['activityId', 'personId'], { unique: true })
export class ActivityPollVote {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) activityId: number;
  @Column({ type: 'int' }) personId: number;
  /** the option chosen (its index) */
  @Column({ type: 'int' }) choice: number;
  @Column({ type: 'datetime' }) createdAt: Date;
}

/** R-ACT-03 a callback made to a sign-up after the activity (once per sign-up). */
@Entity('activity_callback')
@Index(['activityId', 'signupId'], { unique: true })
export class ActivityCallback {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) activityId: number;
  @Column({ type: 'int' }) signupId: number;
  @Column({ type: 'boolean' }) satisfied: boolean;
  @Column({ type: 'varchar', length: 200, nullable: true }) note: string | null;
  @Column({ type: 'int' }) staffId: number;
  @Column({ type: 'varchar', length: 50 }) staffName: string;
  @Column({ type: 'datetime' }) calledAt: Date;
}

/** R-ACT-05 a photo of the activity kept in its file. */
@Entity('activity_photo')
@Index(['activityId', 'uploadId'], { unique: true })
@Index(['uploadId'])
export class ActivityPhoto {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) activityId: number;
  @Column({ type: 'int' }) uploadId: number;
}

export const ACTIVITY_ENTITIES = [ActivityPlan, Activity, ActivitySignup, ActivityPollVote, ActivityCallback, ActivityPhoto];
