import { DEFAULT_PAGE_SIZE, decodeCursor, encodeCursor, MAX_PAGE_SIZE } from '@wy/shared';
import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { badRequest } from './app-error.js';

/**
 * Keyset paging on a descending or ascending id: WHERE id < :after ORDER BY id.
 * Returns one extra row to know whether another page exists.
 */
export async function keysetPage<T extends ObjectLiteral & { id: number }>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  q: { cursor?: string; limit?: number },
  order: 'ASC' | 'DESC' = 'DESC',
): Promise<{ rows: T[]; nextCursor: string | null }> {
  const limit = Math.min(q.limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  if (q.cursor) {
    const c = decodeCursor(q.cursor);
    if (!c || typeof c[0] !== 'number') throw badRequest('翻页游标无效，请从第一页重新加载');
    qb.andWhere(`${alias}.id ${order === 'DESC' ? '<' : '>'} :afterId`, { afterId: c[0] });
  }
  const rows = await qb
    .orderBy(`${alias}.id`, order)
    .take(undefined)
    .limit(limit + 1)
    .getMany();
  const more = rows.length > limit;
  if (more) rows.pop();
  return { rows, nextCursor: more ? encodeCursor([rows[rows.length - 1]!.id]) : null };
}

/** Escapes LIKE wildcards with '!' (a backslash means different things to MySQL and SQLite): use `ESCAPE '!'`. */
export function escapeLike(s: string): string {
  return s.replace(/[!%_]/g, (m) => '!' + m);
}
