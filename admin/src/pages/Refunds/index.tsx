/**
 * 退款审批 (R-PAY-04): the project's refund requests, newest first with server paging. Another person than
 * the one who asked approves (the money then goes back through WeChat Pay, or at the desk) or rejects with a
 * reason. Paid bills and receipts never change; a refund that reopens the charge issues a new bill.
 */
import { useRef, useState } from 'react';
import { Segmented, Space, Tag, Typography } from 'antd';
import {
  formatYuan,
  PAYMENT_METHOD_LABELS,
  REFUND_STATUS_LABELS,
  REFUND_STATUSES,
  type PaymentMethod,
  type RefundStatus,
} from '@wy/shared';
import { useAuth } from '../../auth';
import { useProject } from '../../project';
import { $api, client, got, showSuccess } from '../../services/api';
import type { Refund } from '../../services/models';
import { useLinkedFilters } from '../../utils/linkedFilters';
import { formatTime } from '../../utils/time';
import DecideModal, { DecideActions } from '../../components/DecideModal';
import PageContainer from '../../components/PageContainer';
import KeysetTable, { type TableAction } from '../../components/table/KeysetTable';
import type { ListColumn } from '../../components/table/DataTable';

type Filter = RefundStatus | 'all';
const COLOR: Record<RefundStatus, string> = {
  requested: 'orange',
  processing: 'blue',
  succeeded: 'green',
  rejected: 'default',
  failed: 'red',
};

function DecideRefund({
  target,
  projectId,
  onClose,
  onDone,
}: {
  target: { x: Refund; approve: boolean } | null;
  projectId: number;
  onClose: () => void;
  onDone: () => void;
}) {
  const approveIt = $api.useMutation('post', '/api/v1/refunds/{id}/approve');
  const rejectIt = $api.useMutation('post', '/api/v1/refunds/{id}/reject');
  const approve = target?.approve ?? true;
  const submit = (note: string | undefined) => {
    if (!target) return;
    const path = { params: { path: { id: target.x.id } } };
    const done = {
      onSuccess: (r: Refund) => {
        showSuccess(
          `${approve ? '已批准' : '已驳回'}：${target.x.receiptNo} 退款${approve ? `，${REFUND_STATUS_LABELS[r.status as RefundStatus]}` : ''}`,
        );
        onDone();
      },
    };
    if (approve) approveIt.mutate({ ...path, body: note ? { note } : {} }, done);
    else rejectIt.mutate({ ...path, body: { note: note ?? '' } }, done);
  };
  const x = target?.x;
  return (
    <DecideModal
      approve={target ? target.approve : null}
      title={x ? `${approve ? '批准' : '驳回'}退款 · ${x.receiptNo}` : ''}
      summary={x ? `${x.roomLabel} · ${x.title} · 退款 ${formatYuan(x.amountFen)}` : null}
      consequence={
        approve
          ? x?.method === 'wechat_pay'
            ? '批准后立即经微信支付原路退回，不能撤回。'
            : '批准后请当面将款项退还业主，不能撤回。'
          : '驳回后不退款，申请人可补充原因后重新申请。'
      }
      asked={{
        label: '申请原因',
        reason: x?.reason ?? '',
        by: x?.requestedByName ?? '',
        at: x ? formatTime(x.requestedAt, projectId) : '',
      }}
      extra={x?.reopen ? <Typography.Paragraph>退款后将重新出账，业主仍需缴纳该笔费用。</Typography.Paragraph> : null}
      okText={approve ? '确认退款' : '确认驳回'}
      rejectPlaceholder="如：金额无误，不予退款"
      testId="refund-decide"
      pending={approveIt.isPending || rejectIt.isPending}
      onClose={onClose}
      onSubmit={submit}
    />
  );
}

