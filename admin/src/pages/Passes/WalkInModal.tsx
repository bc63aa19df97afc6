/**
 * 代业主办理 (R-PAS-01/02): an owner at the counter — the room, the owner's name and the identity document
 * seen, the moving day and window, the items, vehicle and carrier, the reason. Confirmed at once; the
 * desk issues it next from the detail (the payment status is checked there).
 */
import { Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { PASS_REASONS, PASS_REASON_LABELS } from '@wy/shared';
import RoomFilter from '../../components/RoomFilter';
import { $api, showSuccess } from '../../services/api';
import { pickerNow } from '../../utils/time';
import type { DeskPassBody } from './types';

type Values = Omit<DeskPassBody, 'moveOn'> & { moveOn: Dayjs };
const TIME = { pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: '时间格式应为 时:分，如 09:00' };

export default function WalkInModal({
  projectId,
  onClose,
  onDone,
}: {
  projectId: number;
  onClose: () => void;
  onDone: (id: number) => void;
}) {
  const [form] = Form.useForm<Values>();
  const create = $api.useMutation('post', '/api/v1/passes');
  const today = pickerNow(projectId).startOf('day');
  const submit = async () => {
    const v = await form.validateFields();
    const made = await create.mutateAsync({
      body: {
        ...v,
        moveOn: v.moveOn.format('YYYY-MM-DD'),
        fromTime: v.fromTime || undefined,
        toTime: v.toTime || undefined,
        plate: v.plate?.trim() || undefined,
        carrierName: v.carrierName?.trim() || undefined,
        carrierPhone: v.carrierPhone?.trim() || undefined,
        reasonNote: v.reasonNote?.trim() || undefined,
      },
    });
    showSuccess('已受理，请核对缴费情况后签发');
    onDone(made.id);
  };
  return (
    <Modal
      title="代业主办理放行"
      open
      width={720}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="受理"
      okButtonProps={{ 'data-testid': 'pass-walk-in-ok' } as never}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ reason: 'move_out', items: [{ name: '', quantity: 1 }] }}
        data-testid="pass-walk-in-form"
      >
        <Form.Item name="roomId" label="房屋" rules={[{ required: true, message: '请选择房屋' }]}>
          <RoomFilter projectId={projectId} value={undefined} onChange={() => undefined} testId="pass-walk-in-room" />
        </Form.Item>
        <Space size={16} wrap>
          <Form.Item
            name="applicantName"
            label="业主姓名"
            rules={[{ required: true, whitespace: true, message: '请填写业主姓名' }]}
          >
            <Input maxLength={50} data-testid="pass-walk-in-name" />
          </Form.Item>
          <Form.Item
            name="identityNote"
            label="身份核验"
            rules={[{ required: true, whitespace: true, min: 2, message: '请写明核验的证件，如：已核验身份证原件' }]}
          >
            <Input
              maxLength={100}
              placeholder="如：已核验身份证原件"
              style={{ width: 280 }}
              data-testid="pass-walk-in-identity"
            />
          </Form.Item>
        </Space>
        <Space size={16} wrap>
          <Form.Item name="moveOn" label="搬出日期" rules={[{ required: true, message: '请选择搬出日期' }]}>
            <DatePicker disabledDate={(d) => d.isBefore(today)} data-testid="pass-walk-in-date" />
          </Form.Item>
          <Form.Item name="fromTime" label="开始时间" rules={[TIME]}>
            <Input placeholder="09:00" style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name="toTime" label="结束时间" rules={[TIME]}>
            <Input placeholder="12:00" style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name="reason" label="原因">
            <Select style={{ width: 120 }} options={PASS_REASONS.map((r) => ({ value: r, label: PASS_REASON_LABELS[r] }))} />
          </Form.Item>
        </Space>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <Form.Item label="物品清单" required>
              {fields.map((f, i) => (
                <Space key={f.key} align="baseline">
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true, whitespace: true, message: '请填写物品名称' }]}>
                    <Input
                      placeholder="物品名称"
                      maxLength={40}
                      aria-label={`第${i + 1}项物品名称`}
                      data-testid={`pass-item-name-${i}`}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'quantity']} rules={[{ required: true, message: '请填写数量' }]}>
                    <InputNumber min={1} max={999} precision={0} aria-label={`第${i + 1}项数量`} />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button type="text" icon={<MinusCircleOutlined />} aria-label="删除此项" onClick={() => remove(f.name)} />
                  )}
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ name: '', quantity: 1 })}
                disabled={fields.length >= 30}
              >
                添加物品
              </Button>
            </Form.Item>
          )}
        </Form.List>
        <Space size={16} wrap>
          <Form.Item name="plate" label="车牌号">
            <Input maxLength={10} placeholder="选填" />
          </Form.Item>
          <Form.Item name="carrierName" label="搬运人">
            <Input maxLength={50} placeholder="选填" />
          </Form.Item>
          <Form.Item name="carrierPhone" label="搬运人电话">
            <Input maxLength={11} placeholder="选填" />
          </Form.Item>
        </Space>
        <Form.Item name="reasonNote" label="说明">
          <Input maxLength={200} placeholder="选填" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
