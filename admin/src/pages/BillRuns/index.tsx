/**
 * 账单生成 (R-FEE-04): pick a month → 预览 (what the run would add per fee item, the bills already there, rooms
 * of metered items still without a reading) → 确认生成 after a confirmation saying what will happen. A room,
 * item and month is billed once, so running again is safe and says it added nothing. The run history shows
 * each month's status, bills, total, runs and who ran it. 一次性收费 charges a one-off item to one room.
 */
import { useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { Alert, Button, Card, DatePicker, Descriptions, Modal, Space, Table, Tag, Typography, type ButtonProps } from 'antd';
import { ModalForm, ProFormDependency, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import { EyeOutlined, PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { FEE_BASIS_LABELS, formatYuan, parseYuan, type FeeBasis } from '@wy/shared';
import type { components } from '@wy/shared/api';
import { useProject } from '../../project';
import { $api, errorText, showSuccess, useRefresh } from '../../services/api';
import { formatTime, projectToday } from '../../utils/time';
import PageContainer from '../../components/PageContainer';
import RoomSelect from '../../components/RoomSelect';
import DataTable, { type ListColumn } from '../../components/table/DataTable';

type Preview = components['schemas']['BillRunPreviewDto'];
type Run = components['schemas']['BillRunDto'];

function OneOffForm({ projectId, open, onClose }: { projectId: number; open: boolean; onClose: () => void }) {
  const items = $api.useQuery('get', '/api/v1/fee-items', { params: { query: { projectId } } });
  const oneOff = (items.data?.items ?? []).filter((f) => (f.basis as FeeBasis) === 'one_off' && f.active);
  const charge = $api.useMutation('post', '/api/v1/bills/one-off');
  const [problem, setProblem] = useState<string | null>(null);
  const period = projectToday(projectId).slice(0, 7);
  return (
    <ModalForm<{ roomId: number; feeItemId: number; amount?: string; note?: string }>
      title="一次性收费"
      open={open}
      width={560}
      grid
      rowProps={{ gutter: 16 }}
      modalProps={{ destroyOnHidden: true, onCancel: onClose, okText: '生成账单', cancelText: '取消' } as object}
      submitter={{ searchConfig: { submitText: '生成账单', resetText: '取消' } }}
      onFinish={async (v) => {
        setProblem(null);
        try {
          await charge.mutateAsync({
            body: {
              roomId: v.roomId,
              feeItemId: v.feeItemId,
              period,
              amountFen: v.amount?.trim() ? parseYuan(v.amount) : undefined,
              note: v.note?.trim() || undefined,
            },
          });
        } catch (e) {
          setProblem(errorText(e));
          return false;
        }
        showSuccess('已生成账单，业主可在小程序缴纳，也可在收银台收款');
        onClose();
        return true;
      }}
    >
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16, width: '100%' }} />}
      <RoomSelect projectId={projectId} />
      <ProFormSelect
        name="feeItemId"
        label="收费项目"
        colProps={{ span: 12 }}
        options={oneOff.map((f) => ({ value: f.id, label: `${f.name}${f.unitFen ? `（${formatYuan(f.unitFen)}）` : ''}` }))}
        fieldProps={{ notFoundContent: '没有启用的一次性收费项目' }}
        rules={[{ required: true, message: '请选择收费项目' }]}
      />
      <ProFormDependency name={['feeItemId']}>
        {({ feeItemId }) => {
          const f = oneOff.find((x) => x.id === feeItemId);
          return (
            <ProFormText
              name="amount"
              label="金额（元）"
              colProps={{ span: 12 }}
              placeholder={f?.unitFen ? `不填按 ${formatYuan(f.unitFen)}` : '请填写金额'}
              rules={[
                {
                  validator: async (_: unknown, v?: string) => {
                    if (!v?.trim()) {
                      if (f && !f.unitFen) throw new Error('请填写金额');
                      return;
                    }
                    if (parseYuan(v) <= 0) throw new Error('金额必须大于 0');
                  },
                },
              ]}
            />
          );
        }}
      </ProFormDependency>
      <ProFormText
        name="note"
        label="说明"
        colProps={{ span: 24 }}
        placeholder="如 装修垃圾清运 3 车"
        fieldProps={{ maxLength: 60 }}
      />
      <Typography.Text type="secondary">账期为本月（{period}），同一房屋同一项目每月只收一次。</Typography.Text>
    </ModalForm>
  );
}

function PreviewCard({ p, onRun, running }: { p: Preview; onRun: () => void; running: boolean }) {
  const columns = [
    { title: '收费项目', dataIndex: 'feeItemName' },
    { title: '计费方式', dataIndex: 'basis', render: (b: string) => FEE_BASIS_LABELS[b as FeeBasis] ?? b },
    { title: '将生成账单', dataIndex: 'bills', align: 'right' as const, render: (n: number) => `${n} 张` },
    { title: '金额合计', dataIndex: 'amountFen', align: 'right' as const, render: (f: number) => formatYuan(f) },
  ];
  return (
    <Card size="small" title={`${p.period} 账单预览`} style={{ marginBottom: 16 }} data-testid="run-preview">
      <Descriptions size="small" column={3} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="将新增账单">
          <Typography.Text strong data-testid="preview-bills">
            {p.bills} 张
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="金额合计">
          <Typography.Text strong data-testid="preview-amount">
            {formatYuan(p.amountFen)}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="本期已有账单">{p.existingBills} 张（不会重复生成）</Descriptions.Item>
      </Descriptions>
      {p.missingReadings > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="preview-missing"
          message={`按表计量的项目中，有 ${p.missingReadings} 户本期还没有抄表`}
          description="这些房屋本次不会生成水电等计量账单；抄表后再次生成即可补上，已生成的不会重复。"
        />
      )}
      <Table
        rowKey="feeItemId"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={p.lines}
        locale={{ emptyText: '本期没有需要新增的账单' }}
      />
      <Space style={{ marginTop: 12 }}>
        <Button type="primary" icon={<ThunderboltOutlined />} loading={running} onClick={onRun} data-testid="run-confirm">
          确认生成
        </Button>
      </Space>
    </Card>
  );
}

