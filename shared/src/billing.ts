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
export const PAYMENT_METHOD_LABELS: Record<DeskPaymentMethod | 'wechat_pay', string> = {
  cash: '现金',
  card: '刷卡',
  transfer: '银行转账',
  wechat_scan: '微信扫码（收款码）',
  alipay_scan: '支付宝扫码（收款码）',
  wechat_pay: '微信支付（小程序）',
};

/** R-FEE-02 receipt number: SJ + project code + local yymmdd + 4-digit serial of the day. */
export function receiptCodePrefix(projectCode: string, localDate: string): string {
  return `SJ${projectCode}${localDate.slice(2, 4)}${localDate.slice(5, 7)}${localDate.slice(8, 10)}`;
}

/** R-CMP-19: every receipt and the mini-program carry this line. */
export const FEEDBACK_LINE = '您的意见对我们非常重要，不满意或有建议时，请告诉我们，我们乐意改进';
