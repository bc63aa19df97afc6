import { useEffect, useRef } from 'react';
import { Select, type RefSelectProps, type SelectProps } from 'antd';

type Required = { 'aria-required'?: boolean | 'true' | 'false' };

/**
 * A searchable select as a required form field. A required Form.Item gives its control `aria-required`,
 * which antd's Select also writes on its outer <div> — where ARIA does not allow it (axe:
 * aria-allowed-attr, critical). Here only the combobox input, which a screen reader announces, carries it.
 */
export default function FormSelect({ 'aria-required': required, ...props }: SelectProps & Required) {
  const ref = useRef<RefSelectProps>(null);
  useEffect(() => {
    const input = ref.current?.nativeElement?.querySelector('input');
    if (!input) return;
    if (required === true || required === 'true') input.setAttribute('aria-required', 'true');
    else input.removeAttribute('aria-required');
  }, [required]);
  return <Select ref={ref} {...props} />;
}
