import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One running promise of a request. Started and met by events; the breach job marks
 * `breached_at` with one conditional UPDATE tagged by its run, so instances never double-escalate.
 */
@Entity('sla_clock')
@Index(['requestId', 'kind', 'cycle', 'dispatchRound'], { unique: true })
@Index(['metAt', 'breachedAt', 'dueAt'])
@Index(['projectId', 'kind', 'metAt'])
export class SlaClock {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) requestId: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'varchar', length: 20 }) kind: string;
  @Column({ type: 'int', default: 0 }) cycle: number;
  /**
   * R-REP-16 the dispatch round within the cycle: a re-dispatch (transfer, return and dispatch again)
   * closes the round's promise and starts the next round's, so an earlier round's breach is kept
   * (only the contact promise has rounds; every other kind stays at 0).
   */
  @Column({ type: 'int', default: 0 }) dispatchRound: number;
  @Column({ type: 'datetime' }) startedAt: Date;
  @Column({ type: 'datetime' }) dueAt: Date;
  @Column({ type: 'datetime', nullable: true }) metAt: Date | null;
  @Column({ type: 'datetime', nullable: true }) pausedAt: Date | null;
  @Column({ type: 'datetime', nullable: true }) breachedAt: Date | null;
  @Column({ type: 'varchar', length: 36, nullable: true }) breachRun: string | null;
  @Column({ type: 'datetime', nullable: true }) extendedUntil: Date | null;
  @Column({ type: 'int', nullable: true }) extensionApprovedBy: number | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) extensionReason: string | null;
  /** stopped without being kept or broken (request cancelled, or superseded when handled again); met_at is set too */
  @Column({ type: 'datetime', nullable: true }) cancelledAt: Date | null;
}

/** A request to move a promise's due time; it takes effect only when approved (recorded, audited). */
@Entity('sla_extension')
@Index(['projectId', 'status', 'id'])
export class SlaExtension {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'int' }) requestId: number;
  @Column({ type: 'int' }) clockId: number;
  @Column({ type: 'datetime' }) until: Date;
  @Column({ type: 'varchar', length: 200 }) reason: string;
  @Column({ type: 'varchar', length: 10 }) status: string;
  @Column({ type: 'int' }) requestedBy: number;
  @Column({ type: 'datetime' }) requestedAt: Date;
  @Column({ type: 'int', nullable: true }) decidedBy: number | null;
  @Column({ type: 'datetime', nullable: true }) decidedAt: Date | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) decisionNote: string | null;
}
