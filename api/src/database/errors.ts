/** True for a unique-constraint violation on MySQL/MariaDB (ER_DUP_ENTRY) or SQLite. */
export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; errno?: number; message?: string; driverError?: { code?: string; message?: string } };
  const code = err?.code ?? err?.driverError?.code;
  if (code === 'ER_DUP_ENTRY' || err?.errno === 1062) return true;
  const msg = String(err?.message ?? err?.driverError?.message ?? '');
  return /UNIQUE constraint failed|SQLITE_CONSTRAINT_UNIQUE|Duplicate entry/.test(msg);
}

/**
 * True when MySQL/MariaDB chose this transaction as a deadlock's victim and rolled it back: ER_LOCK_DEADLOCK,
 * or ER_AUTOINC_READ_FAILED (1467), which MariaDB answers instead when the deadlock was met waiting for a table's
 * AUTO-INC lock — held by an INSERT … SELECT (a dispatch round's clock, a callback's record, a bill run's chunk)
 * while it waits for a row another transaction holds.
 */
export function isDeadlock(e: unknown): boolean {
  const err = e as { code?: string; errno?: number; driverError?: { code?: string; errno?: number } };
  const code = err?.driverError?.code ?? err?.code;
  const errno = err?.driverError?.errno ?? err?.errno;
  return code === 'ER_LOCK_DEADLOCK' || code === 'ER_AUTOINC_READ_FAILED' || errno === 1213 || errno === 1467;
}
