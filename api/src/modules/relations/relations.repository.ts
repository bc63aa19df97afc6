import { Inject, Injectable } from '@nestjs/common';
import { Brackets, type DataSource, type EntityManager } from 'typeorm';
import { escapeLike, keysetPage } from '../../common/paging.js';
import { isUniqueViolation } from '../../database/errors.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { CommunicationRecord, FestivalGreeting, KeyCustomer } from './entities.js';

/** Every query of key customers, their communication records and festival greetings. */
@Injectable()
export class RelationsRepository {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }
  async insertCustomer(em: EntityManager, row: Omit<KeyCustomer, 'id'>): Promise<number> {
    const r = await em.getRepository(KeyCustomer).insert(row);
    return Number(r.identifiers[0]!.id);
  }
  customer(id: number) {
    return this.ds.getRepository(KeyCustomer).findOne({ where: { id } });
  }
  customersByIds(ids: number[]) {
    if (!ids.length) return Promise.resolve([] as KeyCustomer[]);
    return this.ds.getRepository(KeyCustomer).createQueryBuilder('k').where('k.id IN (:...ids)', { ids }).getMany();
  }
  /** An edit's conditional update: false when someone changed it first. */
  async updateCustomer(em: EntityManager, k: KeyCustomer, patch: Partial<KeyCustomer>): Promise<boolean> {
    const r = await em.getRepository(KeyCustomer).update({ id: k.id, version: k.version }, { ...patch, version: k.version + 1 });
    return (r.affected ?? 0) === 1;
  }
  /** A communication moves the last contact forward only (an older record entered later leaves it). */
  async contacted(em: EntityManager, id: number, on: string, dueBy: string): Promise<void> {
    await em
      .createQueryBuilder()
      .update(KeyCustomer)
      .set({ lastContactOn: on, dueBy })
      .where('id = :id', { id })
      .andWhere(new Brackets((w) => w.where('last_contact_on IS NULL').orWhere('last_contact_on < :on', { on })))
      .execute();
  }
  /**
   * The list: a project's people, newest first, by kind, name and contact state — the state from the stored
   * due day against today's period ends (shared `contactStateBounds`), paged on the server.
   */
  customerPage(q: {
    projectId: number;
    kind?: string;
    state?: string;
    keyword?: string;
    bounds: { today: string; monthEnd: string; quarterEnd: string };
    cursor?: string;
    limit?: number;
  }) {
    const qb = this.ds.getRepository(KeyCustomer).createQueryBuilder('k').where('k.projectId = :pr', { pr: q.projectId });
    if (q.kind) qb.andWhere('k.kind = :kind', { kind: q.kind });
    if (q.keyword) qb.andWhere("k.name LIKE :kw ESCAPE '!'", { kw: `%${escapeLike(q.keyword)}%` });
    const b = q.bounds;
    if (q.state === 'overdue') qb.andWhere('k.dueBy < :today', { today: b.today });
    else if (q.state === 'due')
      qb.andWhere("((k.kind = 'committee' AND k.dueBy = :me) OR (k.kind = 'key' AND k.dueBy = :qe))", {
        me: b.monthEnd,
        qe: b.quarterEnd,
      });
    else if (q.state === 'ok')
      qb.andWhere("((k.kind = 'committee' AND k.dueBy > :me) OR (k.kind = 'key' AND k.dueBy > :qe))", {
        me: b.monthEnd,
        qe: b.quarterEnd,
      });
    return keysetPage(qb, 'k', q, 'DESC');
  }
  /** Every person of a project (the greeting board's "not yet greeted"), at most 500. */
  allCustomers(projectId: number) {
    return this.ds.getRepository(KeyCustomer).find({ where: { projectId }, order: { id: 'ASC' }, take: 500 });
  }

  async insertCommunication(em: EntityManager, row: Omit<CommunicationRecord, 'id'>): Promise<number> {
    const r = await em.getRepository(CommunicationRecord).insert(row);
    return Number(r.identifiers[0]!.id);
  }
  communication(id: number) {
    return this.ds.getRepository(CommunicationRecord).findOne({ where: { id } });
  }
  /** Communication records of a project, newest first, of a person or a span of days, paged. */
  communicationPage(q: {
    projectId: number;
    keyCustomerId?: number;
    from?: string;
    to?: string;
    cursor?: string;
    limit?: number;
  }) {
    const qb = this.ds.getRepository(CommunicationRecord).createQueryBuilder('c').where('c.projectId = :pr', { pr: q.projectId });
    if (q.keyCustomerId) qb.andWhere('c.keyCustomerId = :k', { k: q.keyCustomerId });
    if (q.from) qb.andWhere('c.contactOn >= :from', { from: q.from });
    if (q.to) qb.andWhere('c.contactOn <= :to', { to: q.to });
    return keysetPage(qb, 'c', q, 'DESC');
  }
  /** A quarter's records for the printed 沟通记录, in date order (at most 1000). */
  communicationsBetween(projectId: number, from: string, to: string) {
    return this.ds
      .getRepository(CommunicationRecord)
      .createQueryBuilder('c')
      .where('c.projectId = :pr AND c.contactOn >= :from AND c.contactOn <= :to', { pr: projectId, from, to })
      .orderBy('c.contactOn', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(1000)
      .getMany();
  }

  /** A greeting, or null when the person was already greeted for that festival (the unique key: two at once, one). */
  async insertGreeting(
    row: Omit<FestivalGreeting, 'id'>,
    then: (em: EntityManager, id: number) => Promise<void>,
  ): Promise<number | null> {
    try {
      return await this.ds.transaction(async (em) => {
        const r = await em.getRepository(FestivalGreeting).insert(row);
        const id = Number(r.identifiers[0]!.id);
        await then(em, id);
        return id;
      });
    } catch (e) {
      if (isUniqueViolation(e)) return null;
      throw e;
    }
  }
  greetingsOf(projectId: number, festival: string) {
    return this.ds.getRepository(FestivalGreeting).find({ where: { projectId, festival }, order: { id: 'ASC' } });
  }
}
