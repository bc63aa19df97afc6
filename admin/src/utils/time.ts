import dayjs from 'dayjs';

export function formatTime(v: string | null | undefined): string {
  return v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '—';
}
