/** 工作台 · 服务台待办: what waits at the desk right now (GET /service-requests/counts), each card opening its list. */
import { Link } from 'react-router-dom';
import { Button, Card, Col, Row, Space, Statistic, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useAccess } from '../../auth';
import { $api, errorText } from '../../services/api';
import type { DeskCounts as Counts } from '../../services/models';
import { WARN_TEXT } from '../../layouts/ConsoleProviders';

interface CardDef {
  key: string;
  /** testid suffix; `pending` keeps the id the bindings card always had */
  testId: string;
  title: string;
  value: (c: Counts) => number;
  extra?: (c: Counts) => React.ReactNode;
  link?: string;
  /** orange when non-zero; red for lateness */
  tone: 'warn' | 'danger' | 'plain';
}

export default function DeskCounts({ projectId }: { projectId: number }) {
  const access = useAccess();
  const q = $api.useQuery('get', '/api/v1/service-requests/counts', { params: { query: { projectId } } });
  const c: Counts | null = q.data ?? null;
  const error = q.isError ? errorText(q.error as unknown) : null;
  const loading = q.isFetching;
  const load = () => void q.refetch();

  const cards: CardDef[] = [
    {
      key: 'toDispatch',
      testId: 'to-dispatch',
      title: '待派单',
      value: (x) => x.toDispatch,
      link: '/requests?status=received',
      tone: 'warn',
    },
    { key: 'inPool', testId: 'in-pool', title: '抢单池', value: (x) => x.inPool, link: '/requests?stage=pool', tone: 'plain' },
    {
      key: 'inProgress',
      testId: 'in-progress',
      title: '处理中',
      value: (x) => x.inProgress,
      link: '/requests?stage=in_progress',
      tone: 'plain',
    },
    { key: 'overdue', testId: 'overdue', title: '超时', value: (x) => x.overdue, link: '/requests?overdue=1', tone: 'danger' },
    {
      key: 'callbacks',
      testId: 'callbacks',
      title: '待回访',
      value: (x) => x.callbacksDue,
      extra: (x) =>
        x.callbacksOverdue > 0 ? (
          <Typography.Text type="danger">逾期 {x.callbacksOverdue}</Typography.Text>
        ) : (
          <Typography.Text type="secondary">逾期 0</Typography.Text>
        ),
      link: '/callbacks?due=all',
      tone: 'warn',
    },
    {
      key: 'extensions',
      testId: 'extensions',
      title: '延期待批',
      value: (x) => x.pendingExtensions,
      link: access.slaApprove ? '/sla/extensions' : undefined,
      tone: 'warn',
    },
  ];
  if (access.bindingReview)
    cards.push({
      key: 'bindings',
      testId: 'pending',
      title: '待审核绑定',
      value: (x) => x.pendingBindings,
      link: '/bindings',
      tone: 'warn',
    });

  return (
    <Card
      size="small"
      title="服务台待办"
      style={{ marginBottom: 16 }}
      extra={
        <Button size="small" type="text" icon={<ReloadOutlined />} loading={loading} onClick={() => void load()}>
          刷新
        </Button>
      }
    >
      {error && !c ? (
        <Space>
          <Typography.Text type="danger">待办数量加载失败：{error}</Typography.Text>
          <Button size="small" onClick={() => void load()}>
            重试
          </Button>
        </Space>
      ) : (
        <Row gutter={[12, 12]}>
          {cards.map((d) => {
            const v = c ? d.value(c) : undefined;
            const color = v ? (d.tone === 'danger' ? '#cf1322' : d.tone === 'warn' ? WARN_TEXT : undefined) : undefined;
            const body = (
              <Card size="small" hoverable={!!d.link} data-testid={`stat-${d.testId}`}>
                <Statistic title={d.title} loading={!c} value={v ?? '—'} valueStyle={color ? { color } : undefined} />
                {c && d.extra && <div style={{ marginTop: 2 }}>{d.extra(c)}</div>}
              </Card>
            );
            return (
              <Col key={d.key} flex="1 0 150px">
                {d.link ? <Link to={d.link}>{body}</Link> : body}
              </Col>
            );
          })}
        </Row>
      )}
    </Card>
  );
}
