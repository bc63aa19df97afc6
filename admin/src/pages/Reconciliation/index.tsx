/**
 * 微信支付对账 (R-PAY-03) for 财务: "did today's money arrive". Pick a day (China time) and 对账: WeChat Pay's
 * trade bill for it is downloaded and matched against the payments credited here; the day's totals on both
 * sides, and every difference — 微信有、本系统无 / 本系统有、微信无 / 金额不一致 — listed until a rerun finds it
 * gone or finance resolves it with a note.
 */
import { useRef, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Modal,
  Row,
  Segmented,
  Space,
  Statistic,
  Tag,
  Typography,
  type ButtonProps,
} from 'antd';
import { SyncOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import {
  formatYuan,
  localDate,
  RECON_DIFF_KIND_LABELS,
  RECON_DIFF_STATUS_LABELS,
  RECON_DIFF_STATUSES,
  type ReconDiffKind,
  type ReconDiffStatus,
} from '@wy/shared';
import { $api, client, got, showSuccess } from '../../services/api';
import type { ReconDay, ReconDiff } from '../../services/models';
import { useLinkedFilters } from '../../utils/linkedFilters';
import { formatTime } from '../../utils/time';
import PageContainer from '../../components/PageContainer';
import KeysetTable, { type TableAction } from '../../components/table/KeysetTable';
import type { ListColumn } from '../../components/table/DataTable';
import ReasonField from '../../components/ReasonField';

const CHINA = 'Asia/Shanghai';
const KIND_COLOR: Record<ReconDiffKind, string> = {
  missing_here: 'red',
  missing_there: 'orange',
  amount_differs: 'magenta',
  refund_unknown: 'volcano',
  refund_unlisted: 'gold',
  refund_differs: 'purple',
};
const money = (fen: number | null) => (fen === null ? '—' : formatYuan(fen));

function ResolveModal({ target, onClose, onDone }: { target: ReconDiff | null; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<{ note: string }>();
  const resolve = $api.useMutation('post', '/api/v1/reconciliation-differences/{id}/resolve');
  return (
    <Modal
      title={target ? `处理差异 · ${target.outRefundNo ?? target.outTradeNo}` : ''}
      open={!!target}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="确认已处理"
      cancelText="取消"
      okButtonProps={{ loading: resolve.isPending, 'data-testid': 'recon-resolve-submit' } as ButtonProps}
      maskClosable={false}
      destroyOnHidden
    >
      {target && (
        <>
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            message={`${RECON_DIFF_KIND_LABELS[target.kind as ReconDiffKind]}：微信 ${money(target.providerFen)}，本系统 ${money(target.ourFen)}`}
            description="请先核实并处理（如补记收款、联系微信支付），再写明处理结果；处理后不能撤回。"
          />
          <Form
            form={form}
            layout="vertical"
            preserve={false}
            onFinish={({ note }) =>
              resolve.mutate(
                { params: { path: { id: target.id } }, body: { note: note.trim() } },
                {
                  onSuccess: () => {
                    showSuccess(`已处理：${target.outRefundNo ?? target.outTradeNo}`);
                    onDone();
                  },
                },
              )
            }
          >
            <ReasonField
              name="note"
              label="处理说明"
              required
              message="请写明处理结果（至少 2 个字）"
              placeholder="如：他人误付，已原路退回"
              testId="recon-resolve-note"
            />
          </Form>
        </>
      )}
    </Modal>
  );
}

function DaySummary({ day }: { day: ReconDay }) {
  const ok = day.openDifferences === 0;
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="recon-summary">
      <Row gutter={24} align="middle">
        <Col>
          <Statistic
            title="微信账单"
            value={`${day.providerCount} 笔 · ${formatYuan(day.providerFen)}`}
            valueStyle={{ fontSize: 18 }}
          />
        </Col>
        <Col>
          <Statistic title="本系统收款" value={`${day.ourCount} 笔 · ${formatYuan(day.ourFen)}`} valueStyle={{ fontSize: 18 }} />
        </Col>
        <Col>
          <Statistic
            title="微信退款"
            value={`${day.providerRefundCount} 笔 · ${formatYuan(day.providerRefundFen)}`}
            valueStyle={{ fontSize: 18 }}
          />
        </Col>
        <Col>
          <Statistic
            title="本系统退款"
            value={`${day.ourRefundCount} 笔 · ${formatYuan(day.ourRefundFen)}`}
            valueStyle={{ fontSize: 18 }}
          />
        </Col>
        <Col>
          <Statistic
            title="待处理差异"
            value={day.openDifferences}
            valueStyle={{ fontSize: 18, color: ok ? '#389e0d' : '#cf1322' }}
            suffix={ok ? <Tag color="green">账实相符</Tag> : null}
          />
        </Col>
        <Col flex="auto" style={{ textAlign: 'right' }}>
          <Typography.Text type="secondary">
            {day.billDate} · 第 {day.runs} 次对账 · {day.runByName} {formatTime(day.runAt)}
          </Typography.Text>
        </Col>
      </Row>
    </Card>
  );
}

export default function ReconciliationPage() {
  const today = localDate(new Date(), CHINA);
  // 工作台's 昨日对账 card opens this page on its day with the open differences (?date=&status=open)
  const linked = useLinkedFilters();
  const [date, setDate] = useState<Dayjs>(() => dayjs(linked.date('date') ?? today));
  const [day, setDay] = useState<ReconDay | null>(null);
  const [filter, setFilter] = useState<ReconDiffStatus | 'all'>(
    () => linked.oneOf('status', [...RECON_DIFF_STATUSES, 'all'] as const) ?? 'open',
  );
  const [resolving, setResolving] = useState<ReconDiff | null>(null);
  const table = useRef<TableAction>(undefined);
  const run = $api.useMutation('post', '/api/v1/reconciliations');
  const billDate = date.format('YYYY-MM-DD');

  const reconcile = () =>
    run.mutate(
      { body: { billDate } },
      {
        onSuccess: (d) => {
          setDay(d);
          showSuccess(d.openDifferences ? `对账完成：${d.openDifferences} 条差异待处理` : '对账完成：账实相符');
          table.current?.reload();
        },
      },
    );

  const columns: ListColumn<ReconDiff>[] = [
    { title: '对账日期', dataIndex: 'billDate', width: 110 },
    {
      title: '差异类型',
      dataIndex: 'kind',
      width: 150,
      render: (_, x) => (
        <Tag color={KIND_COLOR[x.kind as ReconDiffKind]}>{RECON_DIFF_KIND_LABELS[x.kind as ReconDiffKind] ?? x.kind}</Tag>
      ),
    },
    {
      title: '商户订单号 / 退款单号',
      dataIndex: 'outTradeNo',
      width: 250,
      render: (_, x) => (
        <Space direction="vertical" size={0}>
          <span>{x.outTradeNo}</span>
          {x.outRefundNo ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              退款单 {x.outRefundNo}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    { title: '微信金额', dataIndex: 'providerFen', width: 110, align: 'right', render: (_, x) => money(x.providerFen) },
    { title: '本系统金额', dataIndex: 'ourFen', width: 110, align: 'right', render: (_, x) => money(x.ourFen) },
    {
      title: '状态',
      dataIndex: 'status',
      render: (_, x) => (
        <Space direction="vertical" size={0}>
          <Tag color={x.status === 'open' ? 'red' : 'green'} data-testid="recon-diff-status">
            {RECON_DIFF_STATUS_LABELS[x.status as ReconDiffStatus] ?? x.status}
          </Tag>
          {x.resolution ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {x.resolvedByName}：{x.resolution}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: '操作',
      key: 'op',
      width: 90,
      fixed: 'right',
      valueType: 'option',
      render: (_, x) =>
        x.status === 'open' ? (
          <Typography.Link onClick={() => setResolving(x)} data-testid="recon-resolve">
            处理
          </Typography.Link>
        ) : null,
    },
  ];

  return (
    <PageContainer title="微信支付对账" subTitle="按中国时间的自然日，与微信支付交易账单逐笔核对">
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          <DatePicker
            allowClear={false}
            value={date}
            onChange={(v) => v && setDate(v)}
            disabledDate={(d) => d.format('YYYY-MM-DD') > today}
            data-testid="recon-date"
          />
          <Button type="primary" icon={<SyncOutlined />} loading={run.isPending} onClick={reconcile} data-testid="recon-run">
            对账
          </Button>
          <Typography.Text type="secondary">
            微信支付次日 10 点后提供前一日账单；可重复对账，已处理的差异保持不变。
          </Typography.Text>
        </Space>
      </Card>
      {day ? <DaySummary day={day} /> : null}
      <KeysetTable<ReconDiff>
        path="/api/v1/reconciliation-differences"
        rowKey="id"
        headerTitle={
          <Segmented<ReconDiffStatus | 'all'>
            value={filter}
            onChange={setFilter}
            data-testid="recon-filter"
            options={[
              { value: 'open', label: '待处理' },
              { value: 'resolved', label: '已处理' },
              { value: 'all', label: '全部' },
            ]}
          />
        }
        columns={columns}
        actionRef={table}
        params={{ status: filter === 'all' ? undefined : filter }}
        search={false}
        fetchPage={(f, cursor) =>
          got(
            client.GET('/api/v1/reconciliation-differences', {
              params: { query: { status: f.status as ReconDiffStatus | undefined, cursor: cursor ?? undefined } },
            }),
          )
        }
        onRow={(x) => ({ 'data-testid': 'recon-diff-row', 'data-diff-id': x.id }) as React.HTMLAttributes<HTMLElement>}
        scroll={{ x: 1000 }}
        emptyText={filter === 'open' ? '没有待处理的差异' : '暂无差异记录'}
      />
      <ResolveModal
        target={resolving}
        onClose={() => setResolving(null)}
        onDone={() => {
          setResolving(null);
          table.current?.reload();
        }}
      />
    </PageContainer>
  );
}
