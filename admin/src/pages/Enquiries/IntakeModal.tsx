/**
 * 建议/咨询登记 (R-SUG-01/02, R-INQ-01/02): who, what, the way they want the answer (R-SUG-05) and the
 * reply time agreed with them; an inquiry may be answered at once, from the FAQ with one click.
 */
import { Checkbox, DatePicker, Form, Input, Modal, Radio, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { CHANNELS, CHANNEL_LABELS, ENQUIRY_TYPES, ENQUIRY_TYPE_LABELS, REPLY_WAYS, REPLY_WAY_LABELS } from '@wy/shared';
import { $api, showSuccess } from '../../services/api';
import { fromPicker } from '../../utils/time';
import FaqPicker from './FaqPicker';
import type { CreateEnquiry } from './types';
import FormSelect from '../../components/FormSelect';

export default function IntakeModal({
  projectId,
  open,
  onClose,
  onCreated,
}: {
  projectId: number;
  open: boolean;
  onClose: () => void;
  onCreated: (id: number) => void;
}) {
  const [form] = Form.useForm();
  const type = Form.useWatch('type', form) as string | undefined;
  const way = Form.useWatch('replyWay', form) as string | undefined;
  const create = $api.useMutation('post', '/api/v1/enquiries');

  const submit = async () => {
    const v = (await form.validateFields()) as Record<string, unknown> & { agreedReplyAt?: Dayjs };
    const body = Object.fromEntries(
      Object.entries({
        ...v,
        projectId,
        agreedReplyAt: v.agreedReplyAt ? fromPicker(v.agreedReplyAt, projectId) : undefined,
        faqEntryId: v.faqEntryId ? Number(v.faqEntryId) : undefined,
        laterAgreed: v.laterAgreed || undefined,
        aboutDeveloper: v.aboutDeveloper || undefined,
      }).filter(([, x]) => x !== undefined && x !== ''),
    ) as unknown as CreateEnquiry;
    const made = await create.mutateAsync({ body });
    showSuccess(made.status === 'replied' ? '已登记并当场答复' : '已登记');
    form.resetFields();
    onCreated(made.id);
  };

  return (
    <Modal
      title="建议与咨询登记"
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="登记"
      confirmLoading={create.isPending}
      width={720}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        data-testid="enquiry-intake"
        initialValues={{ type: 'suggestion', channel: 'phone', replyWay: 'phone' }}
      >
        <Form.Item name="type" label="类别">
          <Radio.Group options={ENQUIRY_TYPES.map((x) => ({ value: x, label: ENQUIRY_TYPE_LABELS[x] }))} />
        </Form.Item>
        <Form.Item name="channel" label="渠道" rules={[{ required: true }]}>
          <FormSelect options={CHANNELS.filter((c) => c !== 'patrol').map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))} />
        </Form.Item>
        <Form.Item name="name" label="客户姓名" rules={[{ required: true, whitespace: true, message: '请填写客户姓名' }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="content" label="内容" rules={[{ required: true, whitespace: true, message: '请填写内容' }]}>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
        <Form.Item name="replyWay" label="客户希望的答复方式">
          <Radio.Group
            options={REPLY_WAYS.filter((w) => w !== 'miniapp').map((w) => ({ value: w, label: REPLY_WAY_LABELS[w] }))}
          />
        </Form.Item>
        <Form.Item
          name="phone"
          label="联系电话"
          rules={[
            { required: way === 'phone', message: '电话答复需要联系电话' },
            { pattern: /^1\d{10}$/, message: '请输入正确的11位手机号' },
          ]}
        >
          <Input maxLength={11} />
        </Form.Item>
        {way === 'email' && (
          <Form.Item name="email" label="电子邮箱" rules={[{ required: true, type: 'email', message: '请输入正确的电子邮箱' }]}>
            <Input maxLength={100} />
          </Form.Item>
        )}
        {type === 'inquiry' && (
          <>
            <Form.Item name="aboutDeveloper" valuePropName="checked">
              <Checkbox>涉及建设单位（须书面询问后再答复）</Checkbox>
            </Form.Item>
            <Form.Item label="当场答复（可从答客问选择）">
              <FaqPicker projectId={projectId} onPick={(id, answer) => form.setFieldsValue({ faqEntryId: id, answer })} />
            </Form.Item>
            <Form.Item name="faqEntryId" hidden>
              <Input />
            </Form.Item>
            <Form.Item name="answer" label="答复内容">
              <Input.TextArea rows={2} maxLength={1000} showCount placeholder="不能当场答复的，留空并约定答复时间" />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="agreedReplyAt"
          label="约定的答复时间"
          extra={type === 'suggestion' ? '建议须在 3 天内答复；留空则按 3 天约定' : '不能当场答复的咨询须约定答复时间'}
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        {type === 'suggestion' && (
          <Form.Item name="laterAgreed" valuePropName="checked">
            <Checkbox>客户同意晚于 3 天答复</Checkbox>
          </Form.Item>
        )}
        <Typography.Text type="secondary">客户的电话和邮箱加密保存，列表中只显示部分号码。</Typography.Text>
      </Form>
    </Modal>
  );
}
