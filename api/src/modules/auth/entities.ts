import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A login session; access tokens carry its id, so logout (revoking it) stops them at once. */
@Entity('auth_session')
@Index(['subjectKind', 'subjectId'])
export class AuthSession {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 10 }) subjectKind: string;
  @Column({ type: 'int' }) subjectId: number;
  @Column({ type: 'datetime' }) createdAt: Date;
  @Column({ type: 'datetime' }) expiresAt: Date;
  @Column({ type: 'datetime', nullable: true }) revokedAt: Date | null;
  @Column({ type: 'varchar', length: 30, nullable: true }) revokeReason: string | null;
}

/** Rotating refresh tokens: each is used once; a reused one revokes the whole session. */
@Entity('refresh_token')
export class RefreshToken {
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column({ type: 'varchar', length: 36 }) sessionId: string;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 64 }) tokenHash: string;
  @Column({ type: 'datetime' }) expiresAt: Date;
  @Column({ type: 'datetime', nullable: true }) usedAt: Date | null;
  @Column({ type: 'datetime' }) createdAt: Date;
}

@Entity('sms_code')
@Index(['phoneHash', 'id'])
export class SmsCode {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 64 }) phoneHash: string;
  @Column({ type: 'varchar', length: 64 }) codeHash: string;
  @Column({ type: 'datetime' }) expiresAt: Date;
  @Column({ type: 'int', default: 0 }) attempts: number;
  @Column({ type: 'datetime', nullable: true }) consumedAt: Date | null;
  @Column({ type: 'datetime' }) createdAt: Date;
}
