/** 办理须知 (R-PAS-04): the guide owners read before applying — the project's own text or the default; supervisors edit it. */
import { useEffect } from 'react';
import { Form, Input, Modal, Typography } from 'antd';
import Loaded from '../../components/Loaded';
import { $api, showSuccess } from '../../services/api';

export default function GuideModal({
  projectId,
  editable,
  onClose,
}: {
  projectId: number;
  editable: boolean;
  onClose: () => void;
}) {
  const q = $api.useQuery('get', '/api/v1/passes/guide', { params: { query: { projectId } } });
  const save = $api.useMutation('put', '/api/v1/passes/guide');
  const [form] = Form.useForm<{ text: string }>();
  useEffect(() => {
    if (q.data) form.setFieldsValue({ text: q.data.text });
  }, [q.data, form]);
  const submit = async () => {
    const v = await form.validateFields();
    await save.mutateAsync({ body: { projectId, text: v.text.trim() } });
    showSuccess('办理须知已发布');
    onClose();
  };
  return (
    <Modal
      title="放行条办理须知（所需资料和流程）"
      open
      width={720}
      onCancel={onClose}
      onOk={editable ? () => void submit() : onClose}
      okText={editable ? '发布' : '关闭'}
      okButtonProps={{ 'data-testid': 'pass-guide-save' } as never}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Loaded query={q} notFound="项目不存在">
        {(g) => (
          <Form form={form} layout="vertical" initialValues={{ text: g.text }}>
            <Typography.Paragraph type="secondary">
              {g.isDefault ? '当前为系统默认文本，业主申请放行前会看到。' : '业主申请放行前会看到以下内容。'}
            </Typography.Paragraph>
            <Form.Item name="text" rules={[{ required: true, whitespace: true, min: 10, message: '请填写办理须知，至少10个字' }]}>
              <Input.TextArea
                rows={10}
                maxLength={2000}
                showCount
                readOnly={!editable}
                aria-label="办理须知"
                data-testid="pass-guide-text"
              />
            </Form.Item>
          </Form>
        )}
      </Loaded>
    </Modal>
  );
}
