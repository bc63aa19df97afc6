/**
 * One dialog for a complaint's steps, its fields chosen by the step (a registry keyed by action, no
 * switch). What cannot be undone (an invalid verdict, a callback that reopens) is confirmed first.
 * Times are picked on the project's wall clock.
 */
import { useEffect } from 'react';
import { Checkbox, DatePicker, Form, Input, Modal, Radio, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  CALLBACK_METHODS,
  CALLBACK_METHOD_LABELS,
  COMPLAINT_ACTION_LABELS,
  COMPLAINT_CATEGORIES,
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_IMPORTANCES,
  COMPLAINT_IMPORTANCE_LABELS,
  COMPLAINT_TRANSFER_LABELS,
  COMPLAINT_TRANSFER_TARGETS,
  parseYuan,
  SATISFACTIONS,
  SATISFACTION_LABELS,
  STAFF_ROLE_LABELS,
  type ComplaintAction,
  type StaffRole,
} from '@wy/shared';
import { confirmThen } from '../../../utils/confirm';
import { $api, showSuccess } from '../../../services/api';
import { fromPicker } from '../../../utils/time';
import { clockText } from '../display';
import type { ClassItem, ComplaintActionBody, ComplaintDetail, Handler } from '../types';
import ReviewFields, { codePreview } from './ReviewFields';
import FormSelect from '../../../components/FormSelect';

interface Ctx {
  c: ComplaintDetail;
  form: ReturnType<typeof Form.useForm>[0];
  items: ClassItem[];
  handlers: Handler[];
  projectCode?: string;
}
interface StepForm {
  fields: (x: Ctx) => React.ReactNode;
  /** what is about to happen, when it cannot be undone */
  confirm?: (v: Record<string, unknown>) => string | null;
  body?: (v: Record<string, unknown>, c: ComplaintDetail) => ComplaintActionBody;
}

const methodField = (label = '方式') => (
  <Form.Item name="method" label={label} rules={[{ required: true, message: `请选择${label}` }]}>
    <Radio.Group options={CALLBACK_METHODS.map((m) => ({ value: m, label: CALLBACK_METHOD_LABELS[m] }))} />
  </Form.Item>
);
const noteField = (label: string, required = true, placeholder?: string) => (
  <Form.Item name="note" label={label} rules={required ? [{ required: true, whitespace: true, message: `请填写${label}` }] : []}>
    <Input.TextArea rows={3} maxLength={500} showCount placeholder={placeholder} />
  </Form.Item>
);
const satisfactionField = (
  <Form.Item name="satisfaction" label="投诉人满意度" rules={[{ required: true, message: '请选择满意度' }]}>
    <Radio.Group options={SATISFACTIONS.map((s) => ({ value: s, label: SATISFACTION_LABELS[s] }))} />
  </Form.Item>
);
const handlerField = (handlers: Handler[]) => (
  <Form.Item name="handlerStaffId" label="处理主管" rules={[{ required: true, message: '请选择处理主管' }]}>
    <FormSelect
      placeholder="选择专业主管"
      options={handlers.map((h) => ({
        value: h.id,
        label: `${h.name}（${h.roles.map((r) => STAFF_ROLE_LABELS[r as StaffRole] ?? r).join('、')}）`,
      }))}
    />
  </Form.Item>
);

