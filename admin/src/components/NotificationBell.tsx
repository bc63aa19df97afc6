/** Header bell: staff notifications (new work orders, SLA warnings); opening one marks it read. */
import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Badge, Button, Empty, List, Popover, Spin, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { listNotifications, markNotificationRead, showError } from '../services/api';
import type { Notification } from '../services/models';
import { formatTime } from '../utils/time';

const POLL_MS = 120_000;

export default function NotificationBell() {
  const navigate = useNavigate();
  const [items, setItems] = useState<Notification[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [open, setOpen] = useState(false);

  const load = useCallback(async (quiet = false) => {
    if (!quiet) setLoading(true);
    try {
      setItems(await listNotifications());
    } catch (e) {
      if (!quiet) showError(e);
    } finally {
      setLoading(false);
    }
  }, []);
  useEffect(() => {
    void load(true);
    const t = setInterval(() => {
      if (document.visibilityState === 'visible') void load(true);
    }, POLL_MS);
    return () => clearInterval(t);
  }, [load]);

  const unread = (items ?? []).filter((n) => !n.readAt);
  const read = async (n: Notification) => {
    if (!n.readAt) {
      setItems((l) => l?.map((x) => (x.id === n.id ? { ...x, readAt: new Date().toISOString() } : x)) ?? l);
      markNotificationRead(n.id).catch(showError);
    }
    if (n.link) {
      setOpen(false);
      navigate(n.link);
    }
  };
  const readAll = async () => {
    const ids = unread.map((n) => n.id);
    setItems((l) => l?.map((x) => (x.readAt ? x : { ...x, readAt: new Date().toISOString() })) ?? l);
    try {
      await Promise.all(ids.map((id) => markNotificationRead(id)));
    } catch (e) {
      showError(e);
    }
  };

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) void load();
      }}
      title={
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <span>消息通知</span>
          {unread.length > 0 && (
            <Button type="link" size="small" onClick={() => void readAll()} data-testid="notifications-read-all">
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
                    onClick={() => void read(n)}
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
