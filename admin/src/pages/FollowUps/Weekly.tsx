/**
 * 每周回顾 (R-CMP-18): the quality supervisor reviews every complaint received or closed in the week (Monday to
 * Sunday in the project's zone), once each, and the class A ones in depth. The week, its bounds and what is still
 * to review come from the server; the list is filtered and paged there.
 */
import { useMemo, useRef, useState } from 'react';
import { Button, Drawer, Space, Tag, Typography } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import {
  addCalendarDays,
  COMPLAINT_IMPORTANCE_LABELS,
  COMPLAINT_STATUS_LABELS,
  FOLLOW_UP_RESULT_LABELS,
  type ComplaintImportance,
  type ComplaintStatus,
} from '@wy/shared';
import PageContainer from '../../components/PageContainer';
import KeysetTable, { type TableAction } from '../../components/table/KeysetTable';
import type { ListColumn } from '../../components/table/DataTable';
import { useProject } from '../../project';
import { client, got } from '../../services/api';
import { formatShort } from '../../utils/time';
import ComplaintDetailView from '../Complaints/components/ComplaintDetailView';
import FollowUpModal from './components/FollowUpModal';
import type { FollowUpItem } from './types';

interface WeekInfo {
  weekStart: string;
  weekEnd: string;
  pendingCount: number;
}

export default function WeeklyReviewPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  /** a day of the week shown; undefined: this week */
  const [week, setWeek] = useState<string | undefined>(undefined);
  const [info, setInfo] = useState<WeekInfo | null>(null);
  const [thisWeek, setThisWeek] = useState<string | null>(null);
  const [acting, setActing] = useState<FollowUpItem | null>(null);
  const [open, setOpen] = useState<FollowUpItem | null>(null);
  const actionRef = useRef<TableAction>(undefined);
  const params = useMemo(() => ({ projectId: pid, week }), [pid, week]);
  const current = week === undefined || info?.weekStart === thisWeek;

  const columns: ListColumn<FollowUpItem>[] = [
    {
      title: '投诉编码',
      dataIndex: 'code',
      width: 160,
      search: false,
      render: (_, r) => (
        <Typography.Link onClick={() => setOpen(r)} data-latin-ok data-testid="weekly-code">
          {r.code ?? '待评审'}
        </Typography.Link>
      ),
    },
    {
      title: '重要程度',
      dataIndex: 'importance',
      width: 90,
      search: false,
      render: (_, r) =>
        r.importance ? (
          <Tag color={r.importance === 'A' ? 'red' : r.importance === 'B' ? 'orange' : 'default'}>
            {COMPLAINT_IMPORTANCE_LABELS[r.importance as ComplaintImportance] ?? r.importance}
          </Tag>
        ) : (
          '—'
        ),
    },
    { title: '类别', dataIndex: 'title', width: 100, search: false, ellipsis: true },
    { title: '内容', dataIndex: 'summary', search: false, ellipsis: true },
    { title: '投诉人', dataIndex: 'person', width: 90, search: false },
    {
      title: '状态',
      dataIndex: 'status',
      width: 80,
      search: false,
      render: (_, r) => COMPLAINT_STATUS_LABELS[r.status as ComplaintStatus] ?? r.status,
    },
    { title: '受理时间', dataIndex: 'receivedAt', width: 120, search: false, render: (_, r) => formatShort(r.receivedAt, r.projectId) },
    {
      title: '回顾',
      dataIndex: 'last',
      width: 200,
      search: false,
      render: (_, r) =>
        r.done && r.last ? (
          <span data-testid="weekly-last">
            {formatShort(r.last.at, r.projectId)} {r.last.staffName} · {FOLLOW_UP_RESULT_LABELS[r.last.result]}
          </span>
        ) : (
          <Typography.Text type="secondary">未回顾</Typography.Text>
        ),
    },
    { title: '只看未回顾', dataIndex: 'pending', hideInTable: true, valueType: 'switch', initialValue: true },
    { title: '只看重大投诉', dataIndex: 'classA', hideInTable: true, valueType: 'switch' },
    {
      title: '操作',
      key: 'op',
      width: 100,
      fixed: 'right',
      search: false,
      render: (_, r) =>
        r.done ? (
          <Typography.Text type="secondary">已回顾</Typography.Text>
        ) : (
          <Button size="small" type="link" onClick={() => setActing(r)} data-testid="weekly-act">
            {r.important ? '深入回顾' : '记录回顾'}
          </Button>
        ),
    },
  ];

  return (
    <PageContainer title="每周回顾" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <Space style={{ marginBottom: 12 }} wrap>
        <Button
          icon={<LeftOutlined />}
          disabled={!info}
          onClick={() => info && setWeek(addCalendarDays(info.weekStart, -7))}
          data-testid="weekly-prev"
        >
          上一周
        </Button>
        <Typography.Text strong data-testid="weekly-range">
          {info ? `${info.weekStart} 至 ${info.weekEnd}` : '…'}
        </Typography.Text>
        <Button
          disabled={!info || current}
          onClick={() => info && setWeek(addCalendarDays(info.weekStart, 7))}
          data-testid="weekly-next"
        >
          下一周 <RightOutlined />
        </Button>
        <Button type="link" disabled={current} onClick={() => setWeek(undefined)} data-testid="weekly-this">
          回到本周
        </Button>
        {info && <Typography.Text type="secondary">本周还有 {info.pendingCount} 件未回顾</Typography.Text>}
      </Space>
      <KeysetTable<FollowUpItem>
        path="/api/v1/follow-ups/weekly"
        rowKey="id"
        actionRef={actionRef}
        headerTitle="本周受理或结案的投诉，逐件回顾；重大投诉深入回顾"
        columns={columns}
        params={params}
        emptyText="这一周的投诉都回顾完了"
        fetchPage={async (f, cursor) => {
          const page = await got(
            client.GET('/api/v1/follow-ups/weekly', {
              params: {
                query: {
                  projectId: pid,
                  week,
                  pending: f.pending === true ? true : undefined,
                  classA: f.classA === true ? true : undefined,
                  cursor: cursor ?? undefined,
                },
              },
            }),
          );
          setInfo({ weekStart: page.weekStart, weekEnd: page.weekEnd, pendingCount: page.pendingCount });
          if (week === undefined) setThisWeek(page.weekStart);
          return page;
        }}
      />
      {acting && (
        <FollowUpModal
          item={acting}
          kind="weekly"
          week={info?.weekStart ?? week}
          onClose={() => setActing(null)}
          onDone={() => {
            setActing(null);
            actionRef.current?.reload();
          }}
        />
      )}
      <Drawer title="投诉详情" open={!!open} width={860} onClose={() => setOpen(null)} destroyOnHidden>
        {open && <ComplaintDetailView key={open.id} id={open.id} onChanged={() => actionRef.current?.reload()} />}
      </Drawer>
    </PageContainer>
  );
}
