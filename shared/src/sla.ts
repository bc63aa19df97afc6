/**
 * SLA clocks: every promised deadline is a clock that starts on an event, is met by another,
 * may be paused while the centre waits for the owner, and may be extended only by an approved,
 * recorded extension. Durations are per-project settings with the DOMAIN.md defaults below.
 * "Working day" = Monday–Friday minus the project's holidays, plus any make-up working days.
 * Pure: time zone arithmetic only, no clock reads.
 */
import { localDate, localDayStart, wallClock } from './local-time.js';

export type DurationUnit = 'minutes' | 'hours' | 'days' | 'working_days';
export interface SlaDuration {
  value: number;
  unit: DurationUnit;
}

export const SLA_CLOCK_KINDS = [
  'entry',
  'dispatch',
  'contact',
  'resolve',
  'completion_entry',
  'callback',
  'second_callback',
] as const;
export type SlaClockKind = (typeof SLA_CLOCK_KINDS)[number];
export const SLA_CLOCK_LABELS: Record<SlaClockKind, string> = {
  entry: '录入系统',
  dispatch: '派单',
  contact: '联系业主',
  resolve: '完成维修',
  completion_entry: '完工录入',
  callback: '回访',
  second_callback: '二次回访',
};

/** The promises a technician keeps (the others are the service centre's: dispatch, callbacks). */
export const TECHNICIAN_CLOCK_KINDS: readonly SlaClockKind[] = ['contact', 'resolve', 'completion_entry'];

export interface RepairSlaSettings {
  /** R-SRV-02: entered into the system within 2 h of receipt. */
  entry: SlaDuration;
  /** R-REP-04: dispatched at once after intake (product: within 15 minutes). */
  dispatch: SlaDuration;
  /** R-REP-16: the technician contacts the owner of an in-home repair to confirm the visit (product: within 30 minutes of dispatch). */
  contact: SlaDuration;
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
  contact: { value: 30, unit: 'minutes' },
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

export function isWorkingDay(t: Date, cal: WorkCalendar): boolean {
  const date = localDate(t, cal.timeZone);
  if (cal.workdays?.includes(date)) return true;
  const weekday = wallClock(t, cal.timeZone).weekday;
  if (weekday === 6 || weekday === 0) return false;
  return !cal.holidays.includes(date);
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

export type RepairUrgency = keyof RepairSlaSettings['resolve'];

/** How long a repair promise of this kind runs under a project's settings (resolve: by urgency, R-REP-13). */
export function repairClockDuration(s: RepairSlaSettings, kind: SlaClockKind, urgency: RepairUrgency = 'normal'): SlaDuration {
  switch (kind) {
    case 'entry':
      return s.entry;
    case 'dispatch':
      return s.dispatch;
    case 'contact':
      return s.contact;
    case 'resolve':
      return s.resolve[urgency];
    case 'completion_entry':
      return s.completionEntry;
    case 'callback':
      return s.callback;
    case 'second_callback':
      return s.secondCallback;
  }
}

/**
 * R-REP-13 / R-SRV-06: the required completion time of a repair received at `from`: its resolve
 * promise by urgency, or the end of the visit agreed with the owner when that is later. The
 * default promised time is this too.
 */
export function repairRequiredBy(
  s: RepairSlaSettings,
  cal: WorkCalendar,
  urgency: RepairUrgency,
  from: Date,
  appointmentEnd?: Date | null,
): Date {
  const due = dueAt(from, s.resolve[urgency], cal);
  return appointmentEnd && appointmentEnd > due ? appointmentEnd : due;
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

/** [start, end) of a local month ('YYYY-MM') as UTC instants. */
export function localMonthRange(month: string, timeZone: string): { start: Date; end: Date } {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || +m[2]! < 1 || +m[2]! > 12) throw new Error('month must be YYYY-MM');
  const y = +m[1]!;
  const mo = +m[2]!;
  const next = mo === 12 ? `${y + 1}-01-01` : `${y}-${String(mo + 1).padStart(2, '0')}-01`;
  return { start: localDayStart(`${month}-01`, timeZone), end: localDayStart(next, timeZone) };
}
