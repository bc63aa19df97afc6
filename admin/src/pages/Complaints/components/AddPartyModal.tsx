/**
 * 添加联名人 (R-CMP-14): the desk records a co-complainant of an open complaint. When this one makes three or
 * more, the complaint becomes class A and is reported in writing to the company the same day — the modal says
 * so before it is confirmed, since it cannot be undone.
 */
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { JOINT_COMPLAINT_MIN } from '@wy/shared';
import { $api, showSuccess } from '../../../services/api';
import type { ComplaintDetail } from '../types';

export default function AddPartyModal({
  complaint,
  onClose,
  onDone,
}: {
  complaint: ComplaintDetail;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<{ name: string }>();
  const add = $api.useMutation('post', '/api/v1/complaints/{id}/parties');
  const after = complaint.jointCount + 1;
  const escalates = after >= JOINT_COMPLAINT_MIN && !complaint.companyReportedAt;

  const submit = async (v: { name: string }) => {
    await add.mutateAsync({ params: { path: { id: complaint.id } }, body: { name: v.name.trim() } });
    showSuccess(`已添加联名人 ${v.name.trim()}`);
    onDone();
  };

  return (
    <Modal
      open
      title="添加联名人"
      okText={escalates ? '确认添加并上报' : '添加'}
      cancelText="取消"
      confirmLoading={add.isPending}
      okButtonProps={{ ...{ 'data-testid': 'add-party-ok' } }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={520}
    >
      <Typography.Paragraph type="secondary">
        现有 {complaint.jointCount} 人：{[complaint.complainantName, ...complaint.parties.map((x) => x.name)].join('、')}
      </Typography.Paragraph>
      {escalates && (
        <Alert
          type="warning"
          showIcon
          data-testid="add-party-escalates"
          message={`添加后共 ${after} 人，将作为联名投诉升为重大投诉，并当天书面上报公司投诉管理部门，此操作不能撤销。`}
          style={{ marginBottom: 12 }}
        />
      )}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v).catch(() => undefined)} data-testid="add-party-form">
        <Form.Item name="name" label="联名人姓名" rules={[{ required: true, whitespace: true, message: '请填写联名人姓名' }]}>
          <Input maxLength={50} placeholder="如：王芳（A座1502）" data-testid="add-party-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
