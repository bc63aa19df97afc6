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
