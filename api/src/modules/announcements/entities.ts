import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An announcement (社区公告, R-ACT-04): what it says, to whom (the whole project or chosen buildings),
 * when it is valid, and its way through draft → 待审核 → 已发布 → 已撤回 with who did each step.
 */
@Entity('announcement')
@Index(['projectId', 'status', 'id'])
@Index(['projectId', 'status', 'pinned', 'publishedAt', 'id'])
export class Announcement {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'varchar', length: 12 }) kind: string;
  @Column({ type: 'varchar', length: 60 }) title: string;
  @Column({ type: 'text' }) body: string;
  /** project (every owner) / buildings (announcement_building) */
  @Column({ type: 'varchar', length: 10 }) audience: string;
  /** shown in 首页's strip while valid */
  @Column({ type: 'boolean', default: false }) urgent: boolean;
  /** listed first */
  @Column({ type: 'boolean', default: false }) pinned: boolean;
  @Column({ type: 'datetime' }) validFrom: Date;
  @Column({ type: 'datetime', nullable: true }) validTo: Date | null;
  @Column({ type: 'varchar', length: 10 }) status: string;
  @Column({ type: 'int' }) createdByStaffId: number;
  @Column({ type: 'varchar', length: 50 }) createdByName: string;
  @Column({ type: 'int', nullable: true }) submittedByStaffId: number | null;
  @Column({ type: 'datetime', nullable: true }) submittedAt: Date | null;
  @Column({ type: 'int', nullable: true }) approvedByStaffId: number | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) approvedByName: string | null;
  @Column({ type: 'datetime', nullable: true }) publishedAt: Date | null;
  /** the approver's reason when sent back to the drafter */
  @Column({ type: 'varchar', length: 200, nullable: true }) rejectReason: string | null;
  @Column({ type: 'datetime', nullable: true }) withdrawnAt: Date | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) withdrawnByName: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) withdrawReason: string | null;
  @Column({ type: 'int', default: 0 }) version: number;
  @Column({ type: 'datetime' }) createdAt: Date;
  @Column({ type: 'datetime' }) updatedAt: Date;
}

/** The buildings an announcement of audience "buildings" is for. */
@Entity('announcement_building')
@Index(['buildingId'])
export class AnnouncementBuilding {
  @PrimaryColumn({ type: 'int' }) announcementId: number;
  @PrimaryColumn({ type: 'int' }) buildingId: number;
}

/** An owner read it (once per owner: a unique key, so two taps at once count one). */
@Entity('announcement_read')
@Index(['announcementId', 'personId'], { unique: true })
@Index(['personId'])
export class AnnouncementRead {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) announcementId: number;
  @Column({ type: 'int' }) personId: number;
  @Column({ type: 'datetime' }) readAt: Date;
}

export const ANNOUNCEMENT_ENTITIES = [Announcement, AnnouncementBuilding, AnnouncementRead];
