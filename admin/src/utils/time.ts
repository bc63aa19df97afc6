/**
 * Every time the console shows, in the project's zone (default Asia/Shanghai) whatever zone the
 * browser is in. All formatting goes through the one formatter in shared (`formatLocal`); the zone
 * of each project comes from the project list (ProjectProvider registers it).
 *
 * Date pickers work on dayjs values in the browser's zone, so a picker is given the project's wall
 * clock (`toPicker`) and what the person picks is read back as that wall clock (`fromPicker`).
 */
import dayjs, { type Dayjs } from 'dayjs';
import { DEFAULT_TIME_ZONE, formatLocal, zonedInstant } from '@wy/shared';

const DEFAULT_ZONE = DEFAULT_TIME_ZONE;
const zones = new Map<number, string>();
let current = DEFAULT_ZONE;

/** ProjectProvider: the zones of the projects the staff member works in, and the one selected. */
export function registerProjectZones(list: readonly { id: number; timezone?: string | null }[], selected: number | null) {
  for (const p of list) if (p.timezone) zones.set(p.id, p.timezone);
  current = (selected && zones.get(selected)) || DEFAULT_ZONE;
}

/** The zone of a project (a record's own project where known), else the selected project's. */
export function zoneOf(projectId?: number | null): string {
  return (projectId && zones.get(projectId)) || current;
}

type When = string | Date | null | undefined;
const local = (v: string | Date, projectId?: number | null) => formatLocal(new Date(v), zoneOf(projectId));

/** "2026-11-23 19:04" */
export function formatTime(v: When, projectId?: number | null): string {
  return v ? local(v, projectId) : '—';
}
/** "2026-11-23" */
export function formatDay(v: When, projectId?: number | null): string {
  return v ? local(v, projectId).slice(0, 10) : '—';
}
/** "19:04" */
export function formatClock(v: When, projectId?: number | null): string {
  return v ? local(v, projectId).slice(11) : '—';
}
/** "11-23 19:04" this year, "2025-11-23 19:04" before */
export function formatShort(v: When, projectId?: number | null): string {
  if (!v) return '—';
  const s = local(v, projectId);
  return s.slice(0, 4) === local(new Date(), projectId).slice(0, 4) ? s.slice(5) : s;
}
/** "2026-11-24 09:00–12:00", or both ends in full when they fall on different days */
export function formatRange(start: When, end: When, projectId?: number | null): string {
  if (!start) return '—';
  const s = local(start, projectId);
  if (!end) return s;
  const e = local(end, projectId);
  return s.slice(0, 10) === e.slice(0, 10) ? `${s}–${e.slice(11)}` : `${s} – ${e}`;
}
/** Today's date in the project's zone: "2026-11-23". */
export function projectToday(projectId?: number | null): string {
  return local(new Date(), projectId).slice(0, 10);
}

/** A picker value showing the instant's wall clock in the project's zone. */
export function toPicker(v: string | Date, projectId?: number | null): Dayjs {
  return dayjs(local(v, projectId));
}
/** Now, as a picker value (for defaults and disabled dates). */
export function pickerNow(projectId?: number | null): Dayjs {
  return toPicker(new Date(), projectId);
}
/** A picker's value as a form hands it over (ProForm gives it back as a string): the instant it means (ISO). */
export function pickedInstant(v: Dayjs | string, projectId?: number | null): string {
  return fromPicker(dayjs(v), projectId);
}
/** The instant (ISO) of what was picked, read as the wall clock of the project's zone. */
export function fromPicker(d: Dayjs, projectId?: number | null): string {
  return zonedInstant(zoneOf(projectId), d.year(), d.month() + 1, d.date(), d.hour(), d.minute()).toISOString();
}
