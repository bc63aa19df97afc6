import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * R-REP-17 one follow-up by a supervisor: a daily look at an open repair or complaint, or the
 * verification of its closure, with what was checked. One a day per item (`occasion` = the project's
 * local date), one verification per closure (`occasion` = `closure:<cycle>`), and R-CMP-18 one weekly
 * review per complaint per week (`occasion` = `week:<Monday>`): the unique key holds it.
 */
@Entity('follow_up')
@Index(['subjectKind', 'subjectId', 'kind', 'occasion'], { unique: true })
@Index(['projectId', 'kind', 'id'])
export class FollowUp {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'varchar', length: 12 }) subjectKind: string;
  @Column({ type: 'int' }) subjectId: number;
  @Column({ type: 'varchar', length: 10 }) kind: string;
  @Column({ type: 'varchar', length: 20 }) occasion: string;
  /** the cycle of the subject it was made in (a reopened and closed again item is verified again) */
  @Column({ type: 'int', default: 0 }) cycle: number;
  @Column({ type: 'simple-json' }) checks: string[];
  @Column({ type: 'varchar', length: 12 }) result: string;
  @Column({ type: 'varchar', length: 500, nullable: true }) note: string | null;
  /** R-CMP-18 the in-depth part of a class A complaint's weekly review (cause, measures, prevention) */
  @Column({ type: 'simple-json', nullable: true }) depth: Record<string, string> | null;
  @Column({ type: 'int' }) staffId: number;
  @Column({ type: 'varchar', length: 50 }) staffName: string;
  @Column({ type: 'datetime' }) at: Date;
}
