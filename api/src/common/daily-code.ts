import type { EntityManager } from 'typeorm';
import { dailyCode } from '@wy/shared';
import { isUniqueViolation } from '../database/errors.js';

/**
 * The next code of the day for a prefix (prefix + 4-digit serial): work order numbers, receipt
 * numbers. One counter row per prefix (`daily_counter`), advanced by a single UPDATE inside the
 * caller's transaction: its row lock queues concurrent callers for the same prefix until the
 * transaction ends, so no two get one serial, nobody retries, and a rolled-back transaction gives
 * its serial back.
 *
 * The day's row is created first, on its own (autocommit, outside the caller's transaction): on
 * MySQL, transactions that each insert a missing key and then update it deadlock one another, and
 * an UPDATE that finds no row would hold a gap lock that blocks the insert. Plain SQL (no dates):
 * this runs on every intake and every payment.
 */
export async function nextDailyCode(em: EntityManager, prefix: string): Promise<string> {
  const exists = await em.query('SELECT 1 AS x FROM daily_counter WHERE prefix = ?', [prefix]);
  if (!exists.length) {
    try {
      await em.connection.query('INSERT INTO daily_counter (prefix, last_serial) VALUES (?, 0)', [prefix]);
    } catch (e) {
      if (!isUniqueViolation(e)) throw e; // opened by someone else a moment ago
    }
  }
  await em.query('UPDATE daily_counter SET last_serial = last_serial + 1 WHERE prefix = ?', [prefix]);
  const [row] = await em.query('SELECT last_serial AS n FROM daily_counter WHERE prefix = ?', [prefix]);
  return dailyCode(prefix, Number(row.n));
}
