import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { escapeLike, keysetPage } from '../../common/paging.js';
import { isUniqueViolation } from '../../database/errors.js';
import { transactionRetried } from '../../database/transactions.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { Activity, ActivityCallback, ActivityPhoto, ActivityPlan, ActivityPollVote, ActivitySignup } from './entities.js';

/** Every query of the activity plans, activities, polls, sign-ups, callbacks and photos. */
@Injectable()
export class ActivitiesRepository {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  /** A transaction, run again when MySQL picks it as a deadlock's victim (sign-ups at once on the last places). */
  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return transactionRetried(this.ds, fn);
  }
  private m(em?: EntityManager) {
    return em ?? this.ds.manager;
  }

  // ---------- the plan ----------
  plan(projectId: number, year: number, em?: EntityManager) {
    return this.m(em).getRepository(ActivityPlan).findOne({ where: { projectId, year } });
  }
  /** The plan row of the year, made on first use (two at once: the unique key keeps one, the loser reads it). */
  async ensurePlan(em: EntityManager, projectId: number, year: number, now: Date): Promise<ActivityPlan> {
    await em
      .createQueryBuilder()
      .insert()
      .into(ActivityPlan)
      .values({ projectId, year, finalizedAt: null, finalizedByName: null, createdAt: now })
      .orIgnore()
      .execute();
    return (await this.plan(projectId, year, em))!;
  }
  /** 定稿 once: false when it was already final. */
  async finalizePlan(em: EntityManager, planId: number, name: string, at: Date): Promise<boolean> {
    const r = await em
      .createQueryBuilder()
      .update(ActivityPlan)
      .set({ finalizedAt: at, finalizedByName: name })
      .where('id = :id AND finalized_at IS NULL', { id: planId })
      .execute();
    return (r.affected ?? 0) === 1;
  }
  ofPlan(projectId: number, year: number) {
    return this.ds.getRepository(Activity).find({ where: { projectId, year }, order: { plannedMonth: 'ASC', id: 'ASC' } });
  }

  // ---------- activities ----------
  async insert(em: EntityManager, row: Omit<Activity, 'id'>): Promise<number> {
    const r = await em.getRepository(Activity).insert(row);
    return Number(r.identifiers[0]!.id);
  }
  byId(id: number, em?: EntityManager) {
    return this.m(em).getRepository(Activity).findOne({ where: { id } });
  }
  /** A step's conditional update on the version: false when someone moved or edited it first. */
  async move(em: EntityManager, a: Activity, patch: Partial<Activity>): Promise<boolean> {
    const r = await em.getRepository(Activity).update({ id: a.id, version: a.version }, { ...patch, version: a.version + 1 });
    return (r.affected ?? 0) === 1;
  }
  page(q: { projectId: number; year?: number; status?: string; keyword?: string; cursor?: string; limit?: number }) {
    const qb = this.ds.getRepository(Activity).createQueryBuilder('a').where('a.project_id = :pid', { pid: q.projectId });
    if (q.year) qb.andWhere('a.year = :y', { y: q.year });
    if (q.status) qb.andWhere('a.status = :s', { s: q.status });
    if (q.keyword) qb.andWhere("a.theme LIKE :kw ESCAPE '!'", { kw: `%${escapeLike(q.keyword)}%` });
    return keysetPage(qb, 'a', q);
  }
  /**
   * What owners of these projects see: activities asking their opinion (poll open, not yet published or
   * cancelled) and published ones, the next to start first; finished ones for a week after they end.
   */
  forOwners(projectIds: number[], now: Date, endedSince: Date, limit: number) {
    if (!projectIds.length) return Promise.resolve([]);
    return this.ds
      .getRepository(Activity)
      .createQueryBuilder('a')
      .where('a.project_id IN (:...pids)', { pids: projectIds })
      .andWhere(
        "((a.status IN ('planned', 'budget_pending', 'budget_approved') AND a.poll_opened_at IS NOT NULL) OR (a.status IN ('published', 'finished', 'archived') AND a.ends_at > :since))",
        { since: endedSince },
      )
      .orderBy(
        "CASE WHEN a.status = 'published' AND a.starts_at > :now THEN 0 WHEN a.poll_opened_at IS NOT NULL AND a.published_at IS NULL THEN 1 ELSE 2 END",
        'ASC',
      )
      .setParameter('now', now)
      .addOrderBy('a.starts_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  // ---------- sign-ups ----------
  /**
   * Takes `n` places if they are left and sign-ups are open: one conditional UPDATE, so two owners at once
   * for the last place get one place between them. False: full, or no longer open.
   */
  async takePlaces(em: EntityManager, activityId: number, n: number, now: Date): Promise<boolean> {
    const r = await em
      .createQueryBuilder()
      .update(Activity)
      .set({ signedPeople: () => 'signed_people + :n', updatedAt: now })
      .where("id = :id AND status = 'published' AND starts_at > :now AND signed_people + :n <= capacity", {
        id: activityId,
        n,
        now,
      })
      .setParameter('n', n)
      .execute();
    return (r.affected ?? 0) === 1;
  }
  async givePlaces(em: EntityManager, activityId: number, n: number, now: Date): Promise<void> {
    await em
      .createQueryBuilder()
      .update(Activity)
      .set({ signedPeople: () => 'signed_people - :n', updatedAt: now })
      .where('id = :id AND signed_people >= :n', { id: activityId, n })
      .setParameter('n', n)
      .execute();
  }
  signupOf(activityId: number, personId: number, em?: EntityManager) {
    return this.m(em).getRepository(ActivitySignup).findOne({ where: { activityId, personId } });
  }
  async insertSignup(em: EntityManager, row: Omit<ActivitySignup, 'id'>): Promise<void> {
    await em.getRepository(ActivitySignup).insert(row);
  }
  /** A cancelled sign-up taken again; false when it was not cancelled (signed up again at the same moment). */
  async reviveSignup(em: EntityManager, id: number, patch: Partial<ActivitySignup>): Promise<boolean> {
    const r = await em
      .getRepository(ActivitySignup)
      .update({ id, status: 'cancelled' }, { ...patch, status: 'active', cancelledAt: null });
    return (r.affected ?? 0) === 1;
  }
  /** Cancels an active sign-up once: false when it was not active. */
  async cancelSignup(em: EntityManager, id: number, at: Date): Promise<boolean> {
    const r = await em.getRepository(ActivitySignup).update({ id, status: 'active' }, { status: 'cancelled', cancelledAt: at });
    return (r.affected ?? 0) === 1;
  }
  signups(activityId: number, activeOnly = false) {
    return this.ds
      .getRepository(ActivitySignup)
      .find({ where: activeOnly ? { activityId, status: 'active' } : { activityId }, order: { id: 'ASC' } });
  }
  mySignups(personId: number, activityIds: number[]) {
    if (!activityIds.length) return Promise.resolve([]);
    return this.ds
      .getRepository(ActivitySignup)
      .createQueryBuilder('s')
      .where("s.person_id = :p AND s.status = 'active' AND s.activity_id IN (:...ids)", { p: personId, ids: activityIds })
      .getMany();
  }
  async activeSignupCount(activityId: number): Promise<number> {
    return this.ds.getRepository(ActivitySignup).count({ where: { activityId, status: 'active' } });
  }

  // ---------- the poll ----------
  async tally(activityId: number): Promise<Map<number, number>> {
    const rows: { choice: unknown; n: unknown }[] = await this.ds
      .getRepository(ActivityPollVote)
      .createQueryBuilder('v')
      .select('v.choice', 'choice')
      .addSelect('COUNT(*)', 'n')
      .where('v.activity_id = :id', { id: activityId })
      .groupBy('v.choice')
      .getRawMany();
    return new Map(rows.map((r) => [Number(r.choice), Number(r.n)]));
  }
  vote(activityId: number, personId: number) {
    return this.ds.getRepository(ActivityPollVote).findOne({ where: { activityId, personId } });
  }
  /** Records the person's answer once (the unique key): false when they had answered (or answer twice at once). */
  async insertVote(row: Omit<ActivityPollVote, 'id'>): Promise<boolean> {
    try {
      await this.ds.getRepository(ActivityPollVote).insert(row);
      return true;
    } catch (e) {
      if (isUniqueViolation(e)) return false;
      throw e;
    }
  }

  // ---------- callbacks and photos ----------
  callbacks(activityId: number) {
    return this.ds.getRepository(ActivityCallback).find({ where: { activityId }, order: { id: 'ASC' } });
  }
  async callbackCounts(activityId: number): Promise<{ made: number; satisfied: number }> {
    const rows = await this.callbacks(activityId);
    return { made: rows.length, satisfied: rows.filter((r) => r.satisfied).length };
  }
  /** Records a sign-up's callback once (the unique key): false when it was recorded already. */
  async insertCallback(em: EntityManager, row: Omit<ActivityCallback, 'id'>): Promise<boolean> {
    const had = await em
      .getRepository(ActivityCallback)
      .findOne({ where: { activityId: row.activityId, signupId: row.signupId } });
    if (had) return false;
    try {
      await em.getRepository(ActivityCallback).insert(row);
      return true;
    } catch (e) {
      if (isUniqueViolation(e)) return false;
      throw e;
    }
  }
  photos(activityId: number) {
    return this.ds.getRepository(ActivityPhoto).find({ where: { activityId }, order: { id: 'ASC' } });
  }
  async addPhotos(em: EntityManager, activityId: number, uploadIds: number[]): Promise<void> {
    if (uploadIds.length) await em.getRepository(ActivityPhoto).insert(uploadIds.map((uploadId) => ({ activityId, uploadId })));
  }
  /** The project of the activity a photo belongs to (who may read the photo). */
  async photoProject(uploadId: number): Promise<number | null> {
    const row: { pid: unknown }[] = await this.ds.query(
      'SELECT a.project_id AS pid FROM activity_photo p INNER JOIN activity a ON a.id = p.activity_id WHERE p.upload_id = ?',
      [uploadId],
    );
    return row[0] ? Number(row[0].pid) : null;
  }
}