const STEPS: Record<ComplaintAction, StepForm> = {
  review: {
    fields: ({ form, items, handlers, projectCode }) => (
      <ReviewFields form={form} items={items} handlers={handlers} projectCode={projectCode} />
    ),
    confirm: (v) => (v.valid === false ? '评审为无效投诉后不能再处理，投诉会连同解释保留在登记簿中。确定吗？' : null),
  },
  regrade: {
    fields: ({ form, c, projectCode }) => (
      <>
        <Form.Item name="importance" label="重要程度" initialValue={c.importance}>
          <Radio.Group
            options={COMPLAINT_IMPORTANCES.map((i) => ({ value: i, label: `${i} ${COMPLAINT_IMPORTANCE_LABELS[i]}` }))}
          />
        </Form.Item>
        <Form.Item name="category" label="投诉类别" initialValue={c.category}>
          <FormSelect options={COMPLAINT_CATEGORIES.map((x) => ({ value: x, label: COMPLAINT_CATEGORY_LABELS[x] }))} />
        </Form.Item>
        <Form.Item shouldUpdate label="新编码">
          {() => (
            <span data-latin-ok>
              {codePreview(projectCode, form.getFieldValue('importance'), form.getFieldValue('category'))?.replace(
                '××××××',
                c.code?.slice(-6) ?? '××××××',
              )}
              （流水号不变，原编码留档）
            </span>
          )}
        </Form.Item>
        <Form.Item name="reason" label="重新定级原因" rules={[{ required: true, whitespace: true, message: '请填写原因' }]}>
          <Input.TextArea rows={2} maxLength={200} showCount />
        </Form.Item>
      </>
    ),
  },
  acknowledge: {
    fields: () => (
      <>
        {methodField('回执方式')}
        {noteField('回执内容', false, '已收到您的投诉，我们将跟踪处理并答复您')}
      </>
    ),
  },
  forward: {
    fields: ({ handlers }) => (
      <>
        {handlerField(handlers)}
        {noteField('转交说明', false)}
      </>
    ),
  },
  answer: { fields: () => noteField('给投诉人的明确答复') },
  handle: { fields: () => noteField('处理结果') },
  reply: {
    fields: () => (
      <>
        {methodField('回复方式')}
        {noteField('回复投诉人的内容')}
      </>
    ),
  },
  callback: {
    fields: () => (
      <>
        {methodField('回访方式')}
        {satisfactionField}
        {noteField('回访意见（不满意须填写原因）', false)}
      </>
    ),
    confirm: (v) => (v.satisfaction === 'dissatisfied' ? '投诉人不满意：投诉将退回重新处理，并重新计算处理时限。确定吗？' : null),
  },
  second_callback: {
    fields: () => (
      <>
        {methodField('回访方式')}
        {satisfactionField}
        {noteField('回访意见', false)}
      </>
    ),
  },
  compensate: {
    fields: () => (
      <>
        <Form.Item
          name="amountYuan"
          label="赔偿金额（元）"
          rules={[{ required: true, pattern: /^\d+(\.\d{1,2})?$/, message: '请输入金额，最多两位小数' }]}
          extra="主管 1000 元、品质主管 2000 元、经理按年度授权以内；超出须报上级"
        >
          <Input inputMode="decimal" />
        </Form.Item>
        {noteField('赔偿内容与依据')}
        <Form.Item
          name="factsConfirmed"
          valuePropName="checked"
          rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('请先核实并评估事实'))) }]}
        >
          <Checkbox>事实已核实并评估</Checkbox>
        </Form.Item>
      </>
    ),
    confirm: () => '承诺后将当天报告上级，不能撤回。确定承诺吗？',
    body: (v) => ({ amountFen: parseYuan(String(v.amountYuan)), note: v.note as string, factsConfirmed: true }),
  },
  transfer: {
    fields: () => (
      <>
        <Form.Item name="transferTo" label="转交单位" rules={[{ required: true, message: '请选择转交单位' }]}>
          <Radio.Group options={COMPLAINT_TRANSFER_TARGETS.map((t) => ({ value: t, label: COMPLAINT_TRANSFER_LABELS[t] }))} />
        </Form.Item>
        {noteField('转交的单位、联系人或函件')}
      </>
    ),
    confirm: () => '转交后会告知投诉人，服务中心继续跟踪直至答复。确定转交吗？',
  },
  verify_identity: {
    fields: ({ c }) => (
      <>
        <Typography.Paragraph type="secondary">
          核实后系统会记录投诉人与房屋的关系及该房屋的欠费情况{c.needsIdentityCheck ? '；沟通类投诉须先核实再处理' : ''}。
        </Typography.Paragraph>
        {noteField('核实方式（如核对姓名、房号、预留电话）')}
      </>
    ),
  },
  extend: {
    fields: ({ c }) => (
      <>
        <Form.Item name="clock" label="延期的承诺" rules={[{ required: true, message: '请选择承诺' }]}>
          <FormSelect
            options={c.clocks
              .filter((k) => !k.metAt)
              .map((k) => ({ value: k.kind, label: `${clockText(k.kind)}（现应于 ${k.dueAt.slice(0, 10)} 前）` }))}
          />
        </Form.Item>
        <Form.Item name="until" label="延期至" rules={[{ required: true, message: '请选择延期后的期限' }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label="延期原因" rules={[{ required: true, whitespace: true, message: '请填写延期原因' }]}>
          <Input.TextArea rows={2} maxLength={200} showCount />
        </Form.Item>
      </>
    ),
    body: (v, c) => ({ ...v, until: fromPicker(v.until as Dayjs, c.projectId) }) as ComplaintActionBody,
  },
};

export default function ActionModal({
  complaint,
  action,
  items,
  handlers,
  projectCode,
  onClose,
  onDone,
}: {
  complaint: ComplaintDetail;
  action: ComplaintAction | null;
  items: ClassItem[];
  handlers: Handler[];
  projectCode?: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm();
  const act = $api.useMutation('post', '/api/v1/complaints/{id}/actions/{action}');
  useEffect(() => form.resetFields(), [action, form]);
  if (!action) return null;
  const step = STEPS[action];
  const label = COMPLAINT_ACTION_LABELS[action];

  const submit = async () => {
    const v = (await form.validateFields()) as Record<string, unknown>;
    const send = async () => {
      const body = step.body ? step.body(v, complaint) : (v as ComplaintActionBody);
      await act.mutateAsync({ params: { path: { id: complaint.id, action } }, body });
      showSuccess(`${label}已保存`);
      onDone();
    };
    await confirmThen(`确认${label}`, step.confirm?.(v), send);
  };

  return (
    <Modal
      title={<span data-latin-ok>{`${label} · ${complaint.code ?? '待评审投诉'}`}</span>}
      open
      onCancel={onClose}
      onOk={() => void submit()}
      okText="保存"
      confirmLoading={act.isPending}
      destroyOnHidden
      width={640}
    >
      <Form form={form} layout="vertical" data-testid={`complaint-action-${action}`}>
        {step.fields({ c: complaint, form, items, handlers, projectCode })}
      </Form>
    </Modal>
  );
}
