import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { escapeLike, keysetPage } from '../../common/paging.js';
import { isUniqueViolation } from '../../database/errors.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { Announcement, AnnouncementBuilding, AnnouncementRead } from './entities.js';

/** Where an owner stands: the projects and buildings of the rooms they hold. */
export interface OwnerReach {
  projectIds: number[];
  buildingIds: number[];
}
/** The owner list's key: pinned first, then newest published, then id. */
export type OwnerPageKey = { pinned: number; publishedAt: Date; id: number };

/** Every query of announcements, their buildings and who read them. */
@Injectable()
export class AnnouncementsRepository {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }
  async insert(em: EntityManager, row: Omit<Announcement, 'id'>): Promise<number> {
    const r = await em.getRepository(Announcement).insert(row);
    return Number(r.identifiers[0]!.id);
  }
  byId(id: number) {
    return this.ds.getRepository(Announcement).findOne({ where: { id } });
  }
  /** The step's conditional update: false when someone moved or edited it first. */
  async move(em: EntityManager, a: Announcement, patch: Partial<Announcement>): Promise<boolean> {
    const r = await em.getRepository(Announcement).update({ id: a.id, version: a.version }, { ...patch, version: a.version + 1 });
    return (r.affected ?? 0) === 1;
  }
  async setBuildings(em: EntityManager, announcementId: number, buildingIds: number[]): Promise<void> {
    await em.getRepository(AnnouncementBuilding).delete({ announcementId });
    if (buildingIds.length)
      await em.getRepository(AnnouncementBuilding).insert(buildingIds.map((buildingId) => ({ announcementId, buildingId })));
  }
  async buildingIds(announcementId: number): Promise<number[]> {
    const rows = await this.ds
      .getRepository(AnnouncementBuilding)
      .find({ where: { announcementId }, order: { buildingId: 'ASC' } });
    return rows.map((r) => r.buildingId);
  }

  /** The console's list: a project's announcements, newest first, filtered and paged on the server. */
  page(q: { projectId: number; status?: string; kind?: string; keyword?: string; cursor?: string; limit?: number; now: Date }) {
    const qb = this.ds.getRepository(Announcement).createQueryBuilder('a').where('a.project_id = :pid', { pid: q.projectId });
    if (q.status === 'expired')
      qb.andWhere("a.status = 'published' AND a.valid_to IS NOT NULL AND a.valid_to <= :now", { now: q.now });
    else if (q.status === 'published')
      qb.andWhere("a.status = 'published' AND (a.valid_to IS NULL OR a.valid_to > :now)", { now: q.now });
    else if (q.status) qb.andWhere('a.status = :status', { status: q.status });
    if (q.kind) qb.andWhere('a.kind = :kind', { kind: q.kind });
    if (q.keyword) qb.andWhere("a.title LIKE :kw ESCAPE '!'", { kw: `%${escapeLike(q.keyword)}%` });
    return keysetPage(qb, 'a', q);
  }

  /** What the owner may read now: published, within its validity, of their projects, for the whole project or a building of theirs. */
  private visible(reach: OwnerReach, now: Date) {
    return this.ds
      .getRepository(Announcement)
      .createQueryBuilder('a')
      .where("a.status = 'published'")
      .andWhere('a.valid_from <= :now AND (a.valid_to IS NULL OR a.valid_to > :now)', { now })
      .andWhere('a.project_id IN (:...pids)', { pids: reach.projectIds })
      .andWhere(
        "(a.audience = 'project' OR EXISTS (SELECT 1 FROM announcement_building ab WHERE ab.announcement_id = a.id AND ab.building_id IN (:...bids)))",
        { bids: reach.buildingIds },
      );
  }
  /** The owner's list: pinned first, newest published first, keyset on (pinned, published time, id). */
  async ownerPage(reach: OwnerReach, now: Date, limit: number, after?: OwnerPageKey): Promise<Announcement[]> {
    if (!reach.projectIds.length) return [];
    const qb = this.visible(reach, now);
    if (after)
      qb.andWhere('(a.pinned < :kp OR (a.pinned = :kp AND (a.published_at < :kt OR (a.published_at = :kt AND a.id < :kid))))', {
        kp: after.pinned,
        kt: after.publishedAt,
        kid: after.id,
      });
    return qb.orderBy('a.pinned', 'DESC').addOrderBy('a.published_at', 'DESC').addOrderBy('a.id', 'DESC').limit(limit).getMany();
  }
  /** The urgent ones for 首页's strip, newest first (a few). */
  async ownerUrgent(reach: OwnerReach, now: Date): Promise<Announcement[]> {
    if (!reach.projectIds.length) return [];
    return this.visible(reach, now)
      .andWhere('a.urgent = :yes', { yes: true })
      .orderBy('a.published_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(3)
      .getMany();
  }
  async ownerOne(reach: OwnerReach, now: Date, id: number): Promise<Announcement | null> {
    if (!reach.projectIds.length) return null;
    return this.visible(reach, now).andWhere('a.id = :id', { id }).getOne();
  }

  /** Which of these the person has read. */
  async readOf(personId: number, ids: number[]): Promise<Set<number>> {
    if (!ids.length) return new Set();
    const rows = await this.ds
      .getRepository(AnnouncementRead)
      .createQueryBuilder('r')
      .select('r.announcement_id', 'id')
      .where('r.person_id = :personId AND r.announcement_id IN (:...ids)', { personId, ids })
      .getRawMany<{ id: unknown }>();
    return new Set(rows.map((r) => Number(r.id)));
  }
  /** Marks it read once per owner: a second mark (or one racing it) finds the first and keeps its time. */
  async markRead(announcementId: number, personId: number, at: Date): Promise<Date> {
    const repo = this.ds.getRepository(AnnouncementRead);
    const had = await repo.findOne({ where: { announcementId, personId } });
    if (had) return had.readAt;
    try {
      await repo.insert({ announcementId, personId, readAt: at });
      return at;
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      return (await repo.findOne({ where: { announcementId, personId } }))!.readAt;
    }
  }
  readCount(announcementId: number): Promise<number> {
    return this.ds.getRepository(AnnouncementRead).count({ where: { announcementId } });
  }
}
