import { fullTime } from '../services/format';

/** "发布于 2026-11-23 10:00 · 有效至 …", in the project's zone. */
export function noticeTime(n: { publishedAt: string; validTo: string | null; timeZone: string }): string {
  const at = fullTime(n.publishedAt, { timeZone: n.timeZone });
  return n.validTo ? `发布于 ${at} · 有效至 ${fullTime(n.validTo, { timeZone: n.timeZone })}` : `发布于 ${at}`;
}

/** The body's paragraphs (a blank line between them), as plain text. */
export function paragraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** "12月20日 周日 14:00–17:00 · 大厦一楼中庭", in the project's zone; before it is scheduled, its month. */
export function activityWhen(a: {
  startsAt: string | null;
  endsAt: string | null;
  place: string | null;
  plannedMonth: string;
  timeZone: string;
}): string {
  if (!a.startsAt) return `计划于 ${a.plannedMonth.replace('-', '年')}月`;
  const s = fullTime(a.startsAt, { timeZone: a.timeZone });
  const e = a.endsAt ? fullTime(a.endsAt, { timeZone: a.timeZone }) : '';
  const range = e && e.slice(0, 10) === s.slice(0, 10) ? `${s}–${e.slice(11)}` : e ? `${s} 至 ${e}` : s;
  return a.place ? `${range} · ${a.place}` : range;
}

/** "已报名 12 / 40 人" */
export function activityPlaces(a: { capacity: number | null; signedPeople: number }): string {
  return a.capacity ? `已报名 ${a.signedPeople} / ${a.capacity} 人` : '';
}

/** "2026年11月工作报告" from "2026-11". */
export function monthTitle(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月工作报告`;
}
