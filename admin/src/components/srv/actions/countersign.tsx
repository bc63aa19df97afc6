/** 签收工单 (R-REP-05): the clerk writes the technician's leaving time on the returned order and countersigns it. */
import { ProFormDateTimePicker } from '@ant-design/pro-components';
import { Alert } from 'antd';
import { pickedInstant } from '../../../utils/time';
import type { ActionForm } from './types';

export const countersignForm: ActionForm = {
  Fields: () => (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message="在交回的派工单上填写技工离开时间并签收"
        description="离开时间在技工领取工单之后、到场之前；签收人为当前登录的客服。"
      />
      <ProFormDateTimePicker
        name="leftAt"
        label="技工离开时间"
        rules={[{ required: true, message: '请填写技工离开时间' }]}
        fieldProps={{ format: 'YYYY-MM-DD HH:mm', showTime: { format: 'HH:mm' } }}
      />
    </>
  ),
  body: (v, t) => (v.leftAt ? { leftAt: pickedInstant(v.leftAt, t.projectId) } : {}),
  note: { placeholder: '如：工单及收据 1 张已收齐' },
  doneText: (d) => `已签收：${d.code}`,
};
