/** 交接班 (R-SRV-04): the open orders go to a colleague picked from the project's desk staff; recorded in the duty log. */
import { Alert, Form, Input, Modal } from 'antd';
import { STAFF_ROLE_LABELS, type StaffRole } from '@wy/shared';
import { useAuth } from '../../../auth';
import { $api, showSuccess, useRefresh } from '../../../services/api';
import FormSelect from '../../../components/FormSelect';

interface Values {
  toStaffId: number;
  note?: string;
}

export default function HandoverModal({
  projectId,
  openCount,
  open,
  onClose,
}: {
  projectId: number;
  openCount: number;
  open: boolean;
  onClose: () => void;
}) {
  const { me } = useAuth();
  const [form] = Form.useForm<Values>();
  const refresh = useRefresh();
  const desk = $api.useQuery('get', '/api/v1/staff/desk', { params: { query: { projectId } } }, { enabled: open });
  const colleagues = (desk.data ?? []).filter((s) => s.id !== me?.id);
  const hand = $api.useMutation('post', '/api/v1/shift-handovers', {
    onSuccess: () => {
      showSuccess('交接完成，已记入值班记录');
      onClose();
      void refresh('/api/v1/duty-log', '/api/v1/shift-handover');
    },
  });

  return (
    <Modal
      title="交接班"
      open={open}
      onCancel={onClose}
      okText="确认交接"
      okButtonProps={{ 'data-testid': 'shift-handover-submit' }}
      confirmLoading={hand.isPending}
      destroyOnHidden
      onOk={() => form.submit()}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message={`将 ${openCount} 张未完成工单交给下一班，交接记录写入值班记录。`}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(v) => hand.mutate({ body: { projectId, toStaffId: v.toStaffId, note: v.note?.trim() || undefined } })}
      >
        <Form.Item name="toStaffId" label="接班人" rules={[{ required: true, message: '请选择接班人' }]}>
          <FormSelect
            showSearch
            optionFilterProp="label"
            loading={desk.isPending}
            placeholder={desk.isPending ? '加载中…' : colleagues.length ? '选择下一班的同事' : '本项目没有其他客服同事'}
            data-testid="handover-staff"
            options={colleagues.map((s) => ({
              value: s.id,
              label: `${s.name}（${s.roles.map((r) => STAFF_ROLE_LABELS[r as StaffRole] ?? r).join('、')}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="note" label="交接说明">
          <Input.TextArea rows={3} maxLength={300} showCount placeholder="需要下一班重点跟进的事项" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
