/**
 * R-ARR-06 a room's collection status on the room sheet (楼栋房屋): a small line with the over-3-months tag, what
 * it owes, how long and the ladder's step; nothing when the room owes nothing overdue.
 */
import { Typography } from 'antd';
import { formatYuan } from '@wy/shared';
import { $api } from '../../services/api';
import ArrearsTags from './ArrearsTags';

export default function RoomArrearsLine({ roomId }: { roomId: number }) {
  const h = $api.useQuery('get', '/api/v1/arrears/rooms/{id}', { params: { path: { id: roomId } } }).data;
  if (!h?.inArrears) return null;
  return (
    <div style={{ margin: '12px 0' }} data-testid="room-arrears">
      <ArrearsTags flagged={h.flagged} largeCustomer={h.largeCustomer} />
      <Typography.Text type={h.flagged ? 'danger' : 'secondary'}>
        欠费 {formatYuan(h.owedFen)}，{h.ageMonths < 1 ? '不足 1 个月' : `已 ${h.ageMonths} 个月`}（{h.stageLabel}）
        {h.promisedOn ? `，承诺 ${h.promisedOn} 缴费` : ''}
      </Typography.Text>
    </div>
  );
}
