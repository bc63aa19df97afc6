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
  const { limit, after } = pageRequest(q, ['number'] as const);
  if (after) qb.andWhere(`${alias}.id ${order === 'DESC' ? '<' : '>'} :afterId`, { afterId: after[0] });
  const rows = await qb
    .orderBy(`${alias}.id`, order)
    .take(undefined)
    .limit(limit + 1)
    .getMany();
  const more = rows.length > limit;
  if (more) rows.pop();
  return { rows, nextCursor: more ? encodeCursor([rows[rows.length - 1]!.id]) : null };
}

/**
 * A page request's size and the keys its cursor carries (of the kinds given, e.g. `['number', 'number']` for
 * a due time in ms and an id); a cursor that is not one of ours is refused, never read as page 1.
 */
export function pageRequest<K extends readonly ('number' | 'string')[]>(
  q: { cursor?: string; limit?: number },
  kinds: K,
): { limit: number; after: { [I in keyof K]: K[I] extends 'number' ? number : string } | undefined } {
  const limit = Math.min(q.limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  if (!q.cursor) return { limit, after: undefined };
  const c = decodeCursor(q.cursor);
  if (!c || c.length !== kinds.length || c.some((v, i) => typeof v !== kinds[i]))
    throw badRequest('翻页游标无效，请从第一页重新加载');
  return { limit, after: c as never };
}

/** Escapes LIKE wildcards with '!' (a backslash means different things to MySQL and SQLite): use `ESCAPE '!'`. */
export function escapeLike(s: string): string {
  return s.replace(/[!%_]/g, (m) => '!' + m);
}

/** A list's page request with its optional keyword (the DTOs extend `ProjectListQuery`). */
export interface ListRequest {
  cursor?: string;
  limit?: number;
  keyword?: string;
}

/**
 * A desk list, filtered and keyset-paged in one call: each `equal` column whose value is given (not
 * undefined, null, '' or 0) must equal it; the keyword, when given, is matched (LIKE, wildcards escaped)
 * against any of the `keywordIn` columns; then `keysetPage` on the alias's id. Conditions the list needs
 * beyond these (a range, a sub-query) are put on `qb` before the call.
 */
export function listPage<T extends ObjectLiteral & { id: number }>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  q: ListRequest,
  shape: {
    equal?: Record<string, string | number | boolean | null | undefined>;
    keywordIn?: readonly string[];
    order?: 'ASC' | 'DESC';
  },
): Promise<{ rows: T[]; nextCursor: string | null }> {
  for (const [column, value] of Object.entries(shape.equal ?? {}))
    if (value) qb.andWhere(`${alias}.${column} = :eq_${column}`, { [`eq_${column}`]: value });
  if (q.keyword && shape.keywordIn?.length)
    qb.andWhere(`(${shape.keywordIn.map((c) => `${alias}.${c} LIKE :list_kw ESCAPE '!'`).join(' OR ')})`, {
      list_kw: `%${escapeLike(q.keyword)}%`,
    });
  return keysetPage(qb, alias, q, shape.order ?? 'DESC');
}
