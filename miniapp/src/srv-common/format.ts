/**
 * Date and money display for repair pages (pkg-repair and pkg-staff only). Times are shown, and visit
 * windows offered, in the service centre's zone (Asia/Shanghai, UTC+8, no daylight saving) whatever
 * the phone's own zone: computed with a fixed offset, as Intl time zones are not everywhere in weapp.
 */
import { formatYuan } from '@wy/shared';

const p2 = (n: number) => String(n).padStart(2, '0');
const WEEK = ['日', '一', '二', '三', '四', '五', '六'];
const OFFSET_MS = 8 * 3600000;

/** Wall-clock fields of an instant in the centre's zone. */
function wall(t: Date) {
  const d = new Date(t.getTime() + OFFSET_MS);
  return {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth(),
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
    wd: d.getUTCDay(),
  };
}
/** The instant of a wall-clock time in the centre's zone. */
function instant(y: number, mo: number, d: number, h = 0, mi = 0): Date {
  return new Date(Date.UTC(y, mo, d, h, mi) - OFFSET_MS);
}
/** Whole days from the centre's today to the day of `t`. */
function dayDiff(t: Date, now: Date): number {
  const a = wall(t);
  const b = wall(now);
  return Math.round((Date.UTC(a.y, a.mo, a.d) - Date.UTC(b.y, b.mo, b.d)) / 86400000);
}

/** "今天 14:05", "昨天 09:10", "11-20 16:00", "2025-11-20 16:00". */
export function shortTime(iso: string | null | undefined, now = new Date()): string {
  if (!iso) return '';
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  const w = wall(t);
  const hm = `${p2(w.h)}:${p2(w.mi)}`;
  const days = dayDiff(t, now);
  if (days === 0) return `今天 ${hm}`;
  if (days === -1) return `昨天 ${hm}`;
  if (days === 1) return `明天 ${hm}`;
  if (w.y === wall(now).y) return `${p2(w.mo + 1)}-${p2(w.d)} ${hm}`;
  return `${w.y}-${p2(w.mo + 1)}-${p2(w.d)} ${hm}`;
}

function dayName(t: Date, now: Date): string {
  const days = dayDiff(t, now);
  if (days === 0) return '今天';
  if (days === 1) return '明天';
  if (days === 2) return '后天';
  const w = wall(t);
  return `${w.mo + 1}月${w.d}日 周${WEEK[w.wd]}`;
}

/** "明天上午 09:00-12:00" for an appointment window. */
export function appointmentText(start: string | null | undefined, end: string | null | undefined, now = new Date()): string {
  if (!start) return '';
  const s = new Date(start);
  if (Number.isNaN(s.getTime())) return start;
  const ws = wall(s);
  const half = ws.h < 12 ? '上午' : ws.h < 18 ? '下午' : '晚上';
  const e = end ? new Date(end) : null;
  const we = e && !Number.isNaN(e.getTime()) ? wall(e) : null;
  const range = `${p2(ws.h)}:${p2(ws.mi)}${we ? `-${p2(we.h)}:${p2(we.mi)}` : ''}`;
  return `${dayName(s, now)}${half} ${range}`;
}

export interface Slot {
  key: string;
  label: string;
  sub: string;
  start: string;
  end: string;
}

/** Visit windows: mornings 09:00–12:00 and afternoons 14:00–18:00. */
const HALVES = [
  { name: '上午', from: 9, to: 12 },
  { name: '下午', from: 14, to: 18 },
] as const;

/**
 * Half-day appointment chips from now on (今天下午 / 明天上午 / 明天下午 / 后天上午 …). A half-day is offered
 * while at least an hour of it is left.
 */
export function halfDaySlots(count = 6, now = new Date()): Slot[] {
  const out: Slot[] = [];
  const today = wall(now);
  for (let day = 0; out.length < count && day < 10; day++) {
    const base = instant(today.y, today.mo, today.d + day, 12);
    const bw = wall(base);
    for (const h of HALVES) {
      if (out.length >= count) break;
      const start = instant(bw.y, bw.mo, bw.d, h.from);
      const end = instant(bw.y, bw.mo, bw.d, h.to);
      if (end.getTime() - now.getTime() < 3600000) continue;
      const from = start < now ? new Date(Math.ceil(now.getTime() / 1800000) * 1800000) : start;
      const wf = wall(from);
      out.push({
        key: `${day}-${h.name}`,
        label: `${day <= 2 ? dayName(base, now) : `周${WEEK[bw.wd]}`}${h.name}`,
        sub: `${p2(wf.h)}:${p2(wf.mi)}-${p2(h.to)}:00`,
        start: from.toISOString(),
        end: end.toISOString(),
      });
    }
  }
  return out;
}

/** The published price of a paid item: "¥50 起/次" (the note when the centre wrote one). */
export function priceText(priceFen: number | null | undefined, priceNote?: string | null): string {
  const price = priceFen === null || priceFen === undefined ? '' : `${formatYuan(priceFen).replace(/\.00$/, '')} 起/次`;
  return [price, priceNote].filter(Boolean).join(' · ') || '有偿服务';
}

export function yuan(fen: number | null | undefined): string {
  return fen === null || fen === undefined ? '' : formatYuan(fen);
}

/** "138****0001" stays as given; falls back to a dash. */
export function masked(phone: string | null | undefined): string {
  return phone || '—';
}

/** "2026-11-23 14:05" in the centre's zone, whatever the phone's (the receipt shows the centre's local time). */
export function shanghaiTime(iso: string | null | undefined, withSeconds = false): string {
  if (!iso) return '';
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  const w = wall(t);
  const secs = withSeconds ? `:${p2(new Date(t.getTime() + OFFSET_MS).getUTCSeconds())}` : '';
  return `${w.y}-${p2(w.mo + 1)}-${p2(w.d)} ${p2(w.h)}:${p2(w.mi)}${secs}`;
}
