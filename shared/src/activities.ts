/**
 * 社区活动 (R-ACT-01/02/03/05): the annual plan, an activity's way from the plan to its archived file, the
 * owners' poll and sign-up, and the callbacks after it — declared once for the API, the console and the
 * mini-program. Pure: the caller passes "now" and the project's zone.
 *
 * - R-ACT-01 the plan of year Y (activities with purpose, time, theme and budget) is made in December of
 *   Y−1: it may be drafted from 1 December Y−1 (the project's zone), is due that month, and is late once
 *   Y has begun without the manager's 定稿. An activity added after 定稿 is 计划外 (kept, marked).
 * - R-ACT-05 its budget is requested from finance and approved (amount in fen) before it may be published;
 *   its safety measures are recorded before it is published; after it, a summary and photos, and the file
 *   (plan, budget, poll, sign-ups, callbacks, summary, photos) is archived.
 * - R-ACT-02 owners' opinions are asked first (a short poll on the phone, opened before publication) and it
 *   is announced in advance: published at least ACTIVITY_NOTICE_DAYS days before it starts.
 * - R-ACT-03 after it, at least 10% of the households signed up (rounded up) are called back; the console
 *   picks them fairly (every sign-up the same chance, the same pick on every screen); target 80% satisfied.
 */
import { ratePct } from './kpi.js';

export const ACTIVITY_STATUSES = [
  'planned',
  'budget_pending',
  'budget_approved',
  'published',
  'finished',
  'archived',
  'cancelled',
] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = {
  planned: '计划中',
  budget_pending: '预算待审批',
  budget_approved: '预算已批准',
  published: '已发布',
  finished: '已总结',
  archived: '已归档',
  cancelled: '已取消',
};

export const ACTIVITY_ACTIONS = [
  'request_budget',
  'approve_budget',
  'reject_budget',
  'publish',
  'finish',
  'archive',
  'cancel',
] as const;
export type ActivityAction = (typeof ACTIVITY_ACTIONS)[number];
export const ACTIVITY_ACTION_LABELS: Record<ActivityAction, string> = {
  request_budget: '申请预算',
  approve_budget: '批准预算',
  reject_budget: '退回预算',
  publish: '发布活动',
  finish: '活动总结',
  archive: '归档',
  cancel: '取消活动',
};
export const ACTIVITY_MACHINE: Record<ActivityAction, { from: readonly ActivityStatus[]; to: ActivityStatus }> = {
  request_budget: { from: ['planned'], to: 'budget_pending' },
  approve_budget: { from: ['budget_pending'], to: 'budget_approved' },
  reject_budget: { from: ['budget_pending'], to: 'planned' },
  publish: { from: ['budget_approved'], to: 'published' },
  finish: { from: ['published'], to: 'finished' },
  archive: { from: ['finished'], to: 'archived' },
  cancel: { from: ['planned', 'budget_pending', 'budget_approved', 'published'], to: 'cancelled' },
};
export function activityMayTake(status: ActivityStatus, action: ActivityAction): boolean {
  return ACTIVITY_MACHINE[action].from.includes(status);
}
/** Details (time, place, capacity, safety, the poll) are edited until the activity is published. */
export const ACTIVITY_EDITABLE: readonly ActivityStatus[] = ['planned', 'budget_pending', 'budget_approved'];

/** R-ACT-02 published at least this many days before it starts (the owners' notice). */
export const ACTIVITY_NOTICE_DAYS = 3;
/** R-ACT-03 the share of sign-ups called back (at least, rounded up) and the satisfaction target. */
export const ACTIVITY_CALLBACK_SHARE_PCT = 10;
export const ACTIVITY_SATISFACTION_TARGET_PCT = 80;
/** Limits of the forms, the same in the console, the phone and the API. */
export const ACTIVITY_THEME_MAX = 40;
export const ACTIVITY_TEXT_MAX = 2000;
export const ACTIVITY_PEOPLE_MAX = 10;
export const ACTIVITY_POLL_OPTIONS_MIN = 2;
export const ACTIVITY_POLL_OPTIONS_MAX = 6;

