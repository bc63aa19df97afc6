/**
 * Service KPIs are plain aggregates over SLA clocks and callbacks (ARCHITECTURE: "KPIs are then
 * plain aggregates over clocks"). The counting is SQL; the rates and targets are declared here once.
 */

/**
 * A rate in percent with one decimal (97.5), or null when there is nothing to measure. Rounded
 * down, so a rate never shows a target it did not reach (9,999 of 10,000 is 99.9, not 100).
 */
export function ratePct(numerator: number, denominator: number): number | null {
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || numerator < 0 || denominator < 0)
    throw new Error('counts must be non-negative integers');
  if (denominator === 0) return null;
  if (numerator > denominator) throw new Error('numerator exceeds denominator');
  return Math.floor((numerator * 1000) / denominator) / 10;
}

/** Targets from the manual: R-REP-12 repair timeliness 100%; R-REP-09 every completed repair called back. */
export const REPAIR_KPI_TARGETS = { timelyRate: 100, callbackRate: 100 } as const;

export interface RepairKpiCounts {
  /** requests received in the period */
  received: number;
  /** resolve promises that ended (met) in the period, and how many of them on time */
  resolved: number;
  resolvedOnTime: number;
  /** callbacks that fell due in the period, and how many were made, and how many of those on time */
  callbacksDue: number;
  callbacksDone: number;
  callbacksOnTime: number;
  /**
   * R-REP-16 contact promises (one per dispatch round) that fell due in the period and were kept or
   * broken — a round broken before a re-dispatch stays counted — and how many were kept on time
   */
  contactsDue: number;
  contactsOnTime: number;
  /**
   * callbacks made in the period, and how many found the customer satisfied or very satisfied — by the
   * owner's own in-app rating where the owner gave one, else by the callback's answer
   */
  rated: number;
  satisfied: number;
  /** of `rated`: how many counted the owner's own rating, and how many the callback's answer */
  satisfactionOwnerRated: number;
  satisfactionCallbackRated: number;
  /** still open now and past a promise */
  openOverdue: number;
}

export interface RepairKpis extends RepairKpiCounts {
  timelyRate: number | null;
  callbackRate: number | null;
  callbackTimelyRate: number | null;
  contactTimelyRate: number | null;
  satisfactionRate: number | null;
  /** R-REP-12: met only when every repair resolved in the period was resolved on time */
  timelyTargetMet: boolean | null;
}

export function repairKpis(c: RepairKpiCounts): RepairKpis {
  const timelyRate = ratePct(c.resolvedOnTime, c.resolved);
  return {
    ...c,
    timelyRate,
    callbackRate: ratePct(c.callbacksDone, c.callbacksDue),
    callbackTimelyRate: ratePct(c.callbacksOnTime, c.callbacksDone),
    contactTimelyRate: ratePct(c.contactsOnTime, c.contactsDue),
    satisfactionRate: ratePct(c.satisfied, c.rated),
    timelyTargetMet: c.resolved === 0 ? null : c.resolvedOnTime * 100 >= c.resolved * REPAIR_KPI_TARGETS.timelyRate,
  };
}
