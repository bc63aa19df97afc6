/** True for a unique-constraint violation on MySQL/MariaDB (ER_DUP_ENTRY) or SQLite. */
export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; errno?: number; message?: string; driverError?: { code?: string; message?: string } };
  const code = err?.code ?? err?.driverError?.code;
  if (code === 'ER_DUP_ENTRY' || err?.errno === 1062) return true;
  const msg = String(err?.message ?? err?.driverError?.message ?? '');
  return /UNIQUE constraint failed|SQLITE_CONSTRAINT_UNIQUE|Duplicate entry/.test(msg);
}
