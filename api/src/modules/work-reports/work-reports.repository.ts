import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { keysetPage } from '../../common/paging.js';
import { isUniqueViolation } from '../../database/errors.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { WorkReport } from './entities.js';

/** Every query of monthly work reports. */
@Injectable()
export class WorkReportsRepository {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }
  /** The new report's id, or null when the project already has that month's (the unique key). */
  async insert(row: Omit<WorkReport, 'id'>): Promise<number | null> {
    try {
      const r = await this.ds.getRepository(WorkReport).insert(row);
      return Number(r.identifiers[0]!.id);
    } catch (e) {
      if (isUniqueViolation(e)) return null;
      throw e;
    }
  }
  byId(id: number) {
    return this.ds.getRepository(WorkReport).findOne({ where: { id } });
  }
  byMonth(projectId: number, month: string) {
    return this.ds.getRepository(WorkReport).findOne({ where: { projectId, month } });
  }
  /** A step's or an edit's conditional update: false when someone moved or edited it first. */
  async move(em: EntityManager | null, r: WorkReport, patch: Partial<WorkReport>): Promise<boolean> {
    const repo = (em ?? this.ds.manager).getRepository(WorkReport);
    const u = await repo.update({ id: r.id, version: r.version }, { ...patch, version: r.version + 1 });
    return (u.affected ?? 0) === 1;
  }
  /** The console's list: a project's reports, newest first, by state, paged on the server. */
  page(q: { projectId: number; status?: string; cursor?: string; limit?: number }) {
    const qb = this.ds.getRepository(WorkReport).createQueryBuilder('w').where('w.project_id = :pid', { pid: q.projectId });
    if (q.status) qb.andWhere('w.status = :status', { status: q.status });
    return keysetPage(qb, 'w', q);
  }
  /** The owners' list: the published reports of these projects, newest first. */
  published(projectIds: number[], q: { cursor?: string; limit?: number }) {
    const qb = this.ds
      .getRepository(WorkReport)
      .createQueryBuilder('w')
      .where("w.status = 'published'")
      .andWhere('w.project_id IN (:...ids)', { ids: projectIds.length ? projectIds : [0] });
    return keysetPage(qb, 'w', q);
  }
}
