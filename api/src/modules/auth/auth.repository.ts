import { Inject, Injectable } from '@nestjs/common';
import { IsNull, type DataSource } from 'typeorm';
import { readDate, readJson } from '../../database/raw.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { Person, RoomBinding } from '../people/entities.js';
import { Staff, StaffProject } from '../staff/entities.js';
import { Project } from '../org/entities.js';
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

@Injectable()
export class AuthRepository {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  staffByUsername(username: string): Promise<Staff | null> {
    return this.ds.getRepository(Staff).findOne({ where: { username } });
  }
  staffById(id: number): Promise<Staff | null> {
    return this.ds.getRepository(Staff).findOne({ where: { id } });
  }
  /** A staff member and the projects assigned to them, in one query (every request's principal). */
  async staffWithProjects(id: number): Promise<{ staff: Staff; projectIds: number[] } | null> {
    const { entities, raw } = await this.ds
      .getRepository(Staff)
      .createQueryBuilder('s')
      .leftJoin(StaffProject, 'sp', 'sp.staff_id = s.id')
      .addSelect('sp.project_id', 'sp_project_id')
      .where('s.id = :id', { id })
      .getRawAndEntities();
    if (!entities[0]) return null;
    const projectIds = raw
      .map((r) => r.sp_project_id)
      .filter((x) => x !== null && x !== undefined)
      .map(Number);
    return { staff: entities[0], projectIds };
  }
  projectsByIds(ids: number[] | 'all'): Promise<Project[]> {
    const repo = this.ds.getRepository(Project);
    if (ids === 'all') return repo.find({ where: { archivedAt: IsNull() }, order: { code: 'ASC' } });
    if (!ids.length) return Promise.resolve([]);
    return repo.createQueryBuilder('p').where('p.id IN (:...ids)', { ids }).orderBy('p.code', 'ASC').getMany();
  }

  /** One conditional update, so concurrent failures all count; locks when the count reaches the limit. */
  async recordFailedLogin(staffId: number, max: number, lockUntil: Date): Promise<Staff | null> {
    await this.ds
      .createQueryBuilder()
      .update(Staff)
      .set({
        failedLogins: () => 'failed_logins + 1',
        lockedUntil: () => `CASE WHEN failed_logins + 1 >= :max THEN :lockUntil ELSE locked_until END`,
      })
      .where('id = :id', { id: staffId })
      .setParameters({ max, lockUntil })
      .execute();
    return this.staffById(staffId);
  }
  async resetFailedLogins(staffId: number): Promise<void> {
    await this.ds.getRepository(Staff).update({ id: staffId }, { failedLogins: 0, lockedUntil: null });
  }

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
  async principalOfSession(sessionId: string): Promise<SessionPrincipal | null> {
    const staffRows: Record<string, unknown>[] = await this.ds.query(
      `SELECT se.subject_kind AS kind, se.subject_id AS sub, se.expires_at AS expiresAt, se.revoked_at AS revokedAt,
              s.name AS name, s.username AS username, s.roles AS roles, s.archived_at AS archivedAt, sp.project_id AS projectId
         FROM auth_session se
         JOIN staff s ON s.id = se.subject_id AND se.subject_kind = 'staff'
         LEFT JOIN staff_project sp ON sp.staff_id = s.id
        WHERE se.id = ?`,
      [sessionId],
    );
    const rows = staffRows.length
      ? staffRows
      : await this.ds.query(
          `SELECT se.subject_kind AS kind, se.subject_id AS sub, se.expires_at AS expiresAt, se.revoked_at AS revokedAt,
                  p.name AS name, p.archived_at AS archivedAt
             FROM auth_session se
             JOIN person p ON p.id = se.subject_id AND se.subject_kind = 'owner'
            WHERE se.id = ?`,
          [sessionId],
        );
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
  async revokeAllSessions(subjectKind: string, subjectId: number, at: Date, reason: string): Promise<void> {
    await this.ds
      .getRepository(AuthSession)
      .update({ subjectKind, subjectId, revokedAt: IsNull() }, { revokedAt: at, revokeReason: reason });
  }

  personById(id: number): Promise<Person | null> {
    return this.ds.getRepository(Person).findOne({ where: { id } });
  }
  personByOpenid(openid: string): Promise<Person | null> {
    return this.ds.getRepository(Person).findOne({ where: { openid } });
  }
  personByPhoneHash(phoneHash: string): Promise<Person | null> {
    return this.ds.getRepository(Person).findOne({ where: { phoneHash } });
  }
  async insertPerson(p: Omit<Person, 'id'>): Promise<Person> {
    const r = await this.ds.getRepository(Person).insert(p);
    return { ...p, id: r.identifiers[0]!.id as number };
  }
  async updatePerson(id: number, patch: Partial<Person>): Promise<void> {
    await this.ds.getRepository(Person).update({ id }, patch);
  }

  async hasBindings(personId: number): Promise<boolean> {
    return (await this.ds.getRepository(RoomBinding).count({ where: { personId } })) > 0;
  }
  /** Moves a WeChat identity from a blank person to the registered one, in one transaction. */
  async moveOpenid(fromId: number, toId: number, openid: string, unionid: string | null, at: Date): Promise<void> {
    await this.ds.transaction(async (em) => {
      await em
        .getRepository(Person)
        .update(
          { id: fromId },
          { openid: null, unionid: null, archivedAt: at, note: `微信身份已合并到档案 ${toId}`, updatedAt: at },
        );
      await em.getRepository(Person).update({ id: toId }, { openid, unionid, updatedAt: at });
    });
  }

  latestSmsCode(phoneHash: string): Promise<SmsCode | null> {
    return this.ds.getRepository(SmsCode).findOne({ where: { phoneHash }, order: { id: 'DESC' } });
  }
  async insertSmsCode(c: Omit<SmsCode, 'id'>): Promise<void> {
    await this.ds.getRepository(SmsCode).insert(c);
  }
  async bumpSmsAttempts(id: number): Promise<void> {
    await this.ds.getRepository(SmsCode).increment({ id }, 'attempts', 1);
  }
  async consumeSmsCode(id: number, at: Date): Promise<boolean> {
    const r = await this.ds.getRepository(SmsCode).update({ id, consumedAt: IsNull() }, { consumedAt: at });
    return (r.affected ?? 0) === 1;
  }
}
