/**
 * Renovation after the permit (R-REN-06…08): the daily inspection of every active renovation and its
 * rectification notices (整改通知书); the acceptance (竣工验收) within 3 days of the request, its written
 * rectification requirements on a failure, the permit and worker passes collected back on a pass; the two
 * deposits' refund started within 1 day of the pass and finished within 3 working days. Declared once
 * here: the API stores the deadlines it computes with these, the console and the mini-program show them.
 */
import { dueAt, type WorkCalendar } from './sla.js';
import { isCalendarDate } from './local-time.js';

/** R-REN-06 a renovation is inspected daily while it is active: permitted and not yet accepted. */
export const RENO_ACTIVE_STATUSES = ['permitted', 'acceptance_requested', 'rectifying'] as const;
export function renoIsActive(status: string): boolean {
  return (RENO_ACTIVE_STATUSES as readonly string[]).includes(status);
}

/** R-REN-06 what an inspector may find (a rectification notice names them). */
export const RENO_VIOLATION_KINDS = [
  'structure',
  'wet_room',
  'facade',
  'pipes',
  'hours',
  'fire',
  'rubble',
  'public_area',
  'unregistered',
  'other',
] as const;
export type RenoViolationKind = (typeof RENO_VIOLATION_KINDS)[number];
export const RENO_VIOLATION_LABELS: Record<RenoViolationKind, string> = {
  structure: '擅自拆改承重墙、梁柱等主体结构',
  wet_room: '擅自改变厨卫位置或未做防水',
  facade: '擅自改变外立面、门窗或开墙洞',
  pipes: '擅自拆改燃气、供暖或公共管道',
  hours: '在规定时间以外进行产生噪声的施工',
  fire: '施工现场未配备灭火器或违规动火',
  rubble: '装修垃圾未按规定袋装、堆放或清运',
  public_area: '占用或损坏公共部位、公共设施',
  unregistered: '施工人员未办理出入证或证件不符',
  other: '其他违反装修管理规定的行为',
};
export function isRenoViolationKind(v: unknown): v is RenoViolationKind {
  return typeof v === 'string' && (RENO_VIOLATION_KINDS as readonly string[]).includes(v);
}
/** The findings in words, for the notice and the owner: "① …；② …". */
export function renoViolationsText(kinds: readonly string[]): string {
  return kinds
    .filter(isRenoViolationKind)
    .map((k, i) => `${'①②③④⑤⑥⑦⑧⑨⑩'[i]}${RENO_VIOLATION_LABELS[k]}`)
    .join('；');
}

/** R-REN-06 an inspection's result. */
export const RENO_INSPECTION_RESULTS = ['ok', 'violation'] as const;
export type RenoInspectionResult = (typeof RENO_INSPECTION_RESULTS)[number];
export const RENO_INSPECTION_RESULT_LABELS: Record<RenoInspectionResult, string> = { ok: '正常', violation: '发现违规' };

/** R-REN-06 a rectification notice's life: open until a re-inspection finds it done or refused (then reported). */
export const RENO_NOTICE_STATUSES = ['open', 'rectified', 'refused'] as const;
export type RenoNoticeStatus = (typeof RENO_NOTICE_STATUSES)[number];
export const RENO_NOTICE_STATUS_LABELS: Record<RenoNoticeStatus, string> = {
  open: '待整改',
  rectified: '已整改',
  refused: '拒不整改',
};
/** What a re-inspection says of an open notice. */
export const RENO_NOTICE_OUTCOMES = ['pending', 'rectified', 'refused'] as const;
export type RenoNoticeOutcome = (typeof RENO_NOTICE_OUTCOMES)[number];
export const RENO_NOTICE_OUTCOME_LABELS: Record<RenoNoticeOutcome, string> = {
  pending: '整改中',
  rectified: '已整改',
  refused: '拒不整改（报告主管部门）',
};
/** Refused: the centre reports it to the authorities (the notice says so, with who and when). */
export const RENO_REPORTED_LABEL = '报告主管部门';
/** A notice's code: ZG + project code + yymmdd of the local issue date; a four-digit serial follows. */
export function renoNoticePrefix(projectCode: string, localDate: string): string {
  return `ZG${projectCode}${localDate.slice(2, 4)}${localDate.slice(5, 7)}${localDate.slice(8, 10)}`;
}
/** The longest a rectification deadline may be set ahead. */
export const RENO_MAX_RECTIFY_DAYS = 30;
const dayNo = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
/** R-REN-06/07 a rectification deadline's problem in words (null: fine): a real date, today or later, at most 30 days ahead. */
export function renoRectifyByProblem(on: unknown, today: string): string | null {
  if (!isCalendarDate(on)) return '请填写整改期限（日期）';
  if (on < today) return '整改期限不能早于今天';
  if (dayNo(on) - dayNo(today) > RENO_MAX_RECTIFY_DAYS) return `整改期限不能超过${RENO_MAX_RECTIFY_DAYS}天`;
  return null;
}
/** R-REN-06 a notice still open past its deadline (the day after the deadline has begun). */
export function renoNoticeOverdue(status: string, deadlineOn: string, today: string): boolean {
  return status === 'open' && today > deadlineOn;
}
/** R-REN-06 a notice may be marked 拒不整改 only once its deadline has passed. */
export function renoMayRefuseNotice(deadlineOn: string, today: string): boolean {
  return today > deadlineOn;
}

