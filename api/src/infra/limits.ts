import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { RateCounter } from '../database/rate-counter.entity.js';
import { isUniqueViolation } from '../database/errors.js';
import { escapeLike } from '../common/paging.js';
import { Clock } from './clock.js';
import { Jobs } from './jobs.js';
import { DATA_SOURCE } from './tokens.js';

export interface Hit {
  /** the hit was taken: the caller may go on */
  ok: boolean;
  /** hits in the window after this one (informational: others may hit at the same moment) */
  hits: number;
  /** when the window ends and the allowance is whole again */
  resetAt: Date;
}

/**
 * Limits that hold across API instances and under concurrent requests: a counter row per key in
 * the database, taken by a conditional write *before* the guarded work (checking a password or a
 * code, sending an SMS). The window starts at a key's first hit, so a limit of 1 per 60 s is a
 * cool-down. A read is only ever followed by a write conditioned on what was read.
 */
@Injectable()
export class Limits implements OnModuleInit {
  constructor(
    @Inject(DATA_SOURCE) private readonly ds: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(Jobs) private readonly jobs: Jobs,
  ) {}

  onModuleInit(): void {
    this.jobs.register('limits-sweep', 90, () => this.sweep());
  }

  async hit(key: string, limit: number, windowMs: number): Promise<Hit> {
    const now = this.clock.now().getTime();
    const fresh = now + windowMs;
    const repo = this.ds.getRepository(RateCounter);
    // Compare-and-set on (hits, reset_at): each successful write takes exactly one slot, so the count
    // a caller gets back is its own. A lost race means someone else took a slot: read and try again
    // (at most `limit` others can win before the answer is "used up").
    for (let round = 0; round < limit + 50; round++) {
      const row = await repo.findOne({ where: { id: key } });
      if (!row) {
        try {
          await repo.insert({ id: key, hits: 1, resetAt: fresh });
          return { ok: true, hits: 1, resetAt: new Date(fresh) };
        } catch (e) {
          if (!isUniqueViolation(e)) throw e; // someone else's first hit a moment ago
          continue;
        }
      }
      const resetAt = Number(row.resetAt);
      const expired = resetAt <= now;
      if (!expired && row.hits >= limit) return { ok: false, hits: row.hits, resetAt: new Date(resetAt) };
      const next = expired ? { hits: 1, resetAt: fresh } : { hits: row.hits + 1, resetAt };
      const won = await repo
        .createQueryBuilder()
        .update()
        .set(next)
        .where('id = :key AND hits = :hits AND reset_at = :resetAt', { key, hits: row.hits, resetAt })
        .execute();
      if (won.affected) return { ok: true, hits: next.hits, resetAt: new Date(next.resetAt) };
    }
    throw new Error(`rate counter ${key} kept changing`);
  }

  /** Whole allowance again (a successful login clears its failures). */
  async reset(key: string): Promise<void> {
    await this.ds.getRepository(RateCounter).delete({ id: key });
  }

  /** Clears every key under a prefix (an administrator unlocks an account on every client). */
  async resetPrefix(prefix: string): Promise<void> {
    await this.ds
      .getRepository(RateCounter)
      .createQueryBuilder()
      .delete()
      .where("id LIKE :p ESCAPE '!'", { p: escapeLike(prefix) + '%' })
      .execute();
  }

  private exhaustedQuery(prefix: string, limit: number) {
    return this.ds
      .getRepository(RateCounter)
      .createQueryBuilder('c')
      .where("c.id LIKE :p ESCAPE '!' AND c.hits >= :limit AND c.reset_at > :now", {
        p: escapeLike(prefix) + '%',
        limit,
        now: this.clock.now().getTime(),
      });
  }
  /** Keys under a prefix whose allowance of `limit` is used up right now (e.g. an account locked on some client). */
  async exhausted(prefix: string, limit: number): Promise<number> {
    return this.exhaustedQuery(prefix, limit).getCount();
  }
  /** Those keys themselves (e.g. every `login:<username>:<client>` locked now). */
  async exhaustedKeys(prefix: string, limit: number): Promise<string[]> {
    const rows = await this.exhaustedQuery(prefix, limit).select('c.id', 'id').getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  /** Drops windows that ended long ago (run by the periodic jobs). */
  async sweep(olderThanMs = 24 * 3600_000): Promise<void> {
    await this.ds
      .getRepository(RateCounter)
      .createQueryBuilder()
      .delete()
      .where('reset_at < :t', { t: this.clock.now().getTime() - olderThanMs })
      .execute();
  }
}
