/**
 * 业户资料 governance: who enters what (R-OWN-09), entry within 3 days and a second person's check
 * against the original documents (R-OWN-02), written notice of a fee-relevant change before it takes
 * effect (R-OWN-04), and the general manager's approval of a project's code table (R-ORG-05).
 * The API, the console and the tests read these; nothing here does I/O.
 */
import { localDate } from './local-time.js';

// ---- R-OWN-02 entered → verified ----
export const RECORD_STATUSES = ['entered', 'verified'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];
export const RECORD_STATUS_LABELS: Record<RecordStatus, string> = { entered: '已录入', verified: '已核对' };

/** The copies of original documents a base record is checked against. */
export const RECORD_DOCUMENTS = ['purchase_contract', 'title_certificate', 'id_card'] as const;
export type RecordDocument = (typeof RECORD_DOCUMENTS)[number];
export const RECORD_DOCUMENT_LABELS: Record<RecordDocument, string> = {
  purchase_contract: '购房合同复印件',
  title_certificate: '产权证复印件',
  id_card: '身份证复印件',
};

/** Days allowed between receiving the information (or the delivery) and entering it: the default of a project setting. */
export const DEFAULT_ENTRY_DAYS = 3;
/** The project-setting key of that number of days. */
export const ENTRY_DAYS_SETTING = 'records.entryDays';

/** The last day (project zone) on which information received on `receivedOn` may be entered. */
export function entryDueOn(receivedOn: string, days: number = DEFAULT_ENTRY_DAYS): string {
  const t = Date.UTC(+receivedOn.slice(0, 4), +receivedOn.slice(5, 7) - 1, +receivedOn.slice(8, 10)) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * R-OWN-02 an entry is late when the day it was entered (in the project's zone) is after the due day:
 * received on the 1st with 3 days, entering on the 4th is in time, on the 5th late. No receipt date: never late.
 */
export function isLateEntry(
  receivedOn: string | null | undefined,
  enteredAt: Date,
  timeZone: string,
  days: number = DEFAULT_ENTRY_DAYS,
): boolean {
  if (!receivedOn) return false;
  return localDate(enteredAt, timeZone) > entryDueOn(receivedOn, days);
}

// ---- R-OWN-04 fee-relevant changes ----
/** Fields of a room that bills are computed from: changed only through a notified change. */
export const FEE_FIELDS = ['area', 'use'] as const;
export type FeeField = (typeof FEE_FIELDS)[number];
export const FEE_FIELD_LABELS: Record<FeeField, string> = { area: '建筑面积', use: '房屋用途' };

export const FEE_CHANGE_STATUSES = ['pending', 'approved', 'delivered', 'effective', 'rejected'] as const;
export type FeeChangeStatus = (typeof FEE_CHANGE_STATUSES)[number];
export const FEE_CHANGE_STATUS_LABELS: Record<FeeChangeStatus, string> = {
  pending: '待审批',
  approved: '待送达通知',
  delivered: '已送达，待生效',
  effective: '已生效',
  rejected: '已驳回',
};

const FEE_CHANGE_MOVES: Record<FeeChangeStatus, readonly FeeChangeStatus[]> = {
  pending: ['approved', 'rejected'],
  approved: ['delivered'],
  delivered: ['effective'],
  effective: [],
  rejected: [],
};
export function canMoveFeeChange(from: FeeChangeStatus, to: FeeChangeStatus): boolean {
  return FEE_CHANGE_MOVES[from]?.includes(to) ?? false;
}

export const DELIVERY_METHODS = ['in_person', 'mail', 'posted'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];
export const DELIVERY_METHOD_LABELS: Record<DeliveryMethod, string> = { in_person: '当面送达', mail: '邮寄', posted: '张贴' };

/**
 * R-OWN-04 the new value takes effect only once the written notice was delivered and the effective
 * date (project zone) has come.
 */
export function feeChangeTakesEffect(
  change: { status: FeeChangeStatus; effectiveOn: string },
  now: Date,
  timeZone: string,
): boolean {
  return change.status === 'delivered' && localDate(now, timeZone) >= change.effectiveOn;
}

// ---- R-ORG-05 the code table ----
export const CODE_STATUSES = ['draft', 'approved'] as const;
export type CodeStatus = (typeof CODE_STATUSES)[number];
export const CODE_STATUS_LABELS: Record<CodeStatus, string> = { draft: '草拟', approved: '已批准' };

// ---- R-OWN-09 who enters what ----
export const RECORD_PARTS = ['base', 'fee', 'dynamic'] as const;
export type RecordPart = (typeof RECORD_PARTS)[number];
export const RECORD_PART_LABELS: Record<RecordPart, string> = {
  base: '基础资料（客服人员录入）',
  fee: '收费资料（财务助理录入）',
  dynamic: '动态资料（当值客服人员录入）',
};

/** Mask a bank account: the last 4 digits only. */
export function maskBankAccount(v: string | null | undefined): string | null {
  if (!v) return null;
  const d = v.replace(/\s+/g, '');
  return d.length <= 4 ? '****' : `**** **** ${d.slice(-4)}`;
}
export function isBankAccount(v: unknown): v is string {
  return typeof v === 'string' && /^\d{12,30}$/.test(v.replace(/\s+/g, ''));
}
