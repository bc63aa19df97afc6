/**
 * R-ARR-01…07 arrears collection (欠费催缴): how old a household's arrears are, which step of the ladder that
 * is, which collection actions there are and which of them are due this month. Pure functions: the API, the
 * console and the tests read the ladder from here only.
 *
 * Age: whole months since the oldest unpaid bill of the room fell due (its due date, a calendar date in the
 * project's zone), counted on the project's calendar. A bill due on the 31st is a month old on the last day of
 * a shorter month.
 */

/** Whole months from `dueOn` to `today` (both YYYY-MM-DD, local dates); 0 when `today` is not a month later. */
export function arrearsAgeMonths(dueOn: string, today: string): number {
  if (today <= dueOn) return 0;
  const [y1, m1, d1] = dueOn.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = today.split('-').map(Number) as [number, number, number];
  let months = (y2 - y1) * 12 + (m2 - m1);
  const lastOfMonth = new Date(Date.UTC(y2, m2, 0)).getUTCDate();
  if (d2 < d1 && d2 !== lastOfMonth) months -= 1;
  return Math.max(0, months);
}

/** The ladder's steps: not yet a month (no step), monthly reminders and notices, lawyer's letters, suit. */
export const ARREARS_STAGES = ['none', 'remind', 'lawyer', 'suit'] as const;
export type ArrearsStage = (typeof ARREARS_STAGES)[number];
export const ARREARS_STAGE_LABELS: Record<ArrearsStage, string> = {
  none: '未满一个月',
  remind: '催缴提醒',
  lawyer: '律师函',
  suit: '诉讼',
};

/**
 * The ladder's thresholds in months (R-ARR-01…04): an ordinary household is reminded from 1 month, gets a
 * lawyer's letter from 6 (R-ARR-02: at 6 and at 12, two in all) and is sued from 18; a large customer
 * (R-ARR-04) gets the letter from 3 and is sued from 6.
 */
export const ARREARS_THRESHOLDS = {
  ordinary: { remind: 1, lawyer: 6, suit: 18 },
  large: { remind: 1, lawyer: 3, suit: 6 },
} as const;
/** R-ARR-02 an ordinary household's lawyer's letters: one at each of these ages (6 and 12 months). */
export const LAWYER_LETTER_AGES = [6, 12] as const;
/** R-ARR-06 arrears of more than this many months are flagged wherever the room is shown (sale or transfer). */
export const ARREARS_FLAG_MONTHS = 3;

/** R-ARR-01…04 the ladder: the step for a household of this age (whole months), ordinary or large customer. */
export function arrearsStage(ageMonths: number, largeCustomer: boolean): ArrearsStage {
  const t = largeCustomer ? ARREARS_THRESHOLDS.large : ARREARS_THRESHOLDS.ordinary;
  if (ageMonths >= t.suit) return 'suit';
  if (ageMonths >= t.lawyer) return 'lawyer';
  if (ageMonths >= t.remind) return 'remind';
  return 'none';
}

/** R-ARR-06 over three months in arrears: the room is flagged. */
export function arrearsFlagged(ageMonths: number): boolean {
  return ageMonths > ARREARS_FLAG_MONTHS;
}

/** How many lawyer's letters the household should have had by this age (R-ARR-02; a large customer: one, R-ARR-04). */
export function lawyerLettersDue(ageMonths: number, largeCustomer: boolean): number {
  if (arrearsStage(ageMonths, largeCustomer) !== 'lawyer') return 0;
  if (largeCustomer) return 1;
  return LAWYER_LETTER_AGES.filter((a) => ageMonths >= a).length;
}

/**
 * A collection action (R-ARR-01/02/03/05): the reminders of R-ARR-01 (verbal, phone, SMS, mini-program
 * message), the written notice (催缴通知单), the lawyer's letter, the written instruction to sue, and the
 * follow-up of a suit (a preservation application among them, R-ARR-05).
 */
