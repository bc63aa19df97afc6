/**
 * The shape of one step of an activity (one file per step: actions/publish.ts …): who may (a permission
 * and the shared state machine), what it checks, and the move as data — the change, the audit note and
 * the photos it keeps. ActivityMoves runs it in one transaction.
 */
import type { ActivityAction, Permission } from '@wy/shared';
import { badRequest } from '../../../common/app-error.js';
import type { StaffPrincipal } from '../../../common/principal.js';
import type { ActivityActionDto } from '../activities.dto.js';
import type { Activity } from '../entities.js';

export interface ActivityContext {
  p: StaffPrincipal;
  a: Activity;
  input: ActivityActionDto;
  now: Date;
  /** active sign-ups, and callbacks made (the archive's check) */
  signups: number;
  callbacksMade: number;
}

export interface ActivityOutcome {
  patch: Partial<Activity>;
  /** what the audit trail says */
  note: string;
  /** R-ACT-05 photos kept in the activity's file (the caller's own uploads) */
  photoIds?: number[];
}

export interface ActivityActionDef {
  name: ActivityAction;
  perm: Permission;
  run(ctx: ActivityContext): ActivityOutcome;
}

/** A reason of 2 to 200 characters, in words. */
export function reasonOf(input: ActivityActionDto, what: string): string {
  const r = input.reason?.trim() ?? '';
  if (r.length < 2) throw badRequest(`请填写${what}（至少2个字）`);
  return r;
}
