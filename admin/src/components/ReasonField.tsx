/**
 * A reason, note or explanation written in a dialog: up to 200 characters with a counter; when it is required,
 * at least 2 characters that are not blanks, and the message says what to write.
 */
import { Form, Input } from 'antd';
import type { ReactNode } from 'react';

export default function ReasonField({
  name,
  label,
  required,
  message,
  placeholder,
  testId,
  extra,
  rows = 3,
}: {
  name: string;
  label: ReactNode;
  /** when set, the field must be filled: the message shown when it is not (it names the 2-character minimum) */
  required?: boolean;
  message?: string;
  placeholder?: string;
  testId: string;
  extra?: ReactNode;
  rows?: number;
}) {
  return (
    <Form.Item
      name={name}
      label={label}
      extra={extra}
      rules={required ? [{ required: true, whitespace: true, min: 2, message: message ?? '请填写（至少 2 个字）' }] : []}
    >
      <Input.TextArea rows={rows} maxLength={200} showCount placeholder={placeholder} data-testid={testId} />
    </Form.Item>
  );
}
