/**
 * What "overdue" means for a complaint, written once for the register's filter, the escalation inbox and
 * other modules' reads (the supervisor's follow-up): a running promise past its due time, an approved
 * extension counting. `c` is the complaint alias; the query binds `:overdueAt`.
 */
export const complaintOverdueSql = (c: string) =>
  `EXISTS (SELECT 1 FROM complaint_clock k WHERE k.complaint_id = ${c}.id AND k.met_at IS NULL
        AND COALESCE(k.extended_until, k.due_at) < :overdueAt)`;
