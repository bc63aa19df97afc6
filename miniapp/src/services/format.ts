/**
 * Times and money as the phone shows them. Every time is the service centre's wall clock (the zone of the
 * project, Asia/Shanghai unless the project says otherwise), whatever the phone's own zone: built on the
 * one formatter in @wy/shared (`wallClock` / `formatLocal`), which needs no Intl time-zone data for China.
 */
import { DEFAULT_TIME_ZONE, formatLocal, formatYuan, localDayDiff, wallClock, zonedInstant } from '@wy/shared';

const p2 = (n: number) => String(n).padStart(2, '0');
const WEEK = ['日', '一', '二', '三', '四', '五', '六'];

let zone = DEFAULT_TIME_ZONE;
/** The zone times are shown in: the project of the room the owner is looking at (set when rooms load). */
export function setDisplayZone(timeZone: string | null | undefined): void {
  zone = timeZone || DEFAULT_TIME_ZONE;
}
export function displayZone(): string {
  return zone;
}

function parse(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const t = new Date(iso);
  return Number.isNaN(t.getTime()) ? null : t;
}

/** "今天 14:05", "昨天 09:10", "11-20 16:00", "2025-11-20 16:00". */
export function shortTime(iso: string | null | undefined, now = new Date()): string {
  const t = parse(iso);
  if (!t) return iso ?? '';
  const w = wallClock(t, zone);
  const hm = `${p2(w.hour)}:${p2(w.minute)}`;
  const days = localDayDiff(t, now, zone);
  if (days === 0) return `今天 ${hm}`;
  if (days === -1) return `昨天 ${hm}`;
  if (days === 1) return `明天 ${hm}`;
  if (w.year === wallClock(now, zone).year) return `${p2(w.month)}-${p2(w.day)} ${hm}`;
  return `${w.year}-${p2(w.month)}-${p2(w.day)} ${hm}`;
}

/** "2026-11-23 14:05" (with seconds on a receipt). */
export function fullTime(iso: string | null | undefined, opts: { seconds?: boolean; timeZone?: string } = {}): string {
  const t = parse(iso);
  if (!t) return iso ?? '';
  return formatLocal(t, opts.timeZone || zone, { seconds: opts.seconds });
}

function dayName(t: Date, now: Date): string {
  const days = localDayDiff(t, now, zone);
  if (days === 0) return '今天';
  if (days === 1) return '明天';
  if (days === 2) return '后天';
  const w = wallClock(t, zone);
  return `${w.month}月${w.day}日 周${WEEK[w.weekday]}`;
}

/** "明天上午 09:00-12:00" for an appointment window. */
export function appointmentText(start: string | null | undefined, end: string | null | undefined, now = new Date()): string {
  const s = parse(start);
  if (!s) return start ?? '';
  const ws = wallClock(s, zone);
  const half = ws.hour < 12 ? '上午' : ws.hour < 18 ? '下午' : '晚上';
  const e = parse(end);
  const we = e ? wallClock(e, zone) : null;
  const range = `${p2(ws.hour)}:${p2(ws.minute)}${we ? `-${p2(we.hour)}:${p2(we.minute)}` : ''}`;
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
  const today = wallClock(now, zone);
  for (let day = 0; out.length < count && day < 10; day++) {
    const base = zonedInstant(zone, today.year, today.month, today.day + day, 12);
    const bw = wallClock(base, zone);
    for (const h of HALVES) {
      if (out.length >= count) break;
      const start = zonedInstant(zone, bw.year, bw.month, bw.day, h.from);
      const end = zonedInstant(zone, bw.year, bw.month, bw.day, h.to);
      if (end.getTime() - now.getTime() < 3600000) continue;
      const from = start < now ? new Date(Math.ceil(now.getTime() / 1800000) * 1800000) : start;
      const wf = wallClock(from, zone);
      out.push({
        key: `${day}-${h.name}`,
        label: `${day <= 2 ? dayName(base, now) : `周${WEEK[bw.weekday]}`}${h.name}`,
        sub: `${p2(wf.hour)}:${p2(wf.minute)}-${p2(h.to)}:00`,
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
