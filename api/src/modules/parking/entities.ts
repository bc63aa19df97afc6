import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TimelineEventColumns } from '../../infra/timeline-event.js';

/** A parking area of a project (ground, basement levels B1–B3). */
@Entity('parking_area')
@Index(['projectId', 'code'], { unique: true })
export class ParkingArea {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'varchar', length: 10 }) code: string;
  @Column({ type: 'varchar', length: 40 }) name: string;
  @Column({ type: 'int', default: 0 }) sort: number;
}

/**
 * A space: its number, kind and state. A space is held by at most one application at a time: the
 * holder column is unique, and taking a space is one conditional update from free, so two clerks (or
 * twenty owners' contracts at once) never rent one space twice.
 */
@Entity('parking_space')
@Index(['projectId', 'no'], { unique: true })
@Index(['projectId', 'areaId', 'id'])
@Index(['projectId', 'kind', 'state', 'id'])
// the per-level counts by kind and state read this index alone
@Index(['projectId', 'areaId', 'kind', 'state'])
export class ParkingSpace {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'int' }) areaId: number;
  @Column({ type: 'varchar', length: 20 }) no: string;
  @Column({ type: 'varchar', length: 12 }) kind: string;
  @Column({ type: 'varchar', length: 12 }) state: string;
  @Index({ unique: true }) @Column({ type: 'int', nullable: true }) holderApplicationId: number | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) note: string | null;
  @Column({ type: 'int', default: 0 }) version: number;
  @Column({ type: 'datetime' }) updatedAt: Date;
}

/**
 * R-PRK-01 the parking-use plan of a project as decided by the owners' assembly: when and by which
 * document it was approved, the process, published to owners; its prices are parking_price rows.
 */
@Entity('parking_plan')
export class ParkingPlan {
  @PrimaryGeneratedColumn() id: number;
  @Index({ unique: true }) @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'varchar', length: 60 }) title: string;
  /** the local date the owners' assembly approved it */
  @Column({ type: 'varchar', length: 10 }) approvedOn: string;
  /** the assembly's resolution (its number and name) */
  @Column({ type: 'varchar', length: 100 }) approvalDocument: string;
  @Column({ type: 'varchar', length: 2000 }) process: string;
  @Column({ type: 'datetime', nullable: true }) publishedAt: Date | null;
  @Column({ type: 'int' }) updatedByStaffId: number;
  @Column({ type: 'datetime' }) updatedAt: Date;
}

/** R-PRK-01 a price of the plan: per kind of space and term, integer fen. */
@Entity('parking_price')
@Index(['projectId', 'kind', 'term'], { unique: true })
export class ParkingPrice {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'varchar', length: 12 }) kind: string;
  @Column({ type: 'varchar', length: 10 }) term: string;
  @Column({ type: 'bigint' }) amountFen: number;
}

/** One document of an application: its photos, and the clerk's finding against the original. */
export interface ParkingDocEntry {
  uploadIds: number[];
  verdict: 'checked' | 'missing' | 'wrong' | null;
  reason: string | null;
}

/** An owner's (or the desk's) application to rent a space, from documents to the card. */
@Entity('parking_application')
@Index(['projectId', 'status', 'id'])
// the ledger (any status, newest first, with a search) walks one project's rows only
@Index(['projectId', 'id'])
@Index(['projectId', 'kind', 'status', 'waitingSince', 'id'])
@Index(['personId', 'id'])
@Index(['projectId', 'endOn'])
export class ParkingApplication {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 24 }) code: string;
  @Column({ type: 'int' }) personId: number;
  @Column({ type: 'varchar', length: 50 }) applicantName: string;
  @Column({ type: 'varchar', length: 10 }) applicantRole: string;
  @Column({ type: 'int' }) roomId: number;
  @Column({ type: 'int', nullable: true }) vehicleId: number | null;
  @Column({ type: 'varchar', length: 10 }) plate: string;
  @Column({ type: 'varchar', length: 12 }) kind: string;
  @Column({ type: 'varchar', length: 10 }) term: string;
  @Column({ type: 'varchar', length: 20 }) status: string;
  @Column({ type: 'simple-json' }) docs: Record<string, ParkingDocEntry>;
  /** R-PRK-06 what the owner was last told is missing */
  @Column({ type: 'varchar', length: 1000, nullable: true }) refusal: string | null;
  @Column({ type: 'int', nullable: true }) spaceId: number | null;
  @Column({ type: 'varchar', length: 24, nullable: true }) contractNo: string | null;
  @Column({ type: 'datetime', nullable: true }) contractAt: Date | null;
  @Column({ type: 'int', nullable: true }) approvedByStaffId: number | null;
  @Column({ type: 'datetime', nullable: true }) approvedAt: Date | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) refuseReason: string | null;
  /** R-PRK-04 in the waiting list since, and why no space was offered */
  @Column({ type: 'datetime', nullable: true }) waitingSince: Date | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) waitReason: string | null;
  @Column({ type: 'datetime', nullable: true }) offerExpiresAt: Date | null;
  /** R-PRK-05 the desk's clock: first document check → card */
  @Column({ type: 'datetime', nullable: true }) firstCheckedAt: Date | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) cardNo: string | null;
  @Column({ type: 'datetime', nullable: true }) cardIssuedAt: Date | null;
  /** the rental's first and current last day (local dates) */
  @Column({ type: 'varchar', length: 10, nullable: true }) startOn: string | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) endOn: string | null;
  @Column({ type: 'datetime', nullable: true }) endedAt: Date | null;
  @Column({ type: 'int', default: 0 }) version: number;
  @Column({ type: 'datetime' }) createdAt: Date;
  @Column({ type: 'datetime' }) updatedAt: Date;
}

/** A paid-for stretch of a rental (the first term, each renewal): its rent is one bill (source parking, this id). */
@Entity('parking_period')
@Index(['applicationId', 'seq'], { unique: true })
export class ParkingPeriod {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) applicationId: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'int' }) seq: number;
  @Column({ type: 'varchar', length: 10 }) startOn: string;
  @Column({ type: 'varchar', length: 10 }) endOn: string;
  @Column({ type: 'bigint' }) amountFen: number;
  @Column({ type: 'int', nullable: true }) billId: number | null;
  @Column({ type: 'datetime', nullable: true }) paidAt: Date | null;
  @Column({ type: 'datetime' }) createdAt: Date;
}

/** The application's timeline: every step, who, when, from, to; owner words kept apart from staff notes. */
@Entity('parking_event')
@Index(['applicationId', 'id'])
export class ParkingEvent extends TimelineEventColumns {
  @Column({ type: 'int' }) applicationId: number;
  @Column({ type: 'varchar', length: 20, nullable: true }) fromStatus: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) toStatus: string | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) note: string | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) ownerNote: string | null;
}

/** A document photo taken by an application: who may read an upload follows from here (its owner and the project's desk). */
@Entity('parking_doc_photo')
@Index(['applicationId', 'uploadId'], { unique: true })
export class ParkingDocPhoto {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) applicationId: number;
  @Column({ type: 'int' }) projectId: number;
  @Index() @Column({ type: 'int' }) uploadId: number;
  @Column({ type: 'varchar', length: 20 }) doc: string;
}

export const PARKING_ENTITIES = [
  ParkingArea,
  ParkingSpace,
  ParkingPlan,
  ParkingPrice,
  ParkingApplication,
  ParkingPeriod,
  ParkingEvent,
  ParkingDocPhoto,
];
