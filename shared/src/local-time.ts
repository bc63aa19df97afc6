/**
 * Wall-clock time in a project's zone: the one place that turns an instant into the date and time a
 * person reads (console, mini-program, messages, receipts), whatever the zone of the browser, phone or
 * server. Zones whose offset no longer changes (China, UTC …) are computed from a fixed offset, without
 * Intl: the WeChat mini-program runtime does not carry time-zone data everywhere. Other zones use Intl.
 */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** Minutes east of UTC of zones that keep one offset all year (China has had no daylight saving since 1991). */
const FIXED_OFFSETS: Readonly<Record<string, number>> = {
  'Asia/Shanghai': 480,
  'Asia/Chongqing': 480,
  'Asia/Harbin': 480,
  'Asia/Urumqi': 360,
  'Asia/Hong_Kong': 480,
  'Asia/Macau': 480,
  'Asia/Taipei': 480,
  'Asia/Singapore': 480,
  'Asia/Tokyo': 540,
  'Asia/Seoul': 540,
  UTC: 0,
  'Etc/UTC': 0,
};

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in minutes (Asia/Shanghai: +480). */
export function zoneOffsetMinutes(t: Date, timeZone: string): number {
  const fixed = FIXED_OFFSETS[timeZone];
  if (fixed !== undefined) return fixed;
  let f = offsetFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormats.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(t).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return Math.round((asUtc - Math.floor(t.getTime() / 1000) * 1000) / 60_000);
}

/** An instant's calendar fields in a zone. `month` is 1–12; `weekday` 0 = Sunday. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

export function wallClock(t: Date, timeZone: string = DEFAULT_TIME_ZONE): WallClock {
  const d = new Date(t.getTime() + zoneOffsetMinutes(t, timeZone) * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
}

/**
 * The instant of a wall-clock time in a zone (month 1–12; days, hours and minutes past their range roll
 * over, so day + 1 is the next day).
 */
export function zonedInstant(timeZone: string, year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const first = new Date(asUtc - zoneOffsetMinutes(new Date(asUtc), timeZone) * 60_000);
  // a zone whose offset changes near that time: correct once with the offset in force then
  return new Date(asUtc - zoneOffsetMinutes(first, timeZone) * 60_000);
}

/** Whole calendar days from the day of `from` to the day of `to` in the zone (tomorrow = 1). */
export function localDayDiff(to: Date, from: Date, timeZone: string = DEFAULT_TIME_ZONE): number {
  const a = wallClock(to, timeZone);
  const b = wallClock(from, timeZone);
  return Math.round((Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day)) / 86_400_000);
}

const p2 = (n: number) => String(n).padStart(2, '0');

/**
 * 'YYYY-MM-DD HH:mm' of an instant in the zone (with `seconds`: ':ss'; with `dateOnly`: 'YYYY-MM-DD'):
 * every time people read, never raw UTC and never the device's zone.
 */
export function formatLocal(
  t: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
  opts: { seconds?: boolean; dateOnly?: boolean } = {},
): string {
  const w = wallClock(t, timeZone);
  const date = `${w.year}-${p2(w.month)}-${p2(w.day)}`;
  if (opts.dateOnly) return date;
  return `${date} ${p2(w.hour)}:${p2(w.minute)}${opts.seconds ? `:${p2(w.second)}` : ''}`;
}

/** The local calendar date of an instant in the zone: 'YYYY-MM-DD'. */
export function localDate(t: Date, timeZone: string): string {
  return formatLocal(t, timeZone, { dateOnly: true });
}

/** The UTC instant at which a local date ('YYYY-MM-DD') begins in the zone. */
export function localDayStart(date: string, timeZone: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error('date must be YYYY-MM-DD');
  return zonedInstant(timeZone, +date.slice(0, 4), +date.slice(5, 7), +date.slice(8, 10));
}

/**
 * A real calendar date `YYYY-MM-DD` between 1900 and 2199: "2026-13-45", "0000-00-00" and
 * "2026-02-30" are not dates (Date would roll the last one over to 2 March).
 */
export function isCalendarDate(s: unknown): s is string {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = [+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10)];
  if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
/** A real month `YYYY-MM` between 1900 and 2199. */
export function isCalendarMonth(s: unknown): s is string {
  return typeof s === 'string' && /^\d{4}-\d{2}$/.test(s) && isCalendarDate(`${s}-01`);
}
/** An ISO-8601 date-time with its zone (Z or ±hh:mm) whose date part is a real date: what the API accepts as an instant. */
export function isInstant(s: unknown): s is string {
  if (typeof s !== 'string' || s.length > 40) return false;
  const m = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)$/.exec(s);
  return !!m && isCalendarDate(m[1]) && !Number.isNaN(Date.parse(s));
}
