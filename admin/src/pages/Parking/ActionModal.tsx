/**
 * One dialog for a parking application's steps, its fields chosen by the step (a registry keyed by action,
 * no switch): the document check item by item against the originals (R-PRK-02, R-PRK-06), the contract on
 * a space (R-PRK-03; none free → the waiting list, R-PRK-04), the manager's approval or refusal with a
 * reason, the card and plate, the test and the hand-over of a fixed space (R-PRK-07), cancelling.
 */
import { useEffect } from 'react';
import { Alert, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import {
  PARKING_ACTION_LABELS,
  PARKING_DOC_VERDICTS,
  PARKING_DOC_VERDICT_LABELS,
  type ParkingAction,
  type ParkingDoc,
} from '@wy/shared';
import { confirmThen } from '../../utils/confirm';
import { $api, showSuccess } from '../../services/api';
import FormSelect from '../../components/FormSelect';
import { kindLabel } from './display';
import type { ParkingActionBody, ParkingApp } from './types';

interface Ctx {
  a: ParkingApp;
  form: ReturnType<typeof Form.useForm>[0];
}
const text = (name: string, label: string, required: boolean) => (
  <Form.Item name={name} label={label} rules={required ? [{ required: true, whitespace: true, message: `请填写${label}` }] : []}>
    <Input.TextArea rows={3} maxLength={200} showCount data-testid={`parking-field-${name}`} />
  </Form.Item>
);

function DocChecks({ a, form }: Ctx) {
  const docs = a.docs.filter((d) => d.required);
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        message="请逐项与原件核对（已核对过的保留结果）；缺少或不符的，写明原因，系统会礼貌地告知业主需补交什么。"
      />
      {docs.map((d) => (
        <div key={d.doc} style={{ marginBottom: 8 }} data-testid={`parking-doc-${d.doc}`}>
          <Form.Item
            name={['verdicts', d.doc, 'verdict']}
            label={`${d.label}${d.uploadIds.length ? `（已上传${d.uploadIds.length}张照片）` : '（未上传照片）'}`}
            rules={[{ required: true, message: `请核对${d.label}` }]}
            initialValue={d.verdict === 'checked' ? 'checked' : undefined}
            style={{ marginBottom: 4 }}
          >
            <Radio.Group
              optionType="button"
              options={PARKING_DOC_VERDICTS.map((v) => ({
                value: v,
                label: PARKING_DOC_VERDICT_LABELS[v],
                'data-testid': `parking-verdict-${d.doc}-${v}`,
              }))}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {() =>
              form.getFieldValue(['verdicts', d.doc, 'verdict']) &&
              form.getFieldValue(['verdicts', d.doc, 'verdict']) !== 'checked' ? (
                <Form.Item
                  name={['verdicts', d.doc, 'reason']}
                  rules={[{ required: true, whitespace: true, message: `请写明${d.label}缺少或不符的原因` }]}
                >
                  <Input maxLength={100} placeholder="如：保险单已过期" data-testid={`parking-reason-${d.doc}`} />
                </Form.Item>
              ) : null
            }
          </Form.Item>
        </div>
      ))}
    </>
  );
}

function SpaceField({ a }: Ctx) {
  const spaces = $api.useQuery('get', '/api/v1/parking/spaces', {
    params: { query: { projectId: a.projectId, kind: a.kind as 'rental', state: 'free', limit: 100 } },
  });
  if (a.status === 'offered')
    return <Alert type="success" showIcon message={`已为该申请预留车位 ${a.spaceNo ?? ''}，签订合同即使用该车位`} />;
  const vip = a.kind === 'vip';
  const free = spaces.data?.items ?? [];
  return (
    <>
      {!vip && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={`不选车位时自动安排第一个空闲的${kindLabel(a.kind)}；没有空闲车位时登记排队并告知业主原因。`}
        />
      )}
      <Form.Item
        name="spaceId"
        label={vip ? '业主选定的固定车位' : '车位（可不选）'}
        rules={vip ? [{ required: true, message: '请选择业主选定的车位' }] : []}
      >
        <FormSelect
          allowClear
          showSearch
          optionFilterProp="label"
          loading={spaces.isLoading}
          placeholder={free.length ? '选择空闲车位' : `暂无空闲的${kindLabel(a.kind)}`}
          options={free.map((s) => ({ value: s.id, label: `${s.areaName} ${s.no}` }))}
          data-testid="parking-space-select"
        />
      </Form.Item>
    </>
  );
}

