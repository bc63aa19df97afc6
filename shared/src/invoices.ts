/**
 * Invoice requests (开票申请): an owner asks for a fapiao (发票) for paid bills of their own rooms; finance
 * records the invoice number and date, or rejects with a reason; the owner may withdraw while it is pending.
 * A bill is in at most one pending or issued request. A refund of a bill after the request is flagged for
 * finance (已退款，需红冲 when the invoice was issued).
 */
export const INVOICE_STATUSES = ['pending', 'issued', 'rejected', 'withdrawn'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];
export const INVOICE_STATUS_LABELS: Record<InvoiceStatus, string> = {
  pending: '待开票',
  issued: '已开票',
  rejected: '已驳回',
  withdrawn: '已撤回',
};
/** the statuses that hold their bills: a bill is in at most one request of these */
export const INVOICE_HOLDING_STATUSES: readonly InvoiceStatus[] = ['pending', 'issued'];

export const INVOICE_TITLE_TYPES = ['personal', 'company'] as const;
export type InvoiceTitleType = (typeof INVOICE_TITLE_TYPES)[number];
export const INVOICE_TITLE_TYPE_LABELS: Record<InvoiceTitleType, string> = {
  personal: '个人',
  company: '单位',
};

/** 纳税人识别号 / 统一社会信用代码: 15, 18 or 20 upper-case letters and digits. */
export const TAX_NUMBER_PATTERN = /^(?:[0-9A-Z]{15}|[0-9A-Z]{18}|[0-9A-Z]{20})$/;
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface InvoiceRequestInput {
  titleType: string;
  title?: string | null;
  taxNo?: string | null;
  email?: string | null;
}

/** What is wrong with an invoice request's header, in the owner's words; null when it is fine. One check for the form and the API. */
export function invoiceRequestProblem(x: InvoiceRequestInput): string | null {
  if (!(INVOICE_TITLE_TYPES as readonly string[]).includes(x.titleType)) return '请选择抬头类型（个人或单位）';
  const title = (x.title ?? '').trim();
  if (!title) return '请填写发票抬头';
  if (title.length > 100) return '发票抬头不能超过100个字';
  const taxNo = (x.taxNo ?? '').trim();
  if (x.titleType === 'company' && !taxNo) return '单位抬头须填写税号（统一社会信用代码）';
  if (taxNo && !TAX_NUMBER_PATTERN.test(taxNo)) return '税号应为15、18或20位大写字母或数字';
  const email = (x.email ?? '').trim();
  if (!email) return '请填写接收发票的电子邮箱';
  if (email.length > 100 || !EMAIL_PATTERN.test(email)) return '电子邮箱格式不正确';
  return null;
}

/** Invoice numbers as printed on a fapiao: 8 to 20 digits (数电发票 20 digits, paper ones 8). */
export const INVOICE_NUMBER_PATTERN = /^\d{8,20}$/;
