/**
 * SLA clocks: every promised deadline is a clock that starts on an event, is met by another,
 * may be paused while the centre waits for the owner, and may be extended only by an approved,
 * recorded extension. Durations are per-project settings with the DOMAIN.md defaults below.
 * "Working day" = Monday–Friday minus the project's holidays, plus any make-up working days.
 * Pure: time zone arithmetic only, no clock reads.
 */
export type DurationUnit = 'minutes' | 'hours' | 'days' | 'working_days';
export interface SlaDuration {
  value: number;
  unit: DurationUnit;
}

export const SLA_CLOCK_KINDS = ['entry', 'dispatch', 'resolve', 'completion_entry', 'callback', 'second_callback'] as const;
export type SlaClockKind = (typeof SLA_CLOCK_KINDS)[number];
export const SLA_CLOCK_LABELS: Record<SlaClockKind, string> = {
  entry: '录入系统',
  dispatch: '派单',
  resolve: '完成维修',
  completion_entry: '完工录入',
  callback: '回访',
  second_callback: '二次回访',
};

/** The promises a technician keeps (the others are the service centre's: dispatch, callbacks). */
export const TECHNICIAN_CLOCK_KINDS: readonly SlaClockKind[] = ['resolve', 'completion_entry'];

export interface RepairSlaSettings {
  /** R-SRV-02: entered into the system within 2 h of receipt. */
  entry: SlaDuration;
  /** R-REP-04: dispatched at once after intake (product: within 15 minutes). */
  dispatch: SlaDuration;
  /** R-REP-13: required completion time by urgency (product defaults). */
  resolve: Record<'emergency' | 'urgent' | 'normal', SlaDuration>;
  /** R-REP-05: completion details entered within 2 h of the work order's return. */
  completionEntry: SlaDuration;
  /** R-REP-09: callback within 24 h of completion. */
  callback: SlaDuration;
  /** R-REP-10: a second callback within one month for important requests. */
  secondCallback: SlaDuration;
}

export const DEFAULT_REPAIR_SLA: RepairSlaSettings = {
  entry: { value: 2, unit: 'hours' },
  dispatch: { value: 15, unit: 'minutes' },
  resolve: { emergency: { value: 4, unit: 'hours' }, urgent: { value: 24, unit: 'hours' }, normal: { value: 3, unit: 'days' } },
  completionEntry: { value: 2, unit: 'hours' },
  callback: { value: 24, unit: 'hours' },
  secondCallback: { value: 30, unit: 'days' },
};

export interface WorkCalendar {
  timeZone: string;
  /** 'YYYY-MM-DD' local dates that are not working days (public holidays). */
  holidays: readonly string[];
  /** 'YYYY-MM-DD' weekend dates that are working days (调休 make-up days). */
  workdays?: readonly string[];
}

const fmtCache = new Map<string, Intl.DateTimeFormat>();
function localParts(t: Date, timeZone: string) {
  let f = fmtCache.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour12: false,
    });
    fmtCache.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(t).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, weekday: p.weekday as string };
}

export function isWorkingDay(t: Date, cal: WorkCalendar): boolean {
  const { date, weekday } = localParts(t, cal.timeZone);
  if (cal.workdays?.includes(date)) return true;
  if (weekday === 'Sat' || weekday === 'Sun') return false;
  return !cal.holidays.includes(date);
}

/** The local calendar date of an instant in the project's zone: 'YYYY-MM-DD'. */
export function localDate(t: Date, timeZone: string): string {
  return localParts(t, timeZone).date;
}

const DAY = 86_400_000;

/**
 * When a clock started at `start` with `d` falls due. Calendar units add elapsed time;
 * working days count whole working days forward at the same local time of day (a request
 * received on a holiday starts counting from the next working day's same time).
 * Time zones without DST (Asia/Shanghai) make "same local time" exactly +24 h per day.
 */
export function dueAt(start: Date, d: SlaDuration, cal: WorkCalendar): Date {
  if (!Number.isFinite(d.value) || d.value < 0) throw new Error('SLA duration must be a non-negative number');
  switch (d.unit) {
    case 'minutes':
      return new Date(start.getTime() + d.value * 60_000);
    case 'hours':
      return new Date(start.getTime() + d.value * 3_600_000);
    case 'days':
      return new Date(start.getTime() + d.value * DAY);
    case 'working_days': {
      let t = start.getTime();
      let left = d.value;
      while (left > 0) {
        t += DAY;
        if (isWorkingDay(new Date(t), cal)) left--;
      }
      return new Date(t);
    }
  }
}

/** A clock's state at `now` (paused time does not count against it). */
export interface ClockState {
  dueAt: Date;
  metAt: Date | null;
  pausedAt: Date | null;
  extendedUntil: Date | null;
}
export function effectiveDue(c: ClockState): Date {
  return c.extendedUntil && c.extendedUntil > c.dueAt ? c.extendedUntil : c.dueAt;
}
export function isBreached(c: ClockState, now: Date): boolean {
  if (c.metAt) return c.metAt > effectiveDue(c);
  if (c.pausedAt) return c.pausedAt > effectiveDue(c);
  return now > effectiveDue(c);
}
/** Resuming a paused clock moves its due time by the time it stood still. */
export function resumeDue(due: Date, pausedAt: Date, resumedAt: Date): Date {
  return new Date(due.getTime() + Math.max(0, resumedAt.getTime() - pausedAt.getTime()));
}
/** Minutes left (negative when overdue), for "due soon / overdue" boards. */
export function minutesLeft(c: ClockState, now: Date): number {
  return Math.floor((effectiveDue(c).getTime() - now.getTime()) / 60_000);
}

/** The zone's offset from UTC at an instant, in minutes (Asia/Shanghai: +480). */
export function zoneOffsetMinutes(t: Date, timeZone: string): number {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const p = Object.fromEntries(f.formatToParts(t).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return Math.round((asUtc - Math.floor(t.getTime() / 1000) * 1000) / 60_000);
}

/** The UTC instant at which a local date ('YYYY-MM-DD') begins in the zone. */
export function localDayStart(date: string, timeZone: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error('date must be YYYY-MM-DD');
  const guess = new Date(`${date}T00:00:00Z`);
  const first = new Date(guess.getTime() - zoneOffsetMinutes(guess, timeZone) * 60_000);
  // a zone whose offset changes that day: correct once with the offset in force at the start
  return new Date(guess.getTime() - zoneOffsetMinutes(first, timeZone) * 60_000);
}

/** [start, end) of a local month ('YYYY-MM') as UTC instants. */
export function localMonthRange(month: string, timeZone: string): { start: Date; end: Date } {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || +m[2]! < 1 || +m[2]! > 12) throw new Error('month must be YYYY-MM');
  const y = +m[1]!;
  const mo = +m[2]!;
  const next = mo === 12 ? `${y + 1}-01-01` : `${y}-${String(mo + 1).padStart(2, '0')}-01`;
  return { start: localDayStart(`${month}-01`, timeZone), end: localDayStart(next, timeZone) };
}

/** 'YYYY-MM-DD HH:mm' of an instant in the zone: times in messages people read (never raw UTC). */
export function formatLocal(t: Date, timeZone: string): string {
  const f = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const p = Object.fromEntries(f.formatToParts(t).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}
