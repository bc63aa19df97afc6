/**
 * 收银台 (R-FEE-02): the project's bills, 待缴 first, by room and period; take a payment at the desk and print its
 * receipt — or tick several unpaid bills of one room and take them at once (合并收款: a receipt each, printed together). Amounts are what the bill owes (BillAmount: approved adjustments and today's late fee counted);
 * 调整 proposes a 减免 / 调增 (R-PAY-04), and the bill shows 调整中 (linking to 账单调整) until it is decided.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, DatePicker, Segmented, Space, Tag, Tooltip, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { DiffOutlined, MergeCellsOutlined, PayCircleOutlined, PrinterOutlined } from '@ant-design/icons';
import { ALL_BILL_KIND_LABELS, BILL_STATUS_LABELS, formatYuan, MAX_BILLS_PER_ORDER, type BillStatus } from '@wy/shared';
import { useAccess } from '../../auth';
import AdjustModal from '../../components/billing/AdjustModal';
import BillAmount from '../../components/billing/BillAmount';
import { BILL_STATUS_COLORS } from '../../components/billing/BillBlock';
import CollectModal from '../../components/billing/CollectModal';
import ReceiptModal from '../../components/billing/ReceiptModal';
import { useProject } from '../../project';
import { client, got } from '../../services/api';
import type { Bill, Receipt } from '../../services/models';
import { formatTime } from '../../utils/time';
import PageContainer from '../../components/PageContainer';
import RoomFilter from '../../components/RoomFilter';
import KeysetTable, { type TableAction } from '../../components/table/KeysetTable';
import type { ListColumn } from '../../components/table/DataTable';

type Filter = BillStatus | 'all';

export default function CashierPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const access = useAccess();
  const actionRef = useRef<TableAction>(undefined);
  const [status, setStatus] = useState<Filter>('unpaid');
  const [collecting, setCollecting] = useState<Bill[] | null>(null);
  const [receipts, setReceipts] = useState<Receipt[]>([]);
  /** ticked for 合并收款: unpaid bills, kept while the list's filters stay */
  const [ticked, setTicked] = useState<Bill[]>([]);
  const [receiptId, setReceiptId] = useState<number | null>(null);
  const [period, setPeriod] = useState<Dayjs | null>(null);
  const [roomId, setRoomId] = useState<number | undefined>();
  const [adjusting, setAdjusting] = useState<Bill | null>(null);
  const params = useMemo(
    () => ({ projectId: pid, status, period: period?.format('YYYY-MM'), roomId }),
    [pid, status, period, roomId],
  );
  // another list, another choice
  useEffect(() => setTicked([]), [params]);
  const tickedRooms = new Set(ticked.map((b) => b.roomId)).size;
  const mergeHint =
    ticked.length < 2
      ? '勾选同一房屋的两笔及以上待缴账单，一次收款'
      : tickedRooms > 1
        ? '合并收款只能选择同一房屋的账单'
        : ticked.length > MAX_BILLS_PER_ORDER
          ? `一次最多合并 ${MAX_BILLS_PER_ORDER} 笔`
          : undefined;

  const columns: ListColumn<Bill>[] = [
    { title: '房屋', dataIndex: 'roomLabel', width: 160 },
    {
      title: '收费项目',
      dataIndex: 'title',
      render: (_, b) => (
        <Space direction="vertical" size={0}>
          <span>{b.title}</span>
          <Space size={8}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {ALL_BILL_KIND_LABELS[b.kind as keyof typeof ALL_BILL_KIND_LABELS] ?? '其他'}
            </Typography.Text>
            {b.sourceType === 'repair' && access.serviceDesk && (
              <Link to={`/requests/${b.sourceId}`} style={{ fontSize: 12 }}>
                查看工单
              </Link>
            )}
          </Space>
        </Space>
      ),
    },
    {
      title: '金额',
      dataIndex: 'totalFen',
      width: 230,
      align: 'right',
      render: (_, b) => <BillAmount value={b} totalLabel={b.status === 'paid' ? '实收' : '应缴'} />,
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 110,
      render: (_, b) => (
        <Space direction="vertical" size={2}>
          <Tag color={BILL_STATUS_COLORS[b.status]}>{BILL_STATUS_LABELS[b.status]}</Tag>
          {b.pendingAdjustment ? (
            <Tooltip
              title={`${b.pendingAdjustment.line}（${b.pendingAdjustment.reason}），${b.pendingAdjustment.proposedByName} 提出`}
            >
              {access.billingAdjust ? (
                <Link to={`/bill-adjustments?billId=${b.id}`} data-testid="cashier-adjusting">
                  <Tag color="processing">调整中</Tag>
                </Link>
              ) : (
                <Tag color="processing" data-testid="cashier-adjusting">
                  调整中
                </Tag>
              )}
            </Tooltip>
          ) : null}
        </Space>
      ),
    },
    { title: '开单时间', dataIndex: 'createdAt', width: 150, render: (_, b) => formatTime(b.createdAt) },
    { title: '缴费时间', dataIndex: 'paidAt', width: 150, render: (_, b) => formatTime(b.paidAt) },
    { title: '收据号', dataIndex: 'receiptNo', width: 170, render: (_, b) => b.receiptNo ?? '—' },
    {
      title: '操作',
      key: 'op',
      width: 180,
      fixed: 'right',
      render: (_, b) =>
        b.status === 'unpaid' ? (
          <Space size={8}>
            <Button
              type="primary"
              size="small"
              icon={<PayCircleOutlined />}
              onClick={() => setCollecting([b])}
              data-testid="cashier-collect"
            >
              收款
            </Button>
            {access.billingAdjust && (
              <Tooltip title={b.pendingAdjustment ? '已有一笔调整在等待审批' : undefined}>
                <Button
                  size="small"
                  icon={<DiffOutlined />}
                  disabled={!!b.pendingAdjustment}
                  onClick={() => setAdjusting(b)}
                  data-testid="cashier-adjust"
                >
                  调整
                </Button>
              </Tooltip>
            )}
          </Space>
        ) : b.status === 'paid' && b.paymentId ? (
          <Button size="small" icon={<PrinterOutlined />} onClick={() => setReceiptId(b.paymentId)} data-testid="cashier-receipt">
            打印收据
          </Button>
        ) : null,
    },
  ];

  return (
    <PageContainer title="收银台" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <KeysetTable<Bill>
        path="/api/v1/bills"
        rowKey="id"
        actionRef={actionRef}
        headerTitle={
          <Space size={16} wrap>
            <Segmented<Filter>
              value={status}
              onChange={setStatus}
              data-testid="cashier-status"
              options={[
                { value: 'unpaid', label: '待缴' },
                { value: 'paid', label: '已缴' },
                { value: 'all', label: '全部' },
              ]}
            />
            <DatePicker picker="month" placeholder="全部账期" value={period} onChange={setPeriod} data-testid="cashier-period" />
            <RoomFilter projectId={pid} value={roomId} onChange={setRoomId} testId="cashier-room" />
          </Space>
        }
        columns={columns}
        params={params}
        rowSelection={{
          // one room's bills are ticked, never a whole page (and no select-all checkbox inside antd's hidden measure row)
          hideSelectAll: true,
          selectedRowKeys: ticked.map((b) => b.id),
          preserveSelectedRowKeys: true,
          onChange: (_, rows) => setTicked(rows.filter(Boolean)),
          getCheckboxProps: (b) => ({ disabled: b.status !== 'unpaid', 'aria-label': `选择 ${b.roomLabel} ${b.title}` }),
        }}
        toolBarRender={() => [
          <Tooltip key="merge" title={mergeHint}>
            <Button
              icon={<MergeCellsOutlined />}
              disabled={!!mergeHint}
              onClick={() => setCollecting(ticked)}
              data-testid="cashier-merge"
            >
              {ticked.length >= 2
                ? `合并收款（${ticked.length} 笔 · ${formatYuan(ticked.reduce((a, b) => a + b.totalFen, 0))}）`
                : '合并收款'}
            </Button>
          </Tooltip>,
        ]}
        search={false}
        fetchPage={(f, cursor) =>
          got(
            client.GET('/api/v1/bills', {
              params: {
                query: {
                  projectId: pid,
                  status: f.status === 'all' ? undefined : (f.status as BillStatus),
                  period: f.period as string | undefined,
                  roomId: f.roomId as number | undefined,
                  cursor: cursor ?? undefined,
                },
              },
            }),
          )
        }
        onRow={(b) => ({ 'data-testid': 'bill-row', 'data-bill-id': b.id }) as React.HTMLAttributes<HTMLElement>}
        scroll={{ x: 1400 }}
        emptyText={status === 'unpaid' ? '没有待缴的账单' : status === 'paid' ? '暂无已缴账单' : '暂无账单'}
      />
      <CollectModal
        bills={collecting}
        payerName={collecting?.length === 1 ? collecting[0]!.payerName : undefined}
        onClose={() => setCollecting(null)}
        onPaid={(rs) => {
          setCollecting(null);
          setTicked([]);
          setReceipts(rs);
          setReceiptId(rs[0]?.paymentId ?? null);
          actionRef.current?.reload();
        }}
      />
      <AdjustModal
        bill={adjusting}
        onClose={() => setAdjusting(null)}
        onDone={() => {
          setAdjusting(null);
          actionRef.current?.reload();
        }}
      />
      <ReceiptModal paymentId={receiptId} receipt={receipts[0]} receipts={receipts} onClose={() => setReceiptId(null)} />
    </PageContainer>
  );
}
