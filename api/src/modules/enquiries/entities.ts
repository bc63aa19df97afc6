import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TimelineEventColumns } from '../../infra/timeline-event.js';

/**
 * A suggestion (建议, R-SUG-*) or an inquiry (咨询, R-INQ-*): what the customer said, the way they
 * want the answer (R-SUG-05), the reply time agreed with them, and the reply. Lateness is read
 * from the stored instants (forwarded after its 2 hours, replied after the agreed time).
 */
@Entity('enquiry')
@Index(['roomId', 'receivedAt'])
@Index(['projectId', 'type', 'id'])
@Index(['projectId', 'status', 'id'])
@Index(['personId', 'id'])
export class Enquiry {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'varchar', length: 12 }) type: string;
  @Column({ type: 'varchar', length: 12 }) status: string;
  @Column({ type: 'varchar', length: 12 }) channel: string;
  @Column({ type: 'int', nullable: true }) roomId: number | null;
  @Column({ type: 'int', nullable: true }) personId: number | null;
  @Column({ type: 'varchar', length: 50 }) name: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) phoneEnc: string | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) emailEnc: string | null;
  @Column({ type: 'varchar', length: 1000 }) content: string;
  /** R-SUG-05 phone / writing / email / miniapp */
  @Column({ type: 'varchar', length: 10 }) replyWay: string;
  @Column({ type: 'datetime' }) receivedAt: Date;
  @Column({ type: 'datetime' }) enteredAt: Date;
  @Column({ type: 'int', nullable: true }) takerStaffId: number | null;
  /** R-SUG-01/02, R-INQ-01 the reply time agreed with the customer */
  @Column({ type: 'datetime' }) agreedReplyAt: Date;
  /** R-SUG-02 the customer agreed to a reply later than 3 days */
  @Column({ type: 'boolean', default: false }) laterAgreed: boolean;
  /** R-SUG-01 forwarded to the handler within 2 hours */
  @Column({ type: 'datetime', nullable: true }) forwardDueAt: Date | null;
  @Column({ type: 'datetime', nullable: true }) forwardedAt: Date | null;
  @Column({ type: 'int', nullable: true }) handlerStaffId: number | null;
  /** R-SUG-03 the owners' committee was consulted */
  @Column({ type: 'datetime', nullable: true }) consultedAt: Date | null;
  /** R-INQ-02 the question touches the developer: asked in writing before the answer */
  @Column({ type: 'boolean', default: false }) aboutDeveloper: boolean;
  @Column({ type: 'datetime', nullable: true }) developerAskedAt: Date | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) developerLetter: string | null;
  @Column({ type: 'datetime', nullable: true }) repliedAt: Date | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) repliedVia: string | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) replyText: string | null;
  /** R-INQ-01/03 answered / cannot_answer */
  @Column({ type: 'varchar', length: 14, nullable: true }) outcome: string | null;
  /** R-INQ-03 where else the customer may go */
  @Column({ type: 'varchar', length: 200, nullable: true }) referTo: string | null;
  /** R-SUG-02 adopted or not, and why not */
  @Column({ type: 'boolean', nullable: true }) adopted: boolean | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) notAdoptedReason: string | null;
  /** R-FAQ-03 the FAQ entry the answer came from */
  @Column({ type: 'int', nullable: true }) faqEntryId: number | null;
  /** R-SUG-04 special thanks for an adopted suggestion with a marked effect */
  @Column({ type: 'datetime', nullable: true }) thankedAt: Date | null;
  @Column({ type: 'int', default: 0 }) version: number;
  @Column({ type: 'datetime' }) updatedAt: Date;
}

/** The timeline of a suggestion or inquiry: every step with its audience (owner / staff). */
@Entity('enquiry_event')
@Index(['enquiryId', 'id'])
export class EnquiryEvent extends TimelineEventColumns {
  @Column({ type: 'int' }) enquiryId: number;
  @Column({ type: 'varchar', length: 500, nullable: true }) note: string | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) ownerNote: string | null;
}
