import { Column, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The columns every module's timeline event shares (R-SRV-07): who did what, when, in which project, and for
 * whom (audience owner / staff: owner responses carry only owner-audience events). Each module's own event
 * entity (request_event, complaint_event, enquiry_event, parking_event) extends it with its parent's id, its
 * statuses and its notes; the tables stay the module's own.
 */
export abstract class TimelineEventColumns {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'datetime' }) at: Date;
  @Column({ type: 'varchar', length: 10 }) actorKind: string;
  @Column({ type: 'int', nullable: true }) actorId: number | null;
  @Column({ type: 'varchar', length: 50 }) actorName: string;
  @Column({ type: 'varchar', length: 20 }) action: string;
  @Column({ type: 'varchar', length: 5, default: 'staff' }) audience: string;
}
