/**
 * 访客登记 (R-PAS-05): visitors are registered at the lobby or gate — name, ID number, whom they visit —
 * and confirmed with the host before they go in; an owner may register a visitor in advance in the
 * mini-program and gets a visitor code (访客码) for the guard. Declared once here: the states, the steps,
 * who takes them, the code and why the gate refuses one. Pure: the caller passes "today" in the project's zone.
 *
 * Two ways in:
 * - 现场登记 (at the gate): 待住户确认 → the host approves in the app, or the guard records a phone
 *   confirmation and who answered → 已确认 → 已进入 (entry time) → 已离开 (leaving time). The host (in the app)
 *   or the guard (by phone) may refuse: 住户拒绝, and the visitor does not go in.
 * - 预约 (the owner in advance): 已预约 with a code valid on the visiting day only (project zone) → the guard
 *   looks the code up and lets the visitor in once (ID number recorded then) → 已进入 → 已离开. The owner
 *   may cancel it before it is used.
 */
import { isCalendarDate } from './local-time.js';

export const VISITOR_SOURCES = ['gate', 'invite'] as const;
export type VisitorSource = (typeof VISITOR_SOURCES)[number];
export const VISITOR_SOURCE_LABELS: Record<VisitorSource, string> = { gate: '现场登记', invite: '住户预约' };

export const VISITOR_STATUSES = ['awaiting_host', 'invited', 'confirmed', 'refused', 'in', 'left', 'cancelled'] as const;
export type VisitorStatus = (typeof VISITOR_STATUSES)[number];
/** Staff words. */
export const VISITOR_STATUS_LABELS: Record<VisitorStatus, string> = {
  awaiting_host: '待住户确认',
  invited: '已预约',
  confirmed: '已确认',
  refused: '住户拒绝',
  in: '已进入',
  left: '已离开',
  cancelled: '已取消',
};
/** Owner words. */
export const VISITOR_OWNER_LABELS: Record<VisitorStatus, string> = {
  awaiting_host: '待您确认',
  invited: '已预约',
  confirmed: '已同意来访',
  refused: '已拒绝',
  in: '已进入',
  left: '已离开',
  cancelled: '已取消',
};

export const VISIT_REASONS = ['family', 'delivery', 'repair', 'business', 'other'] as const;
export type VisitReason = (typeof VISIT_REASONS)[number];
export const VISIT_REASON_LABELS: Record<VisitReason, string> = {
  family: '探亲访友',
  delivery: '快递外卖',
  repair: '维修安装',
  business: '商务拜访',
  other: '其他',
};

/** The steps: the host in the app (approve, refuse), the inviting owner (cancel), the guard (phone_*, enter, leave). */
export const VISITOR_ACTIONS = ['approve', 'refuse', 'cancel', 'phone_approve', 'phone_refuse', 'enter', 'leave'] as const;
export type VisitorAction = (typeof VISITOR_ACTIONS)[number];
export const VISITOR_ACTION_LABELS: Record<VisitorAction, string> = {
  approve: '住户同意来访',
  refuse: '住户拒绝来访',
  cancel: '取消预约',
  phone_approve: '电话确认同意',
  phone_refuse: '电话确认拒绝',
  enter: '登记进入',
  leave: '登记离开',
};
/** Steps taken in the mini-program (the rest are the guard's). */
export const VISITOR_OWNER_ACTIONS: readonly VisitorAction[] = ['approve', 'refuse', 'cancel'];
export const VISITOR_GATE_ACTIONS: readonly VisitorAction[] = ['phone_approve', 'phone_refuse', 'enter', 'leave'];

