import {
  RENO_NOTICE_STATUS_LABELS,
  RENO_VIOLATION_LABELS,
  isRenoViolationKind,
  renoNoticeOverdue,
  type RenoNoticeStatus,
} from '@wy/shared';
import type { RenovationNotice } from '../entities.js';
import type { RenoNoticeDto } from '../renovation.dto.js';

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);

/** R-REN-06 a rectification notice as the console prints it and the owner reads it. */
export function noticeDto(n: RenovationNotice, today: string): RenoNoticeDto {
  const kinds = (n.violations ?? []).filter(isRenoViolationKind);
  return {
    id: n.id,
    code: n.code,
    violations: kinds,
    violationLabels: kinds.map((k) => RENO_VIOLATION_LABELS[k]),
    note: n.note,
    deadlineOn: n.deadlineOn,
    status: n.status,
    statusLabel: RENO_NOTICE_STATUS_LABELS[n.status as RenoNoticeStatus] ?? n.status,
    overdue: renoNoticeOverdue(n.status, n.deadlineOn, today),
    issuedAt: iso(n.issuedAt)!,
    issuedByName: n.issuedByName,
    closedAt: iso(n.closedAt),
    closedByName: n.closedByName,
    reportedAt: iso(n.reportedAt),
    reportedByName: n.reportedByName,
    reportNote: n.reportNote,
  };
}
