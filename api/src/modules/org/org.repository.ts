import { Inject, Injectable } from '@nestjs/common';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { escapeLike, keysetPage } from '../../common/paging.js';
import { Building, Cluster, Company, Project, ProjectSetting, Room } from './entities.js';
import type { ProjectDto } from './org.dto.js';

/** Every query of the company, projects, clusters, buildings, rooms and per-project settings. */
@Injectable()
export class OrgRepository {
  constructor(@Inject(DATA_SOURCE) readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }

  /** The projects in scope with their building and room counts, by code (the project switcher's list). */
  async projectsWithCounts(scope: 'all' | number[]) {
    if (scope !== 'all' && !scope.length) return [];
    return this.projectRows(await this.projectsQuery(scope).getRawMany());
  }
  /**
   * One page of the projects in scope (项目管理), by code, filtered by a code/name keyword and kind; keyset on
   * the code (unique): `afterCode` is the last code of the page before. `limit` rows, one more to tell whether
   * another page follows.
   */
  async projectsPage(scope: 'all' | number[], f: { keyword?: string; kind?: string }, limit: number, afterCode?: string) {
    if (scope !== 'all' && !scope.length) return [];
    const qb = this.projectsQuery(scope);
    if (f.keyword) {
      const k = escapeLike(f.keyword);
      qb.andWhere("(p.code LIKE :pre ESCAPE '!' OR p.name LIKE :any ESCAPE '!')", { pre: `${k}%`, any: `%${k}%` });
    }
    if (f.kind) qb.andWhere('p.kind = :kind', { kind: f.kind });
    if (afterCode) qb.andWhere('p.code > :afterCode', { afterCode });
    return this.projectRows(await qb.limit(limit).getRawMany());
  }
  private projectsQuery(scope: 'all' | number[]) {
    const qb = this.ds
      .getRepository(Project)
      .createQueryBuilder('p')
      .innerJoin(Company, 'c', 'c.id = p.companyId')
      .select([
        'p.id AS id',
        'p.code AS code',
        'p.name AS name',
        'p.kind AS kind',
        'p.address AS address',
        'p.timezone AS timezone',
        'p.service_phone AS servicePhone',
        'c.name AS companyName',
      ])
      .addSelect((sq) => sq.select('COUNT(*)').from(Building, 'b').where('b.project_id = p.id'), 'buildingCount')
      .addSelect(
        (sq) => sq.select('COUNT(*)').from(Room, 'r').where('r.project_id = p.id AND r.archived_at IS NULL'),
        'roomCount',
      )
      .where('p.archived_at IS NULL')
      .orderBy('p.code', 'ASC');
    if (scope !== 'all') qb.andWhere('p.id IN (:...scope)', { scope });
    return qb;
  }
  private projectRows(rows: Record<string, unknown>[]) {
    return rows.map((r) => ({
      ...(r as Omit<ProjectDto, 'id' | 'buildingCount' | 'roomCount'>),
      id: Number(r.id),
      buildingCount: Number(r.buildingCount),
      roomCount: Number(r.roomCount),
    }));
  }
  project(id: number) {
    return this.ds.getRepository(Project).findOne({ where: { id } });
  }
  projectByCode(code: string) {
    return this.ds.getRepository(Project).findOne({ where: { code } });
  }
  async firstCompany(): Promise<Company | null> {
    return this.ds.getRepository(Company).findOne({ where: {}, order: { id: 'ASC' } });
  }
  async insert<T extends object>(entity: new () => T, row: Omit<T, 'id'>, em?: EntityManager): Promise<number> {
    const r = await (em ?? this.ds.manager).getRepository(entity).insert(row as never);
    return Number(r.identifiers[0]!.id);
  }
  async update<T extends { id: number }>(entity: new () => T, id: number, patch: Partial<T>, em?: EntityManager): Promise<void> {
    if (Object.keys(patch).length) await (em ?? this.ds.manager).getRepository(entity).update({ id } as never, patch as never);
  }
  /** Projects by id (all unarchived ones for 'all'), by code. */
  projectsByIds(ids: number[] | 'all'): Promise<Project[]> {
    const repo = this.ds.getRepository(Project);
    if (ids === 'all') return repo.find({ where: { archivedAt: IsNull() }, order: { code: 'ASC' } });
    if (!ids.length) return Promise.resolve([]);
    return repo.createQueryBuilder('p').where('p.id IN (:...ids)', { ids }).orderBy('p.code', 'ASC').getMany();
  }
  /** What a receipt prints at its head. */
  async projectHeader(
    projectId: number,
  ): Promise<{ code: string; name: string; companyName: string; servicePhone: string | null }> {
    const row = await this.ds
      .getRepository(Project)
      .createQueryBuilder('p')
      .innerJoin(Company, 'c', 'c.id = p.companyId')
      .select(['p.code AS code', 'p.name AS name', 'p.service_phone AS servicePhone', 'c.name AS companyName'])
      .where('p.id = :projectId', { projectId })
      .getRawOne();
    return row;
  }

