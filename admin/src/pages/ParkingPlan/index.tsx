/**
 * 停车方案 (R-PRK-01): the parking-use plan as the owners' assembly decided it — when and by which
 * resolution, the process, the prices per kind of space and term, and the documents each kind asks for —
 * as owners read it in the mini-program, printable for the lobby. Those who configure parking edit and
 * publish it (publishing replaces the prices).
 */
import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Descriptions, Form, Input, Modal, Select, Space, Table, Typography } from 'antd';
import { EditOutlined, MinusCircleOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import {
  PARKING_TERMS,
  PARKING_TERM_LABELS,
  RENTABLE_SPACE_KINDS,
  fenToYuanString,
  formatYuan,
  parseYuan,
  type ParkingTerm,
  type RentableSpaceKind,
} from '@wy/shared';
import { useAccess } from '../../auth';
import { useProject } from '../../project';
import { $api, ApiError, showSuccess, useRefresh } from '../../services/api';
import PageContainer from '../../components/PageContainer';
import PrintDialog from '../../components/PrintDialog';
import { formatTime, pickerNow } from '../../utils/time';
import { kindLabel } from '../Parking/display';
import type { ParkingPlan } from '../Parking/types';

function PlanDoc({ plan }: { plan: ParkingPlan }) {
  return (
    <div style={{ padding: 16, lineHeight: 1.9 }} data-testid="plan-doc">
      <h2 style={{ textAlign: 'center' }}>{plan.title}</h2>
      <p>
        本方案经{plan.projectName}业主大会于 {plan.approvedOn} 表决通过（{plan.approvalDocument}）。
      </p>
      <h3>收费标准</h3>
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            {['车位类型', '租期', '价格'].map((h) => (
              <th key={h} style={{ border: '1px solid #999', padding: 4 }}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {plan.prices.map((p) => (
            <tr key={`${p.kind}-${p.term}`}>
              <td style={{ border: '1px solid #999', padding: 4 }}>{p.kindLabel}</td>
              <td style={{ border: '1px solid #999', padding: 4 }}>{p.termLabel}</td>
              <td style={{ border: '1px solid #999', padding: 4, textAlign: 'right' }}>{formatYuan(p.amountFen)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>所需资料</h3>
      {plan.documents.map((d) => (
        <p key={d.kind}>
          {d.kindLabel}：业主 {d.owner.join('、')}；租户另需 {d.tenant.filter((x) => !d.owner.includes(x)).join('、') || '无'}
        </p>
      ))}
      <h3>办理流程</h3>
      <p style={{ whiteSpace: 'pre-wrap' }}>{plan.process}</p>
      <p>资料齐全时，服务中心自核对资料起 {plan.handlingMinutes} 分钟内办结。</p>
    </div>
  );
}

type PriceRow = { kind: RentableSpaceKind; term: ParkingTerm; yuan: string };

function PlanForm({ projectId, plan, onClose }: { projectId: number; plan: ParkingPlan | null; onClose: () => void }) {
  const [form] = Form.useForm();
  const save = $api.useMutation('put', '/api/v1/parking/plan');
  const refresh = useRefresh();
  const submit = async () => {
    const v = await form.validateFields();
    await save.mutateAsync({
      body: {
        projectId,
        title: v.title.trim(),
        approvedOn: (v.approvedOn as dayjs.Dayjs).format('YYYY-MM-DD'),
        approvalDocument: v.approvalDocument.trim(),
        process: v.process.trim(),
        prices: (v.prices as PriceRow[]).map((p) => ({ kind: p.kind, term: p.term, amountFen: parseYuan(p.yuan) })),
      },
    });
    showSuccess('停车方案已公布');
    await refresh('/api/v1/parking/plan');
    onClose();
  };
  return (
    <Modal
      title="编辑并公布停车方案"
      open
      onCancel={onClose}
      onOk={() => void submit()}
      okText="公布"
      confirmLoading={save.isPending}
      destroyOnHidden
      width={720}
    >
      <Form
        form={form}
        layout="vertical"
        data-testid="plan-form"
        initialValues={{
          title: plan?.title ?? '',
          approvedOn: plan ? dayjs(plan.approvedOn) : undefined,
          approvalDocument: plan?.approvalDocument ?? '',
          process: plan?.process ?? '提交申请及资料 → 服务中心核对原件 → 签订车位租赁合同 → 管理处经理审批 → 缴费 → 领取停车卡',
          prices: plan?.prices.map((p) => ({ kind: p.kind, term: p.term, yuan: fenToYuanString(p.amountFen) })) ?? [
            { kind: 'rental', term: 'month', yuan: '' },
          ],
        }}
      >
        <Form.Item name="title" label="方案名称" rules={[{ required: true, whitespace: true, message: '请填写方案名称' }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Space size={16} align="start" style={{ display: 'flex' }}>
          <Form.Item name="approvedOn" label="业主大会通过日期" rules={[{ required: true, message: '请选择通过日期' }]}>
            <DatePicker disabledDate={(d) => d.isAfter(pickerNow(projectId), 'day')} />
          </Form.Item>
          <Form.Item
            name="approvalDocument"
            label="业主大会决议文件"
            style={{ flex: 1 }}
            rules={[{ required: true, whitespace: true, message: '请填写决议文件编号或名称' }]}
          >
            <Input maxLength={100} placeholder="如 业主大会决议〔2026〕3号" />
          </Form.Item>
        </Space>
        <Form.Item name="process" label="办理流程" rules={[{ required: true, whitespace: true, message: '请填写办理流程' }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Typography.Text strong>价格</Typography.Text>
        <Form.List
          name="prices"
          rules={[
            {
              validator: async (_, rows?: PriceRow[]) => {
                if (!rows?.length) throw new Error('请至少填写一项价格');
                const keys = rows.map((r) => `${r.kind}-${r.term}`);
                if (new Set(keys).size !== keys.length) throw new Error('同一车位类型和租期的价格填了两次');
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" style={{ display: 'flex', marginTop: 8 }} data-testid="price-row">
                  <Form.Item name={[f.name, 'kind']} rules={[{ required: true, message: '请选择车位类型' }]}>
                    <Select
                      style={{ width: 140 }}
                      aria-label="车位类型"
                      options={RENTABLE_SPACE_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'term']} rules={[{ required: true, message: '请选择租期' }]}>
                    <Select
                      style={{ width: 100 }}
                      aria-label="租期"
                      options={PARKING_TERMS.map((t) => ({ value: t, label: PARKING_TERM_LABELS[t] }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'yuan']}
                    rules={[
                      {
                        validator: async (_, v?: string) => {
                          if (!v?.trim()) throw new Error('请填写价格');
                          if (parseYuan(v) <= 0) throw new Error('价格必须大于 0');
                        },
                      },
                    ]}
                  >
                    <Input prefix="¥" style={{ width: 140 }} maxLength={12} aria-label="价格（元）" placeholder="如 300" />
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} aria-label="删除这一项价格" onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Form.ErrorList errors={errors} />
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ kind: 'rental', term: 'quarter', yuan: '' })}
                style={{ marginTop: 8 }}
              >
                添加价格
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

export default function ParkingPlanPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const access = useAccess();
  const [editing, setEditing] = useState(false);
  const [printing, setPrinting] = useState(false);
  // no plan yet answers 404: said on the page, not as an error
  const q = $api.useQuery(
    'get',
    '/api/v1/parking/plan',
    { params: { query: { projectId: pid } } },
    { meta: { quiet: true }, retry: false },
  );
  const err = q.error as unknown;
  const missing = err instanceof ApiError && err.status === 404;
  const plan = q.data ?? null;
  return (
    <PageContainer
      title="停车方案"
      subTitle={project ? `${project.code} ${project.name}` : undefined}
      extra={
        <Space>
          {plan && (
            <Button icon={<PrinterOutlined />} onClick={() => setPrinting(true)} data-testid="plan-print">
              打印公示
            </Button>
          )}
          {access.parkingConfigure && (
            <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="plan-edit">
              {plan ? '修改方案' : '录入方案'}
            </Button>
          )}
        </Space>
      }
    >
      {missing && <Alert type="info" showIcon message="本项目还没有公布停车方案：业主暂时不能在小程序申请车位。" />}
      {q.isLoading && <Card loading />}
      {err && !missing ? <Alert type="error" showIcon message="停车方案加载失败，请刷新重试" /> : null}
      {plan && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Card size="small" title={plan.title}>
            <Descriptions size="small" column={2} bordered>
              <Descriptions.Item label="业主大会通过">{plan.approvedOn}</Descriptions.Item>
              <Descriptions.Item label="决议文件">{plan.approvalDocument}</Descriptions.Item>
              <Descriptions.Item label="公布时间">{plan.publishedAt ? formatTime(plan.publishedAt, pid) : '—'}</Descriptions.Item>
              <Descriptions.Item label="办理时限">{plan.handlingMinutes} 分钟</Descriptions.Item>
              <Descriptions.Item label="办理流程" span={2}>
                <span style={{ whiteSpace: 'pre-wrap' }}>{plan.process}</span>
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card size="small" title="价格">
            <Table
              size="small"
              rowKey={(p) => `${p.kind}-${p.term}`}
              pagination={false}
              dataSource={plan.prices}
              columns={[
                { title: '车位类型', dataIndex: 'kindLabel' },
                { title: '租期', dataIndex: 'termLabel' },
                { title: '价格', dataIndex: 'amountFen', align: 'right', render: (v: number) => formatYuan(v) },
              ]}
            />
          </Card>
          <Card size="small" title="所需资料">
            <Table
              size="small"
              rowKey="kind"
              pagination={false}
              dataSource={plan.documents}
              columns={[
                { title: '车位类型', dataIndex: 'kindLabel', width: 120 },
                { title: '业主', dataIndex: 'owner', render: (v: string[]) => v.join('、') },
                { title: '租户', dataIndex: 'tenant', render: (v: string[]) => v.join('、') },
              ]}
            />
          </Card>
        </Space>
      )}
      {editing && <PlanForm projectId={pid} plan={plan} onClose={() => setEditing(false)} />}
      <PrintDialog title="停车方案公示" open={printing} onClose={() => setPrinting(false)}>
        {plan && <PlanDoc plan={plan} />}
      </PrintDialog>
    </PageContainer>
  );
}
