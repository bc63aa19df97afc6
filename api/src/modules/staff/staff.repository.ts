import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { StaffListState } from '@wy/shared';
import { escapeLike, keysetPage } from '../../common/paging.js';
import { columnsOf, hydrate, selectRows } from '../../database/rows.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { Staff, StaffProject } from './entities.js';

/** Every query of staff accounts and their project assignments (sign-in counters included). */
@Injectable()
export class StaffRepository {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }

  /**
   * One keyset page of the staff list (by id), filtered by the database: a project's staff, a
   * manager's scope (staff of their projects, never head office), name or username, and the state
   * (`lockedUsernames`: the accounts locked now, for `locked`; `active` leaves out the archived).
   */
  page(q: {
    scope: number[] | 'all';
    projectId?: number;
    keyword?: string;
    state: StaffListState;
    lockedUsernames: string[];
    cursor?: string;
    limit?: number;
  }) {
    const qb = this.ds.getRepository(Staff).createQueryBuilder('s').where('1 = 1');
    const worksIn = (param: string) =>
      `EXISTS (SELECT 1 FROM staff_project sp WHERE sp.staff_id = s.id AND sp.project_id IN (:...${param}))`;
    if (q.projectId) qb.andWhere(worksIn('projectIds'), { projectIds: [q.projectId] });
    if (q.scope !== 'all') {
      if (!q.scope.length) qb.andWhere('1 = 0');
      else qb.andWhere(worksIn('scope'), { scope: q.scope }).andWhere(`s.roles NOT LIKE '%"head_office"%'`);
    }
    const kw = q.keyword?.trim();
    if (kw) qb.andWhere("(s.name LIKE :kw ESCAPE '!' OR s.username LIKE :kw ESCAPE '!')", { kw: `%${escapeLike(kw)}%` });
    if (q.state !== 'all') qb.andWhere(q.state === 'archived' ? 's.archived_at IS NOT NULL' : 's.archived_at IS NULL');
    if (q.state === 'locked') {
      if (!q.lockedUsernames.length) qb.andWhere('1 = 0');
      else qb.andWhere('s.username IN (:...locked)', { locked: q.lockedUsernames });
    }
    return keysetPage(qb, 's', q, 'ASC');
  }
  byId(id: number): Promise<Staff | null> {
    return this.ds.getRepository(Staff).findOne({ where: { id } });
  }
  byUsername(username: string): Promise<Staff | null> {
    return this.ds.getRepository(Staff).findOne({ where: { username } });
  }
  byIds(ids: number[]): Promise<Staff[]> {
    if (!ids.length) return Promise.resolve([]);
    const unique = [...new Set(ids)];
    return selectRows(this.ds.manager, Staff, `id IN (${unique.map(() => '?').join(', ')})`, unique); // every detail names its staff
  }
  /** A staff member and the projects assigned to them, in one query. */
  async withProjects(id: number): Promise<{ staff: Staff; projectIds: number[] } | null> {
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
  /** Project assignments of these staff members. */
  links(staffIds: number[]): Promise<StaffProject[]> {
    if (!staffIds.length) return Promise.resolve([]);
    return this.ds
      .getRepository(StaffProject)
      .createQueryBuilder('sp')
      .where('sp.staff_id IN (:...ids)', { ids: staffIds })
      .getMany();
  }
  /** The staff member if they work in the project (archived or not), else null. */
  async memberOfProject(staffId: number, projectId: number): Promise<Staff | null> {
    // one query: a dispatch checks its technician with it
    const em = this.ds.manager;
    const [row]: Record<string, unknown>[] = await em.query(
      `SELECT ${columnsOf(em, Staff, 's', '')} FROM staff s JOIN staff_project sp ON sp.staff_id = s.id AND sp.project_id = ? WHERE s.id = ?`,
      [projectId, staffId],
    );
    return row ? hydrate(em, Staff, row) : null;
  }
  /** Everyone who works in the project (archived or not, any role). */
  /** Staff holding a role (roles are a JSON list: matched in SQL, then checked exactly). */
  async withRole(role: string): Promise<Staff[]> {
    const rows = await this.ds
      .getRepository(Staff)
      .createQueryBuilder('s')
      .where('s.roles LIKE :r', { r: `%"${role}"%` })
      .getMany();
    return rows.filter((s) => s.roles.includes(role as never));
  }
  async ofProject(projectId: number, em?: EntityManager): Promise<Staff[]> {
    const m = em ?? this.ds.manager;
    const links = await m.getRepository(StaffProject).find({ where: { projectId } });
    if (!links.length) return [];
    return m
      .getRepository(Staff)
      .createQueryBuilder('s')
      .where('s.id IN (:...ids)', { ids: links.map((l) => l.staffId) })
      .getMany();
  }

  async insert(em: EntityManager, row: Omit<Staff, 'id'>): Promise<number> {
    return Number((await em.getRepository(Staff).insert(row)).identifiers[0]!.id);
  }
  async update(em: EntityManager, id: number, patch: Partial<Staff>): Promise<void> {
    await em.getRepository(Staff).update({ id }, patch);
  }
  async insertLinks(em: EntityManager, staffId: number, projectIds: number[]): Promise<void> {
    if (projectIds.length)
      await em.getRepository(StaffProject).insert([...new Set(projectIds)].map((projectId) => ({ staffId, projectId })));
  }
  async replaceLinks(em: EntityManager, staffId: number, projectIds: number[]): Promise<void> {
    await em.getRepository(StaffProject).delete({ staffId });
    await this.insertLinks(em, staffId, projectIds);
  }
}
