import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A key customer or owners' committee member of a project (重点客户 / 业委会委员, R-RPT-04): who (a name, the
 * room when they hold one), why they are key, their contact (encrypted, R-OWN-06), and when they were last
 * communicated with — with `dueBy`, the last day of the period by which the next communication is due
 * (shared `contactDueBy`), kept so that the list filters by 待沟通 / 已逾期 in SQL.
 */
@Entity('key_customer')
@Index(['projectId', 'kind', 'id'])
@Index(['projectId', 'dueBy'])
export class KeyCustomer {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  /** committee / key */
  @Column({ type: 'varchar', length: 10 }) kind: string;
  @Column({ type: 'varchar', length: 50 }) name: string;
  @Column({ type: 'int', nullable: true }) roomId: number | null;
  /** a committee member's office (主任, 副主任, 委员 …) */
  @Column({ type: 'varchar', length: 20, nullable: true }) committeeRole: string | null;
  /** why the person is key (the reason the list keeps them) */
  @Column({ type: 'varchar', length: 200 }) reason: string;
  @Column({ type: 'varchar', length: 120, nullable: true }) phoneEnc: string | null;
  /** the local day they were listed, and of the last communication (YYYY-MM-DD, project zone) */
  @Column({ type: 'varchar', length: 10 }) listedOn: string;
  @Column({ type: 'varchar', length: 10, nullable: true }) lastContactOn: string | null;
  @Column({ type: 'varchar', length: 10 }) dueBy: string;
  @Column({ type: 'varchar', length: 50 }) createdByName: string;
  @Column({ type: 'int', default: 0 }) version: number;
  @Column({ type: 'datetime' }) createdAt: Date;
  @Column({ type: 'datetime' }) updatedAt: Date;
}

/** A communication with a key customer or committee member (沟通记录): when, who, with whom, how, about what, what follows. */
@Entity('communication_record')
@Index(['projectId', 'contactOn', 'id'])
@Index(['keyCustomerId', 'id'])
export class CommunicationRecord {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'int' }) keyCustomerId: number;
  @Column({ type: 'varchar', length: 10 }) contactOn: string;
  /** who of the centre communicated */
  @Column({ type: 'varchar', length: 50 }) staffName: string;
  /** with whom (the customer, or who spoke for them) */
  @Column({ type: 'varchar', length: 50 }) withName: string;
  @Column({ type: 'varchar', length: 10 }) channel: string;
  @Column({ type: 'varchar', length: 100 }) topic: string;
  @Column({ type: 'varchar', length: 2000 }) summary: string;
  @Column({ type: 'varchar', length: 500, nullable: true }) followUp: string | null;
  @Column({ type: 'int' }) createdByStaffId: number;
  @Column({ type: 'datetime' }) createdAt: Date;
}

/** A festival greeting (节日问候) to a key customer or committee member: once per person and festival (unique). */
@Entity('festival_greeting')
@Index(['keyCustomerId', 'festival'], { unique: true })
@Index(['projectId', 'festival'])
export class FestivalGreeting {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Column({ type: 'int' }) keyCustomerId: number;
  /** the festival of a year, e.g. spring-2027 (shared FESTIVALS) */
  @Column({ type: 'varchar', length: 20 }) festival: string;
  @Column({ type: 'varchar', length: 10 }) greetedOn: string;
  @Column({ type: 'varchar', length: 10 }) channel: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) note: string | null;
  @Column({ type: 'varchar', length: 50 }) byName: string;
  @Column({ type: 'datetime' }) createdAt: Date;
}

export const RELATION_ENTITIES = [KeyCustomer, CommunicationRecord, FestivalGreeting];