  // ---------- per-project settings ----------
  /** The project's time zone and code (null when unset or no such project) and its setting rows. */
  async settingsOf(
    projectId: number,
    em?: EntityManager,
  ): Promise<{ timeZone: string | null; code: string | null; rows: ProjectSetting[] }> {
    const m = em ?? this.ds.manager;
    const [project, rows] = await Promise.all([
      m.getRepository(Project).findOne({ where: { id: projectId } }),
      m.getRepository(ProjectSetting).find({ where: { projectId } }),
    ]);
    return { timeZone: project?.timezone ?? null, code: project?.code ?? null, rows };
  }
  /** One setting of several projects: projectId → stored value (absent when never set). */
  async settingOfProjects(projectIds: number[], key: string): Promise<Map<number, unknown>> {
    if (!projectIds.length) return new Map();
    const rows = await this.ds.getRepository(ProjectSetting).find({ where: { projectId: In(projectIds), key } });
    return new Map(rows.map((r) => [r.projectId, r.value]));
  }
  /** Writes one project setting (insert or update; the (project, key) pair is unique). */
  async putProjectSetting(projectId: number, key: string, value: unknown, em?: EntityManager): Promise<void> {
    const repo = (em ?? this.ds.manager).getRepository(ProjectSetting);
    const cur = await repo.findOne({ where: { projectId, key } });
    if (cur) await repo.update({ id: cur.id }, { value: value as never });
    else await repo.insert({ projectId, key, value: value as never });
  }

