import { Inject, Injectable, Logger } from '@nestjs/common';
import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import { DATA_SOURCE } from '../infra/tokens.js';
import type { DomainEventName, DomainEvents } from './events.js';

/** Runs in the publisher's transaction (its EntityManager): a throw rolls the whole move back. */
export type InTransactionHandler<K extends DomainEventName> = (em: EntityManager, event: DomainEvents[K]) => Promise<void>;
/** Runs once the publisher's transaction has committed (never after a rollback); a throw is logged, not raised. */
export type AfterCommitHandler<K extends DomainEventName> = (event: DomainEvents[K]) => Promise<void> | void;

/**
 * The domain-event bus between feature modules. A module announces what happened with
 * `publish(em, name, payload)` inside its own transaction; every module that cares subscribes
 * (in its `onModuleInit`) and the publisher never learns who listens.
 *
 * - `on` handlers run in the publisher's transaction, one after another in subscription order, so
 *   their writes (a bill, a clock, an outbox message) commit or roll back with the move:
 *   effects happen exactly once.
 * - `afterCommit` handlers run after that transaction commits (at once when published outside
 *   a transaction): for what must not see uncommitted data, such as clearing a cache.
 */
@Injectable()
export class EventBus {
  private readonly logger = new Logger('Events');
  private readonly inTransaction = new Map<DomainEventName, InTransactionHandler<never>[]>();
  private readonly afterCommitted = new Map<DomainEventName, AfterCommitHandler<never>[]>();
  /** after-commit work waiting for its transaction, by the transaction's query runner */
  private readonly waiting = new WeakMap<QueryRunner, (() => Promise<void>)[]>();

  constructor(@Inject(DATA_SOURCE) ds: DataSource) {
    const watcher: EntitySubscriberInterface = {
      afterTransactionCommit: async ({ queryRunner }) => {
        if (queryRunner.isTransactionActive) return; // a savepoint was released: the outer transaction goes on
        const work = this.waiting.get(queryRunner);
        this.waiting.delete(queryRunner);
        for (const w of work ?? []) await w();
      },
      afterTransactionRollback: ({ queryRunner }) => {
        if (!queryRunner.isTransactionActive) this.waiting.delete(queryRunner);
      },
    };
    ds.subscribers.push(watcher);
  }

  on<K extends DomainEventName>(name: K, handler: InTransactionHandler<K>): void {
    const list = this.inTransaction.get(name) ?? [];
    list.push(handler as InTransactionHandler<never>);
    this.inTransaction.set(name, list);
  }

  afterCommit<K extends DomainEventName>(name: K, handler: AfterCommitHandler<K>): void {
    const list = this.afterCommitted.get(name) ?? [];
    list.push(handler as AfterCommitHandler<never>);
    this.afterCommitted.set(name, list);
  }

  async publish<K extends DomainEventName>(em: EntityManager, name: K, event: DomainEvents[K]): Promise<void> {
    for (const h of (this.inTransaction.get(name) ?? []) as InTransactionHandler<K>[]) await h(em, event);
    const after = (this.afterCommitted.get(name) ?? []) as AfterCommitHandler<K>[];
    if (!after.length) return;
    const run = async () => {
      for (const h of after)
        try {
          await h(event);
        } catch (e) {
          this.logger.error(`after-commit handler of ${name} failed: ${(e as Error).message}`);
        }
    };
    const qr = em.queryRunner;
    if (qr?.isTransactionActive) this.waiting.set(qr, [...(this.waiting.get(qr) ?? []), run]);
    else await run();
  }
}
