/**
 * 登记访客 (R-PAS-05): the visitor's name and ID number (shown masked afterwards), the room visited and whom
 * (its bound occupants to pick from), how many, plate, reason. The visitor then waits for the host's answer.
 */
import { useEffect, useState } from 'react';
import { Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { VISITOR_MAX_COUNT, VISIT_REASONS, VISIT_REASON_LABELS, type VisitReason } from '@wy/shared';
import RoomFilter from '../../components/RoomFilter';
import { $api, client, got, showError, showSuccess } from '../../services/api';
import type { VisitorHost } from './types';

interface Values {
  roomId: number;
  hostPersonId: number;
  name: string;
  idNumber: string;
  peopleCount: number;
  plate?: string;
  reason: VisitReason;
  reasonNote?: string;
}

export default function RegisterModal({
  projectId,
  onClose,
  onDone,
}: {
  projectId: number;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const roomId = Form.useWatch('roomId', form);
  const [hosts, setHosts] = useState<VisitorHost[] | null>(null);
  const create = $api.useMutation('post', '/api/v1/visitors');
  useEffect(() => {
    setHosts(null);
    form.resetFields(['hostPersonId']);
    if (!roomId) return;
    let live = true;
    got(client.GET('/api/v1/visitors/hosts', { params: { query: { roomId } } }))
      .then((h) => live && setHosts(h))
      .catch(showError);
    return () => {
      live = false;
    };
  }, [roomId, form]);

  const submit = async () => {
    const v = await form.validateFields();
    await create.mutateAsync({
      body: {
        ...v,
        name: v.name.trim(),
        idNumber: v.idNumber.trim().toUpperCase(),
        plate: v.plate?.trim() || undefined,
        reasonNote: v.reasonNote?.trim() || undefined,
      },
    });
    showSuccess('已登记，请等待住户确认或电话联系住户');
    onDone();
  };

  return (
    <Modal
      title="登记访客"
      open
      width={680}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="登记"
      okButtonProps={{ 'data-testid': 'visitor-register-ok' } as never}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ peopleCount: 1, reason: 'family' }}
        data-testid="visitor-register-form"
      >
        <Space size={16} wrap align="start">
          <Form.Item name="roomId" label="被访房屋" rules={[{ required: true, message: '请选择房屋' }]}>
            <RoomFilter projectId={projectId} value={undefined} onChange={() => undefined} testId="visitor-room" />
          </Form.Item>
          <Form.Item
            name="hostPersonId"
            label="被访住户"
            rules={[{ required: true, message: '请选择被访住户' }]}
            extra={hosts && !hosts.length ? '该房屋没有已登记的住户，不能登记来访' : undefined}
          >
            <Select
              style={{ width: 220 }}
              placeholder={roomId ? '选择住户' : '先选房屋'}
              disabled={!hosts?.length}
              options={(hosts ?? []).map((h) => ({ value: h.personId, label: `${h.name}（${h.kindLabel}）` }))}
              data-testid="visitor-host"
            />
          </Form.Item>
        </Space>
        <Space size={16} wrap align="start">
          <Form.Item name="name" label="访客姓名" rules={[{ required: true, whitespace: true, message: '请填写访客姓名' }]}>
            <Input maxLength={50} style={{ width: 160 }} data-testid="visitor-name" />
          </Form.Item>
          <Form.Item
            name="idNumber"
            label="证件号码"
            rules={[{ required: true, whitespace: true, message: '请填写身份证或其他证件号码' }]}
          >
            <Input maxLength={20} style={{ width: 240 }} placeholder="身份证或其他证件" data-testid="visitor-id" />
          </Form.Item>
          <Form.Item name="peopleCount" label="人数" rules={[{ required: true, message: '请填写人数' }]}>
            <InputNumber min={1} max={VISITOR_MAX_COUNT} precision={0} style={{ width: 100 }} />
          </Form.Item>
        </Space>
        <Space size={16} wrap align="start">
          <Form.Item name="plate" label="车牌号（选填）">
            <Input maxLength={10} style={{ width: 160 }} placeholder="如 粤B12345" />
          </Form.Item>
          <Form.Item name="reason" label="来访事由" rules={[{ required: true, message: '请选择来访事由' }]}>
            <Select style={{ width: 160 }} options={VISIT_REASONS.map((r) => ({ value: r, label: VISIT_REASON_LABELS[r] }))} />
          </Form.Item>
          <Form.Item name="reasonNote" label="说明（选填）">
            <Input maxLength={200} style={{ width: 240 }} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
