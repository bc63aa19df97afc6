/** A visit window agreed with the owner (改约, 已联系业主): the picker, and the body it makes in the project's zone. */
import { ProFormDateTimeRangePicker } from '@ant-design/pro-components';
import { pickedInstant } from '../../../utils/time';
import type { ActionForm } from './types';

export function visitFields(label: string, required: string): NonNullable<ActionForm['Fields']> {
  return function VisitFields() {
    return (
      <ProFormDateTimeRangePicker
        name="appointment"
        label={label}
        rules={[{ required: true, message: required }]}
        fieldProps={{ format: 'YYYY-MM-DD HH:mm', showTime: { format: 'HH:mm' } }}
      />
    );
  };
}

export const visitBody: NonNullable<ActionForm['body']> = (v, t) =>
  v.appointment
    ? {
        appointmentStart: pickedInstant(v.appointment[0], t.projectId),
        appointmentEnd: pickedInstant(v.appointment[1], t.projectId),
      }
    : {};
