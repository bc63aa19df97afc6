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

const CN_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const CN_UNITS = ['', '拾', '佰', '仟'];
const CN_GROUPS = ['', '万', '亿'];

/** Whole yuan (< 1 万亿) in capitals: 1005 → 壹仟零伍, 100000 → 壹拾万; 0 → "" */
function yuanIntWords(yuan: number): string {
  const digits = String(yuan);
  let out = '';
  let zero = false;
  let groupHasDigit = false;
  for (let i = 0; i < digits.length; i++) {
    const d = Number(digits[i]);
    const pos = digits.length - 1 - i;
    if (d === 0) zero = true;
    else {
      if (zero && out) out += '零';
      zero = false;
      groupHasDigit = true;
      out += CN_DIGITS[d]! + CN_UNITS[pos % 4]!;
    }
    if (pos % 4 === 0) {
      if (groupHasDigit) out += CN_GROUPS[pos / 4]!;
      groupHasDigit = false;
    }
  }
  return out;
}

/**
 * R-FEE-02: the amount in Chinese capitals (大写) as receipts print it, following the usual rules for
 * financial documents: 壹拾 (never a bare 拾), one 零 for any run of zeros inside the number, 零 before
 * 分 when 角 is zero, and 整 after 元 or 角 (never after 分). 4500 → 肆拾伍元整; 105 → 壹元零伍分;
 * 0 → 零元整; negative amounts (refunds) start with 负.
 */
export function yuanInWords(fen: Fen): string {
  assertFen(fen);
  if (fen === 0) return '零元整';
  const sign = fen < 0 ? '负' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  if (yuan >= 1e12) throw new Error('金额过大');
  const jiao = Math.floor(abs / 10) % 10;
  const cents = abs % 10;
  let out = yuan > 0 ? yuanIntWords(yuan) + '元' : '';
  if (jiao === 0 && cents === 0) return `${sign}${out}整`;
  if (jiao > 0) out += CN_DIGITS[jiao]! + '角';
  else if (yuan > 0) out += '零';
  if (cents > 0) out += CN_DIGITS[cents]! + '分';
  else out += '整';
  return sign + out;
}
