import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity('staff')
export class Staff {
  @PrimaryGeneratedColumn() id: number;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 50 }) username: string;
  @Column({ type: 'varchar', length: 50 }) name: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) phoneEnc: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) phoneHash: string | null;
  @Column({ type: 'varchar', length: 100 }) passwordHash: string;
  /** JSON array of StaffRole */
  @Column({ type: 'simple-json' }) roles: string[];
  @Column({ type: 'datetime' }) createdAt: Date;
  @Column({ type: 'datetime', nullable: true }) archivedAt: Date | null;
}

@Entity('staff_project')
export class StaffProject {
  @PrimaryColumn({ type: 'int' }) staffId: number;
  @PrimaryColumn({ type: 'int' }) projectId: number;
}
