/** 派单台: open work orders by stage with counts; quick dispatch straight from the 待派单 column (R-REP-04). */
import { lazy, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Card, Col, Empty, Row, Space, Spin, Tag, Typography } from 'antd';
import { ReloadOutlined, SendOutlined } from '@ant-design/icons';
import { REPAIR_STATUS_LABELS, type RepairStatus } from '@wy/shared';
import RequestDrawer from '../../components/srv/RequestDrawer';
import { useProject } from '../../project';
import { client, got } from '../../services/api';
import type { RequestSummary } from '../../services/models';
import { formatRange } from '../../utils/time';
import { dueText, STATUS_COLORS, URGENCY_COLORS, urgencyText } from '../../utils/srv';
import PageContainer from '../../components/PageContainer';
import Deferred from '../../components/Deferred';
import LoadFailed from '../../components/LoadFailed';

const ActionModal = lazy(() => import('../../components/srv/ActionModal'));

const COLUMNS: { key: string; title: string; statuses: RepairStatus[]; color: string }[] = [
  { key: 'received', title: '待派单', statuses: ['received'], color: '#fa8c16' },
  { key: 'dispatched', title: '待接单', statuses: ['dispatched'], color: '#faad14' },
  { key: 'doing', title: '处理中', statuses: ['accepted', 'arrived', 'paused'], color: '#0958d9' },
  { key: 'finished', title: '待确认', statuses: ['finished'], color: '#13c2c2' },
];
const LIMIT = 50;

interface Col {
  items: RequestSummary[];
  more: boolean;
}

const URGENCY_RANK = { emergency: 0, urgent: 1, normal: 2 } as const;
const order = (a: RequestSummary, b: RequestSummary) =>
  Number(b.overdue) - Number(a.overdue) ||
  URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] ||
  (a.dueAt ?? '9').localeCompare(b.dueAt ?? '9');

export default function DispatchBoard() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const [openId, setOpenId] = useState<number | null>(null);
  const [dispatching, setDispatching] = useState<RequestSummary | null>(null);

  /** each column's orders: one page per status it holds, sorted late first, then by urgency and deadline */
  const board = useQuery({
    queryKey: ['get', '/api/v1/service-requests', { board: pid }],
    queryFn: async () => {
      const out: Record<string, Col> = {};
      for (const c of COLUMNS) {
        const pages = await Promise.all(
          c.statuses.map((status) =>
            got(client.GET('/api/v1/service-requests', { params: { query: { projectId: pid, status, limit: LIMIT } } })),
          ),
        );
        out[c.key] = { items: pages.flatMap((p) => p.items).sort(order), more: pages.some((p) => !!p.nextCursor) };
      }
      return out;
    },
  });
  const data = board.data ?? null;
  const loading = board.isFetching;
  const load = () => board.refetch();

  return (
    <PageContainer
      title="派单台"
      subTitle={project ? `${project.code} ${project.name}` : undefined}
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void load()} loading={loading}>
          刷新
        </Button>
      }
    >
      {board.isError && !data && <LoadFailed error={board.error} onRetry={() => void load()} />}
      <Spin spinning={loading && !!data}>
        <Row gutter={12} wrap={false} style={{ overflowX: 'auto' }}>
          {(board.isError && !data ? [] : COLUMNS).map((c) => {
            const col = data?.[c.key];
            return (
              <Col key={c.key} flex="1 0 260px">
                <Card
                  size="small"
                  data-testid={`board-${c.key}`}
                  title={
                    <Space>
                      <span style={{ display: 'inline-block', width: 4, height: 14, background: c.color, borderRadius: 2 }} />
                      {c.title}
                      <Badge
                        count={col ? (col.more ? `${col.items.length}+` : col.items.length) : 0}
                        showZero
                        color={c.key === 'received' && col?.items.length ? '#fa541c' : '#bfbfbf'}
                        data-testid={`board-count-${c.key}`}
                      />
                    </Space>
                  }
                  styles={{ body: { background: '#fafafa', minHeight: 400, padding: 8 } }}
                >
                  {!col ? (
                    <Spin style={{ display: 'block', marginTop: 60 }} />
                  ) : col.items.length === 0 ? (
                    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无工单" />
                  ) : (
                    <Space direction="vertical" style={{ width: '100%' }} size={8}>
                      {col.items.map((r) => (
                        <Card
                          key={r.id}
                          size="small"
                          hoverable
                          data-testid="board-card"
                          data-request-id={r.id}
                          onClick={() => setOpenId(r.id)}
                          style={{
                            borderColor: r.overdue ? '#ff4d4f' : undefined,
                            background: r.overdue ? '#fff1f0' : undefined,
                          }}
                        >
                          <Space direction="vertical" size={2} style={{ width: '100%' }}>
                            <Space style={{ justifyContent: 'space-between', width: '100%' }}>
                              <Typography.Text strong style={{ fontSize: 13 }}>
                                {r.code}
                              </Typography.Text>
                              <Tag color={URGENCY_COLORS[r.urgency]} style={{ marginInlineEnd: 0 }}>
                                {urgencyText(r.urgency)}
                              </Tag>
                            </Space>
                            <Typography.Text>
                              {r.categoryName} · {[r.roomLabel, r.location].filter(Boolean).join(' · ')}
                            </Typography.Text>
                            <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
                              {r.summary}
                            </Typography.Text>
                            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                              预约 {formatRange(r.appointmentStart, r.appointmentEnd)}
                            </Typography.Text>
                            <Space style={{ justifyContent: 'space-between', width: '100%' }}>
                              <Typography.Text type={r.overdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
                                {dueText(r.dueAt)}
                              </Typography.Text>
                              {c.key === 'received' ? (
                                <Button
                                  size="small"
                                  type="primary"
                                  icon={<SendOutlined />}
                                  data-testid="quick-dispatch"
                                  onClick={(e) => {
                                    e.stopPropagation();
                                    setDispatching(r);
                                  }}
                                >
                                  派单
                                </Button>
                              ) : (
                                <Space size={4}>
                                  {c.statuses.length > 1 && (
                                    <Tag color={STATUS_COLORS[r.status]}>{REPAIR_STATUS_LABELS[r.status]}</Tag>
                                  )}
                                  <Typography.Text style={{ fontSize: 12 }}>{r.assigneeName ?? ''}</Typography.Text>
                                </Space>
                              )}
                            </Space>
                          </Space>
                        </Card>
                      ))}
                      {col.more && (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          仅显示前 {LIMIT} 条，请到「报修工单」查看全部
                        </Typography.Text>
                      )}
                    </Space>
                  )}
                </Card>
              </Col>
            );
          })}
        </Row>
      </Spin>
      <Deferred when={!!dispatching}>
        <ActionModal
          target={dispatching}
          action={dispatching ? 'dispatch' : null}
          onClose={() => setDispatching(null)}
          onDone={() => {
            setDispatching(null);
            void load();
          }}
        />
      </Deferred>
      <RequestDrawer id={openId} onClose={() => setOpenId(null)} onChanged={() => void load()} />
    </PageContainer>
  );
}
