/**
 * 开票申请: owners' requests for a fapiao for paid bills, newest first with server paging, by status, the day
 * asked (project zone) and "refunded after asking". Finance records the invoice number and date (today in the
 * project's zone unless changed) or rejects with a reason the owner reads. A refund of an invoiced bill shows
 * 已退款 · 需红冲: the invoice must be reversed with a red-letter invoice outside this system.
 */
import { useMemo, useRef, useState } from 'react';
import { Alert, Checkbox, DatePicker, Form, Input, Modal, Segmented, Space, Tag, Typography, type ButtonProps } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  formatYuan,
  INVOICE_NUMBER_PATTERN,
  INVOICE_STATUS_LABELS,
  INVOICE_STATUSES,
  INVOICE_TITLE_TYPE_LABELS,
  type InvoiceStatus,
  type InvoiceTitleType,
} from '@wy/shared';
import { useProject } from '../../project';
import { $api, client, got, showSuccess } from '../../services/api';
import type { InvoiceRequest } from '../../services/models';
import { formatTime, pickerNow } from '../../utils/time';
import PageContainer from '../../components/PageContainer';
import KeysetTable, { type TableAction } from '../../components/table/KeysetTable';
import type { ListColumn } from '../../components/table/DataTable';
import ReasonField from '../../components/ReasonField';

type Filter = InvoiceStatus | 'all';
const COLOR: Record<InvoiceStatus, string> = { pending: 'orange', issued: 'green', rejected: 'red', withdrawn: 'default' };
const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/** What the request covers, in one line for the modals. */
const summary = (x: InvoiceRequest) => `${x.applicantName} · ${x.title} · ${x.lines.length} 笔 · ${formatYuan(x.amountFen)}`;

