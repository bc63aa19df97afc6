/** 记录沟通 (R-RPT-04): with whom, on which day (not after today), who of the centre, how, about what, what follows. */
import { DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { COMMUNICATION_CHANNELS, COMMUNICATION_CHANNEL_LABELS, type CommunicationChannel } from '@wy/shared';
import { useAuth } from '../../auth';
import { $api, showSuccess } from '../../services/api';
import { pickerNow } from '../../utils/time';
import type { KeyCustomer } from './types';

interface Values {
  contactOn: Dayjs;
  staffName: string;
  withName: string;
  channel: CommunicationChannel;
  topic: string;
  summary: string;
  followUp?: string;
}

export default function CommunicationModal({
  who,
  onClose,
  onDone,
}: {
  who: KeyCustomer;
  onClose: () => void;
  onDone: () => void;
}) {
  const { me } = useAuth();
  const [form] = Form.useForm<Values>();
  const record = $api.useMutation('post', '/api/v1/communications');
  const today = pickerNow(who.projectId).endOf('day');
  const submit = async () => {
    const v = await form.validateFields();
    await record.mutateAsync({
      body: {
        keyCustomerId: who.id,
        contactOn: v.contactOn.format('YYYY-MM-DD'),
        staffName: v.staffName.trim(),
        withName: v.withName.trim(),
        channel: v.channel,
        topic: v.topic.trim(),
        summary: v.summary.trim(),
        followUp: v.followUp?.trim() || undefined,
      },
    });
    showSuccess('已记录沟通');
    onDone();
  };
  return (
    <Modal
      title={`记录沟通：${who.name}（${who.kindLabel}）`}
      open
      width={680}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="保存"
      okButtonProps={{ 'data-testid': 'communication-ok' } as never}
      confirmLoading={record.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ contactOn: pickerNow(who.projectId), staffName: me?.name ?? '', withName: who.name }}
      >
        <Space size={16} wrap align="start">
          <Form.Item name="contactOn" label="沟通日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker disabledDate={(d) => d.isAfter(today)} />
          </Form.Item>
          <Form.Item name="staffName" label="沟通人" rules={[{ required: true, whitespace: true, message: '请填写沟通人' }]}>
            <Input maxLength={50} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="withName" label="沟通对象" rules={[{ required: true, whitespace: true, message: '请填写沟通对象' }]}>
            <Input maxLength={50} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="channel" label="沟通方式" rules={[{ required: true, message: '请选择沟通方式' }]}>
            <Select
              style={{ width: 140 }}
              options={COMMUNICATION_CHANNELS.map((c) => ({ value: c, label: COMMUNICATION_CHANNEL_LABELS[c] }))}
              data-testid="communication-channel"
            />
          </Form.Item>
        </Space>
        <Form.Item
          name="topic"
          label="沟通主题"
          rules={[{ required: true, whitespace: true, min: 2, message: '请填写主题（至少2个字）' }]}
        >
          <Input maxLength={100} data-testid="communication-topic" />
        </Form.Item>
        <Form.Item
          name="summary"
          label="沟通内容"
          rules={[{ required: true, whitespace: true, min: 2, message: '请填写沟通内容' }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount data-testid="communication-summary" />
        </Form.Item>
        <Form.Item name="followUp" label="跟进事项（选填）">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
