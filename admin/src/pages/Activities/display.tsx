/** How an activity's state and money read in the console. */
import { Tag } from 'antd';
import { ACTIVITY_STATUS_LABELS, formatYuan, type ActivityStatus } from '@wy/shared';

export const STATUS_COLORS: Record<ActivityStatus, string> = {
  planned: 'default',
  budget_pending: 'orange',
  budget_approved: 'blue',
  published: 'green',
  finished: 'cyan',
  archived: 'purple',
  cancelled: 'red',
};

export function StatusTag({ status, testId }: { status: string; testId?: string }) {
  const s = status as ActivityStatus;
  return (
    <Tag color={STATUS_COLORS[s]} data-testid={testId}>
      {ACTIVITY_STATUS_LABELS[s] ?? status}
    </Tag>
  );
}

export const yuan = (fen: number | null | undefined) => (fen === null || fen === undefined ? '—' : formatYuan(fen));
