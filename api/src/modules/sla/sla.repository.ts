import { Inject, Injectable } from '@nestjs/common';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { countRows } from '../../database/count.js';
import { effectiveDueSql, firstCallbackMadeSql } from './clock-sql.js';
import {
  dbValue,
  execute,
  hydrate,
  insertRow,
  insertRows,
  insertSelect,
  partColumns,
  readPart,
  selectRows,
  type ReadPart,
} from '../../database/rows.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { SlaClock, SlaExtension } from './entities.js';

/** Every query of SLA clocks, their extensions and the per-project SLA settings. */
@Injectable()
export class SlaRepository {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }

  // ---------- clocks ----------
  /** Inserts a clock; a second one of the same request, kind and cycle is refused by the unique key. */
  async insertClock(em: EntityManager, row: Omit<SlaClock, 'id'>): Promise<void> {
    await insertRow(em, SlaClock, row);
  }
  /** Several clocks in one statement (a new request's first promises: none can exist yet); their ids in order. */
  insertClocks(em: EntityManager, rows: Omit<SlaClock, 'id'>[]): Promise<number[]> {
    return insertRows(em, SlaClock, rows);
  }
  /** The running clock of this request, kind and cycle. */
  async runningClock(requestId: number, kind: string, cycle: number, em?: EntityManager): Promise<SlaClock | null> {
    const [c] = await selectRows(
      em ?? this.ds.manager,
      SlaClock,
      'request_id = ? AND kind = ? AND cycle = ? AND met_at IS NULL',
      [requestId, kind, cycle],
    );
    return c ?? null;
  }
  /**
   * Stops the running clock of this request, kind and cycle now, in one statement: one kept after
   * its due time in force (the approved extension when later) keeps, or gets, its breach mark.
   * False when none was running.
   */
  async meetClock(em: EntityManager, requestId: number, kind: string, cycle: number, at: Date): Promise<boolean> {
    return (await this.meetClocks(em, requestId, [kind], cycle, at)) === 1;
  }
  /** Stops the running clocks of these kinds at once (a finish keeps two promises); answers how many were running. */
  meetClocks(em: EntityManager, requestId: number, kinds: readonly string[], cycle: number, at: Date): Promise<number> {
    const t = dbValue(em, SlaClock, 'metAt', at);
    return execute(
      em,
      `UPDATE sla_clock SET met_at = ?, paused_at = NULL, breached_at = COALESCE(breached_at, CASE WHEN ? > ${effectiveDueSql('')} THEN ? ELSE NULL END)
        WHERE request_id = ? AND ${kinds.length === 1 ? 'kind = ?' : `kind IN (${kinds.map(() => '?').join(', ')})`} AND cycle = ? AND met_at IS NULL`,
      [t, t, t, requestId, ...kinds, cycle],
    );
  }
  /**
   * A re-dispatch ends the dispatch round's promise of this kind (R-REP-16): a running one is
   * stopped as superseded (cancelled), and one already past its due time in force keeps, or gets,
   * its breach mark, so the round stays broken in the KPIs and on the order. One statement; MySQL
   * evaluates SET left to right, so cancelled_at and breached_at come before the columns they read
   * (paused_at) change.
   */
  async supersedeRound(em: EntityManager, requestId: number, kind: string, cycle: number, at: Date): Promise<void> {
    const t = dbValue(em, SlaClock, 'metAt', at);
    await execute(
      em,
      `UPDATE sla_clock SET cancelled_at = ?,
              breached_at = COALESCE(breached_at, CASE WHEN paused_at IS NULL AND ? > ${effectiveDueSql('')} THEN ? ELSE NULL END),
              met_at = ?, paused_at = NULL
        WHERE request_id = ? AND kind = ? AND cycle = ? AND met_at IS NULL`,
      [t, t, t, t, requestId, kind, cycle],
    );
  }
  /**
   * The clock of a new dispatch round (R-REP-16): its round is one more than the latest of this request,
   * kind and cycle (0 for the first), taken in the INSERT itself, so starting a round is one statement.
   */
  async insertNextRoundClock(em: EntityManager, row: Omit<SlaClock, 'id' | 'dispatchRound'>): Promise<void> {
    await insertSelect(
      em,
      SlaClock,
      row,
      { dispatchRound: 'COALESCE(MAX(dispatch_round) + 1, 0)' },
      'sla_clock WHERE request_id = ? AND kind = ? AND cycle = ?',
      [row.requestId, row.kind, row.cycle],
    );
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
  /** Running clocks of these requests (any cycle). */
  runningClocks(requestIds: number[]) {
    if (!requestIds.length) return Promise.resolve([] as SlaClock[]);
    return this.ds
      .getRepository(SlaClock)
      .createQueryBuilder('c')
      .where('c.request_id IN (:...ids) AND c.met_at IS NULL', { ids: requestIds })
      .getMany();
  }
  /** A running clock of this kind on the request, whatever its cycle. */
  runningClockAnyCycle(requestId: number, kind: string) {
    return this.ds.getRepository(SlaClock).findOne({ where: { requestId, kind, metAt: IsNull() } });
  }
  /** The clock of this kind and cycle, running or not. */
  async clock(em: EntityManager, requestId: number, kind: string, cycle: number): Promise<SlaClock | null> {
    const [c] = await selectRows(em, SlaClock, 'request_id = ? AND kind = ? AND cycle = ? ORDER BY dispatch_round DESC', [
      requestId,
      kind,
      cycle,
    ]);
    return c ?? null;
  }

  /** Callbacks to make (R-REP-09/10), soonest due first; `dueFrom`/`dueBefore` bound the due time. */
  /**
   * One page of the callback queue (its window: due soon, late, or all), soonest due first; keyset on
   * (effective due, id): `after` is the last row of the page before. `limit` rows, one more to tell whether
   * another page follows.
   */
  callbacksDue(projectId: number, w: { dueFrom?: Date; dueBefore?: Date }, limit: number, after?: { due: Date; id: number }) {
    const qb = this.ds
      .getRepository(SlaClock)
      .createQueryBuilder('c')
      .where("c.project_id = :projectId AND c.kind IN ('callback','second_callback') AND c.met_at IS NULL", { projectId })
      .andWhere(firstCallbackMadeSql('c'));
    if (w.dueFrom) qb.andWhere(`${effectiveDueSql('c')} >= :dueFrom`, { dueFrom: w.dueFrom });
    if (w.dueBefore) qb.andWhere(`${effectiveDueSql('c')} < :dueBefore`, { dueBefore: w.dueBefore });
    if (after)
      qb.andWhere(`(${effectiveDueSql('c')} > :afterDue OR (${effectiveDueSql('c')} = :afterDue AND c.id > :afterId))`, {
        afterDue: after.due,
        afterId: after.id,
      });
    return qb.orderBy(effectiveDueSql('c'), 'ASC').addOrderBy('c.id', 'ASC').limit(limit).getMany();
  }
  /** How many callbacks wait (R-REP-09/10): all, due within `soonMs` (not yet late), and late — the queue's tabs. */
  async callbackCounts(projectId: number, now: Date, soonMs: number) {
    const due = `t.project_id = :projectId AND t.kind IN ('callback', 'second_callback') AND t.met_at IS NULL AND ${firstCallbackMadeSql('t')}`;
    const p = { projectId, now, soon: new Date(now.getTime() + soonMs) };
    const [all, soon, overdue] = await Promise.all([
      countRows(this.ds, 'sla_clock', due, p),
      countRows(this.ds, 'sla_clock', `${due} AND ${effectiveDueSql('t')} >= :now AND ${effectiveDueSql('t')} < :soon`, p),
      countRows(this.ds, 'sla_clock', `${due} AND ${effectiveDueSql('t')} < :now`, p),
    ]);
    return { all, soon, overdue };
  }
  /** Extension requests of the project waiting for a decision. */
  pendingExtensions(projectId: number): Promise<number> {
    return countRows(this.ds, 'sla_extension', "t.project_id = :projectId AND t.status = 'pending'", { projectId });
  }

  clocks(requestId: number) {
    return selectRows(this.ds.manager, SlaClock, 'request_id = ? ORDER BY id ASC', [requestId]);
  }
  /**
   * A request's clocks (in order) and, for the centre's eyes, the latest extension asked for each, as a
   * part of a read (`readTogether`: the detail reads them with its timeline in one statement).
   */
  clocksPart(requestId: number, withExtensions: boolean): ReadPart<{ clocks: SlaClock[]; extensions: Map<number, SlaExtension> }> {
    const em = this.ds.manager;
    return {
      columns: [
        ...partColumns(em, SlaClock, 'c', 'c_'),
        ...(withExtensions ? partColumns(em, SlaExtension, 'x', 'x_') : []),
      ],
      from: `FROM sla_clock c${
        withExtensions
          ? ' LEFT JOIN sla_extension x ON x.id = (SELECT MAX(l.id) FROM sla_extension l WHERE l.clock_id = c.id AND l.request_id = c.request_id)'
          : ''
      } WHERE c.request_id = ?`,
      params: [requestId],
      order: 'c.id',
      read: (rows) => {
        const clocks = rows.map((r) => hydrate(em, SlaClock, r, 'c_'));
        const extensions = new Map<number, SlaExtension>();
        if (withExtensions)
          for (const r of rows)
            if (r.x_id !== null && r.x_id !== undefined) {
              const x = hydrate(em, SlaExtension, r, 'x_');
              extensions.set(x.clockId, x);
            }
        return { clocks, extensions };
      },
    };
  }
  /** A request's clocks (in order) and the latest extension asked for each, in one query. */
  clocksWithExtensions(requestId: number): Promise<{ clocks: SlaClock[]; extensions: Map<number, SlaExtension> }> {
    return readPart(this.ds.manager, this.clocksPart(requestId, true));
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
    const rows = await selectRows(this.ds.manager, SlaExtension, 'request_id = ? ORDER BY id ASC', [requestId]);
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
