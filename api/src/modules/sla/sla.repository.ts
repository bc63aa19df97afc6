import { Inject, Injectable } from '@nestjs/common';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { effectiveDueSql } from './clock-sql.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { Project, ProjectSetting } from '../org/entities.js';
import { SlaClock, SlaExtension } from './entities.js';

/** Every query of SLA clocks, their extensions and the per-project SLA settings. */
@Injectable()
export class SlaRepository {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }

  // ---------- settings ----------
  /** The project's time zone (null when unset or no such project) and its setting rows. */
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
  async putSetting(em: EntityManager, projectId: number, key: string, value: unknown): Promise<void> {
    const repo = em.getRepository(ProjectSetting);
    const cur = await repo.findOne({ where: { projectId, key } });
    if (cur) await repo.update({ id: cur.id }, { value: value as never });
    else await repo.insert({ projectId, key, value: value as never });
  }

  // ---------- clocks ----------
  /** Inserts a clock; a second one of the same request, kind and cycle is refused by the unique key. */
  async insertClock(em: EntityManager, row: Omit<SlaClock, 'id'>): Promise<void> {
    await em.getRepository(SlaClock).insert(row);
  }
  /** Several clocks in one statement (a new request's first promises: none can exist yet). */
  async insertClocks(em: EntityManager, rows: Omit<SlaClock, 'id'>[]): Promise<void> {
    await em.getRepository(SlaClock).insert(rows);
  }
  /** The running clock of this request, kind and cycle. */
  runningClock(requestId: number, kind: string, cycle: number, em?: EntityManager) {
    return (em ?? this.ds.manager).getRepository(SlaClock).findOne({ where: { requestId, kind, cycle, metAt: IsNull() } });
  }
  /** Stops a clock if it is still running; false when it was stopped already. */
  async stopClock(em: EntityManager, id: number, patch: Pick<SlaClock, 'metAt' | 'pausedAt' | 'breachedAt'>): Promise<boolean> {
    const r = await em.getRepository(SlaClock).update({ id, metAt: IsNull() }, patch);
    return (r.affected ?? 0) === 1;
  }
  /** Stops the running clocks of these kinds as cancelled (one UPDATE a kind). */
  async cancelClocks(em: EntityManager, requestId: number, kinds: readonly string[], cycle: number, at: Date): Promise<void> {
    for (const kind of kinds)
      await em
        .getRepository(SlaClock)
        .update({ requestId, kind, cycle, metAt: IsNull() }, { metAt: at, cancelledAt: at, pausedAt: null });
  }
  async setDue(em: EntityManager, requestId: number, kind: string, cycle: number, due: Date): Promise<void> {
    await em.getRepository(SlaClock).update({ requestId, kind, cycle, metAt: IsNull() }, { dueAt: due });
  }
  /** Pauses every running, unpaused clock of the request's cycle. */
  async pauseClocks(em: EntityManager, requestId: number, cycle: number, at: Date): Promise<void> {
    await em.getRepository(SlaClock).update({ requestId, cycle, metAt: IsNull(), pausedAt: IsNull() }, { pausedAt: at });
  }
  /** Running clocks of the request's cycle (paused or not). */
  runningClocksOfCycle(em: EntityManager, requestId: number, cycle: number) {
    return em.getRepository(SlaClock).find({ where: { requestId, cycle, metAt: IsNull() } });
  }
  async resumeClock(em: EntityManager, id: number, dueAt: Date): Promise<void> {
    await em.getRepository(SlaClock).update({ id }, { pausedAt: null, dueAt });
  }
  clocks(requestId: number) {
    return this.ds.getRepository(SlaClock).find({ where: { requestId }, order: { id: 'ASC' } });
  }
  clocksByIds(ids: number[]) {
    if (!ids.length) return Promise.resolve([] as SlaClock[]);
    return this.ds.getRepository(SlaClock).createQueryBuilder('c').where('c.id IN (:...ids)', { ids }).getMany();
  }
  /**
   * The breach job's one conditional UPDATE: every running, unpaused, unmarked clock past its
   * effective due time (the extension when later) is marked with `now` and this run's id.
   */
  async markBreached(run: string, now: Date): Promise<void> {
    await this.ds
      .createQueryBuilder()
      .update(SlaClock)
      .set({ breachedAt: now, breachRun: run })
      .where('met_at IS NULL AND paused_at IS NULL AND breached_at IS NULL')
      .andWhere(`${effectiveDueSql('')} < :now`, {
        now,
      })
      .execute();
  }
  /** The clocks a breach run marked. */
  markedBy(run: string) {
    return this.ds.getRepository(SlaClock).find({ where: { breachRun: run } });
  }

  // ---------- extensions ----------
  extension(id: number) {
    return this.ds.getRepository(SlaExtension).findOne({ where: { id } });
  }
  async insertExtension(row: Omit<SlaExtension, 'id'>, em?: EntityManager): Promise<number> {
    return Number((await (em ?? this.ds.manager).getRepository(SlaExtension).insert(row)).identifiers[0]!.id);
  }
  /** A project's extension requests (optionally of one status, or one of them), newest first. */
  extensions(projectId: number, status?: string, id?: number, requestId?: number) {
    const qb = this.ds.getRepository(SlaExtension).createQueryBuilder('x').where('x.project_id = :projectId', { projectId });
    if (status) qb.andWhere('x.status = :status', { status });
    if (id) qb.andWhere('x.id = :id', { id });
    if (requestId) qb.andWhere('x.request_id = :requestId', { requestId });
    return qb.orderBy('x.id', 'DESC').take(200).getMany();
  }
  /** The latest extension asked for each clock of a request. */
  async latestExtensionsOfRequest(requestId: number): Promise<Map<number, SlaExtension>> {
    const rows = await this.ds.getRepository(SlaExtension).find({ where: { requestId }, order: { id: 'ASC' } });
    return new Map(rows.map((x) => [x.clockId, x]));
  }
  /** Decides a pending extension; false when it was decided already (one decision only). */
  async decideExtension(
    em: EntityManager,
    id: number,
    patch: Pick<SlaExtension, 'status' | 'decidedBy' | 'decidedAt' | 'decisionNote'>,
  ): Promise<boolean> {
    const done = await em.getRepository(SlaExtension).update({ id, status: 'pending' }, patch);
    return (done.affected ?? 0) === 1;
  }
  async extendClock(
    em: EntityManager,
    clockId: number,
    patch: Pick<SlaClock, 'extendedUntil' | 'extensionApprovedBy' | 'extensionReason'>,
  ): Promise<void> {
    await em.getRepository(SlaClock).update({ id: clockId }, patch);
  }
}
