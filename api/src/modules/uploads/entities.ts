import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A photo or signature kept in storage; who may read it is decided by what it is attached to. */
@Entity('upload')
@Index(['ownerKind', 'ownerId', 'attachedAt'])
@Index(['attachedAt', 'createdAt'])
export class Upload {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 200 }) storageKey: string;
  @Column({ type: 'varchar', length: 50 }) contentType: string;
  @Column({ type: 'int' }) size: number;
  @Column({ type: 'varchar', length: 10 }) ownerKind: string;
  @Column({ type: 'int' }) ownerId: number;
  @Column({ type: 'datetime' }) createdAt: Date;
  /** when a record first took it (a request's photo or signature …); never attached after a day: swept */
  @Column({ type: 'datetime', nullable: true }) attachedAt: Date | null;
}
