import { Radio, type RadioGroupProps } from 'antd';

type AriaFromFormItem = {
  'aria-required'?: boolean | 'true' | 'false';
  'aria-invalid'?: boolean | 'true' | 'false';
  'aria-describedby'?: string;
};

/**
 * A radio group as a form field. A required Form.Item gives its control `aria-required`, which antd's
 * Radio.Group puts on a plain <div> — where ARIA does not allow it (axe: aria-allowed-attr, critical). Here
 * the form item's ARIA states go on a wrapper that is a real radiogroup, so a screen reader hears "required".
 */
export default function RadioChoice({
  'aria-required': required,
  'aria-invalid': invalid,
  'aria-describedby': describedBy,
  ...props
}: RadioGroupProps & AriaFromFormItem) {
  return (
    <div role="radiogroup" aria-required={required} aria-invalid={invalid} aria-describedby={describedBy}>
      <Radio.Group {...props} />
    </div>
  );
}
