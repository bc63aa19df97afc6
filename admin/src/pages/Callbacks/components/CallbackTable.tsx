/**
 * The callback queue: one row per callback waiting, its deadline beside the order number, the phone to call and the
 * owner's own rating next, the form under it (at 1280 px all of these are on screen; 单号 stays fixed). Paged on
 * the server, soonest due first; the tab (all, due soon, late) is a server filter.
 */
import { useState } from 'react';
import type { ReactNode, Ref } from 'react';
import { Space, Tag, Typography } from 'antd';
import { SATISFACTION_LABELS, type Satisfaction } from '@wy/shared';
import PhoneReveal from '../../../components/srv/PhoneReveal';
import { client, got } from '../../../services/api';
import type { CallbackItem } from '../../../services/models';
import { formatTime } from '../../../utils/time';
import { dueText } from '../../../utils/srv';
import type { ListColumn } from '../../../components/table/DataTable';
import KeysetTable, { type TableAction } from '../../../components/table/KeysetTable';
import CallbackForm from './CallbackForm';

export type Due = 'all' | 'soon' | 'overdue';

const keyOf = (r: CallbackItem) => `${r.requestId}-${r.kind}`;

export default function CallbackTable({
  projectId,
  due,
  actionRef,
  title,
  onOpen,
  onDone,
  onReload,
}: {
  projectId: number;
  /** the tab: a server filter */
  due: Due;
  actionRef?: Ref<TableAction | undefined>;
  /** above the rows: the queue's tabs */
  title: ReactNode;
  onOpen: (requestId: number) => void;
  onDone: () => void;
  /** 刷新 also runs this (the tab counts) */
  onReload: () => void;
}) {
  const [collapsed, setCollapsed] = useState<string[]>([]);
  const columns: ListColumn<CallbackItem>[] = [
    {
      title: '单号',
      dataIndex: 'code',
      width: 170,
      fixed: 'left',
      render: (_, r) => (
        <Space size={4} wrap>
          <Typography.Link onClick={() => onOpen(r.requestId)}>{r.code}</Typography.Link>
          {r.kind === 'second_callback' && <Tag color="magenta">二次回访</Tag>}
        </Space>
      ),
    },
    {
      title: '回访期限',
      dataIndex: 'dueAt',
      width: 150,
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <span style={{ whiteSpace: 'nowrap' }}>{formatTime(r.dueAt)}</span>
          <Typography.Text type={r.overdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
            {dueText(r.dueAt)}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '客户',
      dataIndex: 'requesterName',
      width: 210,
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <span>{r.requesterName}</span>
          <PhoneReveal requestId={r.requestId} masked={r.phoneMasked} />
        </Space>
      ),
    },
    {
      title: '业主自评',
      dataIndex: 'ownerSatisfaction',
      width: 100,
      render: (_, r) =>
        r.ownerSatisfaction ? (
          <Tag color="blue" data-testid="owner-rating">
            {SATISFACTION_LABELS[r.ownerSatisfaction as Satisfaction]}
          </Tag>
        ) : (
          <Typography.Text type="secondary" data-testid="owner-rating">
            未评价
          </Typography.Text>
        ),
    },
    { title: '类别', dataIndex: 'categoryName', width: 110 },
    { title: '房屋', dataIndex: 'roomLabel', width: 130, render: (_, r) => r.roomLabel ?? '公共区域' },
    { title: '完工时间', dataIndex: 'finishedAt', width: 140, render: (_, r) => formatTime(r.finishedAt) },
  ];
  return (
    <KeysetTable<CallbackItem>
      path="/api/v1/callbacks"
      params={{ projectId, due }}
      search={false}
      actionRef={actionRef}
      onReload={onReload}
      fetchPage={(_, cursor) =>
        got(client.GET('/api/v1/callbacks', { params: { query: { projectId, due, cursor: cursor ?? undefined } } }))
      }
      rowKey={keyOf}
      headerTitle={title}
      columns={columns}
      scroll={{ x: 1010 }}
      rowClassName={(r) => (r.overdue ? 'wy-row-overdue' : '')}
      onRow={(r) => ({ 'data-testid': 'callback-row', 'data-code': r.code }) as React.HTMLAttributes<HTMLElement>}
      emptyText="没有待回访的工单"
      data-testid="callback-table"
      expandable={(items) => ({
        expandedRowRender: (r) => <CallbackForm item={r} onDone={onDone} />,
        expandedRowKeys: items.map(keyOf).filter((k) => !collapsed.includes(k)),
        onExpand: (open, r) => setCollapsed((c) => (open ? c.filter((k) => k !== keyOf(r)) : [...c, keyOf(r)])),
      })}
    />
  );
}
