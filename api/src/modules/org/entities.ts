import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('company')
export class Company {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Column({ type: 'datetime' }) createdAt: Date;
}

@Entity('project')
export class Project {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) companyId: number;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 3 }) code: string;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Column({ type: 'varchar', length: 20 }) kind: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) address: string | null;
  @Column({ type: 'varchar', length: 40 }) timezone: string;
  @Column({ type: 'varchar', length: 30, nullable: true }) servicePhone: string | null;
  @Column({ type: 'datetime' }) createdAt: Date;
  @Column({ type: 'datetime', nullable: true }) archivedAt: Date | null;
}

@Entity('cluster')
@Index(['projectId', 'code'], { unique: true })
export class Cluster {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'varchar', length: 1 }) code: string;
  @Column({ type: 'varchar', length: 50 }) name: string;
}

@Entity('building')
@Index(['clusterId', 'code'], { unique: true })
export class Building {
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'int' }) clusterId: number;
  @Column({ type: 'varchar', length: 2 }) code: string;
  @Column({ type: 'varchar', length: 50 }) name: string;
  @Column({ type: 'int', nullable: true }) floors: number | null;
}

@Entity('room')
@Index(['projectId', 'buildingId', 'id'])
export class Room {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'int' }) buildingId: number;
  /** R-ORG-02: unique and never reused (rooms are archived, never deleted). */
  @Index({ unique: true }) @Column({ type: 'varchar', length: 10 }) propertyCode: string;
  @Column({ type: 'varchar', length: 4 }) roomNo: string;
  @Column({ type: 'varchar', length: 20, nullable: true }) unit: string | null;
  @Column({ type: 'int', nullable: true }) floor: number | null;
  /** hundredths of m² */
  @Column({ type: 'int' }) area: number;
  @Column({ type: 'varchar', length: 20, name: 'room_use' }) use: string;
  @Column({ type: 'varchar', length: 30, nullable: true }) layout: string | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) titleNo: string | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) deliveredOn: string | null;
  @Column({ type: 'datetime' }) createdAt: Date;
  @Column({ type: 'datetime', nullable: true }) archivedAt: Date | null;
  /**
   * R-OWN-02 the base record: 'entered' until a second person checks it against the copies of the
   * original documents ('verified'). Rows written before this rule (and the demo's) count as verified.
   */
  @Column({ type: 'varchar', length: 10, default: 'verified' }) recordStatus?: string;
  /** the day the information was received (or the room delivered): entry is due within 3 days of it */
  @Column({ type: 'varchar', length: 10, nullable: true }) recordReceivedOn?: string | null;
  @Column({ type: 'boolean', default: false }) recordLate?: boolean;
  @Column({ type: 'int', nullable: true }) recordEnteredBy?: number | null;
  @Column({ type: 'int', nullable: true }) recordVerifiedBy?: number | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) recordVerifiedByName?: string | null;
  @Column({ type: 'datetime', nullable: true }) recordVerifiedAt?: Date | null;
  /** the documents checked, comma-separated RECORD_DOCUMENTS */
  @Column({ type: 'varchar', length: 100, nullable: true }) recordDocuments?: string | null;
  /** R-ORG-05 the room's code in the project's code table: 'draft' until the general manager approves it */
  @Column({ type: 'varchar', length: 10, default: 'approved' }) codeStatus?: string;
  @Column({ type: 'int', nullable: true }) codeApprovedBy?: number | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) codeApprovedByName?: string | null;
  @Column({ type: 'datetime', nullable: true }) codeApprovedAt?: Date | null;
  /** R-OWN-09 fee information, entered by the finance assistant: the day fees start, the collection account (encrypted) */
  @Column({ type: 'varchar', length: 10, nullable: true }) feeStartOn?: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) feeAccountEnc?: string | null;
}

/**
 * R-OWN-04 a fee-relevant change of a room (area or use): asked with an effective date, approved by the
 * project manager, notified to the owner in writing (变更通知书) and recorded as delivered; the room's
 * value (what bills read) changes only then, on the effective date. `activeKey` = "room:field" while open.
 */
@Entity('room_fee_change')
@Index(['projectId', 'status', 'id'])
export class RoomFeeChange {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Index() @Column({ type: 'int' }) roomId: number;
  @Column({ type: 'varchar', length: 10 }) field: string;
  @Column({ type: 'varchar', length: 30 }) fromValue: string;
  @Column({ type: 'varchar', length: 30 }) toValue: string;
  @Column({ type: 'varchar', length: 10 }) effectiveOn: string;
  @Column({ type: 'varchar', length: 200 }) reason: string;
  @Column({ type: 'varchar', length: 10 }) status: string;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 30, nullable: true }) activeKey: string | null;
  @Column({ type: 'int' }) requestedBy: number;
  @Column({ type: 'varchar', length: 50 }) requestedByName: string;
  @Column({ type: 'datetime' }) requestedAt: Date;
  @Column({ type: 'int', nullable: true }) decidedBy: number | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) decidedByName: string | null;
  @Column({ type: 'datetime', nullable: true }) decidedAt: Date | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) rejectReason: string | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) deliveredHow: string | null;
  @Column({ type: 'datetime', nullable: true }) deliveredAt: Date | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) deliveredByName: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) deliveryNote: string | null;
  @Column({ type: 'datetime', nullable: true }) effectiveAt: Date | null;
}

/** Per-project settings that the documents give as numbers (SLA durations, calendars): data, not code. */
@Entity('project_setting')
@Index(['projectId', 'key'], { unique: true })
export class ProjectSetting {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'varchar', length: 40 }) key: string;
  @Column({ type: 'simple-json' }) value: unknown;
}
