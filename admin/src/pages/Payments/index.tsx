/**
 * 收款记录 (R-FEE-02): every payment of the project — at the desk and online — by day range, method and
 * refund (R-PAY-04: refunded or partly refunded payments carry a tag and the amount that went back), the
 * range's totals on top, newest first with server paging; a receipt can be printed again from its row.
 */
import { useMemo, useRef, useState } from 'react';
import { DatePicker, Select, Space, Statistic, Tag, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import {
  formatYuan,
  PAYMENT_METHOD_LABELS,
  PAYMENT_METHODS,
  PAYMENT_REFUND_FILTER_LABELS,
  PAYMENT_REFUND_FILTERS,
  PAYMENT_REFUND_STATE_LABELS,
  type PaymentMethod,
  type PaymentRefundFilter,
} from '@wy/shared';
import { paymentColumns } from '../../components/billing/paymentColumns';
import ReceiptModal from '../../components/billing/ReceiptModal';
import RefundRequestModal from '../../components/billing/RefundRequestModal';
import { useAccess } from '../../auth';
import { useProject } from '../../project';
import { client, got } from '../../services/api';
import type { PaymentRow } from '../../services/models';
import dayjs from 'dayjs';
import { useLinkedFilters } from '../../utils/linkedFilters';
import { pickerNow } from '../../utils/time';
import PageContainer from '../../components/PageContainer';
import KeysetTable, { type TableAction } from '../../components/table/KeysetTable';
import type { ListColumn } from '../../components/table/DataTable';

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

export default function PaymentsPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  // 工作台's takings cards open this page on their day and method (?from=&to=&method=)
  const linked = useLinkedFilters();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => {
    const [from, to] = [linked.date('from'), linked.date('to')];
    return from && to && from <= to ? [dayjs(from), dayjs(to)] : [pickerNow(pid), pickerNow(pid)];
  });
  const [method, setMethod] = useState<PaymentMethod | undefined>(() => linked.oneOf('method', PAYMENT_METHODS));
  const [refund, setRefund] = useState<PaymentRefundFilter | undefined>(() => linked.oneOf('refund', PAYMENT_REFUND_FILTERS));
  const [sum, setSum] = useState<{ totalFen: number; refundedFen: number; count: number } | null>(null);
  const [receiptId, setReceiptId] = useState<number | null>(null);
  const [refunding, setRefunding] = useState<PaymentRow | null>(null);
  const mayRefund = useAccess().billingRefund;
  const table = useRef<TableAction>(undefined);
  const params = useMemo(
    () => ({ projectId: pid, from: day(range[0]), to: day(range[1]), method, refund }),
    [pid, range, method, refund],
  );

  const columns: ListColumn<PaymentRow>[] = [
    ...paymentColumns(pid),
    {
      title: '退款',
      dataIndex: 'refundState',
      width: 130,
      render: (_, x) =>
        x.refundState === 'none' ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Space direction="vertical" size={0} data-testid="payment-refunded">
            <Tag color={x.refundState === 'full' ? 'red' : 'orange'}>{PAYMENT_REFUND_STATE_LABELS[x.refundState]}</Tag>
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              退 {formatYuan(x.refundedFen)}
            </Typography.Text>
          </Space>
        ),
    },
    { title: '缴款人', dataIndex: 'payerName', width: 100 },
    { title: '收款人', dataIndex: 'receivedByName', width: 100 },
    {
      title: '操作',
      key: 'op',
      width: mayRefund ? 180 : 110,
      fixed: 'right',
      valueType: 'option',
      render: (_, x) => (
        <Space size={12}>
          <Typography.Link onClick={() => setReceiptId(x.id)} data-testid="payment-receipt">
            <PrinterOutlined /> 打印收据
          </Typography.Link>
          {mayRefund && x.refundState === 'none' ? (
            <Typography.Link onClick={() => setRefunding(x)} data-testid="payment-refund">
              申请退款
            </Typography.Link>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <PageContainer title="收款记录" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <KeysetTable<PaymentRow>
        path="/api/v1/payments"
        rowKey="id"
        headerTitle={
          <Space size={16} wrap>
            <DatePicker.RangePicker
              allowClear={false}
              value={range}
              onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
              disabledDate={(d) => d.isAfter(pickerNow(pid), 'day')}
              data-testid="payments-range"
            />
            <Select<PaymentMethod>
              allowClear
              placeholder="全部收款方式"
              aria-label="收款方式"
              style={{ width: 160 }}
              value={method}
              onChange={setMethod}
              options={PAYMENT_METHODS.map((m) => ({ value: m, label: PAYMENT_METHOD_LABELS[m] }))}
              data-testid="payments-method"
            />
            <Select<PaymentRefundFilter>
              allowClear
              placeholder="全部退款情况"
              aria-label="退款情况"
              style={{ width: 140 }}
              value={refund}
              onChange={setRefund}
              options={PAYMENT_REFUND_FILTERS.map((m) => ({ value: m, label: PAYMENT_REFUND_FILTER_LABELS[m] }))}
              data-testid="payments-refund"
            />
            {sum ? (
              <Space size={24} data-testid="payments-sum">
                <Statistic title="合计" value={formatYuan(sum.totalFen)} valueStyle={{ fontSize: 18 }} />
                {sum.refundedFen > 0 ? (
                  <Statistic
                    title="其中已退款"
                    value={formatYuan(sum.refundedFen)}
                    valueStyle={{ fontSize: 18, color: '#cf1322' }}
                  />
                ) : null}
                <Statistic title="笔数" value={sum.count} valueStyle={{ fontSize: 18 }} />
              </Space>
            ) : null}
          </Space>
        }
        columns={columns}
        actionRef={table}
        params={params}
        search={false}
        fetchPage={async (f, cursor) => {
          const page = await got(
            client.GET('/api/v1/payments', {
              params: {
                query: {
                  projectId: pid,
                  from: f.from as string,
                  to: f.to as string,
                  method: f.method as PaymentMethod | undefined,
                  refund: f.refund as PaymentRefundFilter | undefined,
                  cursor: cursor ?? undefined,
                },
              },
            }),
          );
          setSum({ totalFen: page.totalFen, refundedFen: page.refundedFen, count: page.count });
          return page;
        }}
        onRow={(x) => ({ 'data-testid': 'payment-row', 'data-payment-id': x.id }) as React.HTMLAttributes<HTMLElement>}
        scroll={{ x: 1330 }}
        emptyText="所选日期内没有收款"
      />
      <ReceiptModal paymentId={receiptId} receipt={null} onClose={() => setReceiptId(null)} />
      <RefundRequestModal
        payment={refunding}
        projectId={pid}
        onClose={() => setRefunding(null)}
        onDone={() => {
          setRefunding(null);
          table.current?.reload();
        }}
      />
    </PageContainer>
  );
}
