/**
 * Release passes (物品放行, R-PAS-01…04): an owner (or a bound member or tenant, confirmed by the room's
 * owner) asks to move large items out; the desk checks identity and the household's payment status and
 * issues a pass with a code valid on the moving day; the guard checks the pass and the items at the gate
 * and records the release once. Declared once here; the API, the console and the mini-program read these.
 */
import { isCalendarDate } from './local-time.js';

/** Why the items go out. */
export const PASS_REASONS = ['move_out', 'repair', 'other'] as const;
export type PassReason = (typeof PASS_REASONS)[number];
export const PASS_REASON_LABELS: Record<PassReason, string> = { move_out: '搬家', repair: '送修', other: '其他' };

/** A pass's life. An issued pass past its day reads 已过期 (`passShownStatus`), nothing moves it. */
export const PASS_STATUSES = ['awaiting_owner', 'submitted', 'issued', 'released', 'declined', 'rejected', 'cancelled'] as const;
export type PassStatus = (typeof PASS_STATUSES)[number];
/** Staff words. */
export const PASS_STATUS_LABELS: Record<PassStatus, string> = {
  awaiting_owner: '待业主确认',
  submitted: '待签发',
  issued: '已签发',
  released: '已放行',
  declined: '业主未同意',
  rejected: '已驳回',
  cancelled: '已撤回',
};
/** Owner words. */
export const PASS_OWNER_LABELS: Record<PassStatus, string> = {
  awaiting_owner: '待业主确认',
  submitted: '服务中心审核中',
  issued: '已签发，可出示放行',
  released: '已放行',
  declined: '业主未同意',
  rejected: '未通过',
  cancelled: '已撤回',
};
/** Statuses still to be acted on (the 办理 inbox's 进行中). */
export const OPEN_PASS_STATUSES: readonly PassStatus[] = ['awaiting_owner', 'submitted', 'issued'];

/** The steps, who takes them: the room's owner (confirm/decline), the applicant (cancel), the desk, the gate. */
export const PASS_ACTIONS = ['confirm', 'decline', 'cancel', 'issue', 'reject', 'release'] as const;
export type PassAction = (typeof PASS_ACTIONS)[number];
export const PASS_ACTION_LABELS: Record<PassAction, string> = {
  confirm: '业主确认',
  decline: '业主不同意',
  cancel: '撤回申请',
  issue: '签发放行条',
  reject: '驳回',
  release: '门岗放行',
};
/** The state machine: from which statuses a step may be taken, and where it leads. */
export const PASS_TRANSITIONS: Record<PassAction, { from: readonly PassStatus[]; to: PassStatus }> = {
  confirm: { from: ['awaiting_owner'], to: 'submitted' },
  decline: { from: ['awaiting_owner'], to: 'declined' },
  cancel: { from: ['awaiting_owner', 'submitted'], to: 'cancelled' },
  issue: { from: ['submitted'], to: 'issued' },
  reject: { from: ['awaiting_owner', 'submitted'], to: 'rejected' },
  release: { from: ['issued'], to: 'released' },
};
export function passActionAllowed(action: PassAction, status: string): boolean {
  return (PASS_TRANSITIONS[action].from as readonly string[]).includes(status);
}

/** What a pass reads as now: an issued pass past its day is 已过期. */
export function passShownStatus(status: string, validOn: string | null, today: string): { key: string; label: string } {
  if (status === 'issued' && validOn && validOn < today) return { key: 'expired', label: '已过期' };
  return { key: status, label: PASS_STATUS_LABELS[status as PassStatus] ?? status };
}

/**
 * R-PAS-03 why the gate refuses a pass (null: it may go out today): only an issued pass, on its day in
 * the project's zone, once.
 */
