/**
 * 现金移交 (R-FEE-06). The cashier: the day's desk payments not handed over yet, with totals per method,
 * 生成交款单 and its print (交款单 / 收费日报, A4). Finance: the queue of 交款单 to confirm, filtered by business
 * day, cashier and status with server paging; confirm the cash counted or record a shortfall with a reason —
 * never one's own. A cashier sees their own 交款单 and may withdraw one finance has not confirmed.
 */
import { useMemo, useRef, useState } from 'react';
import { DatePicker, Segmented, Select, Space, Tabs, Tag, Tooltip, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { CASH_HANDOVER_STATUS_LABELS, CASH_HANDOVER_STATUSES, formatYuan, type CashHandoverStatus } from '@wy/shared';
import { useAccess } from '../../auth';
import { useProject } from '../../project';
import { $api, client, got, showSuccess } from '../../services/api';
import type { Handover } from '../../services/models';
import { confirmThen } from '../../utils/confirm';
import { useLinkedFilters } from '../../utils/linkedFilters';
import { formatTime } from '../../utils/time';
import PageContainer from '../../components/PageContainer';
import KeysetTable, { type TableAction } from '../../components/table/KeysetTable';
import type { ListColumn } from '../../components/table/DataTable';
import ConfirmModal from './components/ConfirmModal';
import HandoverModal from './components/HandoverModal';
import PendingPanel from './components/PendingPanel';

type Filter = CashHandoverStatus | 'all';
const COLOR: Record<CashHandoverStatus, string> = { submitted: 'orange', confirmed: 'green', short: 'red', withdrawn: 'default' };
const day = (d: Dayjs) => d.format('YYYY-MM-DD');

export default function CashHandoverPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const finance = useAccess().billingHandoverConfirm;
  // 工作台's 待确认交款单 card opens the list of submitted ones (?tab=list&status=submitted)
  const linked = useLinkedFilters();
  const [tab, setTab] = useState<'pending' | 'list'>(
    () => linked.oneOf('tab', ['pending', 'list'] as const) ?? (finance ? 'list' : 'pending'),
  );
  const [status, setStatus] = useState<Filter>(
    () => linked.oneOf('status', [...CASH_HANDOVER_STATUSES, 'all'] as const) ?? (finance ? 'submitted' : 'all'),
  );
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [cashierId, setCashierId] = useState<number | undefined>(undefined);
  const [cashiers, setCashiers] = useState<{ id: number; name: string }[]>([]);
  const [viewing, setViewing] = useState<number | null>(null);
  const [confirming, setConfirming] = useState<Handover | null>(null);
  const table = useRef<TableAction>(undefined);
  const withdraw = $api.useMutation('post', '/api/v1/cash-handovers/{id}/withdraw');
  const params = useMemo(
    () => ({
      projectId: pid,
      status: status === 'all' ? undefined : status,
      from: range ? day(range[0]) : undefined,
      to: range ? day(range[1]) : undefined,
      cashierId,
    }),
    [pid, status, range, cashierId],
  );

  const columns: ListColumn<Handover>[] = [
    { title: '交款单号', dataIndex: 'code', width: 170 },
    { title: '营业日', dataIndex: 'businessDay', width: 110 },
    { title: '收款员', dataIndex: 'cashierName', width: 110 },
    { title: '笔数', dataIndex: 'paymentCount', width: 70, align: 'right' },
    {
      title: '合计',
      dataIndex: 'totalFen',
      width: 120,
      align: 'right',
      render: (_, h) => <Typography.Text strong>{formatYuan(h.totalFen)}</Typography.Text>,
    },
    { title: '其中现金', dataIndex: 'cashFen', width: 120, align: 'right', render: (_, h) => formatYuan(h.cashFen) },
    {
      title: '状态',
      dataIndex: 'status',
      width: 200,
      render: (_, h) => (
        <Space direction="vertical" size={0}>
          <Tag color={COLOR[h.status as CashHandoverStatus]} data-testid="handover-status">
            {CASH_HANDOVER_STATUS_LABELS[h.status as CashHandoverStatus] ?? h.status}
            {h.status === 'short' && h.shortFen ? ` ${formatYuan(h.shortFen)}` : ''}
          </Tag>
          {h.confirmedByName ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {h.confirmedByName} {h.confirmedAt ? formatTime(h.confirmedAt, pid) : ''}
              {h.confirmNote ? `：${h.confirmNote}` : ''}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    { title: '交款时间', dataIndex: 'createdAt', width: 150, render: (_, h) => formatTime(h.createdAt, pid) },
    {
      title: '操作',
      key: 'op',
      width: 190,
      fixed: 'right',
      valueType: 'option',
      render: (_, h) => (
        <Space size={12}>
          <Typography.Link onClick={() => setViewing(h.id)} data-testid="handover-view">
            <PrinterOutlined /> 查看打印
          </Typography.Link>
          {h.mayConfirm ? (
            <Typography.Link onClick={() => setConfirming(h)} data-testid="handover-confirm">
              确认收款
            </Typography.Link>
          ) : null}
          {h.status === 'submitted' && finance && !h.mayConfirm ? (
            <Tooltip title="交款单须由其他财务人员确认">
              <Typography.Text type="secondary">待他人确认</Typography.Text>
            </Tooltip>
          ) : null}
          {h.mayWithdraw ? (
            <Typography.Link
              type="danger"
              data-testid="handover-withdraw"
              onClick={() =>
                confirmThen('撤回交款单', `撤回后交款单 ${h.code} 作废，其中的收款回到待移交，可重新生成交款单。`, () =>
                  withdraw
                    .mutateAsync({ params: { path: { id: h.id } } })
                    .then(() => {
                      showSuccess(`已撤回交款单 ${h.code}`);
                      table.current?.reload();
                    })
                    .catch(() => undefined),
                )
              }
            >
              撤回
            </Typography.Link>
          ) : null}
        </Space>
      ),
    },
  ];

  const list = (
    <KeysetTable<Handover>
      path="/api/v1/cash-handovers"
      rowKey="id"
      actionRef={table}
      headerTitle={
        <Space size={16} wrap>
          <Segmented<Filter>
            value={status}
            onChange={setStatus}
            data-testid="handover-status-filter"
            options={[
              ...CASH_HANDOVER_STATUSES.map((s) => ({ value: s as Filter, label: CASH_HANDOVER_STATUS_LABELS[s] })),
              { value: 'all', label: '全部' },
            ]}
          />
          <DatePicker.RangePicker
            value={range}
            onChange={(v) => setRange(v?.[0] && v[1] ? [v[0], v[1]] : null)}
            placeholder={['营业日起', '营业日止']}
            data-testid="handover-range"
          />
          {finance ? (
            <Select<number>
              allowClear
              placeholder="全部收款员"
              aria-label="收款员"
              style={{ width: 160 }}
              value={cashierId}
              onChange={setCashierId}
              options={cashiers.map((c) => ({ value: c.id, label: c.name }))}
              data-testid="handover-cashier"
            />
          ) : null}
        </Space>
      }
      columns={columns}
      params={params}
      search={false}
      fetchPage={async (f, cursor) => {
        const page = await got(
          client.GET('/api/v1/cash-handovers', {
            params: {
              query: {
                projectId: pid,
                status: f.status as CashHandoverStatus | undefined,
                from: f.from as string | undefined,
                to: f.to as string | undefined,
                cashierId: f.cashierId as number | undefined,
                cursor: cursor ?? undefined,
              },
            },
          }),
        );
        setCashiers(page.cashiers);
        return page;
      }}
      onRow={(h) => ({ 'data-testid': 'handover-row', 'data-handover-id': h.id }) as React.HTMLAttributes<HTMLElement>}
      scroll={{ x: 1300 }}
      emptyText={status === 'submitted' ? '没有待确认的交款单' : '暂无交款单'}
    />
  );

  return (
    <PageContainer title="现金移交" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as 'pending' | 'list')}
        items={[
          {
            key: 'pending',
            label: <span data-testid="handover-tab-pending">待移交收款</span>,
            children: (
              <PendingPanel
                projectId={pid}
                onCreated={(id) => {
                  setViewing(id);
                  table.current?.reload();
                }}
              />
            ),
          },
          {
            key: 'list',
            label: <span data-testid="handover-tab-list">{finance ? '交款单' : '我的交款单'}</span>,
            children: list,
          },
        ]}
      />
      <HandoverModal id={viewing} onClose={() => setViewing(null)} />
      <ConfirmModal
        target={confirming}
        onClose={() => setConfirming(null)}
        onDone={() => {
          setConfirming(null);
          table.current?.reload();
        }}
      />
    </PageContainer>
  );
}
