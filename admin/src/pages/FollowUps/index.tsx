/**
 * 每日跟进 (R-REP-17): the customer-service supervisor follows up every open repair and complaint each day
 * and verifies each closure (验证关闭), recording what was checked. Four lists, each with what is still to
 * do on its tab; filtered and paged on the server; the item itself opens in its drawer.
 */
import { useMemo, useRef, useState } from 'react';
import { Button, Drawer, Tabs, Tag, Typography } from 'antd';
import {
  COMPLAINT_STATUS_LABELS,
  FOLLOW_UP_RESULT_LABELS,
  REPAIR_STATUS_LABELS,
  type ComplaintStatus,
  type FollowUpSupervisorKind,
  type FollowUpSubject,
  type RepairStatus,
} from '@wy/shared';
import RequestDrawer from '../../components/srv/RequestDrawer';
import PageContainer from '../../components/PageContainer';
import KeysetTable, { type TableAction } from '../../components/table/KeysetTable';
import type { ListColumn } from '../../components/table/DataTable';
import { useProject } from '../../project';
import { $api, client, got } from '../../services/api';
import { formatShort } from '../../utils/time';
import ComplaintDetailView from '../Complaints/components/ComplaintDetailView';
import FollowUpModal from './components/FollowUpModal';
import type { FollowUpItem } from './types';

type Key = `${FollowUpSupervisorKind}:${FollowUpSubject}`;
const TABS: { key: Key; label: string; count: 'repairDaily' | 'complaintDaily' | 'repairClosure' | 'complaintClosure' }[] = [
  { key: 'daily:repair', label: '今日跟进 · 报修', count: 'repairDaily' },
  { key: 'daily:complaint', label: '今日跟进 · 投诉', count: 'complaintDaily' },
  { key: 'closure:repair', label: '验证关闭 · 报修', count: 'repairClosure' },
  { key: 'closure:complaint', label: '验证关闭 · 投诉', count: 'complaintClosure' },
];

const statusText = (subject: FollowUpSubject, s: string) =>
  subject === 'repair' ? (REPAIR_STATUS_LABELS[s as RepairStatus] ?? s) : (COMPLAINT_STATUS_LABELS[s as ComplaintStatus] ?? s);

