import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** R-RPT-03 a project's satisfaction survey of one quarter ('2026Q4'; one per project and quarter). */
@Entity('survey')
@Index(['projectId', 'quarter'], { unique: true })
export class Survey {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'varchar', length: 6 }) quarter: string;
  @Column({ type: 'varchar', length: 60 }) title: string;
  /** open / closed (closed early by hand; past its quarter it reads closed anyway) */
  @Column({ type: 'varchar', length: 10 }) status: string;
  @Column({ type: 'varchar', length: 50 }) createdByName: string;
  @Column({ type: 'datetime' }) createdAt: Date;
  @Column({ type: 'datetime', nullable: true }) closedAt: Date | null;
}

/** An answer: once per room per survey (a unique key), a rating 1–5 for each service area and a comment. */
@Entity('survey_response')
@Index(['surveyId', 'roomId'], { unique: true })
@Index(['personId'])
export class SurveyResponse {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) surveyId: number;
  @Column({ type: 'int' }) roomId: number;
  @Column({ type: 'int' }) personId: number;
  @Column({ type: 'smallint' }) scoreService: number;
  @Column({ type: 'smallint' }) scoreRepair: number;
  @Column({ type: 'smallint' }) scoreCleaning: number;
  @Column({ type: 'smallint' }) scoreSecurity: number;
  @Column({ type: 'smallint' }) scoreGreening: number;
  @Column({ type: 'varchar', length: 500, nullable: true }) comment: string | null;
  @Column({ type: 'datetime' }) createdAt: Date;
}

export const SURVEY_ENTITIES = [Survey, SurveyResponse];
