import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A visitor (访客, R-PAS-05): registered at the gate by the guard (name, ID number, whom they visit: a room
 * and a bound person of it), or invited in advance by an occupant in the mini-program (name, phone, day, a
 * visitor code); the host's confirmation (in the app, by phone with who answered, or the invitation itself);
 * the entry and the leaving. ID number and phone are encrypted (R-OWN-06).
 */
@Entity('visitor')
@Index(['projectId', 'visitOn', 'id'])
@Index(['projectId', 'id'])
@Index(['roomId', 'id'])
export class Visitor {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'int' }) roomId: number;
  /** gate (registered by the guard) / invite (by an occupant in advance) */
  @Column({ type: 'varchar', length: 10 }) source: string;
  /** the person visited: an approved occupant of the room */
  @Column({ type: 'int' }) hostPersonId: number;
  @Column({ type: 'varchar', length: 50 }) hostName: string;
  @Column({ type: 'varchar', length: 50 }) name: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) idNoEnc: string | null;
  @Column({ type: 'varchar', length: 120, nullable: true }) phoneEnc: string | null;
  @Column({ type: 'int', default: 1 }) peopleCount: number;
  @Column({ type: 'varchar', length: 10, nullable: true }) plate: string | null;
  @Column({ type: 'varchar', length: 10 }) reason: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) reasonNote: string | null;
  /** the local day of the visit in the project's zone (an invitation's code is valid on it only) */
  @Column({ type: 'varchar', length: 10 }) visitOn: string;
  /** an invitation's visitor code (eight digits, unique) */
  @Index({ unique: true }) @Column({ type: 'varchar', length: 8, nullable: true }) code: string | null;
  @Column({ type: 'varchar', length: 20 }) status: string;
  @Column({ type: 'int', nullable: true }) registeredByStaffId: number | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) registeredByName: string | null;
  /** how the host answered: app / phone / invite */
  @Column({ type: 'varchar', length: 10, nullable: true }) confirmedVia: string | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) confirmedByName: string | null;
  @Column({ type: 'datetime', nullable: true }) confirmedAt: Date | null;
  /** a phone confirmation: who answered the guard's call */
  @Column({ type: 'varchar', length: 50, nullable: true }) answeredBy: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) refuseReason: string | null;
  @Column({ type: 'datetime', nullable: true }) enteredAt: Date | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) enteredByName: string | null;
  @Column({ type: 'datetime', nullable: true }) leftAt: Date | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) leftByName: string | null;
  @Column({ type: 'int', default: 0 }) version: number;
  @Column({ type: 'datetime' }) createdAt: Date;
  @Column({ type: 'datetime' }) updatedAt: Date;
}

export const VISITOR_ENTITIES = [Visitor];
