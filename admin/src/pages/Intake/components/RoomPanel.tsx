/** The chosen room: who lives there (pick the requester) and what is already open there. */
import { Card, Empty, List, Space, Spin, Tag, Typography } from 'antd';
import { HomeOutlined, UserOutlined } from '@ant-design/icons';
import { formatPropertyCode, OCCUPANT_KIND_LABELS } from '@wy/shared';
import type { Occupant, RequestSummary, RoomDetail } from '../../../services/models';
import { STATUS_COLORS, statusText } from '../../../utils/srv';

export default function RoomPanel({
  room,
  requester,
  openRequests,
  onPickOccupant,
  onOpenRequest,
}: {
  room: RoomDetail;
  requester: number | null;
  openRequests: RequestSummary[] | undefined;
  onPickOccupant: (o: Occupant) => void;
  onOpenRequest: (id: number) => void;
}) {
  const occupants = room.occupants.filter((o) => o.status === 'approved');
  return (
    <>
      <Card
        size="small"
        title={
          <Space>
            <HomeOutlined />
            {room.buildingName} {room.unit ? `${room.unit}单元 ` : ''}
            {room.roomNo}
          </Space>
        }
        extra={<Typography.Text type="secondary">{formatPropertyCode(room.propertyCode)}</Typography.Text>}
        style={{ marginBottom: 16 }}
      >
        <Typography.Text type="secondary">住户（点击选为报修人）</Typography.Text>
        {occupants.length ? (
          <List<Occupant>
            size="small"
            dataSource={occupants}
            renderItem={(o) => (
              <List.Item
                data-testid="intake-occupant"
                style={{ cursor: 'pointer', background: requester === o.personId ? '#e6f4ff' : undefined }}
                onClick={() => onPickOccupant(o)}
              >
                <Space>
                  <UserOutlined />
                  {o.name}
                  <Tag>{OCCUPANT_KIND_LABELS[o.kind]}</Tag>
                  <Typography.Text type="secondary" className="wy-phone">
                    {o.phoneMasked ?? ''}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无已登记住户" />
        )}
      </Card>
      <Card size="small" title={`进行中的工单${openRequests ? `（${openRequests.length}）` : ''}`} style={{ marginBottom: 16 }}>
        {!openRequests ? (
          <Spin />
        ) : openRequests.length ? (
          <List<RequestSummary>
            size="small"
            dataSource={openRequests}
            renderItem={(r) => (
              <List.Item
                style={{ cursor: 'pointer' }}
                onClick={() => onOpenRequest(r.id)}
                extra={<Tag color={STATUS_COLORS[r.status]}>{statusText(r.status)}</Tag>}
              >
                <List.Item.Meta
                  title={
                    <Space>
                      {r.code}
                      {r.overdue && <Tag color="red">超时</Tag>}
                    </Space>
                  }
                  description={`${r.categoryName} · ${r.summary}`}
                />
              </List.Item>
            )}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="该房屋没有进行中的工单" />
        )}
      </Card>
    </>
  );
}
