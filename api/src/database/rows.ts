import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata.js';

/**
 * Plain parameterised SQL for the hot paths (every intake and move): TypeORM's query builder and
 * its entity mapping cost more CPU than the statements themselves there. The SQL is written from
 * the entity's metadata and values pass through the driver's own conversions
 * (`preparePersistentValue` / `prepareHydratedValue`), so a DATETIME, boolean, bigint or
 * simple-json column is stored and read exactly as TypeORM stores and reads it, on SQLite and on
 * MySQL/MariaDB alike. Only the new ids differ by dialect: `RETURNING` on SQLite, `insertId` on
 * MySQL (a multi-row INSERT of known size takes consecutive ids, as TypeORM also assumes).
 */
interface Shape {
  meta: EntityMetadata;
  table: string;
  columns: ColumnMetadata[];
  byProperty: Map<string, ColumnMetadata>;
  generated: ColumnMetadata | undefined;
  /** `col AS prop, …` of every column, for reads */
  select: string;
  /**
   * per column: read back as the driver gave it (text and integer columns without a transformer: the
   * drivers' `prepareHydratedValue` leaves them as they are), so `hydrate` skips the driver's conversion
   */
  plain: boolean[];
  /** `partColumns` / `columnsOf` lists already written, by alias and prefix */
  lists: Map<string, { part: [string, string][]; text: string }>;
  /** the keys a raw row holds each column's value under, by prefix (`hydrate`) */
  keys: Map<string, string[]>;
}
/** Column types whose values both drivers hand back unchanged (no transformer on the column). */
const PLAIN_TYPES = new Set(['varchar', 'char', 'text', 'mediumtext', 'longtext', 'int', 'integer', 'smallint', 'bigint']);
/**
 * Each data source's shapes by entity (its class, or the name it was looked up by): found without
 * `getMetadata`, whose search through every entity showed in the profiles of the hot paths.
 */
const shapes = new WeakMap<object, Map<EntityTarget<ObjectLiteral>, Shape>>();

function shapeOf(em: EntityManager, entity: EntityTarget<ObjectLiteral>): Shape {
  let mine = shapes.get(em.dataSource);
  if (!mine) shapes.set(em.dataSource, (mine = new Map()));
  let s = mine.get(entity);
  if (!s) {
    const meta = em.dataSource.getMetadata(entity);
    const q = (n: string) => em.dataSource.driver.escape(n);
    s = {
      meta,
      table: q(meta.tableName),
      columns: meta.columns,
      byProperty: new Map(meta.columns.map((c) => [c.propertyName, c])),
      generated: meta.columns.find((c) => c.isGenerated),
      select: meta.columns.map((c) => `${q(c.databaseName)} AS ${q(c.propertyName)}`).join(', '),
      plain: meta.columns.map((c) => !c.transformer && typeof c.type === 'string' && PLAIN_TYPES.has(c.type)),
      lists: new Map(),
      keys: new Map([['', meta.columns.map((c) => c.propertyName)]]),
    };
    mine.set(entity, s);
  }
  return s;
}

const isSqlite = (em: EntityManager) => {
  const t = em.dataSource.options.type;
  return t === 'sqljs' || t === 'better-sqlite3';
};

/**
 * Inserts rows of an entity in one statement and answers the new ids in order. Columns are those
 * any row gives (not undefined); a row that leaves one out gets the column's declared default
 * (NULL when it has none), and a column no row gives takes its database default.
 */
export async function insertRows<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  rows: Partial<T>[],
): Promise<number[]> {
  if (!rows.length) return [];
  const s = shapeOf(em, entity);
  const given = new Set<string>();
  for (const row of rows) for (const k of Object.keys(row)) if (row[k] !== undefined) given.add(k);
  const cols = [...given].map((k) => {
    const c = s.byProperty.get(k);
    if (!c) throw new Error(`${s.table} has no column for ${k}`);
    return c;
  });
  const driver = em.dataSource.driver;
  const params: unknown[] = [];
  const missing = (c: ColumnMetadata) => (c.default === undefined || typeof c.default === 'function' ? null : c.default);
  for (const row of rows)
    for (const c of cols) {
      const v = row[c.propertyName];
      params.push(driver.preparePersistentValue(v === undefined ? missing(c) : v, c));
    }
  const tuple = `(${cols.map(() => '?').join(', ')})`;
  const sql = `INSERT INTO ${s.table} (${cols.map((c) => driver.escape(c.databaseName)).join(', ')}) VALUES ${rows.map(() => tuple).join(', ')}`;
  if (!s.generated) {
    await em.query(sql, params);
    return [];
  }
  if (isSqlite(em)) {
    const out: Record<string, unknown>[] = await em.query(
      `${sql} RETURNING ${driver.escape(s.generated.databaseName)} AS id`,
      params,
    );
    return out.map((r) => Number(r.id));
  }
  const res: { insertId: number } = await em.query(sql, params);
  return rows.map((_, i) => Number(res.insertId) + i);
}

