/**
 * What "late" means for an SLA clock, written once for every query (list filter, desk counts,
 * KPIs, callback queue, breach job) so they never disagree with each other or with the per-row
 * flag: an approved extension moves the due time, and a paused clock does not run.
 * `k` is the alias of an sla_clock row ('' for the bare table); the query binds `:now`.
 */
const col = (k: string, c: string) => (k ? `${k}.${c}` : c);

/** The due time in force: the approved extension when it is later. */
export const effectiveDueSql = (k: string) =>
  `(CASE WHEN ${col(k, 'extended_until')} IS NOT NULL AND ${col(k, 'extended_until')} > ${col(k, 'due_at')} THEN ${col(k, 'extended_until')} ELSE ${col(k, 'due_at')} END)`;

/** A running, unpaused clock that is past its effective due time or already marked broken. */
export const lateClockSql = (k: string) =>
  `${col(k, 'met_at')} IS NULL AND ${col(k, 'paused_at')} IS NULL AND (${col(k, 'breached_at')} IS NOT NULL OR ${effectiveDueSql(k)} < :now)`;

/** An open request of the current cycle with a late clock (`r` is the service_request alias). */
export const requestLateSql = (r: string) =>
  `EXISTS (SELECT 1 FROM sla_clock lk WHERE lk.request_id = ${r}.id AND lk.cycle = ${r}.cycle AND ${lateClockSql('lk')})`;

/** A second callback is due only once the first of its cycle has been made (`k` is an sla_clock alias). */
export const firstCallbackMadeSql = (k: string) =>
  `NOT (${k}.kind = 'second_callback' AND EXISTS (SELECT 1 FROM sla_clock f WHERE f.request_id = ${k}.request_id AND f.cycle = ${k}.cycle AND f.kind = 'callback' AND f.met_at IS NULL))`;
