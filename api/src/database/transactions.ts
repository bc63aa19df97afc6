import type { DataSource, EntityManager } from 'typeorm';
import { isDeadlock } from './errors.js';

/** How many times a transaction a deadlock rolled back is run in all. */
export const DEADLOCK_ATTEMPTS = 4;

/**
 * Runs `fn` in a transaction, and runs it again (a few times, after a short random pause) when the database
 * rolled it back as a deadlock's victim: the whole transaction is undone by then (its after-commit work with it),
 * so running it again reads afresh and decides again — the user sees the move done, not a 500. Anything else is
 * thrown at once.
 */
export async function transactionRetried<T>(
  ds: DataSource,
  fn: (em: EntityManager) => Promise<T>,
  attempts = DEADLOCK_ATTEMPTS,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ds.transaction(fn);
    } catch (e) {
      if (attempt >= attempts || !isDeadlock(e)) throw e;
      // apart again: retried at once, the same transactions meet again
      await new Promise((r) => setTimeout(r, 10 * attempt + Math.floor(Math.random() * 40)));
    }
  }
}
