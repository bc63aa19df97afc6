/**
 * 满意度调查 (R-RPT-03): a satisfaction survey each quarter per project, answered once per room per
 * quarter on the phone (a rating 1–5 for each service area and a comment), and the annual customer-
 * satisfaction index from the four quarters. Declared once; pure (the caller passes "now" and the zone).
 *
 * The formula (the one place it is written):
 * - a quarter's score is the mean of every rating given in it (each response rates every area):
 *   score = Σ ratings ÷ (responses × areas), on the 1–5 scale;
 * - its index is that score × 20, on a 100-point scale (all 5 → 100, all 1 → 20);
 * - the annual customer-satisfaction index is the mean of the indexes of the year's quarters that
 *   had responses, each quarter weighing the same (a busy quarter does not outweigh a quiet one); it is
 *   complete when all four quarters had responses.
 * Shown with one decimal, rounded down, so an index never shows a target it did not reach.
 */
import { wallClock, zonedInstant } from './local-time.js';

export const SURVEY_AREAS = ['service', 'repair', 'cleaning', 'security', 'greening'] as const;
export type SurveyArea = (typeof SURVEY_AREAS)[number];
export const SURVEY_AREA_LABELS: Record<SurveyArea, string> = {
  service: '客户服务',
  repair: '维修服务',
  cleaning: '保洁服务',
  security: '秩序维护',
  greening: '绿化养护',
};
export const SURVEY_RATING_LABELS: Record<number, string> = {
  1: '很不满意',
  2: '不满意',
  3: '一般',
  4: '满意',
  5: '很满意',
};
export const SURVEY_COMMENT_MAX = 500;

export const SURVEY_STATUSES = ['open', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];
export const SURVEY_STATUS_LABELS: Record<SurveyStatus | 'upcoming', string> = {
  upcoming: '未开始',
  open: '进行中',
  closed: '已结束',
};

/** A quarter as written everywhere: '2026Q4'. */
export type Quarter = string;
export function isQuarter(s: unknown): s is Quarter {
  return typeof s === 'string' && /^(19|20|21)\d\dQ[1-4]$/.test(s);
}
/** The quarter an instant falls in, in the project's zone. */
export function quarterOf(t: Date, timeZone: string): Quarter {
  const w = wallClock(t, timeZone);
  return `${w.year}Q${Math.floor((w.month - 1) / 3) + 1}`;
}
/** A quarter's first instant and the next quarter's first instant, in the project's zone. */
export function quarterBounds(q: Quarter, timeZone: string): { from: Date; to: Date } {
  if (!isQuarter(q)) throw new Error('quarter must be YYYYQn');
  const y = +q.slice(0, 4);
  const n = +q.slice(5);
  return { from: zonedInstant(timeZone, y, 3 * n - 2, 1), to: zonedInstant(timeZone, y, 3 * n + 1, 1) };
}
/** '2026年第4季度' */
export function quarterLabel(q: Quarter): string {
  return `${q.slice(0, 4)}年第${q.slice(5)}季度`;
}
/** The survey as a list shows it: before its quarter 未开始, within it 进行中 unless closed, after it 已结束. */
export function surveyListStatus(status: SurveyStatus, q: Quarter, timeZone: string, now: Date): SurveyStatus | 'upcoming' {
  if (status === 'closed') return 'closed';
  const { from, to } = quarterBounds(q, timeZone);
  if (now < from) return 'upcoming';
  return now >= to ? 'closed' : 'open';
}
/** Why a survey may not be created for quarter q now: only this quarter or the next. */
export function surveyQuarterProblem(q: Quarter, timeZone: string, now: Date): string | null {
  if (!isQuarter(q)) return '季度格式应为 2026Q4';
  const cur = quarterOf(now, timeZone);
  const next = quarterOf(quarterBounds(cur, timeZone).to, timeZone);
  if (q !== cur && q !== next) return '只能创建本季度或下季度的满意度调查';
  return null;
}

/** One decimal, rounded down. */
const floor1 = (x: number) => Math.floor(x * 10 + 1e-9) / 10;

/** R-RPT-03 a quarter's figures from its sums: per-area means (1–5), the score and the index (100-point). */
export function surveyScores(responses: number, sums: Record<SurveyArea, number>) {
  if (!Number.isInteger(responses) || responses < 0) throw new Error('responses must be a non-negative integer');
  const areas = Object.fromEntries(SURVEY_AREAS.map((a) => [a, responses ? floor1(sums[a] / responses) : null])) as Record<
    SurveyArea,
    number | null
  >;
  if (!responses) return { responses, areas, score: null, index: null };
  const total = SURVEY_AREAS.reduce((s, a) => s + sums[a], 0);
  const exact = total / (responses * SURVEY_AREAS.length);
  return { responses, areas, score: floor1(exact), index: floor1(exact * 20) };
}

/** R-RPT-03 the annual customer-satisfaction index: the mean of the surveyed quarters' indexes, each the same weight. */
export function annualSatisfactionIndex(quarters: { quarter: Quarter; responses: number; total: number }[]) {
  const surveyed = quarters.filter((q) => q.responses > 0);
  if (!surveyed.length) return { index: null, quarters: 0, complete: false };
  const mean = surveyed.reduce((s, q) => s + (q.total / (q.responses * SURVEY_AREAS.length)) * 20, 0) / surveyed.length;
  return { index: floor1(mean), quarters: surveyed.length, complete: new Set(surveyed.map((q) => q.quarter)).size >= 4 };
}