const STEPS: Record<
  ParkingAction,
  { fields: (x: Ctx) => React.ReactNode; confirm?: (a: ParkingApp, v: Record<string, unknown>) => string | null }
> = {
  check: { fields: (x) => <DocChecks {...x} /> },
  contract: { fields: (x) => <SpaceField {...x} /> },
  approve: {
    fields: ({ a }) => (
      <Space direction="vertical">
        <Typography.Text>
          {a.applicantName} · {a.plate} · 车位 {a.spaceNo ?? '（审批后选定）'} · 合同 {a.contractNo ?? '—'}
        </Typography.Text>
        {a.kind !== 'vip' && <Typography.Text type="secondary">审批通过后即向业主出具车位租金账单。</Typography.Text>}
      </Space>
    ),
    confirm: (a) => (a.kind === 'vip' ? null : '批准后即向业主出具车位租金账单，确定批准吗？'),
  },
  refuse: {
    fields: () => text('reason', '不批准的原因（会告知业主）', true),
    confirm: () => '不批准后申请结束，预留的车位将释放，确定吗？',
  },
  make_card: { fields: () => text('note', '停车卡号及车位牌说明', false) },
  test: { fields: () => text('note', '测试情况', false) },
  hand_over: { fields: () => text('note', '交付说明', false) },
  cancel: { fields: () => text('reason', '取消原因', true), confirm: () => '取消后申请结束，预留的车位将释放，确定吗？' },
};

export default function ActionModal({
  app,
  action,
  onClose,
  onDone,
}: {
  app: ParkingApp;
  action: ParkingAction | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm();
  const act = $api.useMutation('post', '/api/v1/parking/applications/{id}/actions/{action}');
  useEffect(() => form.resetFields(), [action, form]);
  if (!action) return null;
  const step = STEPS[action];
  const label = PARKING_ACTION_LABELS[action];

  const submit = async () => {
    const v = (await form.validateFields()) as Record<string, unknown>;
    const body: ParkingActionBody = {};
    if (v.verdicts)
      body.verdicts = Object.entries(v.verdicts as Record<string, { verdict: string; reason?: string }>).map(([doc, x]) => ({
        doc: doc as ParkingDoc,
        verdict: x.verdict as 'checked',
        ...(x.verdict !== 'checked' && x.reason ? { reason: x.reason.trim() } : {}),
      }));
    if (typeof v.spaceId === 'number') body.spaceId = v.spaceId;
    if (typeof v.reason === 'string' && v.reason.trim()) body.reason = v.reason.trim();
    if (typeof v.note === 'string' && v.note.trim()) body.note = v.note.trim();
    const send = async () => {
      await act.mutateAsync({ params: { path: { id: app.id, action } }, body });
      showSuccess(`${label}已完成`);
      onDone();
    };
    await confirmThen(`确认${label}`, step.confirm?.(app, v), send);
  };

  return (
    <Modal
      title={label}
      open
      onCancel={onClose}
      onOk={() => void submit()}
      okText="保存"
      okButtonProps={{ 'data-testid': 'parking-action-ok' } as never}
      confirmLoading={act.isPending}
      destroyOnHidden
      width={680}
    >
      <Form form={form} layout="vertical" data-testid={`parking-action-${action}`}>
        {step.fields({ a: app, form })}
      </Form>
    </Modal>
  );
}