export function passGateRefusal(p: { status: string; moveOn: string | null }, today: string): string | null {
  switch (p.status) {
    case 'released':
      return '该放行条已放行过，不能重复使用';
    case 'awaiting_owner':
      return '该放行申请尚待业主确认，不能放行';
    case 'submitted':
      return '该放行申请尚未由服务中心签发，不能放行';
    case 'declined':
      return '业主未同意该放行申请，不能放行';
    case 'rejected':
      return '该放行申请已被服务中心驳回，不能放行';
    case 'cancelled':
      return '该放行申请已撤回，不能放行';
  }
  if (!p.moveOn) return '放行条无有效日期';
  if (today < p.moveOn) return `放行条尚未生效（有效日期 ${p.moveOn}）`;
  if (today > p.moveOn) return `放行条已过期（有效日期 ${p.moveOn}）`;
  return null;
}

/** One row of the item list. */
export interface PassItem {
  name: string;
  quantity: number;
}
export const PASS_MAX_ITEMS = 30;
export const PASS_MAX_QUANTITY = 999;
/** R-PAS-01 the item list's problem in words (null: fine): at least one row, each a name and a quantity 1…999. */
export function passItemsProblem(items: readonly { name?: unknown; quantity?: unknown }[] | null | undefined): string | null {
  if (!Array.isArray(items) || !items.length) return '请至少填写一项搬出物品';
  if (items.length > PASS_MAX_ITEMS) return `物品清单最多${PASS_MAX_ITEMS}项`;
  for (const [i, it] of items.entries()) {
    const name = typeof it.name === 'string' ? it.name.trim() : '';
    if (!name) return `第${i + 1}项物品请填写名称`;
    if (name.length > 40) return `第${i + 1}项物品名称不能超过40个字`;
    const q = it.quantity;
    if (typeof q !== 'number' || !Number.isInteger(q) || q < 1) return `第${i + 1}项物品（${name}）的数量至少为1`;
    if (q > PASS_MAX_QUANTITY) return `第${i + 1}项物品（${name}）的数量不能超过${PASS_MAX_QUANTITY}`;
  }
  return null;
}

/** A time of day HH:mm. */
export const isClockTime = (v: unknown): v is string => typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v);
/** The moving day and window's problem in words (null: fine): a real date, today or later (project zone), a window that ends after it starts. */
export function passWhenProblem(moveOn: string, today: string, from?: string | null, to?: string | null): string | null {
  if (!isCalendarDate(moveOn)) return '搬出日期不是有效的日期';
  if (moveOn < today) return '搬出日期不能早于今天';
  if (from && !isClockTime(from)) return '开始时间格式应为 时:分，如 09:00';
  if (to && !isClockTime(to)) return '结束时间格式应为 时:分，如 12:00';
  if (from && to && to <= from) return '结束时间应晚于开始时间';
  return null;
}

/** The pass code's prefix: FX + project code + the local issue date as yymmdd; a four-digit serial follows. */
export function passCodePrefix(projectCode: string, localDate: string): string {
  return `FX${projectCode}${localDate.slice(2, 4)}${localDate.slice(5, 7)}${localDate.slice(8, 10)}`;
}

/** R-PAS-04 the guide (所需资料和流程) shown before an owner applies, when the project has written none. */
export const DEFAULT_PASS_GUIDE = [
  '一、需要放行条的情形：搬出家具、家电、装修材料等大件物品或成批物品（搬家、送修等）。',
  '二、所需资料：申请人身份证件；租户或家庭成员申请的，须经业主在小程序内确认（或业主到场/书面同意）；',
  '　　如有车辆运送，请提供车牌号和搬运人联系方式。',
  '三、办理流程：在线填写物品清单与搬出日期 → 业主确认 → 服务中心核验身份及缴费情况后签发放行条 →',
  '　　搬出当日向门岗出示放行条（二维码或编号），门岗核对物品清单后登记放行。',
  '四、放行条仅在搬出当日有效，每张只能放行一次；如有物业费欠缴，请先到服务中心缴清。',
].join('\n');
