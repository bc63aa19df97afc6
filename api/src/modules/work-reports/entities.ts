import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { WorkReportFigures } from '@wy/shared';

/**
 * A project's monthly work report for the owners' committee (月度工作报告, R-RPT-02): one per project and
 * month (a unique key: two clerks starting it at once make one), what the office wrote, the figures frozen
 * when it went to the committee, the committee's review, and its publication to the owners.
 */
@Entity('work_report')
@Index(['projectId', 'month'], { unique: true })
export class WorkReport {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  /** YYYY-MM in the project's calendar */
  @Column({ type: 'varchar', length: 7 }) month: string;
  @Column({ type: 'varchar', length: 10 }) status: string;
  /** 本月工作 */
  @Column({ type: 'text' }) summary: string;
  /** 下月计划 */
  @Column({ type: 'text' }) plan: string;
  /** the month's figures as the committee received them (null while a draft: read live) */
  @Column({ type: 'simple-json', nullable: true }) figures: WorkReportFigures | null;
  @Column({ type: 'varchar', length: 50 }) createdByName: string;
  @Column({ type: 'datetime', nullable: true }) submittedAt: Date | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) submittedByName: string | null;
  /** the committee's reason when it sent the report back */
  @Column({ type: 'varchar', length: 500, nullable: true }) returnReason: string | null;
  /** who on the committee reviewed it, when, and what they said */
  @Column({ type: 'varchar', length: 50, nullable: true }) reviewerName: string | null;
  @Column({ type: 'datetime', nullable: true }) reviewedAt: Date | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) reviewOpinion: string | null;
  @Column({ type: 'datetime', nullable: true }) publishedAt: Date | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) publishedByName: string | null;
  @Column({ type: 'int', default: 0 }) version: number;
  @Column({ type: 'datetime' }) createdAt: Date;
  @Column({ type: 'datetime' }) updatedAt: Date;
}

export const WORK_REPORT_ENTITIES = [WorkReport];
