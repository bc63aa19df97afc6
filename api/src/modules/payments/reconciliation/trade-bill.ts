import { parseYuan } from '@wy/shared';

/** One payment row of WeChat Pay's trade bill. */
export interface TradeBillRow {
  time: string;
  transactionId: string;
  outTradeNo: string;
  state: string;
  /** 订单金额 in fen (parsed from yuan text exactly, no floats) */
  fen: number;
}

/**
 * R-PAY-03 WeChat Pay's trade bill (CSV, every field prefixed with a backtick, amounts in yuan): the header
 * line, one row per transaction, then the summary header and line. Returns the rows; throws on a file that
 * is not a trade bill.
 */
export function parseTradeBill(text: string): TradeBillRow[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const head = (lines[0] ?? '').split(',');
  const col = (name: string) => {
    const i = head.indexOf(name);
    if (i < 0) throw new Error(`账单文件缺少列：${name}`);
    return i;
  };
  const [time, tx, no, state, amount] = ['交易时间', '微信订单号', '商户订单号', '交易状态', '订单金额'].map(col) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const rows: TradeBillRow[] = [];
  for (const line of lines.slice(1)) {
    if (line.startsWith('总交易单数')) break;
    const f = line.split(',').map((v) => v.replace(/^`/, '').trim());
    rows.push({ time: f[time]!, transactionId: f[tx]!, outTradeNo: f[no]!, state: f[state]!, fen: parseYuan(f[amount]!) });
  }
  return rows;
}
