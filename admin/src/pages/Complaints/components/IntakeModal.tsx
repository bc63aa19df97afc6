/**
 * 投诉受理 (R-CMP-05): who complains, about what, what they ask for, the reply time they are told, the
 * immediate-action cases (R-CMP-21); the review may be done at once or left for the review step.
 */
import { Checkbox, DatePicker, Form, Input, Modal, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { CHANNELS, CHANNEL_LABELS, COMPLAINT_INVITATION, IMMEDIATE_ACTION_LABELS, IMMEDIATE_ACTION_REASONS } from '@wy/shared';
import { $api, showSuccess } from '../../../services/api';
import { fromPicker } from '../../../utils/time';
import type { ClassItem, CreateComplaint, Handler } from '../types';
import ReviewFields from './ReviewFields';
import FormSelect from '../../../components/FormSelect';

export default function IntakeModal({
  projectId,
  projectCode,
  open,
  items,
  handlers,
  onClose,
  onCreated,
}: {
  projectId: number;
  projectCode?: string;
  open: boolean;
  items: ClassItem[];
  handlers: Handler[];
  onClose: () => void;
  onCreated: (id: number) => void;
}) {
  const [form] = Form.useForm();
  const review = Form.useWatch('review', form) as boolean | undefined;
  const create = $api.useMutation('post', '/api/v1/complaints');

  const submit = async () => {
    const v = (await form.validateFields()) as Record<string, unknown> & { askedBy?: Dayjs; promisedAt?: Dayjs };
    const body = {
      ...v,
      projectId,
      askedBy: v.askedBy ? fromPicker(v.askedBy, projectId) : undefined,
      promisedAt: v.promisedAt ? fromPicker(v.promisedAt, projectId) : undefined,
      immediate: (v.immediate as string[] | undefined)?.length ? v.immediate : undefined,
      review: review || undefined,
    } as CreateComplaint;
    const made = await create.mutateAsync({ body });
    showSuccess(made.code ? `已受理并评审，编码 ${made.code}` : '投诉已受理，待评审');
    form.resetFields();
    onCreated(made.id);
  };

  return (
    <Modal
      title="投诉受理"
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="受理"
      confirmLoading={create.isPending}
      width={720}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ channel: 'phone' }} data-testid="complaint-intake-form">
        <Form.Item name="channel" label="渠道" rules={[{ required: true, message: '请选择渠道' }]}>
          <FormSelect options={CHANNELS.filter((c) => c !== 'patrol').map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))} />
        </Form.Item>
        <Form.Item name="complainantName" label="投诉人" rules={[{ required: true, whitespace: true, message: '请填写投诉人' }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="complainantPhone" label="联系电话" rules={[{ pattern: /^1\d{10}$/, message: '请输入正确的11位手机号' }]}>
          <Input maxLength={11} />
        </Form.Item>
        <Form.Item name="problem" label="投诉内容" rules={[{ required: true, whitespace: true, message: '请填写投诉内容' }]}>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
        <Form.Item name="asks" label="投诉人的要求">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item name="askedBy" label="投诉人要求的处理时限" extra="轻微投诉按投诉人要求的时间处理">
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="promisedAt" label="告知投诉人的答复时间" extra="不填按本项目时限（默认 2 天）">
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="immediate" label="需立即处理的情形">
          <Checkbox.Group options={IMMEDIATE_ACTION_REASONS.map((r) => ({ value: r, label: IMMEDIATE_ACTION_LABELS[r] }))} />
        </Form.Item>
        <Form.Item name="review" label="受理时一并评审" valuePropName="checked">
          <Switch />
        </Form.Item>
        {review && <ReviewFields form={form} projectCode={projectCode} items={items} handlers={handlers} />}
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
          {COMPLAINT_INVITATION}
        </Typography.Paragraph>
      </Form>
    </Modal>
  );
}
