/**
 * R-ORG-01 / R-ORG-02: the 10-digit property code
 * = project (3) + cluster (1) + building (2) + room (4).
 */
export interface PropertyCodeParts {
  project: string;
  cluster: string;
  building: string;
  room: string;
}

export const CODE_WIDTHS = { project: 3, cluster: 1, building: 2, room: 4 } as const;
type Part = keyof typeof CODE_WIDTHS;

export const CODE_PART_LABELS: Record<Part, string> = {
  project: '项目编码',
  cluster: '组团编码',
  building: '楼栋编码',
  room: '房号',
};

/** A Chinese reason why a code part is bad, or null when it is good. */
export function checkCodePart(part: Part, value: unknown): string | null {
  const width = CODE_WIDTHS[part];
  const label = CODE_PART_LABELS[part];
  if (typeof value !== 'string' || value.length === 0) return `${label}不能为空`;
  if (!/^[0-9]+$/.test(value)) return `${label}只能是数字`;
  if (value.length !== width) return `${label}必须是${width}位数字`;
  return null;
}

export function isValidCodePart(part: Part, value: unknown): value is string {
  return checkCodePart(part, value) === null;
}

/** Pads a numeric part (e.g. building 7 → "07"); refuses values that do not fit. */
export function padCodePart(part: Part, value: string | number): string {
  const s = String(value).trim();
  if (!/^[0-9]+$/.test(s)) throw new Error(`${CODE_PART_LABELS[part]}只能是数字`);
  const width = CODE_WIDTHS[part];
  if (s.length > width) throw new Error(`${CODE_PART_LABELS[part]}不能超过${width}位`);
  return s.padStart(width, '0');
}

export function encodePropertyCode(parts: PropertyCodeParts): string {
  for (const p of Object.keys(CODE_WIDTHS) as Part[]) {
    const reason = checkCodePart(p, parts[p]);
    if (reason) throw new Error(reason);
  }
  return parts.project + parts.cluster + parts.building + parts.room;
}

export function isValidPropertyCode(code: unknown): code is string {
  return typeof code === 'string' && /^[0-9]{10}$/.test(code);
}

export function parsePropertyCode(code: string): PropertyCodeParts {
  if (!isValidPropertyCode(code)) throw new Error('物业编码必须是10位数字');
  return {
    project: code.slice(0, 3),
    cluster: code.slice(3, 4),
    building: code.slice(4, 6),
    room: code.slice(6, 10),
  };
}

/** Readable form: 101-1-02-1203 */
export function formatPropertyCode(code: string): string {
  const p = parsePropertyCode(code);
  return `${p.project}-${p.cluster}-${p.building}-${p.room}`;
}
