import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TimelineEventColumns } from '../../infra/timeline-event.js';

/** One row of the key register (交钥匙): what, how many. */
export interface MoveInKeyRow {
  name: string;
  quantity: number;
}
/** The meter readings taken at the inspection (as printed on the meters; gas null where the room has none). */
export interface MoveInMeters {
  water: string;
  electricity: string;
  gas: string | null;
}

/**
 * A move-in batch (R-MOV-01/05): the rooms a project hands over in a period, with the published move-in guide
 * (办理流程及注意事项), renovation notes and payment notice that go out with the move-in notice, and the rates of
 * the move-in bills (property fee paid ahead, maintenance fund). Owners see it once it is published.
 */
@Entity('move_in_batch')
@Index(['projectId', 'id'])
export class MoveInBatch {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'varchar', length: 50 }) name: string;
  /** the local days of the handover period */
  @Column({ type: 'varchar', length: 10 }) startOn: string;
  @Column({ type: 'varchar', length: 10 }) endOn: string;
  /** the developer (建设单位) the defects go to (R-MOV-04) */
  @Column({ type: 'varchar', length: 60 }) developerName: string;
  @Column({ type: 'text' }) guide: string;
  @Column({ type: 'text' }) renovationNotes: string;
  @Column({ type: 'text' }) paymentNotice: string;
  /** property fee: fen per m² per month, paid ahead for this many months; maintenance fund: fen per m² */
  @Column({ type: 'int', default: 0 }) propertyFeeFenPerM2: number;
  @Column({ type: 'int', default: 0 }) propertyFeeMonths: number;
  @Column({ type: 'int', default: 0 }) fundFenPerM2: number;
  @Column({ type: 'datetime', nullable: true }) publishedAt: Date | null;
  @Column({ type: 'varchar', length: 50 }) createdByName: string;
  @Column({ type: 'datetime' }) createdAt: Date;
  @Column({ type: 'datetime' }) updatedAt: Date;
}

/**
 * A room's move-in (R-MOV-02/03/05): the buyer (name, phone encrypted, its keyed hash to find their notice),
 * where it stands (arrival → start → five steps in order → keys), each step's record, the times, and the
 * defects sheet's dispatch to the developer. A room is in one move-in only (unique room).
 */
@Entity('move_in')
@Index(['projectId', 'status', 'id'])
@Index(['projectId', 'finishedAt'])
@Index(['batchId', 'id'])
@Index(['buyerPhoneHash'])
export class MoveIn {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'int' }) batchId: number;
  @Index({ unique: true }) @Column({ type: 'int' }) roomId: number;
  @Column({ type: 'varchar', length: 50 }) buyerName: string;
  @Column({ type: 'varchar', length: 200 }) buyerPhoneEnc: string;
  @Column({ type: 'varchar', length: 64 }) buyerPhoneHash: string;
  @Column({ type: 'varchar', length: 10 }) status: string;
  /** how many of the five steps are done (MOVEIN_STEPS order) */
  @Column({ type: 'int', default: 0 }) stepsDone: number;
  /** the half-day the buyer booked to come (optional): a day of the period, am / pm */
  @Column({ type: 'varchar', length: 10, nullable: true }) bookedOn: string | null;
  @Column({ type: 'varchar', length: 2, nullable: true }) bookedHalf: string | null;
  /** R-MOV-03 arrival (the wait starts), start (the handling starts), keys handed over (it ends) */
  @Column({ type: 'datetime', nullable: true }) arrivedAt: Date | null;
  @Column({ type: 'datetime', nullable: true }) startedAt: Date | null;
  @Column({ type: 'datetime', nullable: true }) finishedAt: Date | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) handledByName: string | null;
  /** 核验身份: the documents ticked; who came (the buyer or an agent with a power of attorney) */
  @Column({ type: 'simple-json', nullable: true }) identityDocs: string[] | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) identityNote: string | null;
  /** 资料与协议: the agreements signed; 托收 set up or declined, with its note (bank, never the full account) */
  @Column({ type: 'simple-json', nullable: true }) agreements: string[] | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) collection: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) collectionNote: string | null;
  /** 缴费: the receipt numbers checked when the step passed */
  @Column({ type: 'varchar', length: 200, nullable: true }) receiptNos: string | null;
  /** 验房: meter readings; the owner's on-screen signature (an upload) or a ticked paper signature */
  @Column({ type: 'simple-json', nullable: true }) meters: MoveInMeters | null;
  @Column({ type: 'int', nullable: true }) inspectionSignatureId: number | null;
  @Column({ type: 'boolean', default: false }) inspectionPaperSigned: boolean;
  @Column({ type: 'datetime', nullable: true }) inspectedAt: Date | null;
  /** 交钥匙: the register, signed (on screen or on paper) */
  @Column({ type: 'simple-json', nullable: true }) keys: MoveInKeyRow[] | null;
  @Column({ type: 'int', nullable: true }) keysSignatureId: number | null;
  @Column({ type: 'boolean', default: false }) keysPaperSigned: boolean;
  /** R-MOV-04 the 房屋遗留问题登记表 sent to the developer in writing: when, how, by whom */
  @Column({ type: 'datetime', nullable: true }) defectsSentAt: Date | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) defectsSentNote: string | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) defectsSentByName: string | null;
  @Column({ type: 'int', default: 0 }) version: number;
  @Column({ type: 'datetime' }) createdAt: Date;
  @Column({ type: 'datetime' }) updatedAt: Date;
}

/** A line of the 房屋遗留问题登记表 (R-MOV-04): where, what, a photo, and its progress with the developer. */
@Entity('move_in_defect')
@Index(['moveInId', 'id'])
@Index(['projectId', 'status', 'id'])
export class MoveInDefect {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'int' }) moveInId: number;
  @Column({ type: 'varchar', length: 40 }) place: string;
  @Column({ type: 'varchar', length: 200 }) description: string;
  @Column({ type: 'int', nullable: true }) photoId: number | null;
  @Column({ type: 'varchar', length: 10 }) status: string;
  /** the last progress note (the developer's answer, the owner's words when not fixed) */
  @Column({ type: 'varchar', length: 200, nullable: true }) progressNote: string | null;
  @Column({ type: 'int', default: 0 }) version: number;
  @Column({ type: 'datetime' }) createdAt: Date;
  @Column({ type: 'datetime' }) updatedAt: Date;
}

/** A move-in's timeline: every step, defect move and the sheet's dispatch; owner words apart from staff notes. */
@Entity('move_in_event')
@Index(['moveInId', 'id'])
export class MoveInEvent extends TimelineEventColumns {
  @Column({ type: 'int' }) moveInId: number;
  @Column({ type: 'varchar', length: 10, nullable: true }) fromStatus: string | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) toStatus: string | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) note: string | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) ownerNote: string | null;
}

export const MOVEIN_ENTITIES = [MoveInBatch, MoveIn, MoveInDefect, MoveInEvent];
