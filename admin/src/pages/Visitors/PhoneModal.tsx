/**
 * 电话确认 (R-PAS-05): the guard calls the host and records the answer — no answer chosen beforehand — and who
 * answered the phone; a refusal may carry the reason. A refused visitor does not go in.
 */
import { Form, Input, Modal, Radio } from 'antd';
import RadioChoice from '../../components/RadioChoice';
import { $api, showSuccess } from '../../services/api';
import type { Visitor } from './types';

export default function PhoneModal({ v, onClose, onDone }: { v: Visitor; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<{ answer: 'phone_approve' | 'phone_refuse'; answeredBy: string; reason?: string }>();
  const answer = Form.useWatch('answer', form);
  const act = $api.useMutation('post', '/api/v1/visitors/{id}/actions/{action}');
  const submit = async () => {
    const x = await form.validateFields();
    await act.mutateAsync({
      params: { path: { id: v.id, action: x.answer } },
      body: { answeredBy: x.answeredBy.trim(), ...(x.reason?.trim() ? { reason: x.reason.trim() } : {}) },
    });
    showSuccess(x.answer === 'phone_approve' ? '已记录住户同意来访' : '已记录住户拒绝来访');
    onDone();
  };
  return (
    <Modal
      title={`电话确认：${v.name} 拜访 ${v.roomLabel} ${v.hostName}`}
      open
      onCancel={onClose}
      onOk={() => void submit()}
      okText="记录"
      okButtonProps={{ 'data-testid': 'visitor-phone-ok' } as never}
      confirmLoading={act.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item name="answer" label="住户的答复" rules={[{ required: true, message: '请选择住户的答复' }]}>
          <RadioChoice>
            <Radio value="phone_approve" data-testid="visitor-phone-approve">
              同意来访
            </Radio>
            <Radio value="phone_refuse">拒绝来访</Radio>
          </RadioChoice>
        </Form.Item>
        <Form.Item name="answeredBy" label="接听人" rules={[{ required: true, whitespace: true, message: '请填写接听电话的人' }]}>
          <Input maxLength={50} placeholder="如：张伟本人" data-testid="visitor-phone-who" />
        </Form.Item>
        {answer === 'phone_refuse' && (
          <Form.Item name="reason" label="拒绝原因（选填）">
            <Input maxLength={200} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
