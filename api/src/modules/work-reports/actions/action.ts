/**
 * The shape of one step of a monthly work report (one file per step: actions/submit.ts …): who may (a
 * permission and the shared state machine), what it checks, and the move as data — the change and the
 * audit note. WorkReportMoves runs it in one transaction.
 */
import type { Permission, WorkReportAction, WorkReportFigures } from '@wy/shared';
import { badRequest } from '../../../common/app-error.js';
import type { StaffPrincipal } from '../../../common/principal.js';
import type { WorkReportActionDto } from '../work-reports.dto.js';
import type { WorkReport } from '../entities.js';

export interface WorkReportContext {
  p: StaffPrincipal;
  r: WorkReport;
  input: WorkReportActionDto;
  now: Date;
  /** the project's zone */
  tz: string;
  /** the month's figures as they stand now (read for the steps that freeze them) */
  figures: () => Promise<WorkReportFigures>;
}

export interface WorkReportOutcome {
  patch: Partial<WorkReport>;
  /** what the audit trail says */
  note: string;
}

export interface WorkReportActionDef {
  name: WorkReportAction;
  perm: Permission;
  run(ctx: WorkReportContext): Promise<WorkReportOutcome>;
}

/** Words of 2 to `max` characters (a reason, an opinion, a name). */
export function wordsOf(v: string | undefined, what: string, min = 2): string {
  const r = v?.trim() ?? '';
  if (r.length < min) throw badRequest(`请填写${what}${min > 1 ? `（至少${min}个字）` : ''}`);
  return r;
}
