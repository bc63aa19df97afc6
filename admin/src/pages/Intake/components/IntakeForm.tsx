/**
 * 报修录单: what, how urgent, where, when to visit, who. The time the customer is told (R-SRV-06) starts at
 * the due time the API computes from the project's own SLA settings and holiday calendar, for the chosen
 * urgency and visit window; the clerk may change it.
 */
import { useEffect, useMemo, useRef } from 'react';
import { Alert, Button, Card, Checkbox, Col, DatePicker, Form, Input, Row, Space, Tag } from 'antd';
import { EnvironmentOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import {
  CHANNEL_LABELS,
  CHANNELS,
  formatYuan,
  REPAIR_SCOPE_LABELS,
  URGENCIES,
  URGENCY_LABELS,
  type Channel,
  type Urgency,
} from '@wy/shared';
import { $api } from '../../../services/api';
import type { RoomDetail } from '../../../services/models';
import { toOptions } from '../../../utils/enums';
import { fromPicker, pickerNow, toPicker } from '../../../utils/time';
import RadioChoice from '../../../components/RadioChoice';
import FormSelect from '../../../components/FormSelect';

export interface IntakeValues {
  channel: Channel;
  categoryId: number;
  urgency: Urgency;
  description: string;
  location?: string;
  appointment?: [Dayjs, Dayjs] | null;
  requesterName: string;
  requesterPhone: string;
  isImportant?: boolean;
  promisedAt: Dayjs;
}

export default function IntakeForm({
  projectId,
  room,
  form,
  resets,
  submitting,
  onSubmit,
  onClearRoom,
  onReset,
}: {
  projectId: number;
  room: RoomDetail | null;
  form: ReturnType<typeof Form.useForm<IntakeValues>>[0];
  /** counts the form's resets: a cleared form takes the API's due time again */
  resets: number;
  submitting: boolean;
  onSubmit: (v: IntakeValues) => void;
  onClearRoom: () => void;
  onReset: () => void;
}) {
  const cats = $api.useQuery('get', '/api/v1/repair-categories', { params: { query: { projectId } } });
  const categoryId = Form.useWatch('categoryId', form);
  const urgency = Form.useWatch('urgency', form) ?? 'normal';
  const appointment = Form.useWatch('appointment', form);
  const category = cats.data?.find((c) => c.id === categoryId) ?? null;
  const needsLocation = !room || category?.scope === 'public';

  const appointmentEnd = appointment?.[1] ? fromPicker(appointment[1], projectId) : undefined;
  const preview = $api.useQuery('get', '/api/v1/sla/due-preview', {
    params: { query: { projectId, kind: 'resolve', urgency, appointmentEnd } },
  });
  const dueAt = preview.data?.dueAt;
  /** the clerk picked a promised time of their own (until the form is cleared) */
  const ownPromise = useRef(false);
  useEffect(() => {
    ownPromise.current = false;
  }, [resets]);
  useEffect(() => {
    if (dueAt && !ownPromise.current) form.setFieldsValue({ promisedAt: toPicker(dueAt, projectId) });
  }, [dueAt, form, projectId, resets]);

  const catOptions = useMemo(
    () =>
      (['in_home', 'public'] as const).map((scope) => ({
        label: REPAIR_SCOPE_LABELS[scope],
        options: (cats.data ?? [])
          .filter((c) => c.scope === scope)
          .map((c) => ({
            value: c.id,
            label: c.paid ? `${c.name}（有偿${c.priceFen != null ? ` ${formatYuan(c.priceFen)}` : ''}）` : c.name,
          })),
      })),
    [cats.data],
  );

  const day = (d: number, from: number, to: number): [Dayjs, Dayjs] => [
    pickerNow(projectId).add(d, 'day').hour(from).minute(0),
    pickerNow(projectId).add(d, 'day').hour(to).minute(0),
  ];

  return (
    <Card
      title="报修录单"
      size="small"
      extra={
        room ? (
          <Tag color="blue" closable onClose={onClearRoom}>
            {room.buildingName} {room.roomNo}
          </Tag>
        ) : (
          <Tag icon={<EnvironmentOutlined />}>公共区域</Tag>
        )
      }
    >
      <Form<IntakeValues>
        form={form}
        layout="vertical"
        initialValues={{ channel: 'phone', urgency: 'normal' }}
        onFinish={onSubmit}
      >
        <Form.Item name="channel" label="来源渠道" rules={[{ required: true }]}>
          <RadioChoice optionType="button" options={toOptions(CHANNEL_LABELS, CHANNELS)} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item name="categoryId" label="报修类别" rules={[{ required: true, message: '请选择报修类别' }]}>
              <FormSelect
                data-testid="intake-category"
                placeholder={cats.isLoading ? '加载中…' : '选择类别'}
                loading={cats.isLoading}
                showSearch
                optionFilterProp="label"
                options={catOptions}
              />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="urgency" label="紧急程度" rules={[{ required: true }]}>
              <RadioChoice optionType="button" options={toOptions(URGENCY_LABELS, URGENCIES)} />
            </Form.Item>
          </Col>
        </Row>
        {category?.paid && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="intake-price"
            message={`有偿服务：${category.name} ${category.priceFen != null ? formatYuan(category.priceFen) : ''}`}
            description={`${category.priceNote ?? '按公布的收费标准收费'}。受理前请先告知客户收费标准。`}
          />
        )}
        {needsLocation && (
          <Form.Item
            name="location"
            label="具体位置"
            rules={[{ required: !room, whitespace: true, message: '公共区域报修请填写位置' }]}
          >
            <Input placeholder="如：A座 5楼 电梯厅" maxLength={100} />
          </Form.Item>
        )}
        <Form.Item name="description" label="问题描述" rules={[{ required: true, whitespace: true, message: '请描述问题' }]}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder="客户描述的问题、现场情况" />
        </Form.Item>
        <Form.Item name="appointment" label="预约上门时间（与客户约定）">
          <DatePicker.RangePicker
            showTime={{ format: 'HH:mm', minuteStep: 15 }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
            disabledDate={(d) => d.isBefore(pickerNow(projectId), 'day')}
            presets={[
              { label: '今天下午', value: day(0, 14, 18) },
              { label: '明天上午', value: day(1, 9, 12) },
              { label: '明天下午', value: day(1, 14, 18) },
            ]}
          />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="requesterName"
              label="报修人"
              rules={[{ required: true, whitespace: true, message: '请填写报修人' }]}
            >
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="requesterPhone"
              label="联系电话"
              rules={[
                { required: true, message: '请填写联系电话' },
                { pattern: /^1\d{10}$/, message: '请输入11位手机号' },
              ]}
            >
              <Input maxLength={11} inputMode="numeric" className="wy-phone" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12} align="middle">
          <Col span={14}>
            <Form.Item
              name="promisedAt"
              label="告知客户的处理时间"
              rules={[{ required: true, message: '请填写告知客户的时间' }]}
              extra={preview.data ? '按本项目的时限设置和节假日计算' : undefined}
            >
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                style={{ width: '100%' }}
                onChange={() => (ownPromise.current = true)}
                data-testid="intake-promised"
              />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="isImportant" valuePropName="checked" label=" ">
              <Checkbox>重要报修（一个月内二次回访）</Checkbox>
            </Form.Item>
          </Col>
        </Row>
        <Space>
          <Button type="primary" htmlType="submit" loading={submitting} disabled={cats.isLoading} data-testid="intake-submit">
            提交受理
          </Button>
          <Button htmlType="button" onClick={onReset}>
            清空
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
