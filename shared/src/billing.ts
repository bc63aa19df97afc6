import { fenToYuanString, formatYuan } from './money.js';
/**
 * Bills and payments (R-FEE-*, R-PAY-*). A bill is what a room owes; it is paid only by a recorded
 * desk payment (cash, card, transfer) or, when online payment arrives, a verified provider notice.
 * A paid bill is never edited (R-PAY-04). Amounts are integer fen.
 */
export const BILL_KINDS = ['repair'] as const;
export type BillKind = (typeof BILL_KINDS)[number];
export const BILL_KIND_LABELS: Record<BillKind, string> = { repair: '有偿维修费' };

export const BILL_STATUSES = ['unpaid', 'paid', 'void'] as const;
export type BillStatus = (typeof BILL_STATUSES)[number];
export const BILL_STATUS_LABELS: Record<BillStatus, string> = { unpaid: '待缴', paid: '已缴', void: '已作废' };

/** Ways a payment is taken at the desk (online WeChat Pay comes with the billing module). */
export const DESK_PAYMENT_METHODS = ['cash', 'card', 'transfer', 'wechat_scan', 'alipay_scan'] as const;
export type DeskPaymentMethod = (typeof DESK_PAYMENT_METHODS)[number];
/** Every way a bill is paid: at the desk, or online through WeChat Pay (R-PAY-01). */
export const PAYMENT_METHODS = [...DESK_PAYMENT_METHODS, 'wechat_pay'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** An online payment order's life: created → paid (verified notify or signed query) or closed (expired, unpaid). */
export const PAY_ORDER_STATUSES = ['created', 'paid', 'closed'] as const;
export type PayOrderStatus = (typeof PAY_ORDER_STATUSES)[number];
export const PAY_ORDER_STATUS_LABELS: Record<PayOrderStatus, string> = { created: '待支付', paid: '已支付', closed: '已关闭' };
/**
 * R-PAY-04 a refund of a payment: requested by finance with a reason, approved or rejected by a second
 * person, then sent to WeChat Pay (its refund flow, finished by the refund notify or a query) or, for a
 * desk payment, paid back at the desk. A paid bill is never edited: a refund that reopens the charge
 * issues a new bill for it.
 */
export const REFUND_STATUSES = ['requested', 'processing', 'succeeded', 'rejected', 'failed'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];
export const REFUND_STATUS_LABELS: Record<RefundStatus, string> = {
  requested: '待审批',
  processing: '退款中',
  succeeded: '已退款',
  rejected: '已驳回',
  failed: '退款失败',
};
/**
 * R-PAY-03 a difference between WeChat Pay's trade bill of a day and our payments: a payment it has that we
 * never credited, one we credited that it does not list, or one whose amounts differ. With R-PAY-04 the
 * same for refunds: a refund it lists that we never sent, one WeChat Pay accepted from us that day that it
 * does not list, or one whose amount differs. Listed until resolved.
 */
export const RECON_DIFF_KINDS = [
  'missing_here',
  'missing_there',
  'amount_differs',
  'refund_unknown',
  'refund_unlisted',
  'refund_differs',
] as const;
export type ReconDiffKind = (typeof RECON_DIFF_KINDS)[number];
export const RECON_DIFF_KIND_LABELS: Record<ReconDiffKind, string> = {
  missing_here: '微信有、本系统无',
  missing_there: '本系统有、微信无',
  amount_differs: '金额不一致',
  refund_unknown: '退款：微信有、本系统无',
  refund_unlisted: '退款：本系统有、微信无',
  refund_differs: '退款金额不一致',
};
export const RECON_DIFF_STATUSES = ['open', 'resolved'] as const;
export type ReconDiffStatus = (typeof RECON_DIFF_STATUSES)[number];
export const RECON_DIFF_STATUS_LABELS: Record<ReconDiffStatus, string> = { open: '待处理', resolved: '已处理' };
/**
 * R-PAY-04 how much of a payment went back (the payment itself is never edited; the refunds are beside it):
 * none, part of it, or all of it. Shown in 收款记录 and on the receipt.
 */
export const PAYMENT_REFUND_STATES = ['none', 'partial', 'full'] as const;
export type PaymentRefundState = (typeof PAYMENT_REFUND_STATES)[number];
export const PAYMENT_REFUND_STATE_LABELS: Record<PaymentRefundState, string> = {
  none: '未退款',
  partial: '部分退款',
  full: '已退款',
};
/** 收款记录's refund filter: one of the states, or any refund at all */
export const PAYMENT_REFUND_FILTERS = [...PAYMENT_REFUND_STATES, 'any'] as const;
export type PaymentRefundFilter = (typeof PAYMENT_REFUND_FILTERS)[number];
export const PAYMENT_REFUND_FILTER_LABELS: Record<PaymentRefundFilter, string> = {
  ...PAYMENT_REFUND_STATE_LABELS,
  any: '有退款',
};
export function paymentRefundState(amountFen: number, refundedFen: number): PaymentRefundState {
  return refundedFen <= 0 ? 'none' : refundedFen < amountFen ? 'partial' : 'full';
}
/**
 * R-PAY-04 a bill adjustment (账单调整): a waiver (减免) of an unpaid bill's principal or late fee, or an
 * increase (调增) of its principal, with a reason; proposed by one person, approved or rejected by another.
 * Only an approved one changes what the bill owes (through `billOwed`); the bill's amount is never edited,
 * and a paid bill is corrected by a refund instead.
 */
export const BILL_ADJUSTMENT_KINDS = ['reduce', 'increase'] as const;
export type BillAdjustmentKind = (typeof BILL_ADJUSTMENT_KINDS)[number];
export const BILL_ADJUSTMENT_KIND_LABELS: Record<BillAdjustmentKind, string> = { reduce: '减免', increase: '调增' };
export const BILL_ADJUSTMENT_TARGETS = ['principal', 'late_fee'] as const;
export type BillAdjustmentTarget = (typeof BILL_ADJUSTMENT_TARGETS)[number];
export const BILL_ADJUSTMENT_TARGET_LABELS: Record<BillAdjustmentTarget, string> = { principal: '费用', late_fee: '违约金' };
export const BILL_ADJUSTMENT_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type BillAdjustmentStatus = (typeof BILL_ADJUSTMENT_STATUSES)[number];
export const BILL_ADJUSTMENT_STATUS_LABELS: Record<BillAdjustmentStatus, string> = {
  pending: '待审批',
  approved: '已通过',
  rejected: '已驳回',
};
/** The three adjustments a person can propose, as one choice each: 减免费用, 减免违约金, 调增费用. */
export const BILL_ADJUSTMENT_CHOICES = (
  [
    ['reduce', 'principal'],
    ['reduce', 'late_fee'],
    ['increase', 'principal'],
  ] as const
).map(([kind, target]) => ({
  value: `${kind}:${target}` as const,
  kind,
  target,
  label: `${BILL_ADJUSTMENT_KIND_LABELS[kind]}${BILL_ADJUSTMENT_TARGET_LABELS[target]}`,
}));
export type BillAdjustmentChoice = (typeof BILL_ADJUSTMENT_CHOICES)[number]['value'];
/** The line an owner and a receipt read for an approved adjustment: "减免 违约金 −¥12.00". */
export function billAdjustmentLine(a: { kind: BillAdjustmentKind; target: BillAdjustmentTarget; amountFen: number }): string {
  return `${BILL_ADJUSTMENT_KIND_LABELS[a.kind]} ${BILL_ADJUSTMENT_TARGET_LABELS[a.target]} ${a.kind === 'reduce' ? '−' : '+'}¥${fenToYuanString(a.amountFen)}`;
}
/**
 * An approved adjustment in the owner's words, for the bill and the receipt on the phone: "减免费用 ¥50.00",
 * "减免违约金 ¥1.00", "调增费用 ¥3.00" (the reason goes under it).
 */
export function billAdjustmentForOwner(a: { kind: BillAdjustmentKind; target: BillAdjustmentTarget; amountFen: number }): string {
  return `${BILL_ADJUSTMENT_KIND_LABELS[a.kind]}${BILL_ADJUSTMENT_TARGET_LABELS[a.target]} ${formatYuan(a.amountFen)}`;
}
/** Why an adjustment cannot be proposed or approved on a bill owing `owed` now, or null when it can. */
export function billAdjustmentProblem(
  a: { kind: BillAdjustmentKind; target: BillAdjustmentTarget; amountFen: number },
  owed: Pick<BillOwed, 'principalFen' | 'lateFeeFen'>,
): string | null {
  if (!Number.isSafeInteger(a.amountFen) || a.amountFen <= 0) return '调整金额必须是大于 0 的整数分';
  if (a.kind === 'increase' && a.target !== 'principal') return '违约金只能减免，不能调增';
  if (a.kind === 'reduce' && a.target === 'principal' && a.amountFen > owed.principalFen)
    return `减免金额不能超过应缴费用 ¥${fenToYuanString(owed.principalFen)}`;
  if (a.kind === 'reduce' && a.target === 'late_fee' && a.amountFen > owed.lateFeeFen)
    return owed.lateFeeFen > 0 ? `减免金额不能超过当前违约金 ¥${fenToYuanString(owed.lateFeeFen)}` : '该账单目前没有违约金可减免';
  return null;
}
/** A picked set of bills paid in one order: at most this many. */
export const MAX_BILLS_PER_ORDER = 24;

/**
 * A bill's name where several are listed or printed apart from their period (合并收款's dialog, a receipt):
 * its title, with the period after it unless the title says it already ("物业服务费 2026-11" stays as it is,
 * a one-off charge reads "大件垃圾清运费（2026-10）").
 */
export function billLabel(b: { title: string; period?: string | null }): string {
  return b.period && !b.title.includes(b.period) ? `${b.title}（${b.period}）` : b.title;
}
export const PAYMENT_METHOD_LABELS: Record<DeskPaymentMethod | 'wechat_pay', string> = {
  cash: '现金',
  card: '刷卡',
  transfer: '银行转账',
  wechat_scan: '微信扫码（收款码）',
  alipay_scan: '支付宝扫码（收款码）',
  wechat_pay: '微信支付（小程序）',
};

/**
 * R-FEE-06 a cashier's end-of-day cash handover (交款单): the desk payments of one business day (project
 * zone) handed to finance, with count and totals per method. Submitted → confirmed by finance (the cash
 * counted as expected) or short (less cash than expected, with a reason); the cashier may withdraw it while
 * submitted, which frees its payments. Confirmed and short are final.
 */
export const CASH_HANDOVER_STATUSES = ['submitted', 'confirmed', 'short', 'withdrawn'] as const;
export type CashHandoverStatus = (typeof CASH_HANDOVER_STATUSES)[number];
export const CASH_HANDOVER_STATUS_LABELS: Record<CashHandoverStatus, string> = {
  submitted: '待确认',
  confirmed: '已确认',
  short: '短款',
  withdrawn: '已撤回',
};
/** R-FEE-06 handover number: JK + project code + the business day's yymmdd + 4-digit serial. */
export function handoverCodePrefix(projectCode: string, businessDay: string): string {
  return `JK${projectCode}${businessDay.slice(2, 4)}${businessDay.slice(5, 7)}${businessDay.slice(8, 10)}`;
}

/** R-FEE-02 receipt number: SJ + project code + local yymmdd + 4-digit serial of the day. */
export function receiptCodePrefix(projectCode: string, localDate: string): string {
  return `SJ${projectCode}${localDate.slice(2, 4)}${localDate.slice(5, 7)}${localDate.slice(8, 10)}`;
}

/** R-CMP-19: every receipt and the mini-program carry this line. */
export const FEEDBACK_LINE = '您的意见对我们非常重要，不满意或有建议时，请告诉我们，我们乐意改进';

/**
 * R-FEE-01 how a fee item is charged: by area × unit price per month, a fixed sum per room per month,
 * metered (water, electricity: readings entered by the cashier, tiered prices), or one-off (a deposit,
 * garbage removal) charged to a room when it happens.
 */
export const FEE_BASES = ['area', 'fixed', 'metered', 'one_off'] as const;
export type FeeBasis = (typeof FEE_BASES)[number];
export const FEE_BASIS_LABELS: Record<FeeBasis, string> = {
  area: '按建筑面积（元/㎡·月）',
  fixed: '按户固定（元/户·月）',
  metered: '按表计量（抄表，阶梯价）',
  one_off: '一次性收费',
};
/** Bases the monthly bill run charges from fee items alone (metered from the month's readings). */
export const PERIODIC_FEE_BASES: readonly FeeBasis[] = ['area', 'fixed', 'metered'];

/** What a fee is for; a bill from a fee item carries its category as the bill kind. */
export const FEE_CATEGORIES = ['management', 'water', 'electricity', 'gas', 'parking', 'garbage', 'deposit', 'other'] as const;
export type FeeCategory = (typeof FEE_CATEGORIES)[number];
export const FEE_CATEGORY_LABELS: Record<FeeCategory, string> = {
  management: '物业服务费',
  water: '水费',
  electricity: '电费',
  gas: '燃气费',
  parking: '车位费',
  garbage: '垃圾清运费',
  deposit: '押金',
  other: '其他',
};
export const ALL_BILL_KINDS = [...BILL_KINDS, ...FEE_CATEGORIES] as const;
export const ALL_BILL_KIND_LABELS: Record<(typeof ALL_BILL_KINDS)[number], string> = {
  ...BILL_KIND_LABELS,
  ...FEE_CATEGORY_LABELS,
};

/** A price step of a metered fee: usage up to `upTo` (hundredths of a unit; null = no limit) costs `unitFen` per unit. */
export interface FeeTier {
  upTo: number | null;
  unitFen: number;
}

/** Divides a non-negative integer by 100, rounding half up — whole fen from fen × hundredths, no floats (R-FEE-03). */
export function hundredthsToFen(v: number): number {
  if (!Number.isSafeInteger(v) || v < 0) throw new Error('金额必须是非负整数');
  return Math.floor((v + 50) / 100);
}

/**
 * R-FEE-01/03 a metered charge: usage (hundredths of a unit) priced by tiers, each step at its own unit
 * price; the sum is kept in fen × hundredths and rounded once. Tiers are checked: ascending limits, the
 * last without one.
 */
export function tieredAmountFen(tiers: readonly FeeTier[], usageHundredths: number): number {
  if (!tiers.length) throw new Error('阶梯价至少一档');
  let rest = usageHundredths;
  let prev = 0;
  let sum = 0;
  for (const t of tiers) {
    const width = t.upTo === null ? rest : Math.min(rest, t.upTo - prev);
    sum += width * t.unitFen;
    rest -= width;
    if (t.upTo !== null) prev = t.upTo;
    if (rest <= 0) break;
  }
  return hundredthsToFen(sum);
}

/** Why a tier list cannot price anything, or null when it can. */
export function tierProblem(tiers: readonly FeeTier[]): string | null {
  if (!tiers.length) return '阶梯价至少一档';
  let prev = 0;
  for (let i = 0; i < tiers.length; i++) {
    const t = tiers[i]!;
    if (!Number.isSafeInteger(t.unitFen) || t.unitFen < 0) return '阶梯单价必须是非负整数分';
    const last = i === tiers.length - 1;
    if (last && t.upTo !== null) return '最后一档不应有上限';
    if (!last && (t.upTo === null || !Number.isSafeInteger(t.upTo) || t.upTo <= prev)) return '阶梯上限必须递增';
    if (t.upTo !== null) prev = t.upTo;
  }
  return null;
}

/** R-FEE-04 a monthly fee: area (hundredths of m²) × unit price (fen per m² per month), or the fixed sum. */
export function periodicAmountFen(basis: 'area' | 'fixed', unitFen: number, areaHundredths: number): number {
  return basis === 'area' ? hundredthsToFen(unitFen * areaHundredths) : unitFen;
}

/**
 * R-FEE-05 the contract's late-fee rule: after `graceDays` past the due date, `perTenThousandPerDay` of the
 * unpaid amount a day (万分之 N / 日), at most `capPercent` of it. null = no late fee.
 */
export interface LateFeeRule {
  perTenThousandPerDay: number;
  graceDays: number;
  capPercent: number;
}

/** Whole days from `from` to `to`, both calendar dates (YYYY-MM-DD). */
export function calendarDaysBetween(from: string, to: string): number {
  const d = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  return Math.round((d(to) - d(from)) / 86_400_000);
}

/** R-FEE-05 the late fee an unpaid amount has gathered by `onDate` (local calendar date), in whole fen. */
export function lateFeeFen(
  rule: LateFeeRule | null,
  amountFen: number,
  dueOn: string | null,
  onDate: string,
): { days: number; fen: number } {
  if (!rule || !dueOn || rule.perTenThousandPerDay <= 0) return { days: 0, fen: 0 };
  const late = calendarDaysBetween(dueOn, onDate);
  if (late <= rule.graceDays) return { days: 0, fen: 0 };
  const raw = Math.floor((amountFen * rule.perTenThousandPerDay * late + 5000) / 10000);
  const cap = Math.floor((amountFen * rule.capPercent) / 100);
  return { days: late, fen: Math.min(raw, cap) };
}

/**
 * An approved bill adjustment as the owed amount counts it: a reduction (减免) of the principal or of the
 * late fee, or an increase (调增) of the principal. Pending and rejected ones count for nothing.
 */
export interface OwedAdjustment {
  kind: 'reduce' | 'increase';
  target: 'principal' | 'late_fee';
  amountFen: number;
}

/** What a bill owes, line by line (R-FEE-03 integer fen). */
export interface BillOwed {
  /** the bill's own amount, as billed (never edited) */
  amountFen: number;
  /** the principal after approved adjustments of it (never below 0) */
  principalFen: number;
  /** the late fee: today's, after approved waivers of it (never below 0); a paid bill's is the one it was paid with */
  lateFeeFen: number;
  /** the late fee the contract rule gathered before waivers (a paid bill: as paid) */
  lateFeeGrossFen: number;
  lateDays: number;
  /** principal + late fee: what the owner pays (or paid) */
  totalFen: number;
}

/**
 * R-FEE-03/05 the one computation of what a bill owes: its amount, corrected by approved adjustments, and
 * the late fee the contract rule gathers on that principal by `late.onDate` (when the bill can run late),
 * less approved waivers of the late fee. A paid bill's late fee is the one frozen in its payment.
 */
export function billOwed(b: {
  amountFen: number;
  adjustments?: readonly OwedAdjustment[];
  late?: { rule: LateFeeRule | null; dueOn: string | null; onDate: string } | null;
  paidLateFeeFen?: number | null;
}): BillOwed {
  const adj = b.adjustments ?? [];
  const sum = (kind: OwedAdjustment['kind'], target: OwedAdjustment['target']) =>
    adj.filter((a) => a.kind === kind && a.target === target).reduce((s, a) => s + a.amountFen, 0);
  const principalFen = Math.max(0, b.amountFen + sum('increase', 'principal') - sum('reduce', 'principal'));
  if (b.paidLateFeeFen !== undefined && b.paidLateFeeFen !== null)
    return {
      amountFen: b.amountFen,
      principalFen,
      lateFeeFen: b.paidLateFeeFen,
      lateFeeGrossFen: b.paidLateFeeFen,
      lateDays: 0,
      totalFen: principalFen + b.paidLateFeeFen,
    };
  const gross = b.late ? lateFeeFen(b.late.rule, principalFen, b.late.dueOn, b.late.onDate) : { days: 0, fen: 0 };
  const late = Math.max(0, gross.fen + sum('increase', 'late_fee') - sum('reduce', 'late_fee'));
  return {
    amountFen: b.amountFen,
    principalFen,
    lateFeeFen: late,
    lateFeeGrossFen: gross.fen,
    lateDays: gross.days,
    totalFen: principalFen + late,
  };
}

/** The month `n` months before `period` (YYYY-MM); a negative `n` counts forward. */
export function monthBefore(period: string, n: number): string {
  const y = Number(period.slice(0, 4));
  const m = Number(period.slice(5, 7));
  return new Date(Date.UTC(y, m - 1 - n, 1)).toISOString().slice(0, 7);
}

/** The due date of a period's bill: the due day of the period's month (clamped to the month's end). */
export function periodDueOn(period: string, dueDay: number): string {
  const y = Number(period.slice(0, 4));
  const m = Number(period.slice(5, 7));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${period}-${String(Math.min(Math.max(1, dueDay), last)).padStart(2, '0')}`;
}

/** The late-fee rule written out for owners (R-FEE-05 shown to the customer). */
export function lateFeeRuleText(rule: LateFeeRule | null): string {
  if (!rule || rule.perTenThousandPerDay <= 0) return '不收违约金';
  const grace = rule.graceDays > 0 ? `逾期超过 ${rule.graceDays} 天后，` : '逾期后，';
  return `${grace}每日按欠费金额的万分之${rule.perTenThousandPerDay}计收违约金，最高不超过欠费金额的 ${rule.capPercent}%`;
}

/**
 * 收缴率 (collection rate) of billed periods, by project, building or fee item: billed fen (bills of those
 * months, not void; a bill issued again after a refund is the same charge and is not billed twice) against
 * collected fen (paid bills, less what refunds paid back). Late fees are neither.
 */
export const COLLECTION_LEVELS = ['project', 'building', 'fee_item'] as const;
export type CollectionLevel = (typeof COLLECTION_LEVELS)[number];
export const COLLECTION_LEVEL_LABELS: Record<CollectionLevel, string> = {
  project: '项目',
  building: '楼栋',
  fee_item: '收费项目',
};
