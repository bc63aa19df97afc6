/** Date and money display for repair pages (pkg-repair and pkg-staff only). */
import { formatYuan } from '@wy/shared';

const p2 = (n: number) => String(n).padStart(2, '0');
const WEEK = ['日', '一', '二', '三', '四', '五', '六'];

function dayStart(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

/** "今天 14:05", "昨天 09:10", "11-20 16:00", "2025-11-20 16:00". */
export function shortTime(iso: string | null | undefined, now = new Date()): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const hm = `${p2(d.getHours())}:${p2(d.getMinutes())}`;
  const days = Math.round((dayStart(d).getTime() - dayStart(now).getTime()) / 86400000);
  if (days === 0) return `今天 ${hm}`;
  if (days === -1) return `昨天 ${hm}`;
  if (days === 1) return `明天 ${hm}`;
  if (d.getFullYear() === now.getFullYear()) return `${p2(d.getMonth() + 1)}-${p2(d.getDate())} ${hm}`;
  return `${d.getFullYear()}-${p2(d.getMonth() + 1)}-${p2(d.getDate())} ${hm}`;
}

function dayName(d: Date, now: Date): string {
  const days = Math.round((dayStart(d).getTime() - dayStart(now).getTime()) / 86400000);
  if (days === 0) return '今天';
  if (days === 1) return '明天';
  if (days === 2) return '后天';
  return `${d.getMonth() + 1}月${d.getDate()}日 周${WEEK[d.getDay()]}`;
}

/** "明天上午 09:00-12:00" for an appointment window. */
export function appointmentText(start: string | null | undefined, end: string | null | undefined, now = new Date()): string {
  if (!start) return '';
  const s = new Date(start);
  if (Number.isNaN(s.getTime())) return start;
  const half = s.getHours() < 12 ? '上午' : s.getHours() < 18 ? '下午' : '晚上';
  const e = end ? new Date(end) : null;
  const range = `${p2(s.getHours())}:${p2(s.getMinutes())}${e && !Number.isNaN(e.getTime()) ? `-${p2(e.getHours())}:${p2(e.getMinutes())}` : ''}`;
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
  for (let day = 0; out.length < count && day < 10; day++) {
    const base = new Date(now.getFullYear(), now.getMonth(), now.getDate() + day);
    for (const h of HALVES) {
      if (out.length >= count) break;
      const start = new Date(base.getFullYear(), base.getMonth(), base.getDate(), h.from);
      const end = new Date(base.getFullYear(), base.getMonth(), base.getDate(), h.to);
      if (end.getTime() - now.getTime() < 3600000) continue;
      const from = start < now ? new Date(Math.ceil(now.getTime() / 1800000) * 1800000) : start;
      out.push({
        key: `${day}-${h.name}`,
        label: `${day <= 2 ? dayName(base, now) : `周${WEEK[base.getDay()]}`}${h.name}`,
        sub: `${p2(from.getHours())}:${p2(from.getMinutes())}-${p2(h.to)}:00`,
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

/**
 * "2026-11-23 14:05" in Asia/Shanghai (UTC+8, no daylight saving), whatever the phone's time zone: the
 * receipt shows the service centre's local time. Computed by hand: Intl time zones are not everywhere in weapp.
 */
export function shanghaiTime(iso: string | null | undefined, withSeconds = false): string {
  if (!iso) return '';
  const t = new Date(iso).getTime();
  if (Number.isNaN(t)) return iso;
  const d = new Date(t + 8 * 3600000);
  const date = `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`;
  const time = `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}${withSeconds ? `:${p2(d.getUTCSeconds())}` : ''}`;
  return `${date} ${time}`;
}