  clusters(projectId: number, em?: EntityManager) {
    return (em ?? this.ds.manager).getRepository(Cluster).find({ where: { projectId }, order: { code: 'ASC' } });
  }
  cluster(id: number) {
    return this.ds.getRepository(Cluster).findOne({ where: { id } });
  }
  async buildings(projectId: number) {
    const rows = await this.ds
      .getRepository(Building)
      .createQueryBuilder('b')
      .innerJoin(Cluster, 'c', 'c.id = b.clusterId')
      .select([
        'b.id AS id',
        'b.project_id AS projectId',
        'b.cluster_id AS clusterId',
        'c.code AS clusterCode',
        'c.name AS clusterName',
        'b.code AS code',
        'b.name AS name',
        'b.floors AS floors',
      ])
      .addSelect(
        (sq) => sq.select('COUNT(*)').from(Room, 'r').where('r.building_id = b.id AND r.archived_at IS NULL'),
        'roomCount',
      )
      .where('b.project_id = :projectId', { projectId })
      .orderBy('c.code', 'ASC')
      .addOrderBy('b.code', 'ASC')
      .getRawMany();
    return rows.map((r) => ({
      ...r,
      id: Number(r.id),
      projectId: Number(r.projectId),
      clusterId: Number(r.clusterId),
      floors: r.floors === null ? null : Number(r.floors),
      roomCount: Number(r.roomCount),
    }));
  }
  buildingsPlain(projectId: number, em?: EntityManager) {
    return (em ?? this.ds.manager).getRepository(Building).find({ where: { projectId } });
  }
  building(id: number) {
    return this.ds.getRepository(Building).findOne({ where: { id } });
  }
  buildingsByIds(ids: number[]) {
    if (!ids.length) return Promise.resolve([] as Building[]);
    return this.ds.getRepository(Building).createQueryBuilder('b').where('b.id IN (:...ids)', { ids }).getMany();
  }
  room(id: number) {
    return this.ds.getRepository(Room).findOne({ where: { id } });
  }
  roomsByIds(ids: number[]) {
    if (!ids.length) return Promise.resolve([] as Room[]);
    return this.ds.getRepository(Room).createQueryBuilder('r').where('r.id IN (:...ids)', { ids }).getMany();
  }
  /** The rooms in use of these buildings of a project (a move-in batch hands them over). */
  roomsOfBuildings(projectId: number, buildingIds: number[]) {
    if (!buildingIds.length) return Promise.resolve([] as Room[]);
    return this.ds
      .getRepository(Room)
      .createQueryBuilder('r')
      .where('r.projectId = :projectId AND r.buildingId IN (:...buildingIds) AND r.archivedAt IS NULL', { projectId, buildingIds })
      .orderBy('r.id', 'ASC')
      .limit(5000)
      .getMany();
  }
  async existingCodes(codes: string[], em?: EntityManager): Promise<Set<string>> {
    const found = new Set<string>();
    for (let i = 0; i < codes.length; i += 1000) {
      const chunk = codes.slice(i, i + 1000);
      const rows = await (em ?? this.ds.manager)
        .getRepository(Room)
        .createQueryBuilder('r')
        .select('r.propertyCode', 'code')
        .where('r.property_code IN (:...chunk)', { chunk })
        .getRawMany<{ code: string }>();
      rows.forEach((r) => found.add(r.code));
    }
    return found;
  }
  async insertRooms(rows: Omit<Room, 'id'>[], em: EntityManager): Promise<void> {
    for (let i = 0; i < rows.length; i += 500) await em.getRepository(Room).insert(rows.slice(i, i + 500));
  }

  roomPage(q: { projectId: number; buildingId?: number; keyword?: string; cursor?: string; limit?: number }) {
    const qb = this.ds
      .getRepository(Room)
      .createQueryBuilder('r')
      .where('r.project_id = :projectId', { projectId: q.projectId })
      .andWhere('r.archived_at IS NULL');
    if (q.buildingId) qb.andWhere('r.building_id = :buildingId', { buildingId: q.buildingId });
    if (q.keyword) {
      const k = escapeLike(q.keyword);
      qb.andWhere("(r.property_code LIKE :pre ESCAPE '!' OR r.room_no LIKE :pre ESCAPE '!' OR r.unit LIKE :any ESCAPE '!')", {
        pre: `${k}%`,
        any: `%${k}%`,
      });
    }
    return keysetPage(qb, 'r', q, 'ASC');
  }

  async stats(projectId: number) {
    const n = async (sql: string) => Number((await this.ds.query(sql, [projectId]))[0].n);
    return {
      buildings: await n('SELECT COUNT(*) AS n FROM building WHERE project_id = ?'),
      rooms: await n('SELECT COUNT(*) AS n FROM room WHERE project_id = ? AND archived_at IS NULL'),
      owners: await n("SELECT COUNT(DISTINCT person_id) AS n FROM room_binding WHERE project_id = ? AND status = 'approved'"),
      pendingBindings: await n("SELECT COUNT(*) AS n FROM room_binding WHERE project_id = ? AND status = 'pending'"),
    };
  }

  // Directory for owners choosing a room to bind: names and numbers only.
  directoryProjects() {
    return this.ds.getRepository(Project).find({ where: { archivedAt: IsNull() }, order: { code: 'ASC' } });
  }
  directoryRooms(buildingId: number) {
    return this.ds
      .getRepository(Room)
      .find({ where: { buildingId, archivedAt: IsNull(), codeStatus: 'approved' }, order: { unit: 'ASC', roomNo: 'ASC' }, take: 5000 });
  }
}
