import type { DataSource, EntityManager } from 'typeorm';
import { dailyCode } from '@wy/shared';
import { isUniqueViolation } from '../database/errors.js';
import { transactionRetried } from '../database/transactions.js';

/** The prefixes whose counter row this instance has opened or seen (a row, once there, stays). */
const opened = new WeakMap<DataSource, Set<string>>();

/**
 * Opens a code prefix's counter row (`daily_counter`) if it is not there yet. Call it BEFORE the
 * transaction that takes a code, on the data source: inside a transaction it would need a second
 * connection while holding the first, and fifty requests waiting on one row lock would then hold
 * every pooled connection while the one that holds the lock waits for a connection (a pool deadlock).
 * Creating the row on its own also keeps concurrent first-of-the-day inserts from deadlocking
 * each other on MySQL.
 */
export async function openDailyCounter(ds: DataSource, prefix: string): Promise<void> {
  const exists = await ds.query('SELECT 1 AS x FROM daily_counter WHERE prefix = ?', [prefix]);
  if (!exists.length) {
    try {
      await ds.query('INSERT INTO daily_counter (prefix, last_serial) VALUES (?, 0)', [prefix]);
    } catch (e) {
      if (!isUniqueViolation(e)) throw e; // opened by someone else a moment ago
    }
  }
  let known = opened.get(ds);
  if (!known) opened.set(ds, (known = new Set()));
  if (known.size > 10_000) known.clear(); // one prefix a project and day: forget old days now and then
  known.add(prefix);
}

/** `nextDailyCode` found no counter row (opened earlier, deleted since): open it again and retry. */
export class DailyCounterMissing extends Error {
  constructor(readonly prefix: string) {
    super(`daily counter ${prefix} was not opened before the transaction`);
  }
}

/**
 * Opens the counter, then runs `fn` in a transaction (one that takes a code with `nextDailyCode`);
 * if the row had gone since this instance opened it, opens it again and runs the transaction once more.
 */
export async function transactionTakingCode<T>(
  ds: DataSource,
  prefix: string,
  fn: (em: EntityManager) => Promise<T>,
): Promise<T> {
  // a prefix this instance has opened before is not looked up again: its row stays (and should it
  // have gone after all, `nextDailyCode` says so and it is opened again below)
  if (!opened.get(ds)?.has(prefix)) await openDailyCounter(ds, prefix);
  try {
    return await transactionRetried(ds, fn);
  } catch (e) {
    if (!(e instanceof DailyCounterMissing)) throw e;
    await openDailyCounter(ds, prefix);
    return transactionRetried(ds, fn);
  }
}

/**
 * The next code of the day for a prefix (prefix + 4-digit serial): work order numbers, receipt
 * numbers. Advanced by a single UPDATE inside the caller's transaction: its row lock queues
 * concurrent callers for the same prefix until the transaction ends, so no two get one serial,
 * nobody retries, and a rolled-back transaction gives its serial back. The same statement answers
 * the new serial (MySQL: LAST_INSERT_ID(expr) in the OK packet; SQLite: RETURNING). The caller has
 * opened the counter first (`transactionTakingCode`). Plain SQL: this runs on every intake and payment.
 */
export async function nextDailyCode(em: EntityManager, prefix: string): Promise<string> {
  const t = em.dataSource.options.type;
  let n: number | null = null;
  if (t === 'mysql' || t === 'mariadb') {
    const r: { affectedRows: number; insertId: number } = await em.query(
      'UPDATE daily_counter SET last_serial = LAST_INSERT_ID(last_serial + 1) WHERE prefix = ?',
      [prefix],
    );
    if (r.affectedRows === 1) n = Number(r.insertId);
  } else {
    const [row] = await em.query(
      'UPDATE daily_counter SET last_serial = last_serial + 1 WHERE prefix = ? RETURNING last_serial AS n',
      [prefix],
    );
    if (row) n = Number(row.n);
  }
  if (n === null) throw new DailyCounterMissing(prefix);
  return dailyCode(prefix, n);
}
