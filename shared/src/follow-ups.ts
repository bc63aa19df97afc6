/**
 * R-REP-17 the customer-service supervisor's daily follow-up (每日跟进) of open repairs and complaints,
 * and the verification of each closure (验证关闭), with what was checked recorded. Declared once here:
 * the API refuses anything else, the console shows exactly these choices. Pure: no clock reads.
 */
import { OPEN_COMPLAINT_STATUSES, type ComplaintStatus } from './complaints.js';
import { OPEN_REPAIR_STATUSES, type RepairStatus } from './service-requests.js';

/** What is followed up: repairs (service requests of type repair) and complaints. */
export const FOLLOW_UP_SUBJECTS = ['repair', 'complaint'] as const;
export type FollowUpSubject = (typeof FOLLOW_UP_SUBJECTS)[number];
export const FOLLOW_UP_SUBJECT_LABELS: Record<FollowUpSubject, string> = { repair: '报修', complaint: '投诉' };

/**
 * daily: an open item followed up today; closure: a closed item verified (验证关闭); weekly: R-CMP-18 the
 * quality supervisor's review of the week's complaints (每周回顾), class A in depth.
 */
export const FOLLOW_UP_KINDS = ['daily', 'closure', 'weekly'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];
export const FOLLOW_UP_KIND_LABELS: Record<FollowUpKind, string> = { daily: '每日跟进', closure: '验证关闭', weekly: '每周回顾' };
/** The CS supervisor's kinds (the daily follow-up and the closure verification), on the follow-up lists. */
export const FOLLOW_UP_SUPERVISOR_KINDS = ['daily', 'closure'] as const satisfies readonly FollowUpKind[];
export type FollowUpSupervisorKind = (typeof FOLLOW_UP_SUPERVISOR_KINDS)[number];

/** Open for the daily follow-up: a repair waiting for its callback (待回访) is still the supervisor's to follow. */
export const FOLLOW_UP_OPEN: { repair: readonly RepairStatus[]; complaint: readonly ComplaintStatus[] } = {
  repair: [...OPEN_REPAIR_STATUSES, 'confirmed'],
  complaint: OPEN_COMPLAINT_STATUSES,
};
/** Closed, so its closure is verified. */
export const FOLLOW_UP_CLOSED: { repair: readonly RepairStatus[]; complaint: readonly ComplaintStatus[] } = {
  repair: ['closed'],
  complaint: ['closed'],
};
/** Closures older than this are no longer offered for verification (the list is "recent closures"). */
export const CLOSURE_VERIFY_WINDOW_DAYS = 30;

/** What the supervisor checked: at least one, from the kind's own list. */
export const FOLLOW_UP_CHECKS = {
  daily: ['progress', 'deadline', 'owner_contact', 'handler_contact', 'site'],
  closure: ['owner_phone', 'site', 'records', 'photos', 'fee'],
  weekly: ['register', 'grading', 'timeliness', 'reply_callback', 'satisfaction'],
} as const satisfies Record<FollowUpKind, readonly string[]>;
export type FollowUpCheck = (typeof FOLLOW_UP_CHECKS)[FollowUpKind][number];
export const FOLLOW_UP_CHECK_LABELS: Record<FollowUpCheck, string> = {
  progress: '核对处理进度',
  deadline: '核对承诺时限',
  owner_contact: '联系业主',
  handler_contact: '联系责任人',
  site: '现场查看',
  owner_phone: '电话核实业主',
  records: '核对单据记录',
  photos: '核对完工照片',
  fee: '核对收费',
  register: '登记完整',
  grading: '分级分类准确',
  timeliness: '处理及时',
  reply_callback: '答复回访到位',
  satisfaction: '投诉人满意',
};