export default function RefundsPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const { me } = useAuth();
  // 工作台's 待审批退款 card opens the waiting ones (?status=requested)
  const linked = useLinkedFilters();
  const [filter, setFilter] = useState<Filter>(() => linked.oneOf('status', [...REFUND_STATUSES, 'all'] as const) ?? 'requested');
  const [deciding, setDeciding] = useState<{ x: Refund; approve: boolean } | null>(null);
  const table = useRef<TableAction>(undefined);

  const columns: ListColumn<Refund>[] = [
    { title: '申请时间', dataIndex: 'requestedAt', width: 150, render: (_, x) => formatTime(x.requestedAt, pid) },
    { title: '收据号', dataIndex: 'receiptNo', width: 170 },
    { title: '房屋', dataIndex: 'roomLabel', width: 150 },
    {
      title: '收费项目',
      dataIndex: 'title',
      render: (_, x) => (
        <Space direction="vertical" size={0}>
          <span>{x.title}</span>
          {x.reopen ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              退款后重新出账
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: '退款金额',
      dataIndex: 'amountFen',
      width: 110,
      align: 'right',
      render: (_, x) => <Typography.Text strong>{formatYuan(x.amountFen)}</Typography.Text>,
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 150,
      render: (_, x) => (
        <Space direction="vertical" size={0}>
          <Tag color={COLOR[x.status as RefundStatus]} data-testid="refund-status">
            {REFUND_STATUS_LABELS[x.status as RefundStatus] ?? x.status}
          </Tag>
          {x.decidedByName ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {x.decidedByName} {x.decisionNote ? `：${x.decisionNote}` : ''}
            </Typography.Text>
          ) : null}
          {x.status === 'processing' && x.lastError ? (
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              {x.lastError}（系统将自动重试）
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: '原因',
      dataIndex: 'reason',
      width: 200,
      render: (_, x) => (
        <Space direction="vertical" size={0}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{x.reason}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            申请人 {x.requestedByName}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '原收款方式',
      dataIndex: 'method',
      width: 120,
      render: (_, x) => PAYMENT_METHOD_LABELS[x.method as PaymentMethod] ?? x.method,
    },
    {
      title: '操作',
      key: 'op',
      width: 130,
      fixed: 'right',
      valueType: 'option',
      render: (_, x) => {
        if (x.status !== 'requested') return null;
        return (
          <DecideActions
            own={x.requestedById === me?.id}
            ownHint="退款须由申请人以外的人审批"
            approveText="批准"
            testId="refund"
            onDecide={(approve) => setDeciding({ x, approve })}
          />
        );
      },
    },
  ];

  return (
    <PageContainer title="退款审批" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <KeysetTable<Refund>
        path="/api/v1/refunds"
        rowKey="id"
        headerTitle={
          <Segmented<Filter>
            value={filter}
            onChange={setFilter}
            data-testid="refunds-filter"
            options={[
              ...REFUND_STATUSES.map((s) => ({ value: s as Filter, label: REFUND_STATUS_LABELS[s] })),
              { value: 'all', label: '全部' },
            ]}
          />
        }
        columns={columns}
        actionRef={table}
        params={{ projectId: pid, status: filter === 'all' ? undefined : filter }}
        search={false}
        fetchPage={(f, cursor) =>
          got(
            client.GET('/api/v1/refunds', {
              params: { query: { projectId: pid, status: f.status as RefundStatus | undefined, cursor: cursor ?? undefined } },
            }),
          )
        }
        onRow={(x) => ({ 'data-testid': 'refund-row', 'data-refund-id': x.id }) as React.HTMLAttributes<HTMLElement>}
        scroll={{ x: 1200 }}
        emptyText={filter === 'requested' ? '没有待审批的退款申请' : '暂无退款记录'}
      />
      <DecideRefund
        target={deciding}
        projectId={pid}
        onClose={() => setDeciding(null)}
        onDone={() => {
          setDeciding(null);
          table.current?.reload();
        }}
      />
    </PageContainer>
  );
}