/** Inserts one row and answers its id. */
export async function insertRow<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  row: Partial<T>,
): Promise<number> {
  return (await insertRows(em, entity, [row]))[0]!;
}

/**
 * Reads whole entities with a plain WHERE (`?` placeholders; columns by their database names),
 * e.g. `selectRows(em, SlaClock, 'request_id = ? ORDER BY id', [id])`. Answers instances of the
 * entity class with every column hydrated as TypeORM would.
 */
export async function selectRows<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  where: string,
  params: unknown[],
): Promise<T[]> {
  const s = shapeOf(em, entity);
  const raw: Record<string, unknown>[] = await em.query(`SELECT ${s.select} FROM ${s.table} WHERE ${where}`, params);
  return raw.map((r) => hydrate(em, entity, r));
}

/**
 * An entity from a raw row whose keys are the property names (as `selectRows` reads them), or
 * `prefix` + the property names (as `columnsOf(…, prefix)` selects them in a join).
 */
export function hydrate<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  r: Record<string, unknown>,
  prefix = '',
): T {
  const s = shapeOf(em, entity);
  const driver = em.dataSource.driver;
  const out = s.meta.create() as Record<string, unknown>;
  const { columns, plain } = s;
  let keys = s.keys.get(prefix);
  if (!keys) s.keys.set(prefix, (keys = columns.map((c) => prefix + c.propertyName)));
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i]!;
    const v = r[keys[i]!];
    out[c.propertyName] = plain[i] ? v : driver.prepareHydratedValue(v, c);
  }
  return out as T;
}

/** The select list of an entity's columns under an alias, named `prefix` + property: written once per shape. */
function listOf(em: EntityManager, entity: EntityTarget<ObjectLiteral>, alias: string, prefix: string) {
  const s = shapeOf(em, entity);
  const key = `${alias}\u0000${prefix}`;
  let l = s.lists.get(key);
  if (!l) {
    const q = (n: string) => em.dataSource.driver.escape(n);
    const part = s.columns.map((c): [string, string] => [`${alias}.${q(c.databaseName)}`, prefix + c.propertyName]);
    l = { part, text: part.map(([expr, name]) => `${expr} AS ${q(name)}`).join(', ') };
    s.lists.set(key, l);
  }
  return l;
}

/** The select list of an entity's columns under a table alias, each named `prefix` + property (for joins). */
export function columnsOf(em: EntityManager, entity: EntityTarget<ObjectLiteral>, alias: string, prefix: string): string {
  return listOf(em, entity, alias, prefix).text;
}

/**
 * Inserts one row in one statement where some columns are SQL expressions over other rows
 * (`INSERT … SELECT ?, ?, <expr> FROM <from>`), e.g. the next number of a series read in the insert itself.
 * `from` must yield exactly one row (an aggregate without GROUP BY does).
 */
export async function insertSelect<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  row: Partial<T>,
  computed: Partial<Record<keyof T & string, string>>,
  from: string,
  fromParams: unknown[],
): Promise<void> {
  const s = shapeOf(em, entity);
  const driver = em.dataSource.driver;
  const col = (k: string) => {
    const c = s.byProperty.get(k);
    if (!c) throw new Error(`${s.table} has no column for ${k}`);
    return c;
  };
  const given = Object.keys(row).filter((k) => row[k] !== undefined && !(k in computed));
  const exprs = Object.entries(computed) as [string, string][];
  const names = [...given, ...exprs.map(([k]) => k)].map((k) => driver.escape(col(k).databaseName));
  const params = given.map((k) => driver.preparePersistentValue(row[k], col(k)));
  const values = [...given.map(() => '?'), ...exprs.map(([, e]) => e)];
  await em.query(`INSERT INTO ${s.table} (${names.join(', ')}) SELECT ${values.join(', ')} FROM ${from}`, [
    ...params,
    ...fromParams,
  ]);
}

/** A value as the driver stores it in this property's column (a Date for a DATETIME, say), for a plain statement's parameter. */
export function dbValue<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  property: keyof T & string,
  v: unknown,
): unknown {
  const c = shapeOf(em, entity).byProperty.get(property);
  if (!c) throw new Error(`no column for ${property}`);
  return em.dataSource.driver.preparePersistentValue(v, c);
}

