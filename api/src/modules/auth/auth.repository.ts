import { Inject, Injectable } from '@nestjs/common';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { readDate, readJson } from '../../database/raw.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { AuthSession, RefreshToken, SmsCode } from './entities.js';

export interface SessionPrincipal {
  kind: 'staff' | 'owner';
  subjectId: number;
  expiresAt: Date;
  revokedAt: Date | null;
  name: string;
  username: string | null;
  roles: string[];
  archivedAt: Date | null;
  projectIds: number[];
}

const STAFF_SESSION = `SELECT se.subject_kind AS kind, se.subject_id AS sub, se.expires_at AS expiresAt, se.revoked_at AS revokedAt,
         s.name AS name, s.username AS username, s.roles AS roles, s.archived_at AS archivedAt, sp.project_id AS projectId
    FROM auth_session se
    JOIN staff s ON s.id = se.subject_id AND se.subject_kind = 'staff'
    LEFT JOIN staff_project sp ON sp.staff_id = s.id
   WHERE se.id = ?`;
const OWNER_SESSION = `SELECT se.subject_kind AS kind, se.subject_id AS sub, se.expires_at AS expiresAt, se.revoked_at AS revokedAt,
         p.name AS name, p.archived_at AS archivedAt
    FROM auth_session se
    JOIN person p ON p.id = se.subject_id AND se.subject_kind = 'owner'
   WHERE se.id = ?`;

/**
 * Every query of sessions, refresh tokens and SMS codes. `principalOfSession` reads the staff or
 * person row behind a session in the same query (by table name: every signed-in request runs it).
 */
@Injectable()
export class AuthRepository {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  async createSession(s: AuthSession, refresh: Omit<RefreshToken, 'id'>): Promise<void> {
    await this.ds.transaction(async (em) => {
      await em.getRepository(AuthSession).insert(s);
      await em.getRepository(RefreshToken).insert(refresh);
    });
  }
  /**
   * What every signed-in request needs, in one query: the session and the person or staff member
   * behind it (with a staff member's assigned projects, one row each).
   */
  async principalOfSession(sessionId: string, kind: 'staff' | 'owner'): Promise<SessionPrincipal | null> {
    // the token names who signed in: one query, of the staff or of the owners (the session row must agree)
    const rows: Record<string, unknown>[] = await this.ds.query(kind === 'staff' ? STAFF_SESSION : OWNER_SESSION, [sessionId]);
    const r = rows[0];
    if (!r) return null;
    return {
      kind: String(r.kind) as 'staff' | 'owner',
      subjectId: Number(r.sub),
      expiresAt: readDate(r.expiresAt)!,
      revokedAt: readDate(r.revokedAt),
      name: String(r.name),
      username: r.username === undefined ? null : String(r.username),
      roles: readJson<string[]>(r.roles, []),
      archivedAt: readDate(r.archivedAt),
      projectIds: rows
        .map((x: Record<string, unknown>) => x.projectId)
        .filter((x: unknown) => x !== null && x !== undefined)
        .map(Number),
    };
  }
  sessionById(id: string): Promise<AuthSession | null> {
    return this.ds.getRepository(AuthSession).findOne({ where: { id } });
  }
  refreshByHash(tokenHash: string): Promise<RefreshToken | null> {
    return this.ds.getRepository(RefreshToken).findOne({ where: { tokenHash } });
  }
  /** Marks a refresh token used; false when another request used it first. */
  async useRefresh(id: number, at: Date): Promise<boolean> {
    const r = await this.ds.getRepository(RefreshToken).update({ id, usedAt: IsNull() }, { usedAt: at });
    return (r.affected ?? 0) === 1;
  }
  async addRefresh(t: Omit<RefreshToken, 'id'>): Promise<void> {
    await this.ds.getRepository(RefreshToken).insert(t);
  }
  async revokeSession(id: string, at: Date, reason: string): Promise<void> {
    await this.ds.getRepository(AuthSession).update({ id, revokedAt: IsNull() }, { revokedAt: at, revokeReason: reason });
  }
  async revokeAllSessions(subjectKind: string, subjectId: number, at: Date, reason: string, em?: EntityManager): Promise<void> {
    await (em ?? this.ds.manager)
      .getRepository(AuthSession)
      .update({ subjectKind, subjectId, revokedAt: IsNull() }, { revokedAt: at, revokeReason: reason });
  }

  latestSmsCode(phoneHash: string): Promise<SmsCode | null> {
    return this.ds.getRepository(SmsCode).findOne({ where: { phoneHash }, order: { id: 'DESC' } });
  }
  async insertSmsCode(c: Omit<SmsCode, 'id'>): Promise<void> {
    await this.ds.getRepository(SmsCode).insert(c);
  }
  /** Takes one guess of an unused code; false when its guesses are used up (one conditional write). */
  async takeSmsAttempt(id: number, max: number): Promise<boolean> {
    const r = await this.ds
      .createQueryBuilder()
      .update(SmsCode)
      .set({ attempts: () => 'attempts + 1' })
      .where('id = :id AND attempts < :max AND consumed_at IS NULL', { id, max })
      .execute();
    return (r.affected ?? 0) === 1;
  }
  async consumeSmsCode(id: number, at: Date): Promise<boolean> {
    const r = await this.ds.getRepository(SmsCode).update({ id, consumedAt: IsNull() }, { consumedAt: at });
    return (r.affected ?? 0) === 1;
  }
}
