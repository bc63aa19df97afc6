/** How complaints look in the console: class and status tags, the nearest promise. Labels all come from @wy/shared. */
import { Space, Tag, Tooltip, Typography } from 'antd';
import {
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_CLOCK_LABELS,
  COMPLAINT_IMPORTANCE_LABELS,
  COMPLAINT_STATUS_LABELS,
  type ComplaintCategory,
  type ComplaintClockKind,
  type ComplaintImportance,
  type ComplaintStatus,
} from '@wy/shared';
import { dueText } from '../../utils/srv';
import { formatTime } from '../../utils/time';
import type { ComplaintClock } from './types';

export const IMPORTANCE_COLORS: Record<ComplaintImportance, string> = { A: 'red', B: 'orange', C: 'blue' };
export const COMPLAINT_STATUS_COLORS: Record<ComplaintStatus, string> = {
  received: 'gold',
  handling: 'processing',
  handled: 'cyan',
  replied: 'geekblue',
  closed: 'success',
  invalid: 'default',
};

export function ImportanceTag({ value }: { value: string | null }) {
  if (!value) return <Typography.Text type="secondary">未评审</Typography.Text>;
  const v = value as ComplaintImportance;
  return <Tag color={IMPORTANCE_COLORS[v]}>{`${v} ${COMPLAINT_IMPORTANCE_LABELS[v]}`}</Tag>;
}
export function StatusTag({ value }: { value: string }) {
  const v = value as ComplaintStatus;
  return <Tag color={COMPLAINT_STATUS_COLORS[v]}>{COMPLAINT_STATUS_LABELS[v] ?? value}</Tag>;
}
export const categoryText = (c: string | null) => (c ? (COMPLAINT_CATEGORY_LABELS[c as ComplaintCategory] ?? c) : '—');
export const clockText = (k: string) => COMPLAINT_CLOCK_LABELS[k as ComplaintClockKind] ?? k;

/** The running promises, soonest first: name, due time, late in red. */
export function RunningClocks({ clocks, projectId }: { clocks: ComplaintClock[]; projectId?: number }) {
  if (!clocks.length) return <Typography.Text type="secondary">—</Typography.Text>;
  const sorted = [...clocks].sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  return (
    <Space direction="vertical" size={0}>
      {sorted.map((k) => (
        <Tooltip key={k.kind + k.cycle} title={`应于 ${formatTime(k.dueAt, projectId)} 前`}>
          <Typography.Text type={k.late ? 'danger' : undefined} style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
            {clockText(k.kind)} · {dueText(k.dueAt)}
          </Typography.Text>
        </Tooltip>
      ))}
    </Space>
  );
}
