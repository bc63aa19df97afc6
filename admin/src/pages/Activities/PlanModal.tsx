/** 新增计划活动 (R-ACT-01): theme, purpose, the month of the plan's year, and the planned budget in yuan. */
import { DatePicker, Form, Input, InputNumber, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ACTIVITY_THEME_MAX, parseYuan } from '@wy/shared';
import { $api, showSuccess } from '../../services/api';

interface Values {
  theme: string;
  purpose: string;
  month: Dayjs;
  budget: string;
}

export default function PlanModal({
  projectId,
  year,
  onClose,
  onSaved,
}: {
  projectId: number;
  year: number;
  onClose: () => void;
  onSaved: (id: number) => void;
}) {
  const [form] = Form.useForm<Values>();
  const create = $api.useMutation('post', '/api/v1/activities');
  const submit = async () => {
    const v = await form.validateFields();
    const saved = await create.mutateAsync({
      body: {
        projectId,
        year,
        theme: v.theme,
        purpose: v.purpose,
        plannedMonth: v.month.format('YYYY-MM'),
        budgetFen: parseYuan(String(v.budget)),
      },
    });
    showSuccess('已加入年度计划');
    onSaved(saved.id);
  };
  return (
    <Modal
      title={`新增${year}年度计划活动`}
      open
      onCancel={onClose}
      onOk={() => void submit()}
      okText="加入计划"
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid="activity-plan-form">
        <Form.Item name="theme" label="活动主题" rules={[{ required: true, whitespace: true, message: '请填写活动主题' }]}>
          <Input maxLength={ACTIVITY_THEME_MAX} showCount data-testid="activity-theme" />
        </Form.Item>
        <Form.Item name="purpose" label="活动目的" rules={[{ required: true, whitespace: true, message: '请填写活动目的' }]}>
          <Input.TextArea rows={2} maxLength={500} showCount data-testid="activity-purpose" />
        </Form.Item>
        <Form.Item name="month" label="计划月份" rules={[{ required: true, message: '请选择计划月份' }]}>
          <DatePicker
            picker="month"
            format="YYYY年MM月"
            disabledDate={(d) => d.year() !== year}
            defaultPickerValue={dayjs(`${year}-01-01`)}
            data-testid="activity-month"
          />
        </Form.Item>
        <Form.Item name="budget" label="预算（元）" rules={[{ required: true, message: '请填写预算' }]}>
          <InputNumber<string> stringMode min="0" precision={2} prefix="¥" style={{ width: 200 }} data-testid="activity-budget" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
