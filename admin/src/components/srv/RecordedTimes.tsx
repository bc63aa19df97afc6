/** R-REP-05 recorded times as one compact row of steps: what happened when, and what has not happened yet. */
import { Steps } from 'antd';
import { formatShort, formatTime } from '../../utils/time';
import type { RecordedTimes as Times } from '../../services/models';

const STEPS: { key: keyof Times; title: string }[] = [
  { key: 'dispatchedAt', title: '派单' },
  { key: 'contactedAt', title: '联系业主' },
  { key: 'acceptedAt', title: '接单' },
  { key: 'leftAt', title: '离开' },
  { key: 'arrivedAt', title: '到场' },
  { key: 'finishedAt', title: '完工' },
  { key: 'orderReturnedAt', title: '工单交回' },
  { key: 'countersignedAt', title: '签收' },
  { key: 'confirmedAt', title: '业主确认' },
  { key: 'closedAt', title: '关闭' },
];

/** Done steps are ticked with their time; the rest wait (the work order may be handed in before or after completion). */
export default function RecordedTimes({ times, inHome }: { times: Times; inHome: boolean }) {
  return (
    <Steps
      size="small"
      labelPlacement="vertical"
      data-testid="recorded-times"
      // only an in-home repair's technician calls the owner to agree the visit
      items={STEPS.filter((s) => inHome || s.key !== 'contactedAt').map((s) => {
        const at = times[s.key];
        return {
          title: s.title,
          status: at ? 'finish' : 'wait',
          description: <span title={at ? formatTime(at) : undefined}>{formatShort(at)}</span>,
        };
      })}
    />
  );
}
