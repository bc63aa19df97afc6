/**
 * The shape of one step of a release pass (one file per step: actions/issue.ts …): who may take it (the
 * room's owner, the applicant, or staff with a permission, within the shared state machine), what it
 * checks, what it changes. The dispatcher (PassMoves) runs it in one transaction with the conditional
 * update on the pass's version (two at once: one wins), the timeline and the event.
 */
import type { EntityManager } from 'typeorm';
import type { PassAction, PassStatus, Permission } from '@wy/shared';
import type { EventActor } from '../../../events/events.js';
import type { ReleasePass } from '../entities.js';
import type { PassActionDto } from '../passes.dto.js';
import type { PassProject } from '../settings.js';

export interface PassContext {
  actor: EventActor;
  pass: ReleasePass;
  input: PassActionDto;
  now: Date;
  em: EntityManager;
  project: PassProject;
  /** R-PAS-02 the room's arrears now (read before the transaction when the step needs it) */
  arrears: { count: number; fen: number } | null;
  /** the next pass code of the day (the counter row queues concurrent issues; the column is unique) */
  nextCode(): Promise<string>;
}

export interface PassOutcome {
  patch: Partial<ReleasePass>;
  to: PassStatus;
  note: string | null;
  ownerNote: string | null;
}

export interface PassActionDef {
  name: PassAction;
  /** 'room_owner': an approved owner of the pass's room; 'applicant': who applied; else a staff permission */
  by: 'room_owner' | 'applicant' | Permission;
  /** the step reads the room's arrears first (R-PAS-02) */
  readsArrears?: boolean;
  /** the step takes a pass code */
  takesCode?: boolean;
  /** why the step may not be taken from the pass's status, when the state machine refuses (default: the generic words) */
  illegal?(pass: ReleasePass, today: string): string | null;
  run(ctx: PassContext): Promise<PassOutcome>;
}
