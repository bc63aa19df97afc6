/**
 * The review's fields (评审): valid or invalid (nothing chosen beforehand), the classification table of
 * common complaints, importance with what each class covers, category, type, the supervisor for class B/C,
 * and a preview of the code the review will give (the serial is taken when it is saved).
 */
import { Alert, Form, Input, Radio, Space, Typography } from 'antd';
import type { FormInstance } from 'antd';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_IMPORTANCES,
  COMPLAINT_IMPORTANCE_HINTS,
  COMPLAINT_IMPORTANCE_LABELS,
  COMPLAINT_KINDS,
  COMPLAINT_KIND_LABELS,
  STAFF_ROLE_LABELS,
  complaintCodePrefix,
  type ComplaintCategory,
  type ComplaintImportance,
  type StaffRole,
} from '@wy/shared';
import type { ClassItem, Handler } from '../types';
import FormSelect from '../../../components/FormSelect';

export function codePreview(projectCode: string | undefined, i?: string, c?: string): string | null {
  if (!projectCode || !i || !c) return null;
  return `${complaintCodePrefix(projectCode, i as ComplaintImportance, c as ComplaintCategory)}-××××××`;
}

export default function ReviewFields({
  form,
  projectCode,
  items,
  handlers,
  optional,
}: {
  form: FormInstance;
  projectCode: string | undefined;
  items: ClassItem[];
  handlers: Handler[];
  /** at intake the review may be left for later */
  optional?: boolean;
}) {
  const valid = Form.useWatch('valid', form) as boolean | undefined;
  const importance = Form.useWatch('importance', form) as string | undefined;
  const category = Form.useWatch('category', form) as string | undefined;
  const preview = codePreview(projectCode, importance, category);
  const active = items.filter((x) => x.active);

  return (
    <>
      <Form.Item
        name="valid"
        label="评审结论"
        rules={optional ? [] : [{ required: true, message: '请选择是否有效投诉' }]}
        data-testid="review-valid"
      >
        <Radio.Group>
          <Radio value={true}>有效投诉</Radio>
          <Radio value={false}>无效投诉</Radio>
        </Radio.Group>
      </Form.Item>
      {valid === false && (
        <Form.Item
          name="note"
          label="向投诉人所作的解释"
          rules={[{ required: true, whitespace: true, message: '无效投诉需要记录所作的解释' }]}
          extra="无效投诉不会删除，连同解释一并记入投诉登记簿。"
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      )}
      {valid === true && (
        <>
          <Form.Item name="classItemId" label="常见投诉分类" extra="从本项目的投诉分类表选择，自动带出重要程度与类别">
            <FormSelect
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={active.length ? '选择常见投诉' : '本项目尚未建立投诉分类表'}
              options={active.map((x) => ({
                value: x.id,
                label: `${x.name}（${x.importance} ${COMPLAINT_IMPORTANCE_LABELS[x.importance as ComplaintImportance]} · ${
                  COMPLAINT_CATEGORY_LABELS[x.category as ComplaintCategory]
                }）`,
              }))}
              onChange={(id?: number) => {
                const x = items.find((i) => i.id === id);
                if (x) form.setFieldsValue({ importance: x.importance, category: x.category });
              }}
              data-testid="review-class-item"
            />
          </Form.Item>
          <Form.Item name="importance" label="重要程度" rules={[{ required: true, message: '请选择重要程度' }]}>
            <Radio.Group data-testid="review-importance">
              <Space direction="vertical">
                {COMPLAINT_IMPORTANCES.map((i) => (
                  <Radio key={i} value={i}>
                    <b>
                      {i} {COMPLAINT_IMPORTANCE_LABELS[i]}
                    </b>
                    <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
                      {COMPLAINT_IMPORTANCE_HINTS[i]}
                    </Typography.Text>
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
          </Form.Item>
          <Form.Item name="category" label="投诉类别" rules={[{ required: true, message: '请选择投诉类别' }]}>
            <FormSelect
              placeholder="选择类别"
              options={COMPLAINT_CATEGORIES.map((c) => ({ value: c, label: COMPLAINT_CATEGORY_LABELS[c] }))}
              data-testid="review-category"
            />
          </Form.Item>
          <Form.Item name="kind" label="投诉类型" rules={[{ required: true, message: '请选择投诉类型' }]}>
            <Radio.Group data-testid="review-kind">
              {COMPLAINT_KINDS.map((k) => (
                <Radio key={k} value={k}>
                  {COMPLAINT_KIND_LABELS[k]}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          {importance && importance !== 'A' && (
            <Form.Item name="handlerStaffId" label="转交专业主管" extra="一般、轻微投诉须在受理后 1 小时内转交专业主管">
              <FormSelect
                allowClear
                data-testid="review-handler"
                placeholder="稍后转交"
                options={handlers.map((h) => ({
                  value: h.id,
                  label: `${h.name}（${h.roles.map((r) => STAFF_ROLE_LABELS[r as StaffRole] ?? r).join('、')}）`,
                }))}
              />
            </Form.Item>
          )}
          {importance === 'A' && (
            <Alert
              type="warning"
              showIcon
              message="重大投诉保存后立即上报管理处经理，须 2 天内明确答复投诉人"
              style={{ marginBottom: 16 }}
            />
          )}
          <Form.Item label="投诉编码">
            <Typography.Text code data-testid="code-preview" data-latin-ok>
              {preview ?? '选择重要程度和类别后生成'}
            </Typography.Text>
            {preview && (
              <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
                流水号在保存时生成，本项目内不重复
              </Typography.Text>
            )}
          </Form.Item>
        </>
      )}
    </>
  );
}
