import { useEffect } from 'react';
import { STAFF_BINDING_STATUS_TEXT } from '../../../utils/enums';
import { Badge, Descriptions, Drawer, Empty, Skeleton, Table, Tag, Typography } from 'antd';
import { formatArea, formatPropertyCode, OCCUPANT_KIND_LABELS, ROOM_USE_LABELS, type BindingStatus } from '@wy/shared';
import { $api } from '../../../services/api';
import type { Occupant, Vehicle } from '../../../services/models';
import { useAccess } from '../../../auth';
import RoomArrearsLine from '../../Arrears/RoomArrearsLine';
import HouseholdHistory from './HouseholdHistory';

const STATUS_BADGE: Record<BindingStatus, 'success' | 'processing' | 'error' | 'default'> = {
  approved: 'success',
  pending: 'processing',
  rejected: 'error',
  revoked: 'default',
};

export default function RoomDrawer({ roomId, onClose }: { roomId: number | null; onClose: () => void }) {
  const query = $api.useQuery('get', '/api/v1/rooms/{id}', { params: { path: { id: roomId ?? 0 } } }, { enabled: !!roomId });
  const room = query.data ?? null;
  const loading = query.isFetching;
  const access = useAccess();
  // the load failed (its message was shown): nothing to show, so the drawer closes
  useEffect(() => {
    if (query.isError) onClose();
  }, [query.isError, onClose]);

  return (
    <Drawer
      title={room ? `${room.buildingName} ${room.roomNo}` : '房屋详情'}
      open={!!roomId}
      onClose={onClose}
      width={720}
      destroyOnHidden
      data-testid="room-drawer"
    >
      {loading || !room ? (
        <Skeleton active />
      ) : (
        <>
          {access.arrearsRead && <RoomArrearsLine roomId={room.id} />}
          <Descriptions bordered size="small" column={2}>
            <Descriptions.Item label="物业编码" span={2}>
              <Typography.Text copyable={{ text: room.propertyCode }}>{formatPropertyCode(room.propertyCode)}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="楼栋">{room.buildingName}</Descriptions.Item>
            <Descriptions.Item label="单元">{room.unit || '—'}</Descriptions.Item>
            <Descriptions.Item label="楼层">{room.floor ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="房号">{room.roomNo}</Descriptions.Item>
            <Descriptions.Item label="建筑面积">{formatArea(room.area)} ㎡</Descriptions.Item>
            <Descriptions.Item label="用途">{ROOM_USE_LABELS[room.use] ?? room.use}</Descriptions.Item>
            <Descriptions.Item label="户型">{room.layout || '—'}</Descriptions.Item>
            <Descriptions.Item label="交付日期">{room.deliveredOn || '—'}</Descriptions.Item>
            <Descriptions.Item label="产权证号" span={2}>
              {room.titleNo || '—'}
            </Descriptions.Item>
          </Descriptions>

          <Typography.Title level={5} style={{ marginTop: 24 }}>
            住户（{room.occupants.length}）
          </Typography.Title>
          <Table<Occupant>
            size="small"
            rowKey="bindingId"
            pagination={false}
            dataSource={room.occupants}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无住户" /> }}
            columns={[
              { title: '姓名', dataIndex: 'name' },
              { title: '手机号', dataIndex: 'phoneMasked', render: (v) => v || '—' },
              { title: '身份', dataIndex: 'kind', render: (k: Occupant['kind']) => <Tag>{OCCUPANT_KIND_LABELS[k] ?? k}</Tag> },
              {
                title: '状态',
                dataIndex: 'status',
                render: (s: BindingStatus) => <Badge status={STATUS_BADGE[s]} text={STAFF_BINDING_STATUS_TEXT[s] ?? s} />,
              },
            ]}
          />

          <Typography.Title level={5} style={{ marginTop: 24 }}>
            车辆（{room.vehicles.length}）
          </Typography.Title>
          <Table<Vehicle>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={room.vehicles}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无车辆" /> }}
            columns={[
              { title: '车牌', dataIndex: 'plate', render: (p: string) => <Tag color="blue">{p}</Tag> },
              { title: '车主', dataIndex: 'personName' },
              { title: '车型', dataIndex: 'model', render: (v) => v || '—' },
              { title: '颜色', dataIndex: 'color', render: (v) => v || '—' },
              { title: '车位', dataIndex: 'spaceNo', render: (v) => v || '—' },
            ]}
          />

          {access.householdHistory && (
            <>
              <Typography.Title level={5} style={{ marginTop: 24 }}>
                户档案动态
              </Typography.Title>
              <HouseholdHistory roomId={room.id} projectId={room.projectId} />
            </>
          )}
        </>
      )}
    </Drawer>
  );
}
