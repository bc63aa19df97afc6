import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An owner-side person (业主/家庭成员/租户). Personal data encrypted; looked up by keyed hash. */
@Entity('person')
export class Person {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 50 }) name: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) phoneEnc: string | null;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 64, nullable: true }) phoneHash: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) idNoEnc: string | null;
  @Index() @Column({ type: 'varchar', length: 64, nullable: true }) idNoHash: string | null;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 64, nullable: true }) openid: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) unionid: string | null;
  @Column({ type: 'boolean', default: false }) isKeyCustomer: boolean;
  @Column({ type: 'varchar', length: 200, nullable: true }) note: string | null;
  @Column({ type: 'datetime' }) createdAt: Date;
  @Column({ type: 'datetime' }) updatedAt: Date;
  @Column({ type: 'datetime', nullable: true }) archivedAt: Date | null;
}

/**
 * A person's tie to a room. `activeKey` = "room:person" while pending or approved,
 * NULL otherwise: a unique index on it keeps one open binding per pair on both
 * MySQL and SQLite (neither has portable partial indexes).
 */
@Entity('room_binding')
@Index(['projectId', 'status', 'id'])
export class RoomBinding {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Index() @Column({ type: 'int' }) roomId: number;
  @Index() @Column({ type: 'int' }) personId: number;
  @Column({ type: 'varchar', length: 10 }) kind: string;
  @Column({ type: 'varchar', length: 10 }) status: string;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 40, nullable: true }) activeKey: string | null;
  @Column({ type: 'varchar', length: 10 }) requestedBy: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) note: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) rejectReason: string | null;
  @Column({ type: 'int', nullable: true }) reviewedByStaffId: number | null;
  @Column({ type: 'int', nullable: true }) reviewedByPersonId: number | null;
  @Column({ type: 'datetime', nullable: true }) reviewedAt: Date | null;
  @Column({ type: 'datetime' }) createdAt: Date;
}

@Entity('vehicle')
@Index(['projectId', 'id'])
export class Vehicle {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) projectId: number;
  @Index() @Column({ type: 'int' }) personId: number;
  @Column({ type: 'int', nullable: true }) roomId: number | null;
  @Column({ type: 'varchar', length: 10 }) plate: string;
  /** "project:plate" while active, NULL once archived. */
  @Index({ unique: true }) @Column({ type: 'varchar', length: 24, nullable: true }) activeKey: string | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) model: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) color: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) spaceNo: string | null;
  /** R-OWN-01 the parking contract the space is rented under (set by parking when the card is issued) */
  @Column({ type: 'varchar', length: 24, nullable: true }) parkingContractNo?: string | null;
  @Column({ type: 'datetime' }) createdAt: Date;
  @Column({ type: 'datetime', nullable: true }) archivedAt: Date | null;
}
