/**
 * The cashier's side (R-FEE-06): their desk payments of a business day not handed over yet, with count and
 * totals per method, and 生成交款单 for them. Days left behind are named with a link to them. The day is the
 * project's (the API's today, whatever the browser's zone).
 */
import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, Input, Modal, Skeleton, Space, Statistic, Typography } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { formatYuan, PAYMENT_METHOD_LABELS, type PaymentMethod } from '@wy/shared';
import { paymentColumns } from '../../../components/billing/paymentColumns';
import Loaded from '../../../components/Loaded';
import DataTable, { type ListColumn } from '../../../components/table/DataTable';
import { $api, showSuccess, useRefresh } from '../../../services/api';
import type { HandoverDetail, PaymentRow, PendingHandover } from '../../../services/models';

const methodLabel = (m: string) => PAYMENT_METHOD_LABELS[m as PaymentMethod] ?? m;
const md = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

function CreateModal({
  pending,
  projectId,
  open,
  onClose,
  onDone,
}: {
  pending: PendingHandover;
  projectId: number;
  open: boolean;
  onClose: () => void;
  onDone: (h: HandoverDetail) => void;
}) {
  const [form] = Form.useForm<{ note?: string }>();
  const create = $api.useMutation('post', '/api/v1/cash-handovers');
  const submit = ({ note }: { note?: string }) =>
    create.mutate(
      {
        body: {
          projectId,
          businessDay: pending.businessDay,
          paymentIds: pending.items.map((x) => x.id),
          ...(note?.trim() ? { note: note.trim() } : {}),
        },
      },
      { onSuccess: onDone },
    );
  return (
    <Modal
      title={`生成交款单 · ${pending.businessDay}`}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="确认移交"
      cancelText="取消"
      okButtonProps={{ loading: create.isPending, 'data-testid': 'handover-create-submit' } as never}
      maskClosable={false}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message={`共 ${pending.count} 笔，合计 ${formatYuan(pending.totalFen)}，其中现金 ${formatYuan(pending.cashFen)}`}
        description="请将现金连同打印的交款单交财务清点；财务确认后交款单不能再修改，确认前可撤回。"
      />
      <Form form={form} layout="vertical" preserve={false} onFinish={submit}>
        <Form.Item name="note" label="备注">
          <Input.TextArea rows={2} maxLength={200} showCount placeholder="可不填" data-testid="handover-create-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function PendingPanel({ projectId, onCreated }: { projectId: number; onCreated: (id: number) => void }) {
  const [day, setDay] = useState<string | undefined>(undefined);
  const [creating, setCreating] = useState(false);
  const refresh = useRefresh();
  const q = $api.useQuery('get', '/api/v1/cash-handovers/pending', { params: { query: { projectId, day } } });

  const columns: ListColumn<PaymentRow>[] = [
    ...paymentColumns(projectId, 150),
    { title: '缴款人', dataIndex: 'payerName', width: 110 },
  ];

  return (
    <Loaded query={q} skeleton={<Skeleton active paragraph={{ rows: 8 }} />}>
      {(p) => (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          {p.otherDays.length > 0 && (
            <Alert
              type="warning"
              showIcon
              data-testid="handover-other-days"
              message="还有其他营业日的收款未移交"
              description={
                <Space size={16} wrap>
                  {p.otherDays.map((d) => (
                    <Typography.Link key={d.day} onClick={() => setDay(d.day)}>
                      {md(d.day)}：{d.count} 笔 {formatYuan(d.totalFen)}
                    </Typography.Link>
                  ))}
                </Space>
              }
            />
          )}
          <Card size="small">
            <Space size={32} wrap align="center" style={{ width: '100%', justifyContent: 'space-between' }}>
              <Space size={32} wrap data-testid="handover-pending-sum">
                <Space direction="vertical" size={4}>
                  <Typography.Text type="secondary">营业日</Typography.Text>
                  <DatePicker
                    allowClear={false}
                    value={dayjs(p.businessDay)}
                    onChange={(v) => v && setDay(v.format('YYYY-MM-DD'))}
                    disabledDate={(d) => d.format('YYYY-MM-DD') > p.today}
                    data-testid="handover-day-picker"
                  />
                </Space>
                <Statistic title="待移交笔数" value={p.count} />
                <Statistic title="合计" value={formatYuan(p.totalFen)} />
                <Statistic title="其中现金" value={formatYuan(p.cashFen)} />
                {p.byMethod
                  .filter((m) => m.method !== 'cash')
                  .map((m) => (
                    <Statistic key={m.method} title={`${methodLabel(m.method)}（${m.count} 笔）`} value={formatYuan(m.fen)} />
                  ))}
              </Space>
              <Button
                type="primary"
                icon={<SendOutlined />}
                disabled={p.count === 0}
                onClick={() => setCreating(true)}
                data-testid="handover-create"
              >
                生成交款单
              </Button>
            </Space>
          </Card>
          <DataTable<PaymentRow>
            rowKey="id"
            headerTitle={`${md(p.businessDay)}待移交的收款`}
            columns={columns}
            dataSource={p.items}
            pagination={false}
            onReload={() => void q.refetch()}
            loading={q.isFetching}
            onRow={(x) =>
              ({ 'data-testid': 'handover-pending-row', 'data-payment-id': x.id }) as React.HTMLAttributes<HTMLElement>
            }
            scroll={{ x: 1000 }}
            emptyText={p.businessDay === p.today ? '今天的收款都已移交' : '该营业日的收款都已移交'}
          />
          <CreateModal
            pending={p}
            projectId={projectId}
            open={creating}
            onClose={() => setCreating(false)}
            onDone={(h) => {
              setCreating(false);
              showSuccess(`已生成交款单 ${h.code}，请打印后连同现金交财务`);
              void refresh('/api/v1/cash-handovers/pending', '/api/v1/cash-handovers');
              onCreated(h.id);
            }}
          />
        </Space>
      )}
    </Loaded>
  );
}
