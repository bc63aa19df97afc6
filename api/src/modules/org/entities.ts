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