function IssueModal({
  target,
  projectId,
  onClose,
  onDone,
}: {
  target: InvoiceRequest | null;
  projectId: number;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<{ invoiceNo: string; invoiceDate: Dayjs }>();
  const issue = $api.useMutation('post', '/api/v1/invoice-requests/{id}/issue');
  const submit = (v: { invoiceNo: string; invoiceDate: Dayjs }) => {
    if (!target) return;
    issue.mutate(
      { params: { path: { id: target.id } }, body: { invoiceNo: v.invoiceNo.trim(), invoiceDate: day(v.invoiceDate) } },
      {
        onSuccess: (r) => {
          showSuccess(`已开票：发票号码 ${r.invoiceNo}`);
          onDone();
        },
      },
    );
  };
  return (
    <Modal
      title="登记开票"
      open={!!target}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="确认已开票"
      cancelText="取消"
      okButtonProps={{ loading: issue.isPending, 'data-testid': 'invoice-issue-submit' } as ButtonProps}
      maskClosable={false}
      destroyOnHidden
    >
      {target && (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            message={summary(target)}
            description="登记后业主即可在小程序看到发票号码和开票日期，登记后不能修改。请按抬头、税号开具后再登记。"
          />
          <Form
            form={form}
            layout="vertical"
            preserve={false}
            onFinish={submit}
            initialValues={{ invoiceDate: pickerNow(projectId) }}
          >
            <Form.Item
              name="invoiceNo"
              label="发票号码"
              rules={[
                { required: true, whitespace: true, message: '请填写发票号码' },
                { pattern: INVOICE_NUMBER_PATTERN, message: '发票号码应为8到20位数字' },
              ]}
            >
              <Input maxLength={20} inputMode="numeric" placeholder="8到20位数字" data-testid="invoice-no" />
            </Form.Item>
            <Form.Item name="invoiceDate" label="开票日期" rules={[{ required: true, message: '请选择开票日期' }]}>
              <DatePicker
                allowClear={false}
                disabledDate={(d) => d.isAfter(pickerNow(projectId), 'day')}
                data-testid="invoice-date"
              />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}

function RejectModal({ target, onClose, onDone }: { target: InvoiceRequest | null; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const reject = $api.useMutation('post', '/api/v1/invoice-requests/{id}/reject');
  const submit = ({ reason }: { reason: string }) => {
    if (!target) return;
    reject.mutate(
      { params: { path: { id: target.id } }, body: { reason: reason.trim() } },
      {
        onSuccess: () => {
          showSuccess('已驳回开票申请');
          onDone();
        },
      },
    );
  };
  return (
    <Modal
      title="驳回开票申请"
      open={!!target}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="确认驳回"
      cancelText="取消"
      okButtonProps={{ loading: reject.isPending, danger: true, 'data-testid': 'invoice-reject-submit' } as ButtonProps}
      maskClosable={false}
      destroyOnHidden
    >
      {target && (
        <>
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            message={summary(target)}
            description="驳回后业主会看到原因，可修改后重新申请。驳回不能撤回。"
          />
          <Form form={form} layout="vertical" preserve={false} onFinish={submit}>
            <ReasonField
              name="reason"
              label="驳回原因"
              required
              message="请写明驳回原因（至少 2 个字）"
              placeholder="如：税号与单位名称不符"
              testId="invoice-reject-reason"
            />
          </Form>
        </>
      )}
    </Modal>
  );
}

export default function InvoicesPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const [filter, setFilter] = useState<Filter>('pending');
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [refunded, setRefunded] = useState(false);
  const [pendingCount, setPendingCount] = useState<number | null>(null);
  const [issuing, setIssuing] = useState<InvoiceRequest | null>(null);
  const [rejecting, setRejecting] = useState<InvoiceRequest | null>(null);
  const table = useRef<TableAction>(undefined);
  const params = useMemo(
    () => ({
      projectId: pid,
      status: filter === 'all' ? undefined : filter,
      from: range ? day(range[0]) : undefined,
      to: range ? day(range[1]) : undefined,
      refunded: refunded || undefined,
    }),
    [pid, filter, range, refunded],
  );

  const columns: ListColumn<InvoiceRequest>[] = [
    { title: '申请时间', dataIndex: 'createdAt', width: 150, render: (_, x) => formatTime(x.createdAt, pid) },
    { title: '申请人', dataIndex: 'applicantName', width: 100 },
    {
      title: '发票抬头',
      dataIndex: 'title',
      width: 240,
      render: (_, x) => (
        <Space direction="vertical" size={0}>
          <span>
            <Tag>{INVOICE_TITLE_TYPE_LABELS[x.titleType as InvoiceTitleType] ?? x.titleType}</Tag>
            {x.title}
          </span>
          {x.taxNo ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              税号 <span data-latin-ok>{x.taxNo}</span>
            </Typography.Text>
          ) : null}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            邮箱 <span data-latin-ok>{x.email}</span>
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '开票账单',
      dataIndex: 'lines',
      render: (_, x) => (
        <Space direction="vertical" size={0}>
          {x.lines.map((l) => (
            <span key={l.billId}>
              {l.roomLabel} · {l.title} · {formatYuan(l.fen)}
            </span>
          ))}
        </Space>
      ),
    },
    {
      title: '金额',
      dataIndex: 'amountFen',
      width: 110,
      align: 'right',
      render: (_, x) => <Typography.Text strong>{formatYuan(x.amountFen)}</Typography.Text>,
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 200,
      render: (_, x) => (
        <Space direction="vertical" size={0}>
          <span>
            <Tag color={COLOR[x.status as InvoiceStatus]} data-testid="invoice-status">
              {INVOICE_STATUS_LABELS[x.status as InvoiceStatus] ?? x.status}
            </Tag>
            {x.refundedFen > 0 ? (
              <Tag color="red" data-testid="invoice-refunded">
                {x.needsReversal ? '已退款 · 需红冲' : '已退款'}
              </Tag>
            ) : null}
          </span>
          {x.status === 'issued' ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              发票号码 {x.invoiceNo}，{x.invoiceDate} 开具（{x.decidedByName}）
            </Typography.Text>
          ) : null}
          {x.status === 'rejected' ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {x.decidedByName}：{x.rejectReason}
            </Typography.Text>
          ) : null}
          {x.refundedFen > 0 ? (
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              申请后退款 {formatYuan(x.refundedFen)}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: '操作',
      key: 'op',
      width: 130,
      fixed: 'right',
      valueType: 'option',
      render: (_, x) =>
        x.status === 'pending' ? (
          <Space size={12}>
            <Typography.Link onClick={() => setIssuing(x)} data-testid="invoice-issue">
              登记开票
            </Typography.Link>
            <Typography.Link type="danger" onClick={() => setRejecting(x)} data-testid="invoice-reject">
              驳回
            </Typography.Link>
          </Space>
        ) : null,
    },
  ];

  const done = () => {
    setIssuing(null);
    setRejecting(null);
    table.current?.reload();
  };
  return (
    <PageContainer title="开票申请" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <KeysetTable<InvoiceRequest>
        path="/api/v1/invoice-requests"
        rowKey="id"
        headerTitle={
          <Space size={16} wrap>
            <Segmented<Filter>
              value={filter}
              onChange={setFilter}
              data-testid="invoices-filter"
              options={[
                ...INVOICE_STATUSES.map((s) => ({
                  value: s as Filter,
                  label:
                    s === 'pending' && pendingCount ? `${INVOICE_STATUS_LABELS[s]}（${pendingCount}）` : INVOICE_STATUS_LABELS[s],
                })),
                { value: 'all', label: '全部' },
              ]}
            />
            <DatePicker.RangePicker
              value={range}
              onChange={(v) => setRange(v?.[0] && v[1] ? [v[0], v[1]] : null)}
              disabledDate={(d) => d.isAfter(pickerNow(pid), 'day')}
              placeholder={['申请开始日期', '申请结束日期']}
              data-testid="invoices-range"
            />
            <Checkbox checked={refunded} onChange={(e) => setRefunded(e.target.checked)} data-testid="invoices-refunded">
              只看申请后退款的
            </Checkbox>
          </Space>
        }
        columns={columns}
        actionRef={table}
        params={params}
        search={false}
        fetchPage={async (f, cursor) => {
          const page = await got(
            client.GET('/api/v1/invoice-requests', {
              params: {
                query: {
                  projectId: pid,
                  status: f.status as InvoiceStatus | undefined,
                  from: f.from as string | undefined,
                  to: f.to as string | undefined,
                  refunded: f.refunded as boolean | undefined,
                  cursor: cursor ?? undefined,
                },
              },
            }),
          );
          setPendingCount(page.pendingCount);
          return page;
        }}
        onRow={(x) => ({ 'data-testid': 'invoice-row', 'data-invoice-id': x.id }) as React.HTMLAttributes<HTMLElement>}
        scroll={{ x: 1250 }}
        emptyText={filter === 'pending' ? '没有待开票的申请' : '暂无开票申请'}
      />
      <IssueModal target={issuing} projectId={pid} onClose={() => setIssuing(null)} onDone={done} />
      <RejectModal target={rejecting} onClose={() => setRejecting(null)} onDone={done} />
    </PageContainer>
  );
}
