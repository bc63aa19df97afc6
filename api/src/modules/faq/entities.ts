import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** R-FAQ-01 one answer of a project's FAQ (答客问), with the time it was last reviewed (R-FAQ-02). */
@Entity('faq_entry')
@Index(['projectId', 'category', 'sort', 'id'])
@Index(['projectId', 'reviewedAt'])
export class FaqEntry {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'varchar', length: 14 }) category: string;
  @Column({ type: 'varchar', length: 200 }) question: string;
  @Column({ type: 'varchar', length: 2000 }) answer: string;
  @Column({ type: 'int', default: 0 }) sort: number;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @Column({ type: 'datetime' }) reviewedAt: Date;
  @Column({ type: 'int', nullable: true }) reviewedBy: number | null;
  @Column({ type: 'datetime' }) updatedAt: Date;
  @Column({ type: 'int', nullable: true }) updatedBy: number | null;
}

/**
 * A question customers asked that the FAQ did not answer (an inquiry answered in the staff member's
 * own words, or one the centre could not answer): waiting for the supervisor to add it or set it aside.
 */
@Entity('faq_candidate')
@Index(['projectId', 'status', 'id'])
export class FaqCandidate {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Index({ unique: true }) @Column({ type: 'int' }) enquiryId: number;
  @Column({ type: 'varchar', length: 1000 }) question: string;
  @Column({ type: 'varchar', length: 1000, nullable: true }) answer: string | null;
  @Column({ type: 'boolean', default: false }) unanswered: boolean;
  /** open / adopted / dismissed */
  @Column({ type: 'varchar', length: 10 }) status: string;
  @Column({ type: 'int', nullable: true }) entryId: number | null;
  @Column({ type: 'datetime' }) createdAt: Date;
  @Column({ type: 'datetime', nullable: true }) decidedAt: Date | null;
  @Column({ type: 'int', nullable: true }) decidedBy: number | null;
}

/** R-FAQ-04 a staff member's monthly quiz drawn from the project's FAQ, and its score. */
@Entity('faq_quiz')
@Index(['projectId', 'staffId', 'month'], { unique: true })
@Index(['projectId', 'month', 'id'])
export class FaqQuiz {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'int' }) staffId: number;
  @Column({ type: 'varchar', length: 7 }) month: string;
  /** each question: the entry, its question, four answers, and which one is right (never sent to the taker) */
  @Column({ type: 'simple-json' }) questions: { entryId: number; question: string; options: string[]; correct: number }[];
  @Column({ type: 'simple-json', nullable: true }) answers: number[] | null;
  @Column({ type: 'int', nullable: true }) score: number | null;
  @Column({ type: 'datetime' }) createdAt: Date;
  @Column({ type: 'datetime', nullable: true }) submittedAt: Date | null;
}
