/** How a renovation's status reads and is coloured, and its review due time with the late flag. */
import { Tag } from 'antd';
import { formatShort } from '../../utils/time';

const COLORS: Record<string, string> = {
  awaiting_owner: 'gold',
  submitted: 'blue',
  returned: 'orange',
  reviewed: 'geekblue',
  approved: 'cyan',
  permitted: 'green',
  acceptance_requested: 'purple',
  rectifying: 'orange',
  accepted: 'default',
  refused: 'red',
  declined: 'red',
  cancelled: 'default',
};

export function RenoStatusTag({ status, label, testId }: { status: string; label: string; testId?: string }) {
  return (
    <Tag color={COLORS[status] ?? 'default'} data-testid={testId}>
      {label}
    </Tag>
  );
}

/** R-REN-04 the due time the API computed, and 已超时 when it says so (never recomputed here). */
export function ReviewDue({ r, projectId }: { r: { reviewDueAt: string | null; reviewOverdue: boolean }; projectId: number }) {
  if (!r.reviewDueAt) return <>—</>;
  return (
    <span data-testid="reno-due">
      {formatShort(r.reviewDueAt, projectId)}
      {r.reviewOverdue && (
        <Tag color="red" style={{ marginLeft: 6 }} data-testid="reno-overdue">
          已超时
        </Tag>
      )}
    </span>
  );
}
