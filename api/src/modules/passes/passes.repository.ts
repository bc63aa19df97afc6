import { Inject, Injectable } from '@nestjs/common';
import { type DataSource, type EntityManager } from 'typeorm';
import { openDailyCounter } from '../../common/daily-code.js';
import { keysetPage, listPage } from '../../common/paging.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { ReleasePass, ReleasePassEvent } from './entities.js';

/** Every query of release passes: the passes, their timeline, the desk's queue, the gate's log. */
@Injectable()
export class PassesRepository {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }
  openDailyCounter(prefix: string): Promise<void> {
    return openDailyCounter(this.ds, prefix);
  }
  private m(em?: EntityManager) {
    return em ?? this.ds.manager;
  }

  async insert(em: EntityManager, row: Omit<ReleasePass, 'id'>): Promise<number> {
    const r = await em.getRepository(ReleasePass).insert(row);
    return Number(r.identifiers[0]!.id);
  }
  pass(id: number, em?: EntityManager) {
    return this.m(em).getRepository(ReleasePass).findOne({ where: { id } });
  }
  byCode(code: string) {
    return this.ds.getRepository(ReleasePass).findOne({ where: { code } });
  }
  /** A step's conditional update: false when someone moved the pass first (its version changed). */
  async move(em: EntityManager, p: ReleasePass, patch: Partial<ReleasePass>): Promise<boolean> {
    const r = await em.getRepository(ReleasePass).update({ id: p.id, version: p.version }, { ...patch, version: p.version + 1 });
    return (r.affected ?? 0) === 1;
  }
  /** The owner's passes: those they asked for and those of the rooms they own (to confirm), newest first. */
  mine(personId: number, ownedRoomIds: number[]) {
    const qb = this.ds.getRepository(ReleasePass).createQueryBuilder('p').where('p.personId = :me', { me: personId });
    if (ownedRoomIds.length) qb.orWhere('p.roomId IN (:...rooms)', { rooms: ownedRoomIds });
    return qb.orderBy('p.id', 'DESC').limit(100).getMany();
  }
  /** The desk's queue: a project's passes, newest first, by status, moving day, room or code, paged on the server. */
  page(q: {
    projectId: number;
    status?: string;
    moveOn?: string;
    roomId?: number;
    keyword?: string;
    cursor?: string;
    limit?: number;
  }) {
    const qb = this.ds.getRepository(ReleasePass).createQueryBuilder('p').where('p.projectId = :pr', { pr: q.projectId });
    return listPage(qb, 'p', q, {
      equal: { status: q.status, moveOn: q.moveOn, roomId: q.roomId },
      keywordIn: ['code', 'applicantName', 'plate'],
    });
  }
  /** R-PAS-03 the gate's release log: released passes, released within [from, to), newest first, paged. */
  releases(q: { projectId: number; from?: Date; to?: Date; cursor?: string; limit?: number }) {
    const qb = this.ds
      .getRepository(ReleasePass)
      .createQueryBuilder('p')
      .where("p.projectId = :pr AND p.status = 'released'", { pr: q.projectId });
    if (q.from) qb.andWhere('p.releasedAt >= :from', { from: q.from });
    if (q.to) qb.andWhere('p.releasedAt < :to', { to: q.to });
    return keysetPage(qb, 'p', q, 'DESC');
  }

  async insertEvent(em: EntityManager, row: Omit<ReleasePassEvent, 'id'>): Promise<void> {
    await em.getRepository(ReleasePassEvent).insert(row);
  }
  events(passId: number) {
    return this.ds.getRepository(ReleasePassEvent).find({ where: { passId }, order: { id: 'ASC' } });
  }
}