/** R-ACT-01 where the plan of `year` stands on `today` (the project's local date, 'YYYY-MM-DD'). */
export type ActivityPlanWindow = 'early' | 'due' | 'open' | 'late';
export const ACTIVITY_PLAN_WINDOW_LABELS: Record<ActivityPlanWindow, string> = {
  early: '未到编制时间（每年12月编制下一年度计划）',
  due: '本月应编制并定稿',
  open: '年度计划执行中',
  late: '逾期未定稿',
};
export function activityPlanWindow(year: number, today: string, finalized: boolean): ActivityPlanWindow {
  const y = +today.slice(0, 4);
  const m = +today.slice(5, 7);
  if (y < year - 1 || (y === year - 1 && m < 12)) return 'early';
  if (y === year - 1) return finalized ? 'open' : 'due';
  return finalized ? 'open' : 'late';
}
/** The year whose plan is worked on now: next year's in December, else this year's. */
export function activityPlanYear(today: string): number {
  const y = +today.slice(0, 4);
  return +today.slice(5, 7) === 12 ? y + 1 : y;
}

/** R-ACT-02 why it may not be published at `now` (null: it may). */
export function activityPublishProblem(
  a: {
    budgetApprovedFen: number | null;
    safetyMeasures: string | null;
    startsAt: Date | null;
    endsAt: Date | null;
    place: string | null;
    capacity: number | null;
    pollOpenedAt: Date | null;
  },
  now: Date,
): string | null {
  if (a.budgetApprovedFen === null) return '活动预算尚未经财务批准';
  if (!a.safetyMeasures?.trim()) return '请先填写安全措施';
  if (!a.startsAt || !a.endsAt || !a.place?.trim() || !a.capacity) return '请先填写活动时间、地点和名额';
  if (!a.pollOpenedAt) return '发布前须先向业主征求意见（开启意见征询）';
  if (a.startsAt.getTime() - now.getTime() < ACTIVITY_NOTICE_DAYS * 86_400_000)
    return `活动须提前${ACTIVITY_NOTICE_DAYS}天发布，请调整活动时间`;
  return null;
}

/** R-ACT-03 how many sign-ups must be called back: 10% rounded up (none signed up: none). */
export function activityCallbackQuota(signups: number): number {
  if (!Number.isInteger(signups) || signups < 0) throw new Error('signups must be a non-negative integer');
  return Math.ceil((signups * ACTIVITY_CALLBACK_SHARE_PCT) / 100);
}

/** A 32-bit mix of two integers (splitmix-like): the same inputs always give the same number. */
function mix(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}
/**
 * R-ACT-03 the fair pick: the sign-ups in callback order — each ranked by a hash of (activity, sign-up),
 * so every sign-up has the same chance whatever its time or room, and the order is the same on every
 * screen and every call. The first `activityCallbackQuota(n)` are the ones to call.
 */
export function activityCallbackOrder(activityId: number, signupIds: readonly number[]): number[] {
  return [...new Set(signupIds)]
    .map((id) => ({ id, k: mix(activityId, id) }))
    .sort((x, y) => x.k - y.k || x.id - y.id)
    .map((x) => x.id);
}

/** R-ACT-03 the activity's satisfaction: satisfied of the callbacks made, against the 80% target. */
export function activitySatisfaction(made: number, satisfied: number) {
  const rate = ratePct(satisfied, made);
  return { rate, target: ACTIVITY_SATISFACTION_TARGET_PCT, met: rate === null ? null : rate >= ACTIVITY_SATISFACTION_TARGET_PCT };
}

/** Whether a sign-up may be made or cancelled now: only while published and before it starts. */
export function activitySignupProblem(a: { status: string; startsAt: Date | null }, now: Date): string | null {
  if (a.status !== 'published') return '该活动当前不接受报名';
  if (!a.startsAt || now.getTime() >= a.startsAt.getTime()) return '活动已开始，报名已截止';
  return null;
}
