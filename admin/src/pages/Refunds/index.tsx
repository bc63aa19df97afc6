/**
 * 退款审批 (R-PAY-04): the project's refund requests, newest first with server paging. Another person than
 * the one who asked approves (the money then goes back through WeChat Pay, or at the desk) or rejects with a
 * reason. Paid bills and receipts never change; a refund that reopens the charge issues a new bill.
 */
import { useRef, useState } from 'react';
import { Alert, Form, Input, Modal, Segmented, Space, Tag, Tooltip, Typography, type ButtonProps } from 'antd';
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
import { formatTime } from '../../utils/time';
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

function DecideModal({
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
  const [form] = Form.useForm<{ note?: string }>();
  const approveIt = $api.useMutation('post', '/api/v1/refunds/{id}/approve');
  const rejectIt = $api.useMutation('post', '/api/v1/refunds/{id}/reject');
  const approve = target?.approve ?? true;
  const submit = ({ note }: { note?: string }) => {
    if (!target) return;
    const n = note?.trim();
    const path = { params: { path: { id: target.x.id } } };
    const done = {
      onSuccess: (r: Refund) => {
        showSuccess(
          `${approve ? '已批准' : '已驳回'}：${target.x.receiptNo} 退款${approve ? `，${REFUND_STATUS_LABELS[r.status as RefundStatus]}` : ''}`,
        );
        onDone();
      },
    };
    if (approve) approveIt.mutate({ ...path, body: n ? { note: n } : {} }, done);
    else rejectIt.mutate({ ...path, body: { note: n ?? '' } }, done);
  };
  return (
    <Modal
      title={target ? `${approve ? '批准' : '驳回'}退款 · ${target.x.receiptNo}` : ''}
      open={!!target}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={approve ? '确认退款' : '确认驳回'}
      cancelText="取消"
      okButtonProps={
        {
          loading: approveIt.isPending || rejectIt.isPending,
          danger: approve,
          'data-testid': 'refund-decide-submit',
        } as ButtonProps
      }
      maskClosable={false}
      destroyOnHidden
    >
      {target && (
        <>
          <Alert
            type={approve ? 'warning' : 'info'}
            showIcon
            style={{ marginBottom: 16 }}
            message={`${target.x.roomLabel} · ${target.x.title} · 退款 ${formatYuan(target.x.amountFen)}`}
            description={
              approve
                ? target.x.method === 'wechat_pay'
                  ? '批准后立即经微信支付原路退回，不能撤回。'
                  : '批准后请当面将款项退还业主，不能撤回。'
                : '驳回后不退款，申请人可补充原因后重新申请。'
            }
          />
          <Typography.Paragraph>
            <Typography.Text type="secondary">申请原因：</Typography.Text>
            {target.x.reason}（{target.x.requestedByName} 于 {formatTime(target.x.requestedAt, projectId)}）
          </Typography.Paragraph>
          {target.x.reopen ? <Typography.Paragraph>退款后将重新出账，业主仍需缴纳该笔费用。</Typography.Paragraph> : null}
          <Form form={form} layout="vertical" preserve={false} onFinish={submit}>
            <Form.Item
              name="note"
              label={approve ? '审批意见' : '驳回原因'}
              rules={approve ? [] : [{ required: true, whitespace: true, min: 2, message: '驳回请写明原因（至少 2 个字）' }]}
            >
              <Input.TextArea
                rows={3}
                maxLength={200}
                showCount
                placeholder={approve ? '可不填' : '如：金额无误，不予退款'}
                data-testid="refund-decide-note"
              />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}

export default function RefundsPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const { me } = useAuth();
  const [filter, setFilter] = useState<Filter>('requested');
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
        if (x.requestedById === me?.id)
          return (
            <Tooltip title="退款须由申请人以外的人审批">
              <Typography.Text type="secondary">待他人审批</Typography.Text>
            </Tooltip>
          );
        return (
          <Space size={12}>
            <Typography.Link onClick={() => setDeciding({ x, approve: true })} data-testid="refund-approve">
              批准
            </Typography.Link>
            <Typography.Link type="danger" onClick={() => setDeciding({ x, approve: false })} data-testid="refund-reject">
              驳回
            </Typography.Link>
          </Space>
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
      <DecideModal
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