export default function FollowUpsPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const [tab, setTab] = useState<Key>('daily:repair');
  const [kind, subject] = tab.split(':') as [FollowUpSupervisorKind, FollowUpSubject];
  const [acting, setActing] = useState<FollowUpItem | null>(null);
  const [open, setOpen] = useState<FollowUpItem | null>(null);
  const actionRef = useRef<TableAction>(undefined);
  const counts = $api.useQuery('get', '/api/v1/follow-ups/counts', { params: { query: { projectId: pid } } });
  const params = useMemo(() => ({ projectId: pid, subject, kind }), [pid, subject, kind]);
  const reload = () => {
    actionRef.current?.reload();
    void counts.refetch();
  };
  const daily = kind === 'daily';

  const columns: ListColumn<FollowUpItem>[] = [
    {
      title: subject === 'repair' ? '工单号' : '投诉编码',
      dataIndex: 'code',
      width: 160,
      search: false,
      render: (_, r) => (
        <Typography.Link onClick={() => setOpen(r)} data-latin-ok data-testid="follow-up-code">
          {r.code ?? '待评审'}
        </Typography.Link>
      ),
    },
    { title: '状态', dataIndex: 'status', width: 80, search: false, render: (_, r) => statusText(subject, r.status) },
    { title: '类别', dataIndex: 'title', width: 110, search: false, ellipsis: true },
    {
      title: '内容',
      dataIndex: 'summary',
      search: false,
      ellipsis: true,
      render: (_, r) => (
        <span>
          {r.important && <Tag color="red">{subject === 'repair' ? '重要' : '重大'}</Tag>}
          {r.summary}
        </span>
      ),
    },
    { title: subject === 'repair' ? '报修人' : '投诉人', dataIndex: 'person', width: 90, search: false },
    daily
      ? {
          title: subject === 'repair' ? '要求完成' : '最近承诺到期',
          dataIndex: 'dueAt',
          width: 130,
          search: false,
          render: (_, r) => (
            <span>
              {r.dueAt ? formatShort(r.dueAt, r.projectId) : '—'}
              {r.overdue ? (
                <Tag color="red" style={{ marginLeft: 4 }}>
                  已超时
                </Tag>
              ) : (
                r.promiseDue && (
                  <Tag color="orange" style={{ marginLeft: 4 }} data-testid="follow-up-due-today">
                    今日到期
                  </Tag>
                )
              )}
            </span>
          ),
        }
      : {
          title: '关闭时间',
          dataIndex: 'closedAt',
          width: 120,
          search: false,
          render: (_, r) => (r.closedAt ? formatShort(r.closedAt, r.projectId) : '—'),
        },
    {
      title: daily ? '最近跟进' : '验证',
      dataIndex: 'last',
      width: 210,
      search: false,
      render: (_, r) =>
        r.last ? (
          <span data-testid="follow-up-last">
            {formatShort(r.last.at, r.projectId)} {r.last.staffName} · {FOLLOW_UP_RESULT_LABELS[r.last.result]}
          </span>
        ) : (
          <Typography.Text type="secondary">{daily ? '未跟进' : '未验证'}</Typography.Text>
        ),
    },
    { title: '只看未完成', dataIndex: 'pending', hideInTable: true, valueType: 'switch', initialValue: true },
    ...(daily
      ? [{ title: '只看超时', dataIndex: 'overdue', hideInTable: true, valueType: 'switch' } as ListColumn<FollowUpItem>]
      : []),
    ...(daily && subject === 'complaint'
      ? [
          {
            title: '只看承诺今日到期或已过期',
            dataIndex: 'promiseDue',
            hideInTable: true,
            valueType: 'switch',
          } as ListColumn<FollowUpItem>,
        ]
      : []),
    {
      title: '操作',
      key: 'op',
      width: 110,
      fixed: 'right',
      search: false,
      render: (_, r) =>
        r.done ? (
          <Typography.Text type="secondary">{daily ? '今日已跟进' : '已验证'}</Typography.Text>
        ) : (
          <Button size="small" type="link" onClick={() => setActing(r)} data-testid="follow-up-act">
            {daily ? '记录跟进' : '验证关闭'}
          </Button>
        ),
    },
  ];

  return (
    <PageContainer title="每日跟进" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as Key)}
        items={TABS.map((t) => ({
          key: t.key,
          label: <span data-testid={`follow-up-tab-${t.key}`}>{`${t.label}（${counts.data?.[t.count] ?? '…'}）`}</span>,
        }))}
      />
      <KeysetTable<FollowUpItem>
        key={tab}
        path="/api/v1/follow-ups/items"
        rowKey="id"
        actionRef={actionRef}
        onReload={() => void counts.refetch()}
        headerTitle={daily ? '未完成的事项，每天跟进一次' : '近 30 天关闭的事项，逐一验证'}
        columns={columns}
        params={params}
        emptyText={daily ? '今天的跟进都做完了' : '没有待验证的关闭'}
        fetchPage={(f, cursor) =>
          got(
            client.GET('/api/v1/follow-ups/items', {
              params: {
                query: {
                  projectId: pid,
                  subject,
                  kind,
                  pending: f.pending === true ? true : undefined,
                  overdue: daily && f.overdue === true ? true : undefined,
                  promiseDue: daily && subject === 'complaint' && f.promiseDue === true ? true : undefined,
                  cursor: cursor ?? undefined,
                },
              },
            }),
          )
        }
      />
      {acting && (
        <FollowUpModal
          item={acting}
          kind={kind}
          onClose={() => setActing(null)}
          onDone={() => {
            setActing(null);
            reload();
          }}
        />
      )}
      <RequestDrawer id={open?.subjectKind === 'repair' ? open.id : null} onClose={() => setOpen(null)} onChanged={reload} />
      <Drawer title="投诉详情" open={open?.subjectKind === 'complaint'} width={860} onClose={() => setOpen(null)} destroyOnHidden>
        {open?.subjectKind === 'complaint' && <ComplaintDetailView key={open.id} id={open.id} onChanged={reload} />}
      </Drawer>
    </PageContainer>
  );
}
