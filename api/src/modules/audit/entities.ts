import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every state change and every view of full personal data is an audit row. */
@Entity('audit_event')
@Index(['entity', 'entityId'])
@Index(['projectId', 'id'])
export class AuditEvent {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int', nullable: true }) projectId: number | null;
  @Column({ type: 'varchar', length: 10 }) actorKind: string;
  @Column({ type: 'int', nullable: true }) actorId: number | null;
  @Column({ type: 'varchar', length: 30 }) entity: string;
  @Column({ type: 'varchar', length: 40 }) entityId: string;
  @Column({ type: 'varchar', length: 40 }) action: string;
  @Column({ type: 'varchar', length: 20, nullable: true }) fromState: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) toState: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) note: string | null;
  @Column({ type: 'datetime' }) createdAt: Date;
}
