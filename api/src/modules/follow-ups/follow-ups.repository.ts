import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { FOLLOW_UP_CLOSED, FOLLOW_UP_OPEN, type FollowUpKind, type FollowUpSubject } from '@wy/shared';
import { readDate } from '../../database/raw.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { complaintNextDueSql, complaintOverdueSql, complaintPromiseDueSql } from '../complaints/late-sql.js';
import { requestLateSql } from '../sla/clock-sql.js';
import { FollowUp } from './entities.js';

export interface SubjectBrief {
  projectId: number;
  status: string;
  cycle: number;
  importance: string | null;
  receivedAt: Date;
  closedAt: Date | null;
}

/** One repair or complaint as the supervisor's lists show it. */
export interface SubjectRow {
  id: number;
  projectId: number;
  code: string | null;
  status: string;
  cycle: number;
  title: string;
  summary: string;
  person: string;
  receivedAt: Date;
  dueAt: Date | null;
  closedAt: Date | null;
  important: boolean;
  importance: string | null;
  /** R-CMP-18 a complaint with a promise due today or already past */
  promiseDue: boolean;
  overdue: boolean;
  /** a follow-up of the list's kind made on this occasion (today / this closure) */
  done: boolean;
  lastId: number | null;
}
export interface ListFilter {
  projectId: number;
  subject: FollowUpSubject;
  kind: FollowUpKind;
  /** the project's local date: today's daily follow-ups count as done */
  today: string;
  now: Date;
  /** closures since this instant are offered for verification */
  closedSince: Date;
  /** the end of the project's local today: R-CMP-18 promises due before it are due today or past */
  dayEnd: Date;
  /** weekly: the week's bounds (local Monday 00:00 to the next) and its occasion key */
  week?: { from: Date; to: Date; occasion: string };
  pending?: boolean;
  overdue?: boolean;
  /** R-CMP-18 only complaints with a promise due today or already past */
  promiseDue?: boolean;
  /** only class A complaints */
  classA?: boolean;
  afterId?: number;
  limit: number;
}

/**
 * Reads of repairs and complaints for the supervisor (plain SQL over their tables, as reports do, with
 * each module's own definition of late), and the follow_up records this module owns.
 */
@Injectable()
export class FollowUpsRepository {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  /** The follow-up of the list's kind made on this occasion, for `alias`'s row. */
  private doneSql(subject: FollowUpSubject, kind: FollowUpKind, alias: string) {
    const occasion =
      kind === 'daily' ? 'fd.occasion = :today' : kind === 'weekly' ? 'fd.occasion = :weekOccasion' : `fd.cycle = ${alias}.cycle`;
    return `EXISTS (SELECT 1 FROM follow_up fd WHERE fd.subject_kind = '${subject}' AND fd.subject_id = ${alias}.id
      AND fd.kind = '${kind}' AND ${occasion})`;
  }

  private base(f: ListFilter): SelectQueryBuilder<object> {
    const a = f.subject === 'repair' ? 'r' : 'c';
    const qb =
      f.subject === 'repair'
        ? this.ds
            .createQueryBuilder()
            .from('service_request', 'r')
            .innerJoin('repair_category', 'rc', 'rc.id = r.category_id')
            .where("r.project_id = :pid AND r.type = 'repair'")
        : this.ds.createQueryBuilder().from('complaint', 'c').where('c.project_id = :pid');
    qb.setParameters({ pid: f.projectId, today: f.today, now: f.now, overdueAt: f.now, dayEnd: f.dayEnd });
    if (f.kind === 'weekly') {
      // R-CMP-18 the week's complaints: every one received or closed in the week, whatever its state
      const w = f.week!;
      qb.andWhere(`((${a}.received_at >= :wFrom AND ${a}.received_at < :wTo) OR (${a}.closed_at >= :wFrom AND ${a}.closed_at < :wTo))`, {
        wFrom: w.from,
        wTo: w.to,
        weekOccasion: w.occasion,
      });
    } else {
      const states = f.kind === 'daily' ? FOLLOW_UP_OPEN[f.subject] : FOLLOW_UP_CLOSED[f.subject];
      qb.andWhere(`${a}.status IN (:...states)`, { states });
    }
    if (f.kind === 'closure') qb.andWhere(`${a}.closed_at >= :since`, { since: f.closedSince });
    if (f.pending) qb.andWhere(`NOT ${this.doneSql(f.subject, f.kind, a)}`);
    if (f.overdue) qb.andWhere(this.overdueSql(f.subject));
    if (f.promiseDue && f.subject === 'complaint') qb.andWhere(complaintPromiseDueSql('c', 'dayEnd'));
    if (f.classA && f.subject === 'complaint') qb.andWhere("c.importance = 'A'");
    return qb;
  }
  private overdueSql(subject: FollowUpSubject) {
    return subject === 'repair' ? requestLateSql('r') : complaintOverdueSql('c');
  }

