import type { DataSource } from 'typeorm';

/** `SELECT COUNT(*) FROM table t WHERE …` through the query builder, which hands dates to each driver in its own format. */
export function countRows(ds: DataSource, table: string, where: string, params: Record<string, unknown>): Promise<number> {
  return ds
    .createQueryBuilder()
    .select('COUNT(*)', 'c')
    .from(table, 't')
    .where(where, params)
    .getRawOne()
    .then((r) => Number(r?.c ?? 0));
}