/** The outcome: the second of each kind is a finding, and needs a note saying what is wrong. */
export const FOLLOW_UP_RESULTS = {
  daily: ['on_track', 'at_risk'],
  closure: ['verified', 'problem'],
  weekly: ['proper', 'improve'],
} as const satisfies Record<FollowUpKind, readonly string[]>;
export type FollowUpResult = (typeof FOLLOW_UP_RESULTS)[FollowUpKind][number];
export const FOLLOW_UP_RESULT_LABELS: Record<FollowUpResult, string> = {
  on_track: '正常推进',
  at_risk: '有风险，需督办',
  verified: '核实无误，确认关闭',
  problem: '发现问题',
  proper: '处理得当',
  improve: '需改进',
};
export const FOLLOW_UP_FINDINGS: readonly FollowUpResult[] = ['at_risk', 'problem', 'improve'];
export const FOLLOW_UP_ALL_CHECKS = [...FOLLOW_UP_CHECKS.daily, ...FOLLOW_UP_CHECKS.closure, ...FOLLOW_UP_CHECKS.weekly] as const;
export const FOLLOW_UP_ALL_RESULTS = [...FOLLOW_UP_RESULTS.daily, ...FOLLOW_UP_RESULTS.closure, ...FOLLOW_UP_RESULTS.weekly] as const;

/**
 * R-CMP-18 the daily check of a complaint with a promise due today or already past asks whether the
 * promise was kept: the promise-time check (核对承诺时限) must be among what was checked.
 */
export const PROMISE_CHECK: FollowUpCheck = 'deadline';

/** R-CMP-18 a class A complaint is reviewed in depth: each of these is written, in the weekly review. */
export const WEEKLY_DEPTH_FIELDS = ['cause', 'measures', 'prevention'] as const;
export type WeeklyDepthField = (typeof WEEKLY_DEPTH_FIELDS)[number];
export type WeeklyDepth = Record<WeeklyDepthField, string>;
export const WEEKLY_DEPTH_LABELS: Record<WeeklyDepthField, string> = {
  cause: '原因分析',
  measures: '纠正措施',
  prevention: '预防措施',
};
export const WEEKLY_DEPTH_MAX = 500;
/** R-CMP-18 only class A (重大) complaints need the in-depth review. */
export function needsDepthReview(importance: string | null | undefined): boolean {
  return importance === 'A';
}

/** The Monday ('YYYY-MM-DD') of the week a calendar date falls in: weeks run Monday to Sunday. */
export function weekStartOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  return addCalendarDays(date, -back);
}
/** A calendar date moved by whole days. */
export function addCalendarDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
/** The occasion key of a weekly review: one per complaint per week. */
export const weeklyOccasion = (weekStart: string) => `week:${weekStart}`;

/**
 * Why a follow-up record is refused, or null when it may be written: checks from the kind's list, at least
 * one; a result of the kind; a finding says what is wrong.
 */
export function followUpProblem(
  kind: FollowUpKind,
  checks: readonly string[],
  result: string,
  note: string | null | undefined,
  opts: { promiseDue?: boolean; depthNeeded?: boolean; depth?: Partial<Record<string, string | null | undefined>> | null } = {},
): string | null {
  const allowed = FOLLOW_UP_CHECKS[kind] as readonly string[];
  if (checks.length === 0) return '请至少勾选一项核查内容';
  const wrong = checks.filter((c) => !allowed.includes(c));
  if (wrong.length) return `核查内容不适用于${FOLLOW_UP_KIND_LABELS[kind]}：${wrong.join('、')}`;
  if (!(FOLLOW_UP_RESULTS[kind] as readonly string[]).includes(result)) return `${FOLLOW_UP_KIND_LABELS[kind]}的结论无效`;
  if (FOLLOW_UP_FINDINGS.includes(result as FollowUpResult) && !note?.trim()) return '发现问题时请写明问题所在';
  if (kind === 'daily' && opts.promiseDue && !checks.includes(PROMISE_CHECK))
    return `该投诉有今天到期或已过期的承诺，请勾选“${FOLLOW_UP_CHECK_LABELS[PROMISE_CHECK]}”，核对承诺是否兑现`;
  if (kind === 'weekly' && opts.depthNeeded) {
    const missing = WEEKLY_DEPTH_FIELDS.filter((f) => !opts.depth?.[f]?.trim());
    if (missing.length)
      return `重大（A 类）投诉需深入回顾，请填写：${missing.map((f) => WEEKLY_DEPTH_LABELS[f]).join('、')}`;
  }
  if (opts.depth && kind !== 'weekly') return '只有每周回顾填写深入回顾内容';
  return null;
}
