import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { escapeLike, keysetPage } from '../../common/paging.js';
import { isUniqueViolation } from '../../database/errors.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { Visitor } from './entities.js';

/** Every query of visitors. */
@Injectable()
export class VisitorsRepository {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }
  /**
   * Inserts a visitor and runs `then` (its audit row and event) in one transaction: the new id, or null when
   * the code is taken (the unique column; nothing is written and the caller draws another).
   */
  async insert(row: Omit<Visitor, 'id'>, then: (em: EntityManager, id: number) => Promise<void>): Promise<number | null> {
    try {
      return await this.ds.transaction(async (em) => {
        const r = await em.getRepository(Visitor).insert(row);
        const id = Number(r.identifiers[0]!.id);
        await then(em, id);
        return id;
      });
    } catch (e) {
      if (row.code && isUniqueViolation(e)) return null;
      throw e;
    }
  }
  byId(id: number) {
    return this.ds.getRepository(Visitor).findOne({ where: { id } });
  }
  byCode(code: string) {
    return this.ds.getRepository(Visitor).findOne({ where: { code } });
  }
  /** A step's conditional update: false when someone moved the visitor first (its version changed). */
  async move(em: EntityManager, v: Visitor, patch: Partial<Visitor>): Promise<boolean> {
    const r = await em.getRepository(Visitor).update({ id: v.id, version: v.version }, { ...patch, version: v.version + 1 });
    return (r.affected ?? 0) === 1;
  }
  /** The guard's list: a project's visitors of a day, newest first, by state or a name, plate or code, paged. */
  page(q: { projectId: number; visitOn?: string; status?: string; keyword?: string; cursor?: string; limit?: number }) {
    const qb = this.ds.getRepository(Visitor).createQueryBuilder('v').where('v.projectId = :pr', { pr: q.projectId });
    if (q.visitOn) qb.andWhere('v.visitOn = :d', { d: q.visitOn });
    if (q.status) qb.andWhere('v.status = :s', { s: q.status });
    if (q.keyword)
      qb.andWhere(
        "(v.name LIKE :kw ESCAPE '!' OR v.plate LIKE :kw ESCAPE '!' OR v.code LIKE :kw ESCAPE '!' OR v.hostName LIKE :kw ESCAPE '!')",
        {
          kw: `%${escapeLike(q.keyword)}%`,
        },
      );
    return keysetPage(qb, 'v', q, 'DESC');
  }
  /** An occupant's visitors: those of their rooms, newest first. */
  ofRooms(roomIds: number[], limit = 100) {
    if (!roomIds.length) return Promise.resolve([] as Visitor[]);
    return this.ds
      .getRepository(Visitor)
      .createQueryBuilder('v')
      .where('v.roomId IN (:...rooms)', { rooms: roomIds })
      .orderBy('v.id', 'DESC')
      .limit(limit)
      .getMany();
  }
}
