import { parseYuan } from '@wy/shared';

/** One row of WeChat Pay's trade bill (bill_type ALL): a payment (SUCCESS) or a refund (REFUND). */
export interface TradeBillRow {
  time: string;
  transactionId: string;
  outTradeNo: string;
  /** SUCCESS: money in; REFUND: a refund WeChat Pay accepted that day; REVOKED: a payment revoked */
  state: string;
  /** 订单金额 in fen (parsed from yuan text exactly, no floats); 0 on a refund row */
  fen: number;
  /** a refund row: 商户退款单号, 微信退款单号, 申请退款金额 in fen and 退款状态 when the bill was made */
  outRefundNo: string;
  refundId: string;
  refundFen: number;
  refundState: string;
}

/**
 * R-PAY-03 WeChat Pay's trade bill (CSV, every field prefixed with a backtick, amounts in yuan): the header
 * line, one row per transaction — a payment that succeeded that day, or (R-PAY-04) a refund accepted that
 * day, its 交易时间 being when the refund was asked for, not when it reached the payer — then the summary
 * header and line. Returns the rows; throws on a file that is not a trade bill.
 */
export function parseTradeBill(text: string): TradeBillRow[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const head = (lines[0] ?? '').split(',');
  const col = (name: string) => {
    const i = head.indexOf(name);
    if (i < 0) throw new Error(`账单文件缺少列：${name}`);
    return i;
  };
  const [time, tx, no, state, amount, refundNo, refundId, refundAmount, refundState] = [
    '交易时间',
    '微信订单号',
    '商户订单号',
    '交易状态',
    '订单金额',
    '商户退款单号',
    '微信退款单号',
    '申请退款金额',
    '退款状态',
  ].map(col) as [number, number, number, number, number, number, number, number, number];
  const rows: TradeBillRow[] = [];
  for (const line of lines.slice(1)) {
    if (line.startsWith('总交易单数')) break;
    const f = line.split(',').map((v) => v.replace(/^`/, '').trim());
    const isRefund = f[state] === 'REFUND';
    rows.push({
      time: f[time]!,
      transactionId: f[tx]!,
      outTradeNo: f[no]!,
      state: f[state]!,
      fen: parseYuan(f[amount] || '0'),
      outRefundNo: isRefund ? f[refundNo]! : '',
      refundId: isRefund ? f[refundId]! : '',
      refundFen: isRefund ? parseYuan(f[refundAmount] || '0') : 0,
      refundState: isRefund ? f[refundState]! : '',
    });
  }
  return rows;
}