/** Runs a plain statement and answers the rows it changed (in the manager's transaction, if any). */
export async function execute(em: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const qr = em.queryRunner ?? em.dataSource.createQueryRunner();
  try {
    return (await qr.query(sql, params, true)).affected ?? 0;
  } finally {
    if (!em.queryRunner) await qr.release();
  }
}

/**
 * `UPDATE table SET …patch WHERE …` (the patch's properties that are not undefined; `where` with `?`
 * placeholders and database column names); answers the rows it changed.
 */
export function updateRows<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  patch: Partial<T>,
  where: string,
  params: unknown[],
): Promise<number> {
  const s = shapeOf(em, entity);
  const driver = em.dataSource.driver;
  const sets: string[] = [];
  const values: unknown[] = [];
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    const c = s.byProperty.get(k);
    if (!c) throw new Error(`${s.table} has no column for ${k}`);
    sets.push(`${driver.escape(c.databaseName)} = ?`);
    values.push(driver.preparePersistentValue(v, c));
  }
  return execute(em, `UPDATE ${s.table} SET ${sets.join(', ')} WHERE ${where}`, [...values, ...params]);
}

/**
 * One of the reads `readTogether` makes in one statement: its select list (each expression with the alias
 * its rows are read by: aliases must differ between the reads), `FROM … WHERE …` with `?` placeholders and
 * their values, the numeric expression its rows are ordered by (an id), and what to make of its rows.
 */
export interface ReadPart<T> {
  columns: [expr: string, alias: string][];
  from: string;
  params: unknown[];
  order: string;
  read: (rows: Record<string, unknown>[]) => T;
}

/** A part's select list as `columnsOf` would write it: every column of the entity under `alias`, named `prefix` + property. */
export function partColumns(
  em: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
  prefix: string,
): [string, string][] {
  return listOf(em, entity, alias, prefix).part;
}

/**
 * Reads in one statement (`UNION ALL`, each part's columns NULL in the others' rows), each part's rows in
 * its own order: what a detail shows from several tables costs one round trip instead of several.
 */
export async function readTogether<T extends unknown[]>(
  em: EntityManager,
  ...parts: { [K in keyof T]: ReadPart<T[K]> }
): Promise<T> {
  const all = parts as ReadPart<unknown>[];
  const rows: Record<string, unknown>[] = await em.query(
    togetherSql(em, all),
    all.flatMap((p) => p.params),
  );
  // sorted here, not by the database: an ORDER BY over a UNION costs MariaDB a temporary table and a sort
  const part = (n: number) =>
    rows.filter((r) => Number(r._part) === n).sort((x, y) => (Number(x._ord) < Number(y._ord) ? -1 : 1));
  return all.map((p, n) => p.read(part(n))) as T;
}

/** `readTogether`'s statements, by their parts' select lists, FROM clauses and orders (a detail's read is written once). */
const togetherSqls = new WeakMap<object, Map<string, string>>();
function togetherSql(em: EntityManager, all: ReadPart<unknown>[]): string {
  let mine = togetherSqls.get(em.dataSource);
  if (!mine) togetherSqls.set(em.dataSource, (mine = new Map()));
  const key = all.map((p) => `${p.order}\u0001${p.from}\u0001${p.columns.map((c) => c[1]).join(',')}`).join('\u0002');
  let sql = mine.get(key);
  if (!sql) {
    const q = (n: string) => em.dataSource.driver.escape(n);
    const select = (n: number, own: ReadPart<unknown>) =>
      `SELECT ${n} AS ${q('_part')}, ${own.order} AS ${q('_ord')}, ${all
        .flatMap((p) => p.columns.map(([expr, alias]) => `${p === own ? expr : 'NULL'} AS ${q(alias)}`))
        .join(', ')} ${own.from}`;
    sql = all.map((p, n) => select(n, p)).join(' UNION ALL ');
    if (mine.size >= 1000) mine.clear();
    mine.set(key, sql);
  }
  return sql;
}

/** One part read alone (what `readTogether` reads of it, in one statement of its own). */
export async function readPart<T>(em: EntityManager, part: ReadPart<T>): Promise<T> {
  const q = (n: string) => em.dataSource.driver.escape(n);
  const rows: Record<string, unknown>[] = await em.query(
    `SELECT ${part.columns.map(([expr, alias]) => `${expr} AS ${q(alias)}`).join(', ')} ${part.from} ORDER BY ${part.order}`,
    part.params,
  );
  return part.read(rows);
}
