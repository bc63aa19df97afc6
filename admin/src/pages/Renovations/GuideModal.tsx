/**
 * 办理须知与收费 (R-REN-01): what owners read before applying — the process and documents, the fees and
 * deposits, the working hours and the supervision phone printed on the permit. Supervisors and managers edit it.
 */
import { useEffect } from 'react';
import { Form, Input, InputNumber, Modal, Typography } from 'antd';
import { RENO_FEE_KINDS, RENO_FEE_LABELS, type RenoFeeKind } from '@wy/shared';
import Loaded from '../../components/Loaded';
import { $api, showSuccess } from '../../services/api';

type Values = { guide: string; hours: string; supervisionPhone: string } & Record<RenoFeeKind, number>;
const yuanToFen = (v: number) => Math.round(v * 100);

export default function GuideModal({ projectId, editable, onClose }: { projectId: number; editable: boolean; onClose: () => void }) {
  const q = $api.useQuery('get', '/api/v1/renovations/guide', { params: { query: { projectId } } });
  const save = $api.useMutation('put', '/api/v1/renovations/guide');
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    if (q.data)
      form.setFieldsValue({
        guide: q.data.guide,
        hours: q.data.hours,
        supervisionPhone: q.data.supervisionPhone,
        ...Object.fromEntries(q.data.fees.map((f) => [f.kind, f.amountFen / 100])),
      });
  }, [q.data, form]);
  const submit = async () => {
    const v = await form.validateFields();
    await save.mutateAsync({
      body: {
        projectId,
        guide: v.guide.trim(),
        hours: v.hours.trim(),
        supervisionPhone: v.supervisionPhone.trim(),
        fees: {
          management: yuanToFen(v.management),
          owner_deposit: yuanToFen(v.owner_deposit),
          contractor_deposit: yuanToFen(v.contractor_deposit),
          rubble: yuanToFen(v.rubble),
        },
      },
    });
    showSuccess('办理须知与收费标准已发布');
    onClose();
  };
  return (
    <Modal
      title="装修办理须知与收费标准"
      open
      width={760}
      onCancel={onClose}
      onOk={editable ? () => void submit() : onClose}
      okText={editable ? '发布' : '关闭'}
      okButtonProps={{ 'data-testid': 'reno-guide-save' } as never}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Loaded query={q} notFound="项目不存在">
        {(g) => (
          <Form form={form} layout="vertical" disabled={!editable}>
            <Typography.Paragraph type="secondary">
              {g.isDefault ? '当前为系统默认文本，业主申请装修前会看到。' : '业主申请装修前会看到以下内容。'}审批时限：提交后
              {g.reviewWorkingDays} 个工作日内，且不超过 {g.reviewCalendarDays} 天。
            </Typography.Paragraph>
            <Form.Item name="guide" label="办理流程与所需资料" rules={[{ required: true, whitespace: true, min: 10, message: '请填写办理须知，至少10个字' }]}>
              <Input.TextArea rows={8} maxLength={3000} showCount data-testid="reno-guide-text" />
            </Form.Item>
            {RENO_FEE_KINDS.map((k) => (
              <Form.Item key={k} name={k} label={`${RENO_FEE_LABELS[k]}（元）`} rules={[{ required: true, message: '请填写金额' }]}>
                <InputNumber min={0} max={1_000_000} precision={2} style={{ width: 200 }} />
              </Form.Item>
            ))}
            <Form.Item name="hours" label="施工时间（印在许可证上）" rules={[{ required: true, min: 4, message: '请填写施工时间' }]}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="supervisionPhone" label="装修监管电话" rules={[{ required: true, min: 5, message: '请填写监管电话' }]}>
              <Input maxLength={30} />
            </Form.Item>
          </Form>
        )}
      </Loaded>
    </Modal>
  );
}
