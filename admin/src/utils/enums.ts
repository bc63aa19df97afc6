import { BINDING_STATUS_LABELS, type BindingStatus } from '@wy/shared';

/** Turn the label records from @wy/shared into antd options / ProTable valueEnums. */
export function toOptions<K extends string>(labels: Record<K, string>, keys?: readonly K[]) {
  return (keys ?? (Object.keys(labels) as K[])).map((value) => ({ value, label: labels[value] }));
}

export function toValueEnum<K extends string>(
  labels: Record<K, string>,
  status?: Partial<Record<K, 'Success' | 'Error' | 'Processing' | 'Warning' | 'Default'>>,
) {
  return Object.fromEntries(
    (Object.keys(labels) as K[]).map((k) => [k, { text: labels[k], status: status?.[k] ?? 'Default' }]),
  ) as Record<K, { text: string; status: string }>;
}

/** Binding states as the service centre says them ("审核中" is the owner's wording; staff say 待审核). */
export const STAFF_BINDING_STATUS_TEXT: Record<BindingStatus, string> = { ...BINDING_STATUS_LABELS, pending: '待审核' };
