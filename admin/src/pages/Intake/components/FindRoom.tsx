/** 查找房屋或业主: a room by its code or number, or an owner by name or phone, then pick the room. */
import { useState } from 'react';
import { Button, Card, Empty, Input, List, Segmented, Space, Tag, Typography } from 'antd';
import { HomeOutlined, UserOutlined } from '@ant-design/icons';
import { formatPropertyCode, OCCUPANT_KIND_LABELS } from '@wy/shared';
import { client, got, showError } from '../../../services/api';
import type { PersonSummary, Room } from '../../../services/models';

type Mode = 'room' | 'owner';

export default function FindRoom({
  projectId,
  selectedRoomId,
  onPick,
}: {
  projectId: number;
  selectedRoomId: number | null;
  onPick: (roomId: number, personId?: number) => void;
}) {
  const [mode, setMode] = useState<Mode>('room');
  const [keyword, setKeyword] = useState('');
  const [searching, setSearching] = useState(false);
  const [rooms, setRooms] = useState<Room[] | null>(null);
  const [owners, setOwners] = useState<PersonSummary[] | null>(null);

  const search = async (kw: string) => {
    const k = kw.trim();
    if (!k) return;
    setSearching(true);
    try {
      if (mode === 'room') {
        setRooms((await got(client.GET('/api/v1/rooms', { params: { query: { projectId, keyword: k, limit: 10 } } }))).items);
        setOwners(null);
      } else {
        setOwners((await got(client.GET('/api/v1/owners', { params: { query: { projectId, keyword: k, limit: 10 } } }))).items);
        setRooms(null);
      }
    } catch (e) {
      showError(e);
    } finally {
      setSearching(false);
    }
  };

  return (
    <Card title="查找房屋或业主" size="small" style={{ marginBottom: 16 }}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Segmented<Mode>
          value={mode}
          onChange={(m) => {
            setMode(m);
            setRooms(null);
            setOwners(null);
          }}
          options={[
            { value: 'room', label: '按房屋', icon: <HomeOutlined /> },
            { value: 'owner', label: '按业主', icon: <UserOutlined /> },
          ]}
        />
        <Input.Search
          data-testid="intake-search"
          placeholder={mode === 'room' ? '物业编码或房号，如 1011010501 / 0501' : '业主姓名或手机号'}
          enterButton="查询"
          allowClear
          value={keyword}
          loading={searching}
          onChange={(e) => setKeyword(e.target.value)}
          onSearch={(k) => void search(k)}
        />
        {rooms && (
          <List<Room>
            size="small"
            bordered
            dataSource={rooms}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有找到房屋" /> }}
            renderItem={(r) => (
              <List.Item
                data-testid="intake-room"
                style={{ cursor: 'pointer', background: selectedRoomId === r.id ? '#e6f4ff' : undefined }}
                onClick={() => onPick(r.id)}
              >
                <List.Item.Meta
                  title={`${r.buildingName} ${r.unit ? r.unit + '单元 ' : ''}${r.roomNo}`}
                  description={`${formatPropertyCode(r.propertyCode)} · ${r.occupantNames.join('、') || '无住户'}`}
                />
              </List.Item>
            )}
          />
        )}
        {owners && (
          <List<PersonSummary>
            size="small"
            bordered
            dataSource={owners}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有找到业主" /> }}
            renderItem={(p) => {
              const here = p.rooms.filter((x) => x.projectId === projectId);
              return (
                <List.Item>
                  <List.Item.Meta
                    title={
                      <Space>
                        {p.name}
                        <Typography.Text type="secondary" className="wy-phone">
                          {p.phoneMasked ?? ''}
                        </Typography.Text>
                        {p.isKeyCustomer && <Tag color="gold">重点客户</Tag>}
                      </Space>
                    }
                    description={
                      here.length ? (
                        <Space wrap size={4}>
                          {here.map((x) => (
                            <Button
                              key={x.bindingId}
                              size="small"
                              data-testid="intake-owner-room"
                              onClick={() => onPick(x.roomId, p.id)}
                            >
                              {x.roomLabel}（{OCCUPANT_KIND_LABELS[x.kind]}）
                            </Button>
                          ))}
                        </Space>
                      ) : (
                        '本项目无房屋'
                      )
                    }
                  />
                </List.Item>
              );
            }}
          />
        )}
      </Space>
    </Card>
  );
}
