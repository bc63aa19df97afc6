/**
 * 新建 / 修改公告: title, kind, plain-text body (blank lines make paragraphs; shown as text, never as HTML),
 * audience (every owner of the project or chosen buildings), urgent (首页's strip) and pinned, and the
 * validity in the project's zone (生效时间 defaults to the moment it is published; 截止时间 may be left open).
 * Saved as a draft; it reaches owners only once approved.
 */
import { Alert, Checkbox, DatePicker, Form, Input, Modal, Radio, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  ANNOUNCEMENT_AUDIENCES,
  ANNOUNCEMENT_AUDIENCE_LABELS,
  ANNOUNCEMENT_BODY_MAX,
  ANNOUNCEMENT_KINDS,
  ANNOUNCEMENT_KIND_LABELS,
  ANNOUNCEMENT_TITLE_MAX,
  type AnnouncementAudience,
  type AnnouncementKind,
} from '@wy/shared';
import { $api, showSuccess } from '../../services/api';
import FormSelect from '../../components/FormSelect';
import { fromPicker, pickerNow, toPicker } from '../../utils/time';
import type { AnnouncementDetail } from './types';

interface Values {
  kind: AnnouncementKind;
  title: string;
  body: string;
  audience: AnnouncementAudience;
  buildingIds?: number[];
  flags?: ('urgent' | 'pinned')[];
  validFrom?: Dayjs | null;
  validTo?: Dayjs | null;
}

export default function EditModal({
  projectId,
  editing,
  onClose,
  onSaved,
}: {
  projectId: number;
  /** the draft being changed; null for a new one */
  editing: AnnouncementDetail | null;
  onClose: () => void;
  onSaved: (id: number) => void;
}) {
  const [form] = Form.useForm<Values>();
  const audience = Form.useWatch('audience', form);
  const buildings = $api.useQuery('get', '/api/v1/projects/{projectId}/buildings', { params: { path: { projectId } } });
  const create = $api.useMutation('post', '/api/v1/announcements');
  const update = $api.useMutation('put', '/api/v1/announcements/{id}');
  const initial: Values = editing
    ? {
        kind: editing.kind as AnnouncementKind,
        title: editing.title,
        body: editing.body,
        audience: editing.audience as AnnouncementAudience,
        buildingIds: editing.buildings.map((b) => b.id),
        flags: [...(editing.urgent ? ['urgent' as const] : []), ...(editing.pinned ? ['pinned' as const] : [])],
        validFrom: toPicker(editing.validFrom, projectId),
        validTo: editing.validTo ? toPicker(editing.validTo, projectId) : null,
      }
    : { kind: 'notice', title: '', body: '', audience: 'project', flags: [] };

  const submit = async () => {
    const v = await form.validateFields();
    const body = {
      kind: v.kind,
      title: v.title,
      body: v.body,
      audience: v.audience,
      buildingIds: v.audience === 'buildings' ? (v.buildingIds ?? []) : [],
      urgent: !!v.flags?.includes('urgent'),
      pinned: !!v.flags?.includes('pinned'),
      validFrom: v.validFrom ? fromPicker(v.validFrom, projectId) : undefined,
      validTo: v.validTo ? fromPicker(v.validTo, projectId) : undefined,
    };
    const saved = editing
      ? await update.mutateAsync({ params: { path: { id: editing.id } }, body })
      : await create.mutateAsync({ body: { ...body, projectId } });
    showSuccess(editing ? '已保存' : '已保存为草稿');
    onSaved(saved.id);
  };

  return (
    <Modal
      title={editing ? '修改公告' : '新建公告'}
      open
      onCancel={onClose}
      onOk={() => void submit()}
      okText="保存草稿"
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      width={720}
    >
      <Form form={form} layout="vertical" initialValues={initial} data-testid="announcement-form">
        <Form.Item name="title" label="标题" rules={[{ required: true, whitespace: true, message: '请填写标题' }]}>
          <Input maxLength={ANNOUNCEMENT_TITLE_MAX} showCount data-testid="announcement-title" />
        </Form.Item>
        <Form.Item name="kind" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
          <Radio.Group
            optionType="button"
            options={ANNOUNCEMENT_KINDS.map((k) => ({ value: k, label: ANNOUNCEMENT_KIND_LABELS[k] }))}
          />
        </Form.Item>
        <Form.Item
          name="body"
          label="正文"
          extra="纯文本，空一行即分段；业主端按原文显示。"
          rules={[{ required: true, whitespace: true, message: '请填写正文' }]}
        >
          <Input.TextArea rows={8} maxLength={ANNOUNCEMENT_BODY_MAX} showCount data-testid="announcement-body" />
        </Form.Item>
        <Form.Item name="audience" label="发布范围" rules={[{ required: true, message: '请选择发布范围' }]}>
          <Radio.Group options={ANNOUNCEMENT_AUDIENCES.map((a) => ({ value: a, label: ANNOUNCEMENT_AUDIENCE_LABELS[a] }))} />
        </Form.Item>
        {audience === 'buildings' && (
          <Form.Item
            name="buildingIds"
            label="楼栋"
            rules={[{ required: true, type: 'array', min: 1, message: '请选择发布的楼栋' }]}
          >
            <FormSelect
              mode="multiple"
              placeholder="选择楼栋"
              loading={buildings.isLoading}
              options={(buildings.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
            />
          </Form.Item>
        )}
        <Form.Item name="flags" label="提醒方式">
          <Checkbox.Group
            options={[
              { value: 'urgent', label: '紧急（有效期内显示在业主首页顶部）' },
              { value: 'pinned', label: '置顶' },
            ]}
          />
        </Form.Item>
        <Space size="large" wrap>
          <Form.Item name="validFrom" label="生效时间" extra="不填则审核发布时生效">
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" placeholder="审核发布时" />
          </Form.Item>
          <Form.Item
            name="validTo"
            label="截止时间"
            extra="不填则长期有效"
            dependencies={['validFrom']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, v: Dayjs | null | undefined) => {
                  if (!v) return Promise.resolve();
                  const from = (getFieldValue('validFrom') as Dayjs | null | undefined) ?? pickerNow(projectId);
                  return v.isAfter(from) ? Promise.resolve() : Promise.reject(new Error('截止时间须晚于生效时间'));
                },
              }),
            ]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" placeholder="长期有效" />
          </Form.Item>
        </Space>
        <Alert type="info" showIcon message="保存后为草稿，提交审核并经管理处经理审核发布后，业主才能看到。" />
      </Form>
    </Modal>
  );
}
