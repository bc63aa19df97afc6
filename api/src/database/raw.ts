/**
 * Helpers for the few hot-path reads written as plain SQL (every request's sign-in check, the day
 * counters): TypeORM's query builder costs more CPU than the query itself there. The SQL is
 * portable; only the shape of a DATETIME differs — a Date from mysql2, 'YYYY-MM-DD HH:MM:SS.SSS'
 * (UTC) from SQLite.
 */
export function readDate(v: unknown): Date | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v;
  const s = String(v);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(s) ? s : `${s.replace(' ', 'T')}Z`);
}

/** A simple-json column as stored (MySQL may hand back a parsed value for JSON-looking text). */
export function readJson<T>(v: unknown, fallback: T): T {
  if (v === null || v === undefined) return fallback;
  if (typeof v !== 'string') return v as T;
  try {
    return JSON.parse(v) as T;
  } catch {
    return fallback;
  }
}
