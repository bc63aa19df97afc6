/**
 * 审核 a request an owner filed in the mini-program: the clerk sets its urgency (the required-by time
 * follows from the project's default durations, computed by the API) and whether it is important; the
 * clerk who reviews it becomes its first contact.
 */
import { ProFormCheckbox, ProFormRadio } from '@ant-design/pro-components';
import { Alert } from 'antd';
import { URGENCIES, URGENCY_LABELS } from '@wy/shared';
import type { ActionForm } from './types';

export const reviewForm: ActionForm = {
  Fields: () => (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message="业主在小程序提交的报修，审核后方可派单"
        description="按紧急程度确定要求完成时间并告知业主；审核人即为该报修的首问负责人。"
      />
      <ProFormRadio.Group
        name="urgency"
        label="紧急程度"
        radioType="button"
        rules={[{ required: true, message: '请确定紧急程度' }]}
        options={URGENCIES.map((u) => ({ value: u, label: URGENCY_LABELS[u] }))}
        fieldProps={{ 'data-testid': 'review-urgency' } as object}
      />
      <ProFormCheckbox name="isImportant">重要报修（完工后一个月内二次回访）</ProFormCheckbox>
    </>
  ),
  initialValues: () => ({}),
  body: (v) => ({ urgency: v.urgency, isImportant: v.isImportant || undefined }),
  note: { placeholder: '如：已电话联系业主确认漏水位置' },
  doneText: (d) => `已审核：${d.code}，请尽快派单`,
};
