/** Display helpers for service requests; every enum and label comes from @wy/shared. */
import dayjs from 'dayjs';
import { REPAIR_STATUS_LABELS, URGENCY_LABELS, type RepairStatus, type Urgency } from '@wy/shared';

export const STATUS_COLORS: Record<RepairStatus, string> = {
  received: 'orange',
  dispatched: 'gold',
  accepted: 'blue',
  arrived: 'processing',
  paused: 'purple',
  finished: 'cyan',
  confirmed: 'geekblue',
  closed: 'green',
  cancelled: 'default',
};
export const URGENCY_COLORS: Record<Urgency, string> = { emergency: 'red', urgent: 'volcano', normal: 'default' };

export function statusText(s: string): string {
  return REPAIR_STATUS_LABELS[s as RepairStatus] ?? s;
}
export function urgencyText(u: string): string {
  return URGENCY_LABELS[u as Urgency] ?? u;
}

/** "剩 35 分钟" / "超时 2 小时" relative to now */
export function dueText(due: string | null | undefined, now = dayjs()): string {
  if (!due) return '—';
  const mins = dayjs(due).diff(now, 'minute');
  const abs = Math.abs(mins);
  const txt = abs < 60 ? `${abs} 分钟` : abs < 60 * 48 ? `${Math.round(abs / 60)} 小时` : `${Math.round(abs / 1440)} 天`;
  return mins < 0 ? `超时 ${txt}` : `剩 ${txt}`;
}
