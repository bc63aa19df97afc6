import type { EntityManager } from 'typeorm';
import { dailyCode } from '@wy/shared';
import { isUniqueViolation } from '../database/errors.js';
import { AppError } from './app-error.js';

/**
 * Gives a row the next free code of the day (prefix + 4-digit serial) in a unique column:
 * work order numbers, receipt numbers. Two writers at once both read the same MAX; the unique
 * key refuses the second, which takes the next serial. Never a duplicate, never a gap-filler.
 */
export async function assignDailyCode(
  em: EntityManager,
  t: { table: string; column: string },
  id: number,
  prefix: string,
): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const last = await em.query(`SELECT MAX(${t.column}) AS c FROM ${t.table} WHERE ${t.column} LIKE ?`, [`${prefix}%`]);
    const serial = (last[0]?.c ? Number(String(last[0].c).slice(prefix.length)) : 0) + 1 + attempt;
    const code = dailyCode(prefix, serial);
    try {
      await em.query(`UPDATE ${t.table} SET ${t.column} = ? WHERE id = ?`, [code, id]);
      return code;
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
    }
  }
  throw new AppError('CONFLICT', '编号生成冲突，请重试');
}
