import { Space, Tag, Tooltip } from 'antd';
import { STAFF_BINDING_STATUS_TEXT } from '../utils/enums';
import { formatPropertyCode, OCCUPANT_KIND_LABELS, type BindingStatus } from '@wy/shared';
import type { PersonRoom } from '../services/models';

export const BINDING_COLORS: Record<BindingStatus, string> = {
  approved: 'green',
  pending: 'orange',
  rejected: 'red',
  revoked: 'default',
};

/** One tag per room a person is attached to: "2栋 1203 · 业主", coloured by binding status. */
export default function BindingTags({ rooms }: { rooms: PersonRoom[] }) {
  if (!rooms.length) return <span style={{ color: '#595959' }}>—</span>;
  return (
    <Space size={[4, 4]} wrap>
      {rooms.map((r) => (
        <Tooltip
          key={r.bindingId}
          title={`${formatPropertyCode(r.propertyCode)} · ${STAFF_BINDING_STATUS_TEXT[r.status] ?? r.status}`}
        >
          <Tag color={BINDING_COLORS[r.status]} style={{ marginInlineEnd: 0 }}>
            {r.roomLabel} · {OCCUPANT_KIND_LABELS[r.kind] ?? r.kind}
            {r.status !== 'approved' ? `（${STAFF_BINDING_STATUS_TEXT[r.status] ?? r.status}）` : ''}
          </Tag>
        </Tooltip>
      ))}
    </Space>
  );
}