export default function BillRunsPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const thisMonth = projectToday(pid).slice(0, 7);
  const [month, setMonth] = useState<Dayjs>(() => dayjs(thisMonth + '-01'));
  const period = month.format('YYYY-MM');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [oneOff, setOneOff] = useState(false);
  const runs = $api.useQuery('get', '/api/v1/bill-runs', { params: { query: { projectId: pid } } });
  const doPreview = $api.useMutation('post', '/api/v1/bill-runs/preview');
  const doRun = $api.useMutation('post', '/api/v1/bill-runs');
  const refresh = useRefresh();

  const look = () => doPreview.mutate({ body: { projectId: pid, period } }, { onSuccess: (p) => setPreview(p) });

  const run = () => {
    if (!preview) return;
    Modal.confirm({
      title: `生成 ${preview.period} 的账单？`,
      content: (
        <>
          <p>
            将为本项目新增 <b>{preview.bills}</b> 张账单，合计 <b>{formatYuan(preview.amountFen)}</b>
            ，生成后业主即可在小程序看到并缴费。
          </p>
          <p>已生成的 {preview.existingBills} 张账单不会重复生成。账单生成后不能删除，如有差错请做账单调整。</p>
          {preview.missingReadings > 0 && <p>还有 {preview.missingReadings} 户未抄表，这些房屋的计量费用本次不生成。</p>}
        </>
      ),
      okText: '确认生成',
      cancelText: '取消',
      okButtonProps: { 'data-testid': 'run-confirm-ok' } as ButtonProps,
      onOk: () =>
        doRun.mutateAsync({ body: { projectId: pid, period: preview.period } }).then(async (r) => {
          showSuccess(
            r.addedNow > 0
              ? `已生成 ${r.addedNow} 张账单（${r.period} 共 ${r.billsCreated} 张，${formatYuan(r.amountFen)}）`
              : `${r.period} 的账单都已生成，本次新增 0 张`,
          );
          setPreview(null);
          await refresh('/api/v1/bill-runs', '/api/v1/bills');
        }),
    });
  };

  const columns: ListColumn<Run>[] = [
    { title: '账期', dataIndex: 'period', width: 100 },
    {
      title: '状态',
      dataIndex: 'status',
      width: 100,
      render: (_, r) => (r.status === 'done' ? <Tag color="green">已完成</Tag> : <Tag color="blue">生成中</Tag>),
    },
    { title: '账单数', dataIndex: 'billsCreated', width: 100, align: 'right', render: (_, r) => `${r.billsCreated} 张` },
    { title: '金额合计', dataIndex: 'amountFen', width: 140, align: 'right', render: (_, r) => formatYuan(r.amountFen) },
    { title: '生成次数', dataIndex: 'runs', width: 90, align: 'right' },
    { title: '最近操作人', dataIndex: 'startedByName', width: 120 },
    { title: '最近生成时间', dataIndex: 'startedAt', width: 160, render: (_, r) => formatTime(r.startedAt, pid) },
    { title: '完成时间', dataIndex: 'finishedAt', width: 160, render: (_, r) => formatTime(r.finishedAt, pid) },
  ];

  return (
    <PageContainer
      title="账单生成"
      subTitle={project ? `${project.code} ${project.name}` : undefined}
      extra={[
        <Button key="one-off" icon={<PlusOutlined />} onClick={() => setOneOff(true)} data-testid="one-off-open">
          一次性收费
        </Button>,
      ]}
    >
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          <span>账期</span>
          <DatePicker
            picker="month"
            allowClear={false}
            value={month}
            onChange={(v) => {
              if (v) setMonth(v);
              setPreview(null);
            }}
            disabledDate={(d) => d.format('YYYY-MM') > thisMonth}
            aria-label="账期"
            data-testid="run-period"
          />
          <Button icon={<EyeOutlined />} loading={doPreview.isPending} onClick={look} data-testid="run-preview-btn">
            预览
          </Button>
          <Typography.Text type="secondary">
            按启用的收费项目为每户生成本月账单；计量项目按本月抄表。先预览，确认后再生成；重复生成不会重复出账。
          </Typography.Text>
        </Space>
      </Card>
      {preview && <PreviewCard p={preview} onRun={run} running={doRun.isPending} />}
      <DataTable<Run>
        rowKey="id"
        headerTitle="生成记录"
        columns={columns}
        dataSource={runs.data?.items ?? []}
        loading={runs.isLoading}
        error={runs.error}
        onReload={() => void runs.refetch()}
        pagination={false}
        onRow={(r) => ({ 'data-testid': 'run-row', 'data-period': r.period }) as React.HTMLAttributes<HTMLElement>}
        emptyText="还没有生成过账单"
        scroll={{ x: 1000 }}
      />
      <OneOffForm projectId={pid} open={oneOff} onClose={() => setOneOff(false)} />
    </PageContainer>
  );
}
