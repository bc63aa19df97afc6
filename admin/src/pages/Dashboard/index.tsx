import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useAccess, useAuth } from '../../auth';
import { useProject } from '../../project';
import { formatYuan } from '@wy/shared';
import { client, got, showError, type Page } from '../../services/api';
import DeskCounts from './DeskCounts';
import FinanceToday from './FinanceToday';
import KpiCard from './KpiCard';
import PageContainer from '../../components/PageContainer';
import { WARN_TEXT } from '../../layouts/ConsoleProviders';

/** A count shown as a number, or "≥ n" when the list is longer than we are willing to walk. */
interface Count {
  value: number;
  atLeast: boolean;
}

const LIMIT = 100;
const MAX_PAGES = 20;

/** Uses `total` when the API sends one; otherwise walks the cursor pages (at most MAX_PAGES). */
async function countAll(fetch: (cursor: string | null) => Promise<Page<unknown>>): Promise<Count> {
  let cursor: string | null = null;
  let value = 0;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page: Page<unknown> = await fetch(cursor);
    if (typeof page.total === 'number') return { value: page.total, atLeast: false };
    value += page.items.length;
    if (!page.nextCursor) return { value, atLeast: false };
    cursor = page.nextCursor;
  }
  return { value, atLeast: true };
}

interface Stats {
  pendingBindings?: Count;
  /** 收银台: unpaid bills and what they add up to */
  unpaidBills?: Count & { fen: number };
  owners?: Count;
  buildings?: number;
  rooms?: number;
}

export default function Dashboard() {
  const { me } = useAuth();
  const access = useAccess();
  const { projectId, project } = useProject();
  const [stats, setStats] = useState<Stats | null>(null);
  /** the service desk sees pending bindings among its desk counts (one query), not walked page by page */
  const walkBindings = access.bindingReview && !access.serviceDesk;

  useEffect(() => {
    if (!projectId) return;
    let live = true;
    setStats(null);
    (async () => {
      const s: Stats = {};
      const jobs: Promise<void>[] = [];
      if (access.orgRead)
        jobs.push(
          got(client.GET('/api/v1/projects')).then((ps) => {
            const p = ps.find((x) => x.id === projectId);
            if (p) {
              s.buildings = p.buildingCount;
              s.rooms = p.roomCount;
            }
          }),
        );
      if (walkBindings)
        jobs.push(
          countAll((c) =>
            got(
              client.GET('/api/v1/bindings', {
                params: { query: { projectId, status: 'pending', cursor: c ?? undefined, limit: LIMIT } },
              }),
            ),
          ).then((v) => {
            s.pendingBindings = v;
          }),
        );
      if (access.billingCollect) {
        let fen = 0;
        jobs.push(
          countAll((c) =>
            got(
              client.GET('/api/v1/bills', {
                params: { query: { projectId, status: 'unpaid', cursor: c ?? undefined, limit: LIMIT } },
              }),
            ).then((p) => {
              // what they owe today (approved adjustments and late fees counted), as 收银台 shows it
              fen += p.items.reduce((a, b) => a + b.totalFen, 0);
              return p;
            }),
          ).then((v) => {
            s.unpaidBills = { ...v, fen };
          }),
        );
      }
      if (access.peopleRead)
        jobs.push(
          countAll((c) =>
            got(client.GET('/api/v1/owners', { params: { query: { projectId, cursor: c ?? undefined, limit: LIMIT } } })),
          ).then((v) => {
            s.owners = v;
          }),
        );
      const results = await Promise.allSettled(jobs);
      const failed = results.find((r) => r.status === 'rejected');
      if (failed) showError((failed as PromiseRejectedResult).reason);
      if (live) setStats(s);
    })();
    return () => {
      live = false;
    };
  }, [projectId, access.orgRead, walkBindings, access.peopleRead, access.billingCollect]);

  const cards: {
    key: string;
    title: string;
    value?: number | Count;
    link?: string;
    highlight?: boolean;
    note?: string;
  }[] = [];
  if (access.billingCollect)
    cards.push({
      key: 'unpaid-bills',
      title: '待缴账单',
      value: stats?.unpaidBills,
      link: '/cashier',
      highlight: true,
      note: stats?.unpaidBills ? `合计 ${stats.unpaidBills.atLeast ? '≥ ' : ''}${formatYuan(stats.unpaidBills.fen)}` : undefined,
    });
  if (walkBindings)
    cards.push({ key: 'pending', title: '待审核绑定', value: stats?.pendingBindings, link: '/bindings', highlight: true });
  if (access.orgRead) {
    cards.push({ key: 'buildings', title: '楼栋数', value: stats?.buildings, link: '/org' });
    cards.push({ key: 'rooms', title: '房屋数', value: stats?.rooms, link: '/org' });
  }
  if (access.peopleRead) cards.push({ key: 'owners', title: '业主/住户档案', value: stats?.owners, link: '/owners' });

  return (
    <PageContainer title="工作台" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <Typography.Paragraph type="secondary">您好，{me?.name}。以下为当前项目的实时数据。</Typography.Paragraph>
      {access.financeHome && projectId && <FinanceToday projectId={projectId} />}
      {access.serviceDesk && projectId && (
        <>
          <DeskCounts projectId={projectId} />
          <KpiCard projectId={projectId} />
        </>
      )}
      <Row gutter={[16, 16]}>
        {cards.map((c) => {
          const count = typeof c.value === 'number' ? { value: c.value, atLeast: false } : c.value;
          const body = (
            <Card hoverable={!!c.link} data-testid={`stat-${c.key}`}>
              <Statistic
                title={c.title}
                loading={stats === null}
                value={count ? count.value : '—'}
                prefix={count?.atLeast ? '≥' : undefined}
                valueStyle={c.highlight && count && count.value > 0 ? { color: WARN_TEXT } : undefined}
              />
              {c.note && <Typography.Text type="secondary">{c.note}</Typography.Text>}
            </Card>
          );
          return (
            <Col key={c.key} xs={24} sm={12} lg={6}>
              {c.link ? <Link to={c.link}>{body}</Link> : body}
            </Col>
          );
        })}
      </Row>
      {cards.length === 0 && !access.serviceDesk && !access.financeHome && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 24 }}>
          您的角色暂无可在后台查看的数据。
        </Typography.Paragraph>
      )}
    </PageContainer>
  );
}