  async list(f: ListFilter): Promise<SubjectRow[]> {
    const qb = this.base(f);
    const a = f.subject === 'repair' ? 'r' : 'c';
    if (f.afterId) qb.andWhere(`${a}.id < :afterId`, { afterId: f.afterId });
    const cols: Record<string, string> =
      f.subject === 'repair'
        ? {
            title: 'rc.name',
            summary: 'r.description',
            person: 'r.requester_name',
            dueAt: 'r.required_by',
            important: 'r.is_important',
            importance: 'NULL',
            promiseDue: '0',
          }
        : {
            title: 'c.category',
            summary: 'c.problem',
            person: 'c.complainant_name',
            dueAt: `COALESCE(${complaintNextDueSql('c')}, c.promised_at)`,
            important: "CASE WHEN c.importance = 'A' THEN 1 ELSE 0 END",
            importance: 'c.importance',
            promiseDue: `CASE WHEN ${complaintPromiseDueSql('c', 'dayEnd')} THEN 1 ELSE 0 END`,
          };
    qb.select(`${a}.id`, 'id')
      .addSelect(`${a}.project_id`, 'projectId')
      .addSelect(`${a}.code`, 'code')
      .addSelect(`${a}.status`, 'status')
      .addSelect(`${a}.cycle`, 'cycle')
      .addSelect(`${a}.received_at`, 'receivedAt')
      .addSelect(`${a}.closed_at`, 'closedAt')
      .addSelect(`CASE WHEN ${this.overdueSql(f.subject)} THEN 1 ELSE 0 END`, 'overdue')
      .addSelect(`CASE WHEN ${this.doneSql(f.subject, f.kind, a)} THEN 1 ELSE 0 END`, 'done')
      .addSelect(
        `(SELECT MAX(fl.id) FROM follow_up fl WHERE fl.subject_kind = '${f.subject}' AND fl.subject_id = ${a}.id AND fl.kind = '${f.kind}')`,
        'lastId',
      );
    for (const [k, v] of Object.entries(cols)) qb.addSelect(v, k);
    const rows: Record<string, unknown>[] = await qb.orderBy(`${a}.id`, 'DESC').limit(f.limit).getRawMany();
    return rows.map((r) => ({
      id: Number(r.id),
      projectId: Number(r.projectId),
      code: (r.code as string | null) ?? null,
      status: String(r.status),
      cycle: Number(r.cycle),
      title: String(r.title ?? ''),
      summary: String(r.summary ?? ''),
      person: String(r.person ?? ''),
      receivedAt: readDate(r.receivedAt)!,
      dueAt: readDate(r.dueAt),
      closedAt: readDate(r.closedAt),
      important: Number(r.important) === 1 || r.important === true,
      importance: (r.importance as string | null | undefined) ?? null,
      promiseDue: Number(r.promiseDue) === 1,
      overdue: Number(r.overdue) === 1,
      done: Number(r.done) === 1,
      lastId: r.lastId === null || r.lastId === undefined ? null : Number(r.lastId),
    }));
  }

  /** How many of the list are still to do (for the tabs' counts). */
  async countPending(f: Omit<ListFilter, 'afterId' | 'limit' | 'pending' | 'overdue' | 'promiseDue' | 'classA'>): Promise<number> {
    const r = await this.base({ ...f, pending: true, limit: 0 })
      .select('COUNT(*)', 'n')
      .getRawOne<{ n: number | string }>();
    return Number(r?.n ?? 0);
  }

  /** The repair or complaint a follow-up is about, with its project, cycle and (complaints) class and times. */
  async subject(kind: FollowUpSubject, id: number): Promise<SubjectBrief | null> {
    const sql =
      kind === 'repair'
        ? "SELECT project_id AS projectId, status, cycle, NULL AS importance, received_at AS receivedAt, closed_at AS closedAt FROM service_request WHERE id = ? AND type = 'repair'"
        : 'SELECT project_id AS projectId, status, cycle, importance, received_at AS receivedAt, closed_at AS closedAt FROM complaint WHERE id = ?';
    const r = (await this.ds.query(sql, [id]))[0];
    return r
      ? {
          projectId: Number(r.projectId),
          status: String(r.status),
          cycle: Number(r.cycle),
          importance: r.importance ?? null,
          receivedAt: readDate(r.receivedAt)!,
          closedAt: readDate(r.closedAt),
        }
      : null;
  }
  /** R-CMP-18 whether a complaint has a running promise due before `dayEnd` (today or already past). */
  async complaintPromiseDue(id: number, dayEnd: Date): Promise<boolean> {
    const r = await this.ds
      .createQueryBuilder()
      .from('complaint', 'c')
      .select('c.id', 'id')
      .where('c.id = :id', { id })
      .andWhere(complaintPromiseDueSql('c', 'dayEnd'), { dayEnd })
      .getRawOne();
    return !!r;
  }

  projectTimezone(projectId: number): Promise<string | null> {
    return this.ds.query('SELECT timezone AS tz FROM project WHERE id = ?', [projectId]).then((r) => r[0]?.tz ?? null);
  }

  async insert(row: Omit<FollowUp, 'id'>): Promise<FollowUp> {
    const r = await this.ds.getRepository(FollowUp).insert(row as never);
    return Object.assign(new FollowUp(), row, { id: Number(r.identifiers[0]!.id) });
  }
  byIds(ids: number[]): Promise<FollowUp[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.ds.getRepository(FollowUp).createQueryBuilder('f').where('f.id IN (:...ids)', { ids }).getMany();
  }
  history(subjectKind: FollowUpSubject, subjectId: number): Promise<FollowUp[]> {
    return this.ds.getRepository(FollowUp).find({ where: { subjectKind, subjectId }, order: { id: 'DESC' }, take: 100 });
  }
}
