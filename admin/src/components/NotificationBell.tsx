/** Header bell: staff notifications (new work orders, SLA warnings); opening one marks it read. */
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Badge, Button, Empty, List, Popover, Spin, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { $api } from '../services/api';
import type { Notification } from '../services/models';
import { formatTime } from '../utils/time';

const POLL_MS = 120_000;

export default function NotificationBell() {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  // polled while the page is visible; a failed poll stays quiet (meta.quiet), the next one tries again
  const list = $api.useQuery(
    'get',
    '/api/v1/notifications',
    {},
    {
      refetchInterval: () => (document.visibilityState === 'visible' ? POLL_MS : false),
      meta: { quiet: true },
    },
  );
  const markRead = $api.useMutation('post', '/api/v1/notifications/{id}/read');
  // read here a moment ago: shown read at once, before the next poll says so
  const [readNow, setReadNow] = useState<Record<number, string>>({});
  const items: Notification[] | null = list.data
    ? list.data.map((n) => (!n.readAt && readNow[n.id] ? { ...n, readAt: readNow[n.id]! } : n))
    : null;
  const loading = list.isFetching;

  const unread = (items ?? []).filter((n) => !n.readAt);
  const markAll = (ns: Notification[]) => {
    const at = new Date().toISOString();
    setReadNow((m) => ({ ...m, ...Object.fromEntries(ns.map((n) => [n.id, at])) }));
    for (const n of ns) markRead.mutate({ params: { path: { id: n.id } } });
  };
  const read = (n: Notification) => {
    if (!n.readAt) markAll([n]);
    if (n.link) {
      setOpen(false);
      navigate(n.link);
    }
  };
  const readAll = () => markAll(unread);

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) void list.refetch();
      }}
      title={
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <span>消息通知</span>
          {unread.length > 0 && (
            <Button type="link" size="small" onClick={readAll} data-testid="notifications-read-all">
              全部已读
            </Button>
          )}
        </div>
      }
      content={
        <div style={{ width: 340, maxHeight: 420, overflow: 'auto' }}>
          {items === null ? (
            <Spin style={{ display: 'block', margin: 24 }} />
          ) : items.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无消息" />
          ) : (
            <Spin spinning={loading}>
              <List<Notification>
                size="small"
                dataSource={items}
                renderItem={(n) => (
                  <List.Item
                    data-testid="notification-item"
                    style={{ cursor: 'pointer', background: n.readAt ? undefined : '#e6f4ff', paddingInline: 8 }}
                    onClick={() => read(n)}
                  >
                    <List.Item.Meta
                      title={
                        <Badge dot={!n.readAt} offset={[6, 0]}>
                          <span>{n.title}</span>
                        </Badge>
                      }
                      description={
                        <>
                          <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0, fontSize: 12 }}>
                            {n.body}
                          </Typography.Paragraph>
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {formatTime(n.createdAt)}
                          </Typography.Text>
                        </>
                      }
                    />
                  </List.Item>
                )}
              />
            </Spin>
          )}
        </div>
      }
    >
      <Badge count={unread.length} size="small" offset={[-2, 2]}>
        <Button
          type="text"
          icon={<BellOutlined style={{ fontSize: 16 }} />}
          data-testid="notification-bell"
          aria-label="消息通知"
        />
      </Badge>
    </Popover>
  );
}
