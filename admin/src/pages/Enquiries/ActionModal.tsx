/**
 * One dialog for a suggestion's or inquiry's steps, its fields chosen by the step (a registry keyed by
 * action, no switch). The reply goes back the way the customer asked (shown, not chosen); an inquiry's
 * answer can be taken from the FAQ with one click.
 */
import { useEffect } from 'react';
import { Alert, Form, Input, Modal, Radio } from 'antd';
import {
  ENQUIRY_ACTION_LABELS,
  REPLY_WAY_LABELS,
  STAFF_ROLE_LABELS,
  type EnquiryAction,
  type ReplyWay,
  type StaffRole,
} from '@wy/shared';
import { confirmThen } from '../../utils/confirm';
import { $api, showSuccess } from '../../services/api';
import FaqPicker from './FaqPicker';
import type { EnquiryActionBody, EnquiryDetail } from './types';
import FormSelect from '../../components/FormSelect';

interface Ctx {
  e: EnquiryDetail;
  form: ReturnType<typeof Form.useForm>[0];
}
const note = (label: string, required = true, placeholder?: string) => (
  <Form.Item name="note" label={label} rules={required ? [{ required: true, whitespace: true, message: `请填写${label}` }] : []}>
    <Input.TextArea rows={3} maxLength={1000} showCount placeholder={placeholder} />
  </Form.Item>
);

function HandlerField({ projectId }: { projectId: number }) {
  const staff = $api.useQuery('get', '/api/v1/complaints/handlers', { params: { query: { projectId } } }).data ?? [];
  return (
    <Form.Item name="handlerStaffId" label="处理人" rules={[{ required: true, message: '请选择处理人' }]}>
      <FormSelect
        placeholder="选择处理该建议的主管"
        options={staff.map((h) => ({
          value: h.id,
          label: `${h.name}（${h.roles.map((r) => STAFF_ROLE_LABELS[r as StaffRole] ?? r).join('、')}）`,
        }))}
      />
    </Form.Item>
  );
}

const STEPS: Record<
  EnquiryAction,
  { fields: (x: Ctx) => React.ReactNode; confirm?: (v: Record<string, unknown>) => string | null }
> = {
  forward: {
    fields: ({ e }) => (
      <>
        <HandlerField projectId={e.projectId} />
        {note('转交说明', false)}
      </>
    ),
  },
  consult: { fields: () => note('征询业主委员会的情况和意见') },
  ask_developer: {
    fields: () => (
      <Form.Item
        name="letter"
        label="书面询问的函件编号或内容"
        rules={[{ required: true, whitespace: true, message: '请填写函件编号或内容' }]}
      >
        <Input maxLength={200} showCount />
      </Form.Item>
    ),
  },
  reply: {
    fields: ({ e, form }) => (
      <>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={`客户要求以${REPLY_WAY_LABELS[e.replyWay as ReplyWay]}方式答复`}
        />
        {e.type === 'suggestion' ? (
          <>
            <Form.Item name="adopted" label="是否采纳" rules={[{ required: true, message: '请选择是否采纳' }]}>
              <Radio.Group
                options={[
                  { value: true, label: '采纳' },
                  { value: false, label: '不采纳' },
                ]}
              />
            </Form.Item>
            <Form.Item noStyle shouldUpdate>
              {() =>
                form.getFieldValue('adopted') === false && (
                  <Form.Item
                    name="reason"
                    label="不采纳的原因"
                    rules={[{ required: true, whitespace: true, message: '请说明不采纳的原因' }]}
                  >
                    <Input.TextArea rows={2} maxLength={500} showCount />
                  </Form.Item>
                )
              }
            </Form.Item>
            {note('答复内容（系统会附上致谢）', false)}
          </>
        ) : (
          <>
            <Form.Item name="outcome" label="咨询结果" initialValue="answered">
              <Radio.Group
                options={[
                  { value: 'answered', label: '已解答' },
                  { value: 'cannot_answer', label: '无法解答' },
                ]}
              />
            </Form.Item>
            <Form.Item noStyle shouldUpdate>
              {() =>
                form.getFieldValue('outcome') === 'cannot_answer' ? (
                  <>
                    {note('向客户的解释', false, '您咨询的问题本中心暂时无法解答')}
                    <Form.Item
                      name="referTo"
                      label="建议客户咨询的其他渠道"
                      rules={[{ required: true, whitespace: true, message: '请填写可咨询的其他渠道' }]}
                    >
                      <Input maxLength={200} showCount placeholder="如：龙岗区教育局 0755-28949000" />
                    </Form.Item>
                  </>
                ) : (
                  <>
                    <Form.Item label="从答客问选择">
                      <FaqPicker
                        projectId={e.projectId}
                        onPick={(id, answer) => form.setFieldsValue({ faqEntryId: id, note: answer })}
                      />
                    </Form.Item>
                    <Form.Item name="faqEntryId" hidden>
                      <Input />
                    </Form.Item>
                    {note('答复内容')}
                  </>
                )
              }
            </Form.Item>
          </>
        )}
      </>
    ),
    confirm: () => '答复后不能修改，确定发出吗？',
  },
  thank: { fields: () => note('致谢内容（建议带来的效果）') },
};

export default function ActionModal({
  enquiry,
  action,
  onClose,
  onDone,
}: {
  enquiry: EnquiryDetail;
  action: EnquiryAction | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm();
  const act = $api.useMutation('post', '/api/v1/enquiries/{id}/actions/{action}');
  useEffect(() => form.resetFields(), [action, form]);
  if (!action) return null;
  const step = STEPS[action];
  const label = ENQUIRY_ACTION_LABELS[action];

  const submit = async () => {
    const v = (await form.validateFields()) as Record<string, unknown>;
    const body = Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && x !== '')) as EnquiryActionBody;
    if (body.faqEntryId) body.faqEntryId = Number(body.faqEntryId);
    const send = async () => {
      await act.mutateAsync({ params: { path: { id: enquiry.id, action } }, body });
      showSuccess(`${label}已保存`);
      onDone();
    };
    await confirmThen(`确认${label}`, step.confirm?.(v), send);
  };

  return (
    <Modal
      title={label}
      open
      onCancel={onClose}
      onOk={() => void submit()}
      okText="保存"
      confirmLoading={act.isPending}
      destroyOnHidden
      width={640}
    >
      <Form form={form} layout="vertical" data-testid={`enquiry-action-${action}`}>
        {step.fields({ e: enquiry, form })}
      </Form>
    </Modal>
  );
}
