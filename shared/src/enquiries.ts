/**
 * Suggestions (建议, R-SUG-*) and inquiries (咨询, R-INQ-*): one register of what customers ask the
 * centre and the reply owed to them. Declared once here: the API refuses any other move, the
 * console and the mini-program show only what this allows. Pure: no clock reads.
 */
import type { SlaDuration } from './sla.js';

export const ENQUIRY_TYPES = ['suggestion', 'inquiry'] as const;
export type EnquiryType = (typeof ENQUIRY_TYPES)[number];
export const ENQUIRY_TYPE_LABELS: Record<EnquiryType, string> = { suggestion: '建议', inquiry: '咨询' };

/** R-SUG-05 the way the customer asked to be answered. */
export const REPLY_WAYS = ['phone', 'writing', 'email', 'miniapp'] as const;
export type ReplyWay = (typeof REPLY_WAYS)[number];
export const REPLY_WAY_LABELS: Record<ReplyWay, string> = {
  phone: '电话',
  writing: '书面',
  email: '电子邮件',
  miniapp: '小程序',
};

export const ENQUIRY_STATUSES = ['received', 'forwarded', 'replied'] as const;
export type EnquiryStatus = (typeof ENQUIRY_STATUSES)[number];
export const ENQUIRY_STATUS_LABELS: Record<EnquiryStatus, string> = {
  received: '待处理',
  forwarded: '已转交',
  replied: '已答复',
};
/** The status in the customer's words. */
export const ENQUIRY_OWNER_STATUS_LABELS: Record<EnquiryStatus, string> = {
  received: '已收到',
  forwarded: '处理中',
  replied: '已答复',
};

/** R-INQ-01/03 how an inquiry was answered. */
export const INQUIRY_OUTCOMES = ['answered', 'cannot_answer'] as const;
export type InquiryOutcome = (typeof INQUIRY_OUTCOMES)[number];
export const INQUIRY_OUTCOME_LABELS: Record<InquiryOutcome, string> = { answered: '已解答', cannot_answer: '无法解答' };

export const ENQUIRY_ACTIONS = [
  'forward', // 建议：转交处理人（R-SUG-01，2 小时内）
  'consult', // 建议：征询业主委员会意见（R-SUG-03）
  'ask_developer', // 咨询：书面询问建设单位（R-INQ-02）
  'reply', // 答复（R-SUG-02/05，R-INQ-01/03）
  'thank', // 建议：采纳且效果显著，特别致谢（R-SUG-04）
] as const;
export type EnquiryAction = (typeof ENQUIRY_ACTIONS)[number];
export const ENQUIRY_ACTION_LABELS: Record<EnquiryAction, string> = {
  forward: '转交处理人',
  consult: '征询业委会',
  ask_developer: '书面询问建设单位',
  reply: '答复',
  thank: '特别致谢',
};

interface EnquiryMove {
  types: readonly EnquiryType[];
  from: readonly EnquiryStatus[];
  to: EnquiryStatus | 'same';
}
/** A suggestion is replied only once it reached its handler (R-SUG-01); an inquiry may be answered at once (R-INQ-01). */
export const ENQUIRY_MACHINE: Record<EnquiryAction, EnquiryMove> = {
  forward: { types: ['suggestion'], from: ['received'], to: 'forwarded' },
  consult: { types: ['suggestion'], from: ['received', 'forwarded'], to: 'same' },
  ask_developer: { types: ['inquiry'], from: ['received'], to: 'same' },
  reply: { types: ['suggestion', 'inquiry'], from: ['forwarded', 'received'], to: 'replied' },
  thank: { types: ['suggestion'], from: ['replied'], to: 'same' },
};
export function enquiryMayTake(type: EnquiryType, status: EnquiryStatus, action: EnquiryAction): boolean {
  const m = ENQUIRY_MACHINE[action];
  if (!m.types.includes(type) || !m.from.includes(status)) return false;
  // R-SUG-01 a suggestion goes to its handler before it is answered
  if (action === 'reply' && type === 'suggestion' && status !== 'forwarded') return false;
  return true;
}

/** R-SUG-01 forwarded to the handler within 2 hours of intake. */
export const SUGGESTION_FORWARD: SlaDuration = { value: 2, unit: 'hours' };
/** R-SUG-02 the reply within 3 days; a later agreed time only with the customer's consent (recorded). */
export const SUGGESTION_REPLY: SlaDuration = { value: 3, unit: 'days' };
/** R-INQ-01 the reply time told when an inquiry is not answered at once from the mini-program. */
export const INQUIRY_REPLY: SlaDuration = { value: 1, unit: 'days' };

/** R-SUG-02 the thanks every suggestion's reply carries. */
export const SUGGESTION_THANKS = '感谢您对我们工作的关心和建议';

/** Timeline steps the customer sees, in their words; every other step stays on the staff side. */
export const ENQUIRY_OWNER_EVENT_LABELS: Readonly<Record<string, string>> = {
  intake: '已收到',
  reply: '服务中心已答复',
  thank: '特别致谢',
};
export const ENQUIRY_EVENT_LABELS: Readonly<Record<string, string>> = { intake: '登记', ...ENQUIRY_ACTION_LABELS };
export function enquiryEventAudience(action: string): 'owner' | 'staff' {
  return Object.prototype.hasOwnProperty.call(ENQUIRY_OWNER_EVENT_LABELS, action) ? 'owner' : 'staff';
}
