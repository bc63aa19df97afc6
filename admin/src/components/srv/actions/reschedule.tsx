/** 改约: a new visit time agreed with the owner, and why the first one was missed. */
import { ProFormDateTimeRangePicker } from '@ant-design/pro-components';
import { pickedInstant } from '../../../utils/time';
import type { ActionForm } from './types';

export const rescheduleForm: ActionForm = {
  Fields: () => (
    <ProFormDateTimeRangePicker
      name="appointment"
      label="新的预约时间"
      rules={[{ required: true, message: '请选择与业主重新约定的时间' }]}
      fieldProps={{ format: 'YYYY-MM-DD HH:mm', showTime: { format: 'HH:mm' } }}
    />
  ),
  body: (v, t) =>
    v.appointment
      ? {
          appointmentStart: pickedInstant(v.appointment[0], t.projectId),
          appointmentEnd: pickedInstant(v.appointment[1], t.projectId),
        }
      : {},
  reasonLabel: '未按约到场原因',
  reasonPlaceholder: '如：技工前一单超时未能按时到场，已向业主致歉',
};
