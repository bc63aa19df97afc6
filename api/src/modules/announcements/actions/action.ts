/**
 * The shape of one step of an announcement (one file per step: actions/approve.ts …): who may (a
 * permission and the shared state machine), what it checks, and the move as data — the change and the
 * audit note. AnnouncementMoves runs it in one transaction.
 */
import type { AnnouncementAction, Permission } from '@wy/shared';
import { badRequest } from '../../../common/app-error.js';
import type { StaffPrincipal } from '../../../common/principal.js';
import type { AnnouncementActionDto } from '../announcements.dto.js';
import type { Announcement } from '../entities.js';

export interface AnnouncementContext {
  p: StaffPrincipal;
  a: Announcement;
  input: AnnouncementActionDto;
  now: Date;
}

export interface AnnouncementOutcome {
  patch: Partial<Announcement>;
  /** what the audit trail says */
  note: string;
}

export interface AnnouncementActionDef {
  name: AnnouncementAction;
  perm: Permission;
  run(ctx: AnnouncementContext): AnnouncementOutcome;
}

/** A reason of 2 to 200 characters, in words. */
export function reasonOf(input: AnnouncementActionDto, what: string): string {
  const r = input.reason?.trim() ?? '';
  if (r.length < 2) throw badRequest(`请填写${what}（至少2个字）`);
  return r;
}
