/** How a move-in's status and times read on the desk's list and its detail (R-MOV-03: over the limit in red). */
import { Tag, Typography } from 'antd';
import type { MoveInSummary } from './types';

const COLORS: Record<string, string> = { notified: 'default', waiting: 'gold', handling: 'blue', done: 'green' };

export function MoveInStatusTag({ status, label, testId }: { status: string; label: string; testId?: string }) {
  return (
    <Tag color={COLORS[status] ?? 'default'} data-testid={testId}>
      {label}
    </Tag>
  );
}

/** "8 分钟" in green within the limit, red over it; a dash before it is measured. */
export function Minutes({ value, ok, limit, testId }: { value: number | null; ok: boolean | null; limit: number; testId?: string }) {
  if (value === null) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Typography.Text type={ok ? 'success' : 'danger'} data-testid={testId} title={`时限 ${limit} 分钟`}>
      {value} 分钟{ok ? '' : '（超时）'}
    </Typography.Text>
  );
}

export const timingOf = (m: MoveInSummary) => m.timing;
