/** How a pass's status reads and is coloured, on the desk's list, its detail and at the gate. */
import { Tag } from 'antd';

const COLORS: Record<string, string> = {
  awaiting_owner: 'gold',
  submitted: 'blue',
  issued: 'green',
  released: 'default',
  expired: 'orange',
  declined: 'red',
  rejected: 'red',
  cancelled: 'default',
};

export function PassStatusTag({ shown, label, testId }: { shown: string; label: string; testId?: string }) {
  return (
    <Tag color={COLORS[shown] ?? 'default'} data-testid={testId}>
      {label}
    </Tag>
  );
}

export const timeWindow = (p: { moveOn: string; fromTime: string | null; toTime: string | null }) =>
  `${p.moveOn}${p.fromTime || p.toTime ? ` ${p.fromTime ?? ''}–${p.toTime ?? ''}` : ''}`;
