/**
 * What "overdue" means for a complaint, written once for the register's filter, the escalation inbox and
 * other modules' reads (the supervisor's follow-up): a running promise past its due time, an approved
 * extension counting. `c` is the complaint alias; the query binds `:overdueAt`.
 */
export const complaintOverdueSql = (c: string) =>
  `EXISTS (SELECT 1 FROM complaint_clock k WHERE k.complaint_id = ${c}.id AND k.met_at IS NULL
        AND COALESCE(k.extended_until, k.due_at) < :overdueAt)`;

/**
 * R-CMP-18 a complaint with a promise still running that falls due before `:param` (the end of the
 * supervisor's day): due today or already past, an approved extension counting.
 */
export const complaintPromiseDueSql = (c: string, param: string) =>
  `EXISTS (SELECT 1 FROM complaint_clock kd WHERE kd.complaint_id = ${c}.id AND kd.met_at IS NULL
        AND COALESCE(kd.extended_until, kd.due_at) < :${param})`;

/** The next promise of a complaint still running (its due time in force), null when none runs. */
export const complaintNextDueSql = (c: string) =>
  `(SELECT MIN(COALESCE(kn.extended_until, kn.due_at)) FROM complaint_clock kn WHERE kn.complaint_id = ${c}.id AND kn.met_at IS NULL)`;