export const ARREARS_ACTION_KINDS = [
  'verbal',
  'phone',
  'sms',
  'message',
  'notice',
  'lawyer_letter',
  'sue',
  'litigation',
  'preservation',
] as const;
export type ArrearsActionKind = (typeof ARREARS_ACTION_KINDS)[number];
export const ARREARS_ACTION_KIND_LABELS: Record<ArrearsActionKind, string> = {
  verbal: '口头提醒',
  phone: '电话提醒',
  sms: '短信提醒',
  message: '小程序消息',
  notice: '书面催缴通知单',
  lawyer_letter: '律师函',
  sue: '委托起诉',
  litigation: '诉讼跟进',
  preservation: '保全申请',
};
/** The reminders of R-ARR-01 (any one of them is the month's reminder). */
export const ARREARS_REMINDER_KINDS: readonly ArrearsActionKind[] = ['verbal', 'phone', 'sms', 'message'];
/** Documents recorded once per room and month (a second in the same month is refused). */
export const ARREARS_ONCE_A_MONTH_KINDS: readonly ArrearsActionKind[] = ['notice', 'lawyer_letter', 'sue'];
/** Actions sent by express mail: their tracking number is asked for (R-ARR-02). */
export const ARREARS_EXPRESS_KINDS: readonly ArrearsActionKind[] = ['lawyer_letter'];

/** What the ladder asks this month of a household, as the list shows it. */
export const ARREARS_DUE = ['none', 'remind_and_notice', 'remind', 'notice', 'lawyer_letter', 'sue'] as const;
export type ArrearsDue = (typeof ARREARS_DUE)[number];
export const ARREARS_DUE_LABELS: Record<ArrearsDue, string> = {
  none: '本月无待办',
  remind_and_notice: '本月未催缴',
  remind: '本月待提醒',
  notice: '待发催缴通知单',
  lawyer_letter: '待发律师函',
  sue: '应起诉',
};

/**
 * R-ARR-01…04 the action due this month: in the reminder step both a reminder and a written notice each month;
 * in the lawyer step a letter at 6 and at 12 months (a large customer: one); in the suit step the instruction
 * to sue until it is given (then the suit is followed up, R-ARR-05, with nothing due by the ladder).
 */
export function arrearsDue(h: {
  ageMonths: number;
  largeCustomer: boolean;
  /** kinds recorded in the current month (project calendar) */
  thisMonth: readonly ArrearsActionKind[];
  /** lawyer's letters recorded since the household's arrears began */
  lawyerLetters: number;
  /** whether the instruction to sue was recorded since the arrears began */
  sued: boolean;
}): ArrearsDue {
  const stage = arrearsStage(h.ageMonths, h.largeCustomer);
  if (stage === 'remind') {
    const reminded = h.thisMonth.some((k) => ARREARS_REMINDER_KINDS.includes(k));
    const noticed = h.thisMonth.includes('notice');
    return reminded && noticed ? 'none' : reminded ? 'notice' : noticed ? 'remind' : 'remind_and_notice';
  }
  if (stage === 'lawyer') return h.lawyerLetters < lawyerLettersDue(h.ageMonths, h.largeCustomer) ? 'lawyer_letter' : 'none';
  if (stage === 'suit') return h.sued ? 'none' : 'sue';
  return 'none';
}

/** The arrears list's sort orders (server-side). */
export const ARREARS_SORTS = ['age', 'amount'] as const;
export type ArrearsSort = (typeof ARREARS_SORTS)[number];
export const ARREARS_SORT_LABELS: Record<ArrearsSort, string> = { age: '按欠费月数', amount: '按欠费金额' };

/** The month (YYYY-MM) of a local date. */
export const monthOf = (date: string): string => date.slice(0, 7);

/** The mini-program's bill page a written notice points to (its QR code's place on paper). */
export const ARREARS_PAY_PAGE = 'pkg-fee/index/index';
/** How to pay, printed on every written notice (催缴通知单). */
export function arrearsPayInstructions(servicePhone: string | null): string {
  return `请扫描下方二维码进入物业小程序「缴费」页面在线缴纳，或携本通知单到服务中心缴费${
    servicePhone ? `；如有疑问请致电 ${servicePhone}` : ''
  }。逾期未缴将按合同约定继续计收违约金。`;
}
