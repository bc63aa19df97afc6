/** Money is integer fen everywhere; yuan only at the edge. */
export type Fen = number;

export function assertFen(v: number): Fen {
  if (!Number.isSafeInteger(v)) throw new Error('金额必须是整数分');
  return v;
}

/** 12345 → "123.45"; -5 → "-0.05" */
export function fenToYuanString(fen: Fen): string {
  assertFen(fen);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}${yuan}.${cents}`;
}

/** 123456 → "¥1,234.56" */
export function formatYuan(fen: Fen): string {
  const s = fenToYuanString(fen);
  const neg = s.startsWith('-');
  const [int, dec] = (neg ? s.slice(1) : s).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}¥${grouped}.${dec}`;
}

/** Parses a yuan string typed by a person ("12", "12.3", "12.30") into fen, exactly (no floats). */
export function parseYuan(input: string): Fen {
  const s = input.trim().replace(/^¥/, '').replace(/,/g, '');
  const m = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) throw new Error('金额格式不正确，最多两位小数');
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0') || '0');
  return assertFen(m[1] ? -fen : fen);
}

/**
 * The one rounding rule: half away from zero, to whole fen. Use it for any
 * product of a price and a quantity (unit price × area × months).
 */
export function roundFen(value: number): Fen {
  if (!Number.isFinite(value)) throw new Error('金额无效');
  const r = Math.sign(value) * Math.round(Math.abs(value) + Number.EPSILON * Math.abs(value));
  return assertFen(r === 0 ? 0 : r);
}

/** unit price (fen per unit) × quantity given in hundredths (e.g. area 89.25 m² = 8925) */
export function multiplyFen(unitFen: Fen, quantityHundredths: number): Fen {
  assertFen(unitFen);
  if (!Number.isSafeInteger(quantityHundredths)) throw new Error('数量必须以百分之一为单位的整数');
  return roundFen((unitFen * quantityHundredths) / 100);
}

export function sumFen(values: readonly Fen[]): Fen {
  return assertFen(values.reduce((a, b) => a + assertFen(b), 0));
}
