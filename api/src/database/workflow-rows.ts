import type { DataSource, EntityManager, EntityTarget, FindOptionsOrder, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { openDailyCounter } from '../common/daily-code.js';

/** A workflow's application row: its id, and the version each step's conditional update moves on. */
interface Versioned extends ObjectLiteral {
  id: number;
  version: number;
}

/**
 * The rows every workflow keeps alike (装修, 放行条, 车位申请, 入伙): its transactions and daily codes, the
 * application's insert, read and versioned move, and its timeline's rows (keyed by `eventKey`, the
 * application's id in the event table). A module's repository extends it with its own queries.
 */
export abstract class WorkflowRows<T extends Versioned, E extends ObjectLiteral> {
  protected constructor(
    protected readonly ds: DataSource,
    private readonly rows: { entity: EntityTarget<T>; event: EntityTarget<E>; eventKey: keyof E & string },
  ) {}

  transaction<R>(fn: (em: EntityManager) => Promise<R>): Promise<R> {
    return this.ds.transaction(fn);
  }
  openDailyCounter(prefix: string): Promise<void> {
    return openDailyCounter(this.ds, prefix);
  }
  protected m(em?: EntityManager) {
    return em ?? this.ds.manager;
  }

  async insert(em: EntityManager, row: Omit<T, 'id'>): Promise<number> {
    const r = await em.getRepository(this.rows.entity).insert(row as unknown as QueryDeepPartialEntity<T>);
    return Number(r.identifiers[0]!.id);
  }
  /** The application by its id (in the transaction when one is given). */
  protected one(id: number, em?: EntityManager): Promise<T | null> {
    return this.m(em).getRepository(this.rows.entity).findOne({ where: { id } as FindOptionsWhere<T> });
  }
  /** A step's conditional update: false when someone moved the application first (its version changed). */
  async move(em: EntityManager, r: T, patch: Partial<T>): Promise<boolean> {
    const res = await em
      .getRepository(this.rows.entity)
      .update({ id: r.id, version: r.version } as FindOptionsWhere<T>, { ...patch, version: r.version + 1 } as QueryDeepPartialEntity<T>);
    return (res.affected ?? 0) === 1;
  }

  async insertEvent(em: EntityManager, row: Omit<E, 'id'>): Promise<void> {
    await em.getRepository(this.rows.event).insert(row as unknown as QueryDeepPartialEntity<E>);
  }
  /** The application's timeline, oldest first. */
  events(id: number): Promise<E[]> {
    return this.ds.getRepository(this.rows.event).find({
      where: { [this.rows.eventKey]: id } as FindOptionsWhere<E>,
      order: { id: 'ASC' } as unknown as FindOptionsOrder<E>,
    });
  }
}
