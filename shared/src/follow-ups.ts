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

/** daily: an open item followed up today; closure: a closed item verified (验证关闭). */
export const FOLLOW_UP_KINDS = ['daily', 'closure'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];
export const FOLLOW_UP_KIND_LABELS: Record<FollowUpKind, string> = { daily: '每日跟进', closure: '验证关闭' };

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
};

/** The outcome: the second of each kind is a finding, and needs a note saying what is wrong. */
export const FOLLOW_UP_RESULTS = {
  daily: ['on_track', 'at_risk'],
  closure: ['verified', 'problem'],
} as const satisfies Record<FollowUpKind, readonly string[]>;
export type FollowUpResult = (typeof FOLLOW_UP_RESULTS)[FollowUpKind][number];
export const FOLLOW_UP_RESULT_LABELS: Record<FollowUpResult, string> = {
  on_track: '正常推进',
  at_risk: '有风险，需督办',
  verified: '核实无误，确认关闭',
  problem: '发现问题',
};
export const FOLLOW_UP_FINDINGS: readonly FollowUpResult[] = ['at_risk', 'problem'];
export const FOLLOW_UP_ALL_CHECKS = [...FOLLOW_UP_CHECKS.daily, ...FOLLOW_UP_CHECKS.closure] as const;
export const FOLLOW_UP_ALL_RESULTS = [...FOLLOW_UP_RESULTS.daily, ...FOLLOW_UP_RESULTS.closure] as const;

/**
 * Why a follow-up record is refused, or null when it may be written: checks from the kind's list, at least
 * one; a result of the kind; a finding says what is wrong.
 */
export function followUpProblem(
  kind: FollowUpKind,
  checks: readonly string[],
  result: string,
  note: string | null | undefined,
): string | null {
  const allowed = FOLLOW_UP_CHECKS[kind] as readonly string[];
  if (checks.length === 0) return '请至少勾选一项核查内容';
  const wrong = checks.filter((c) => !allowed.includes(c));
  if (wrong.length) return `核查内容不适用于${FOLLOW_UP_KIND_LABELS[kind]}：${wrong.join('、')}`;
  if (!(FOLLOW_UP_RESULTS[kind] as readonly string[]).includes(result)) return `${FOLLOW_UP_KIND_LABELS[kind]}的结论无效`;
  if (FOLLOW_UP_FINDINGS.includes(result as FollowUpResult) && !note?.trim()) return '发现问题时请写明问题所在';
  return null;
}
