/**
 * R-OWN-08 a household's dynamic information — service requests, complaints, suggestions and inquiries, fee
 * payments, additions and changes of who lives there — kept per room as one history, newest first.
 * Two entries of the same moment come in this order.
 */
export const HOUSEHOLD_EVENT_KINDS = ['request', 'complaint', 'enquiry', 'payment', 'binding', 'arrears'] as const;
export type HouseholdEventKind = (typeof HOUSEHOLD_EVENT_KINDS)[number];
export const HOUSEHOLD_EVENT_KIND_LABELS: Record<HouseholdEventKind, string> = {
  request: '报修',
  complaint: '投诉',
  enquiry: '建议/咨询',
  payment: '缴费',
  binding: '住户变更',
  arrears: '欠费催缴',
};
