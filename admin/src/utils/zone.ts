/** Times in a project's own zone (receipts, settings): the console may be opened anywhere. */
import { useEffect, useState } from 'react';
import { listProjects } from '../services/api';

export const DEFAULT_ZONE = 'Asia/Shanghai';

const fmts = new Map<string, Intl.DateTimeFormat>();
function fmt(timeZone: string): Intl.DateTimeFormat {
  let f = fmts.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
    } catch {
      f = fmt(DEFAULT_ZONE);
    }
    fmts.set(timeZone, f);
  }
  return f;
}

/** ISO instant → "2026-11-23 19:04" in `timeZone` (the project's zone); "—" when empty. */
export function formatInZone(v: string | null | undefined, timeZone = DEFAULT_ZONE): string {
  if (!v) return '—';
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) return '—';
  const p = Object.fromEntries(
    fmt(timeZone)
      .formatToParts(d)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

let zones: Promise<Map<number, string>> | null = null;
/** The project's IANA zone (from GET /projects, fetched once per page load); Asia/Shanghai until known. */
export function useProjectZone(projectId: number | null | undefined): string {
  const [zone, setZone] = useState(DEFAULT_ZONE);
  useEffect(() => {
    if (!projectId) return;
    let live = true;
    zones ??= listProjects()
      .then((ps) => new Map(ps.map((p) => [p.id, p.timezone])))
      .catch(() => {
        zones = null;
        return new Map<number, string>();
      });
    void zones.then((m) => live && setZone(m.get(projectId) || DEFAULT_ZONE));
    return () => {
      live = false;
    };
  }, [projectId]);
  return zone;
}
