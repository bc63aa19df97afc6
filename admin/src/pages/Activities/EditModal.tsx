/**
 * 修改活动 (until it is published): what owners read, the time in the project's zone, place, capacity and
 * people per household, the safety measures (R-ACT-05), and the poll asked before it (R-ACT-02: a question
 * and 2–6 options; once opened to owners it is not changed).
 */
import { Alert, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  ACTIVITY_PEOPLE_MAX,
  ACTIVITY_POLL_OPTIONS_MAX,
  ACTIVITY_TEXT_MAX,
  ACTIVITY_THEME_MAX,
  fenToYuanString,
  parseYuan,
} from '@wy/shared';
import { $api, showSuccess } from '../../services/api';
import { fromPicker, pickerNow, toPicker } from '../../utils/time';
import type { ActivityDetail } from './types';

interface Values {
  theme: string;
  purpose: string;
  month: Dayjs;
  budget: string;
  description?: string;
  time?: [Dayjs, Dayjs] | null;
  place?: string;
  capacity?: number | null;
  maxPerSignup?: number;
  safetyMeasures?: string;
  pollQuestion?: string;
  pollOptions?: string[];
  openPoll?: boolean;
}

export default function EditModal({ a, onClose, onSaved }: { a: ActivityDetail; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<Values>();
  const update = $api.useMutation('put', '/api/v1/activities/{id}');
  const pollLocked = !!a.pollOpenedAt;
  const initial: Values = {
    theme: a.theme,
    purpose: a.purpose,
    month: dayjs(`${a.plannedMonth}-01`),
    budget: fenToYuanString(a.budgetFen),
    description: a.description ?? '',
    time: a.startsAt && a.endsAt ? [toPicker(a.startsAt, a.projectId), toPicker(a.endsAt, a.projectId)] : null,
    place: a.place ?? '',
    capacity: a.capacity,
    maxPerSignup: a.maxPerSignup,
    safetyMeasures: a.safetyMeasures ?? '',
    pollQuestion: a.pollQuestion ?? '',
    pollOptions: a.poll.map((o) => o.label),
    openPoll: pollLocked,
  };
  const submit = async () => {
    const v = await form.validateFields();
    await update.mutateAsync({
      params: { path: { id: a.id } },
      body: {
        theme: v.theme,
        purpose: v.purpose,
        plannedMonth: v.month.format('YYYY-MM'),
        budgetFen: parseYuan(String(v.budget)),
        description: v.description || undefined,
        startsAt: v.time ? fromPicker(v.time[0], a.projectId) : undefined,
        endsAt: v.time ? fromPicker(v.time[1], a.projectId) : undefined,
        place: v.place || undefined,
        capacity: v.capacity ?? undefined,
        maxPerSignup: v.maxPerSignup ?? undefined,
        safetyMeasures: v.safetyMeasures || undefined,
        pollQuestion: v.pollQuestion || undefined,
        pollOptions: v.pollOptions?.length ? v.pollOptions : undefined,
        openPoll: v.openPoll || undefined,
      },
    });
    showSuccess('已保存');
    onSaved();
  };
  return (
    <Modal
      title="修改活动"
      open
      onCancel={onClose}
      onOk={() => void submit()}
      okText="保存"
      confirmLoading={update.isPending}
      destroyOnHidden
      width={760}
    >
      <Form form={form} layout="vertical" initialValues={initial} data-testid="activity-form">
        <Space size="large" wrap style={{ width: '100%' }}>
          <Form.Item name="theme" label="活动主题" rules={[{ required: true, whitespace: true, message: '请填写活动主题' }]}>
            <Input maxLength={ACTIVITY_THEME_MAX} style={{ width: 300 }} />
          </Form.Item>
          <Form.Item name="month" label="计划月份" rules={[{ required: true, message: '请选择计划月份' }]}>
            <DatePicker picker="month" format="YYYY年MM月" disabledDate={(d) => d.year() !== a.year} />
          </Form.Item>
          <Form.Item name="budget" label="计划预算（元）" rules={[{ required: true, message: '请填写预算' }]}>
            <InputNumber<string> stringMode min="0" precision={2} prefix="¥" disabled={a.budgetApprovedFen !== null} />
          </Form.Item>
        </Space>
        <Form.Item name="purpose" label="活动目的" rules={[{ required: true, whitespace: true, message: '请填写活动目的' }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item name="description" label="活动介绍（业主可见）">
          <Input.TextArea rows={3} maxLength={ACTIVITY_TEXT_MAX} showCount data-testid="activity-description" />
        </Form.Item>
        <Space size="large" wrap>
          <Form.Item name="time" label="活动时间" extra="须在发布后至少3天开始">
            <DatePicker.RangePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              placeholder={['开始时间', '结束时间']}
              disabledDate={(d) => d.isBefore(pickerNow(a.projectId), 'day')}
              data-testid="activity-time"
            />
          </Form.Item>
          <Form.Item name="place" label="地点">
            <Input maxLength={100} style={{ width: 220 }} data-testid="activity-place" />
          </Form.Item>
        </Space>
        <Space size="large" wrap>
          <Form.Item name="capacity" label="名额（人）">
            <InputNumber min={1} max={10000} precision={0} data-testid="activity-capacity" />
          </Form.Item>
          <Form.Item name="maxPerSignup" label="每户最多（人）">
            <InputNumber min={1} max={ACTIVITY_PEOPLE_MAX} precision={0} />
          </Form.Item>
        </Space>
        <Form.Item name="safetyMeasures" label="安全措施" extra="人员值守、急救、用电、疏散等；发布前必须填写">
          <Input.TextArea rows={3} maxLength={ACTIVITY_TEXT_MAX} data-testid="activity-safety" />
        </Form.Item>
        {pollLocked && (
          <Alert type="info" showIcon message="意见征询已向业主开启，问题和选项不能再修改。" style={{ marginBottom: 12 }} />
        )}
        <Form.Item name="pollQuestion" label="意见征询问题">
          <Input
            maxLength={100}
            disabled={pollLocked}
            placeholder="如：您希望活动安排在什么时间？"
            data-testid="activity-poll-question"
          />
        </Form.Item>
        <Form.Item
          name="pollOptions"
          label="选项"
          extra={`输入后按回车添加，2–${ACTIVITY_POLL_OPTIONS_MAX} 个`}
          rules={[{ type: 'array', max: ACTIVITY_POLL_OPTIONS_MAX, message: `最多 ${ACTIVITY_POLL_OPTIONS_MAX} 个选项` }]}
        >
          <Select mode="tags" open={false} disabled={pollLocked} placeholder="如：周六下午" data-testid="activity-poll-options" />
        </Form.Item>
        <Form.Item name="openPoll" valuePropName="checked">
          <Checkbox disabled={pollLocked} data-testid="activity-open-poll">
            保存后向业主开启意见征询（业主在小程序中作答，每人一次）
          </Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