export const VISITOR_TRANSITIONS: Record<VisitorAction, { from: readonly VisitorStatus[]; to: VisitorStatus }> = {
  approve: { from: ['awaiting_host'], to: 'confirmed' },
  refuse: { from: ['awaiting_host'], to: 'refused' },
  cancel: { from: ['invited'], to: 'cancelled' },
  phone_approve: { from: ['awaiting_host'], to: 'confirmed' },
  phone_refuse: { from: ['awaiting_host'], to: 'refused' },
  enter: { from: ['confirmed', 'invited'], to: 'in' },
  leave: { from: ['in'], to: 'left' },
};
export function visitorActionAllowed(action: VisitorAction, status: string): boolean {
  return (VISITOR_TRANSITIONS[action].from as readonly string[]).includes(status);
}

/** A registration at the gate or an invitation is for this day; an invitation that was not used by then reads 已过期. */
export function visitorShownStatus(status: string, visitOn: string, today: string): { key: string; label: string } {
  if ((status === 'invited' || status === 'awaiting_host' || status === 'confirmed') && visitOn < today)
    return { key: 'expired', label: '已过期' };
  return { key: status, label: VISITOR_STATUS_LABELS[status as VisitorStatus] ?? status };
}

/**
 * R-PAS-05 why the guard may not let the visitor in now (null: they may go in): only a confirmed visitor —
 * the host approved, in the app or on the phone — or an invitation on its day in the project's zone, once.
 */
export function visitorEntryRefusal(v: { status: string; visitOn: string }, today: string): string | null {
  switch (v.status) {
    case 'awaiting_host':
      return '住户尚未确认来访，请等待住户在小程序确认或电话确认';
    case 'refused':
      return '住户拒绝了该访客来访，不能进入';
    case 'cancelled':
      return '住户已取消该预约，不能进入';
    case 'in':
      return '该访客已登记进入，访客码不能重复使用';
    case 'left':
      return '该访客已离开，访客码不能重复使用';
  }
  if (today < v.visitOn) return `访客码尚未生效（仅限 ${v.visitOn} 当天使用）`;
  if (today > v.visitOn) return `访客码已过期（仅限 ${v.visitOn} 当天使用）`;
  return null;
}

/** The visitor code: eight digits, random (not guessable from another's), shown as "1234 5678". */
export const VISITOR_CODE_LENGTH = 8;
export function isVisitorCode(v: unknown): v is string {
  return typeof v === 'string' && /^\d{8}$/.test(v);
}
/** A typed or scanned code in the form the API keeps: digits only ("1234 5678" → "12345678"). */
export function normalizeVisitorCode(v: string): string {
  return v.replace(/[\s-]/g, '');
}
export function formatVisitorCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)} ${code.slice(4)}` : code;
}

export const VISITOR_MAX_COUNT = 20;
/** How far ahead an owner may invite: today and the next 30 days (project zone). */
export const VISITOR_INVITE_DAYS = 30;

/** An invitation's day's problem in words (null: fine): a real date, today or within the next 30 days. */
export function visitorDayProblem(visitOn: string, today: string): string | null {
  if (!isCalendarDate(visitOn)) return '来访日期不是有效的日期';
  if (visitOn < today) return '来访日期不能早于今天';
  const last = new Date(Date.parse(`${today}T00:00:00Z`) + VISITOR_INVITE_DAYS * 86_400_000).toISOString().slice(0, 10);
  if (visitOn > last) return `只能预约${VISITOR_INVITE_DAYS}天内的来访`;
  return null;
}

/**
 * The visitor's identity document number (null: fine): a resident ID (18 characters with its check digit), or
 * another document (passport, 港澳台通行证) of 6–20 letters and digits.
 */
export function visitorIdProblem(v: string): string | null {
  const s = v.trim().toUpperCase();
  if (/^\d{17}[\dX]$/.test(s)) {
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let sum = 0;
    for (let i = 0; i < 17; i++) sum += Number(s[i]) * weights[i]!;
    return '10X98765432'[sum % 11] === s[17] ? null : '身份证号码校验不正确，请核对';
  }
  if (/^\d{15,18}$/.test(s)) return '身份证号码应为18位';
  if (/^[A-Z0-9]{6,20}$/.test(s)) return null;
  return '证件号码应为18位身份证号，或6至20位字母数字的其他证件号';
}
