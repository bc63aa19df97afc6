/** 新增 / 编辑 a key customer or committee member: kind, name, room (optional), office, why key, contact. */
import { Form, Input, Modal, Radio, Space } from 'antd';
import { KEY_CUSTOMER_KINDS, KEY_CUSTOMER_KIND_LABELS, type KeyCustomerKind } from '@wy/shared';
import RadioChoice from '../../components/RadioChoice';
import RoomFilter from '../../components/RoomFilter';
import { $api, showSuccess } from '../../services/api';
import type { KeyCustomer } from './types';

interface Values {
  kind: KeyCustomerKind;
  name: string;
  roomId?: number;
  committeeRole?: string;
  reason: string;
  phone?: string;
}

export default function CustomerModal({
  projectId,
  editing,
  defaultKind,
  onClose,
  onDone,
}: {
  projectId: number;
  editing: KeyCustomer | null;
  defaultKind: KeyCustomerKind;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const create = $api.useMutation('post', '/api/v1/key-customers');
  const update = $api.useMutation('put', '/api/v1/key-customers/{id}');
  const submit = async () => {
    const v = await form.validateFields();
    const body = {
      kind: v.kind,
      name: v.name.trim(),
      roomId: v.roomId || undefined,
      committeeRole: v.kind === 'committee' ? v.committeeRole?.trim() || undefined : undefined,
      reason: v.reason.trim(),
      ...(v.phone?.trim() ? { phone: v.phone.trim() } : {}),
    };
    if (editing) await update.mutateAsync({ params: { path: { id: editing.id } }, body });
    else await create.mutateAsync({ body: { ...body, projectId } });
    showSuccess(editing ? '已保存' : '已加入名单');
    onDone();
  };
  return (
    <Modal
      title={editing ? `编辑：${editing.name}` : '加入重点客户名单'}
      open
      width={640}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="保存"
      okButtonProps={{ 'data-testid': 'key-customer-ok' } as never}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={
          editing
            ? {
                kind: editing.kind,
                name: editing.name,
                roomId: editing.roomId ?? undefined,
                committeeRole: editing.committeeRole ?? undefined,
                reason: editing.reason,
              }
            : { kind: defaultKind }
        }
      >
        <Form.Item name="kind" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
          <RadioChoice>
            {KEY_CUSTOMER_KINDS.map((k) => (
              <Radio key={k} value={k}>
                {KEY_CUSTOMER_KIND_LABELS[k]}
                {k === 'committee' ? '（每月沟通）' : '（每季度沟通）'}
              </Radio>
            ))}
          </RadioChoice>
        </Form.Item>
        <Space size={16} wrap align="start">
          <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
            <Input maxLength={50} style={{ width: 160 }} data-testid="key-customer-name" />
          </Form.Item>
          {kind === 'committee' && (
            <Form.Item name="committeeRole" label="业委会职务">
              <Input maxLength={20} style={{ width: 140 }} placeholder="如：主任、委员" />
            </Form.Item>
          )}
          <Form.Item name="phone" label={editing ? `联系电话（现为 ${editing.phoneMasked ?? '无'}，不改留空）` : '联系电话'}>
            <Input maxLength={20} style={{ width: 200 }} />
          </Form.Item>
        </Space>
        <Form.Item name="roomId" label="房屋（选填）">
          <RoomFilter projectId={projectId} value={undefined} onChange={() => undefined} />
        </Form.Item>
        <Form.Item
          name="reason"
          label="列为重点的原因"
          rules={[{ required: true, whitespace: true, min: 2, message: '请写明原因（至少2个字）' }]}
        >
          <Input.TextArea rows={2} maxLength={200} showCount data-testid="key-customer-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
