/**
 * R-OWN-08 a household's one history on the room sheet: its requests, complaints, suggestions and inquiries,
 * payments and occupant changes, newest first, a page at a time from the server, each opening its own record.
 */
import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Empty, List, Skeleton, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { HOUSEHOLD_EVENT_KIND_LABELS, type HouseholdEventKind } from '@wy/shared';
import { client, got } from '../../../services/api';
import type { HouseholdEvent } from '../../../services/models';
import { formatTime } from '../../../utils/time';

const KIND_COLORS: Record<HouseholdEventKind, string> = {
  request: 'blue',
  complaint: 'volcano',
  enquiry: 'cyan',
  payment: 'green',
  binding: 'default',
  arrears: 'red',
};
const PAGE = 10;

/** Where an entry's own record opens in the console. */
const recordPath = (ref: NonNullable<HouseholdEvent['ref']>): string =>
  ref.type === 'request'
    ? `/requests/${ref.id}`
    : ref.type === 'complaint'
      ? `/complaints?id=${ref.id}`
      : `/enquiries?id=${ref.id}`;

export default function HouseholdHistory({ roomId, projectId }: { roomId: number; projectId: number }) {
  const history = useInfiniteQuery({
    queryKey: ['room-history', roomId],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      got(
        client.GET('/api/v1/rooms/{id}/history', {
          params: { path: { id: roomId }, query: { limit: PAGE, cursor: pageParam } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = history.data?.pages.flatMap((p) => p.items) ?? [];

  if (history.isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (history.isError) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="户档案动态加载失败" />;
  return (
    <List<HouseholdEvent>
      size="small"
      data-testid="household-history"
      dataSource={items}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无动态" /> }}
      renderItem={(e) => (
        <List.Item
          data-testid="household-event"
          data-key={e.key}
          extra={<Typography.Text type="secondary">{e.status}</Typography.Text>}
        >
          <List.Item.Meta
            title={
              <Space size={8} wrap>
                <Tag color={KIND_COLORS[e.kind]}>{HOUSEHOLD_EVENT_KIND_LABELS[e.kind]}</Tag>
                {e.ref ? <Link to={recordPath(e.ref)}>{e.title}</Link> : <span>{e.title}</span>}
              </Space>
            }
            description={
              <Space direction="vertical" size={0}>
                <Typography.Text type="secondary">{formatTime(e.at, projectId)}</Typography.Text>
                {e.detail && (
                  <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
                    {e.detail}
                  </Typography.Paragraph>
                )}
              </Space>
            }
          />
        </List.Item>
      )}
      loadMore={
        history.hasNextPage ? (
          <div style={{ textAlign: 'center', marginTop: 12 }}>
            <Button
              onClick={() => history.fetchNextPage()}
              loading={history.isFetchingNextPage}
              data-testid="household-history-more"
            >
              加载更多
            </Button>
          </div>
        ) : null
      }
    />
  );
}
