import { Inject, Injectable } from '@nestjs/common';
import { EMPTY_MONTH_COUNTS, type ComplaintMonthCounts } from '@wy/shared';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { escapeLike, keysetPage } from '../../common/paging.js';
import { openDailyCounter } from '../../common/daily-code.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { Complaint, ComplaintClassItem, ComplaintClock, ComplaintEvent, ComplaintParty } from './entities.js';
import { complaintOverdueSql } from './late-sql.js';

/** The counter row of a project's complaint serials (daily_counter, keyed by project). */
export const serialKey = (projectId: number) => `TS-${projectId}`;

/** Every query of complaints, their timeline, their clocks and the classification table. */
@Injectable()
export class ComplaintsRepository {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }

  // ---------- serials (R-CMP-02) ----------
  /** Opens the project's serial counter before the transaction that takes one (see daily-code.ts). */
  openSerials(projectId: number): Promise<void> {
    return openDailyCounter(this.ds, serialKey(projectId));
  }
  /**
   * The project's next serial, in the caller's transaction: one UPDATE whose row lock queues
   * concurrent reviews of the project until the transaction ends (no two get one serial; a rolled
   * back review gives its serial back, and a committed one is never given again).
   */
  async nextSerial(em: EntityManager, projectId: number): Promise<number> {
    const key = serialKey(projectId);
    await em.query('UPDATE daily_counter SET last_serial = last_serial + 1 WHERE prefix = ?', [key]);
    const [row] = await em.query('SELECT last_serial AS n FROM daily_counter WHERE prefix = ?', [key]);
    if (!row) throw new Error(`serial counter ${key} was not opened before the transaction`);
    return Number(row.n);
  }

  // ---------- complaints ----------
  async insert(em: EntityManager, row: Omit<Complaint, 'id'>): Promise<number> {
    const r = await em.getRepository(Complaint).insert(row);
    return Number(r.identifiers[0]!.id);
  }
  byId(id: number, em?: EntityManager) {
    return (em ?? this.ds.manager).getRepository(Complaint).findOne({ where: { id } });
  }
  /** The move's conditional update: false when someone moved it first (version changed). */
  async move(em: EntityManager, c: Complaint, patch: Partial<Complaint>): Promise<boolean> {
    const r = await em.getRepository(Complaint).update({ id: c.id, version: c.version }, { ...patch, version: c.version + 1 });
    return (r.affected ?? 0) === 1;
  }

  /** The register: a project's complaints, newest first, filtered and paged on the server. */
  page(q: {
    projectId: number;
    status?: string;
    importance?: string;
    category?: string;
    immediate?: boolean;
    overdueAt?: Date;
    keyword?: string;
    cursor?: string;
    limit?: number;
  }) {
    const qb = this.ds.getRepository(Complaint).createQueryBuilder('c').where('c.project_id = :pid', { pid: q.projectId });
    if (q.status) qb.andWhere('c.status = :status', { status: q.status });
    if (q.importance) qb.andWhere('c.importance = :imp', { imp: q.importance });
    if (q.category) qb.andWhere('c.category = :cat', { cat: q.category });
    if (q.immediate) qb.andWhere('c.immediate IS NOT NULL');
    if (q.keyword)
      qb.andWhere("(c.code LIKE :kw ESCAPE '!' OR c.complainant_name LIKE :kw ESCAPE '!' OR c.problem LIKE :kw ESCAPE '!')", {
        kw: `%${escapeLike(q.keyword)}%`,
      });
    if (q.overdueAt) this.whereOverdue(qb, q.overdueAt);
    return keysetPage(qb, 'c', q);
  }
  /** A running promise of the complaint is past its due time (an approved extension counts). */
  private whereOverdue(qb: ReturnType<typeof this.qb>, at: Date) {
    qb.andWhere(complaintOverdueSql('c'), { overdueAt: at });
  }
  private qb() {
    return this.ds.getRepository(Complaint).createQueryBuilder('c');
  }
  /**
   * R-CMP-08 the manager's escalation inbox: the project's open class A complaints with a broken
   * promise (a running clock past due, or one kept late), oldest due first.
   */
  escalations(projectIds: number[] | 'all', at: Date) {
    const qb = this.qb()
      .where('c.importance = :a', { a: 'A' })
      .andWhere('c.status IN (:...open)', { open: ['handling', 'handled', 'replied'] });
    if (projectIds !== 'all') {
      if (!projectIds.length) return Promise.resolve([] as Complaint[]);
      qb.andWhere('c.project_id IN (:...pids)', { pids: projectIds });
    }
    this.whereOverdue(qb, at);
    return qb.orderBy('c.id', 'ASC').limit(200).getMany();
  }
  /** The owner's own complaints and those they joined (R-CMP-14), newest first. */
  ofPerson(personId: number) {
    return this.qb()
      .where('c.complainant_person_id = :pid', { pid: personId })
      .orWhere('c.id IN (SELECT x.complaint_id FROM complaint_party x WHERE x.person_id = :pid)', { pid: personId })
      .orderBy('c.id', 'DESC')
      .limit(100)
      .getMany();
  }
  byJoinCode(code: string) {
    return this.ds.getRepository(Complaint).findOne({ where: { joinCode: code } });
  }

  // ---------- joint complaints (R-CMP-14) ----------
  async insertParty(em: EntityManager, row: Omit<ComplaintParty, 'id'>): Promise<void> {
    await em.getRepository(ComplaintParty).insert(row);
  }
  parties(complaintId: number) {
    return this.ds.getRepository(ComplaintParty).find({ where: { complaintId }, order: { id: 'ASC' } });
  }
  async isParty(complaintId: number, personId: number): Promise<boolean> {
    return (await this.ds.getRepository(ComplaintParty).count({ where: { complaintId, personId } })) > 0;
  }

  // ---------- monthly statistics (R-RPT-01, R-CMP-22), counted in SQL ----------
  /** The month's counts per category ('' for complaints not graded). */
  async monthCounts(projectId: number, from: Date, to: Date, satisfied: readonly string[]) {
    const n = (v: unknown) => Number(v ?? 0);
    const cat = (v: unknown) => (v === null || v === undefined ? '' : String(v));
    const received: Record<string, unknown>[] = await this.qb()
      .select('c.category', 'category')
      .addSelect('COUNT(*)', 'received')
      .addSelect("SUM(CASE WHEN c.status <> 'invalid' AND c.reviewed_at IS NOT NULL THEN 1 ELSE 0 END)", 'valid')
      .where('c.project_id = :pid AND c.received_at >= :from AND c.received_at < :to', { pid: projectId, from, to })
      .groupBy('c.category')
      .getRawMany();
    const clocks = (kind: string, on: 'met_at' | 'started_at') =>
      this.ds
        .getRepository(ComplaintClock)
        .createQueryBuilder('k')
        .innerJoin(Complaint, 'c', 'c.id = k.complaint_id')
        .select('c.category', 'category')
        .addSelect('COUNT(*)', 'total')
        .addSelect('SUM(CASE WHEN k.breached_at IS NULL THEN 1 ELSE 0 END)', 'inTime')
        .addSelect('SUM(CASE WHEN k.met_at IS NOT NULL THEN 1 ELSE 0 END)', 'met')
        .where('k.project_id = :pid AND k.kind = :kind AND k.cancelled_at IS NULL', { pid: projectId, kind })
        .andWhere(`k.${on} >= :from AND k.${on} < :to`, { from, to })
        .groupBy('c.category')
        .getRawMany() as Promise<Record<string, unknown>[]>;
    const [handled, callbacks] = await Promise.all([clocks('resolve', 'met_at'), clocks('callback', 'started_at')]);
    const closed: Record<string, unknown>[] = await this.qb()
      .select('c.category', 'category')
      .addSelect('COUNT(*)', 'closed')
      .addSelect('SUM(CASE WHEN c.cycle = 0 THEN 1 ELSE 0 END)', 'firstTime')
      .addSelect('SUM(CASE WHEN c.satisfaction IN (:...sat) THEN 1 ELSE 0 END)', 'satisfied')
      .addSelect(
        `SUM(CASE WHEN NOT EXISTS (SELECT 1 FROM complaint_clock b WHERE b.complaint_id = c.id
          AND b.kind IN ('acknowledge', 'answer', 'reply', 'callback') AND b.breached_at IS NOT NULL) THEN 1 ELSE 0 END)`,
        'tracked',
      )
      .where('c.project_id = :pid AND c.closed_at >= :from AND c.closed_at < :to', { pid: projectId, from, to, sat: satisfied })
      .groupBy('c.category')
      .getRawMany();
    const out = new Map<string, ComplaintMonthCounts>();
    const row = (k: string) => {
      let r = out.get(k);
      if (!r) {
        r = { ...EMPTY_MONTH_COUNTS };
        out.set(k, r);
      }
      return r;
    };
    for (const x of received) Object.assign(row(cat(x.category)), { received: n(x.received), valid: n(x.valid) });
    for (const x of handled) Object.assign(row(cat(x.category)), { handled: n(x.total), handledInTime: n(x.inTime) });
    for (const x of callbacks) Object.assign(row(cat(x.category)), { callbacksDue: n(x.total), callbacksDone: n(x.met) });
    for (const x of closed)
      Object.assign(row(cat(x.category)), {
        closed: n(x.closed),
        closedFirstTime: n(x.firstTime),
        satisfied: n(x.satisfied),
        tracked: n(x.tracked),
      });
    return out;
  }

  // ---------- timeline ----------
  async insertEvent(em: EntityManager, row: Omit<ComplaintEvent, 'id'>): Promise<ComplaintEvent> {
    const r = await em.getRepository(ComplaintEvent).insert(row as never);
    return Object.assign(new ComplaintEvent(), row, { id: Number(r.identifiers[0]!.id) });
  }
  events(complaintId: number, audience?: 'owner') {
    return this.ds
      .getRepository(ComplaintEvent)
      .find({ where: { complaintId, ...(audience ? { audience } : {}) }, order: { id: 'ASC' } });
  }

  // ---------- clocks ----------
  async insertClock(em: EntityManager, row: Omit<ComplaintClock, 'id'>): Promise<void> {
    await em.getRepository(ComplaintClock).insert(row);
  }
  clocks(complaintId: number, em?: EntityManager) {
    return (em ?? this.ds.manager).getRepository(ComplaintClock).find({ where: { complaintId }, order: { id: 'ASC' } });
  }
  runningClocks(complaintIds: number[]) {
    if (!complaintIds.length) return Promise.resolve([] as ComplaintClock[]);
    return this.ds
      .getRepository(ComplaintClock)
      .createQueryBuilder('k')
      .where('k.complaint_id IN (:...ids)', { ids: complaintIds })
      .andWhere('k.met_at IS NULL')
      .orderBy('k.id', 'ASC')
      .getMany();
  }
  runningClock(em: EntityManager, complaintId: number, kind: string) {
    return em.getRepository(ComplaintClock).findOne({ where: { complaintId, kind, metAt: IsNull() } });
  }
  /** Stops a running clock; false when it was not running. */
  async stopClock(em: EntityManager, id: number, patch: Pick<ComplaintClock, 'metAt' | 'breachedAt'>): Promise<boolean> {
    const r = await em.getRepository(ComplaintClock).update({ id, metAt: IsNull() }, patch);
    return (r.affected ?? 0) === 1;
  }
  async setClock(em: EntityManager, id: number, patch: Partial<ComplaintClock>): Promise<void> {
    await em.getRepository(ComplaintClock).update({ id }, patch);
  }
  /** Running clocks stopped without being kept or broken (superseded): a breach mark the job gave it is lifted. */
  async cancelClocks(em: EntityManager, complaintId: number, kinds: readonly string[], at: Date): Promise<void> {
    for (const kind of kinds)
      await em
        .getRepository(ComplaintClock)
        .update({ complaintId, kind, metAt: IsNull() }, { metAt: at, cancelledAt: at, breachedAt: null });
  }
  /**
   * The breach job's one conditional UPDATE: every running, unmarked promise past its due time in force
   * (the approved extension when later) is marked with `now` and this run's id.
   */
  async markBreached(run: string, now: Date): Promise<void> {
    await this.ds
      .createQueryBuilder()
      .update(ComplaintClock)
      .set({ breachedAt: now, breachRun: run })
      .where('met_at IS NULL AND breached_at IS NULL AND COALESCE(extended_until, due_at) < :now', { now })
      .execute();
  }
  /** The promises a breach run marked. */
  markedBy(run: string) {
    return this.ds.getRepository(ComplaintClock).find({ where: { breachRun: run } });
  }

  // ---------- classification table (R-CMP-04) ----------
  classItems(projectId: number, activeOnly: boolean) {
    return this.ds
      .getRepository(ComplaintClassItem)
      .find({ where: { projectId, ...(activeOnly ? { active: true } : {}) }, order: { sort: 'ASC', id: 'ASC' } });
  }
  classItem(id: number) {
    return this.ds.getRepository(ComplaintClassItem).findOne({ where: { id } });
  }
  async insertClassItem(row: Omit<ComplaintClassItem, 'id'>, em?: EntityManager): Promise<number> {
    const r = await (em ?? this.ds.manager).getRepository(ComplaintClassItem).insert(row);
    return Number(r.identifiers[0]!.id);
  }
  async updateClassItem(id: number, patch: Partial<ComplaintClassItem>): Promise<void> {
    await this.ds.getRepository(ComplaintClassItem).update({ id }, patch);
  }
}