/** The next local date ('YYYY-MM-DD'). */
export function nextLocalDate(d: string): string {
  return new Date((dayNo(d) + 1) * 86_400_000).toISOString().slice(0, 10);
}
/** R-REN-06 the first day a renovation is inspected: the later of the permit's day and the works' start. */
export function renoInspectFrom(permitDate: string, startOn: string): string {
  return permitDate > startOn ? permitDate : startOn;
}
/** R-REN-06 due today: active, its inspection days have begun, and not yet inspected today. */
export function renoInspectionDue(status: string, inspectFrom: string | null, today: string, inspectedToday: boolean): boolean {
  return renoIsActive(status) && !!inspectFrom && inspectFrom <= today && !inspectedToday;
}
/**
 * R-REN-06 the days missed: every day from the first inspection day up to yesterday (and not after the
 * day inspections ended, the acceptance's) with no inspection, newest first, at most `limit`.
 */
export function renoMissedDays(
  inspectFrom: string,
  today: string,
  inspected: readonly string[],
  endedOn: string | null = null,
  limit = 60,
): string[] {
  const done = new Set(inspected);
  const out: string[] = [];
  const prev = (d: string) => new Date((dayNo(d) - 1) * 86_400_000).toISOString().slice(0, 10);
  const upTo = endedOn && endedOn < today ? endedOn : today;
  for (let d = prev(upTo); d >= inspectFrom && out.length < limit; d = prev(d))
    if (!done.has(d)) out.push(d);
  return out;
}

/** R-REN-07 the acceptance inspection is due 3 days after the owner's request. */
export const RENO_ACCEPTANCE_DAYS = 3;
export function renoAcceptanceDue(requestedAt: Date, cal: WorkCalendar): Date {
  return dueAt(requestedAt, { value: RENO_ACCEPTANCE_DAYS, unit: 'days' }, cal);
}
export function renoAcceptanceOverdue(status: string, dueAtT: Date | null, now: Date): boolean {
  return status === 'acceptance_requested' && !!dueAtT && now.getTime() > dueAtT.getTime();
}

/** R-REN-08 the deposits' refund is started within 1 day of the pass and finished within 3 working days. */
export const RENO_REFUND_START_DAYS = 1;
export const RENO_REFUND_WORKING_DAYS = 3;
export function renoRefundStartDue(acceptedAt: Date, cal: WorkCalendar): Date {
  return dueAt(acceptedAt, { value: RENO_REFUND_START_DAYS, unit: 'days' }, cal);
}
export function renoRefundDue(acceptedAt: Date, cal: WorkCalendar): Date {
  return dueAt(acceptedAt, { value: RENO_REFUND_WORKING_DAYS, unit: 'working_days' }, cal);
}
/** Late start: started after its due time, or not started and the due time has passed. */
export function renoRefundStartLate(dueAtT: Date | null, startedAt: Date | null, now: Date): boolean {
  return !!dueAtT && (startedAt ?? now).getTime() > dueAtT.getTime();
}
/** Late finish: both deposits back after the due time, or not yet and the due time has passed. */
export function renoRefundLate(dueAtT: Date | null, refundedAt: Date | null, now: Date): boolean {
  return !!dueAtT && (refundedAt ?? now).getTime() > dueAtT.getTime();
}

/** R-REN-08 a deposit's refund, as the console and the owner read it. */
export const RENO_REFUND_STATES = ['not_started', 'requested', 'processing', 'rejected', 'failed', 'refunded', 'withheld'] as const;
export type RenoRefundState = (typeof RENO_REFUND_STATES)[number];
export const RENO_REFUND_STATE_LABELS: Record<RenoRefundState, string> = {
  not_started: '未发起',
  requested: '退款待审批',
  processing: '退款中',
  rejected: '退款被驳回',
  failed: '退款失败',
  refunded: '已退还',
  withheld: '全额扣除',
};
/** A deduction for unremedied damage: whole fen, not more than the deposit; a reason when there is one. */
export function renoDeductionProblem(label: string, fen: unknown, depositFen: number, reason: unknown): string | null {
  if (fen === undefined || fen === null || fen === 0) return null;
  if (typeof fen !== 'number' || !Number.isSafeInteger(fen) || fen < 0) return `${label}的扣除金额应为不小于0的整数（分）`;
  if (fen > depositFen) return `${label}的扣除金额不能超过保证金`;
  if (typeof reason !== 'string' || reason.trim().length < 2) return `请填写${label}的扣除原因`;
  return null;
}
