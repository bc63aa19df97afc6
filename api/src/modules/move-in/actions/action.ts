/**
 * The shape of one step of a room's move-in (one file per step: actions/identity.ts …): what it checks and
 * what it records. The dispatcher (MoveInMoves) checks the order first (shared `moveInActionRefusal`: a later
 * step is refused before an earlier one, with the reason) and runs the step in one transaction with the
 * conditional update on the move-in's version (two clerks finishing the same step at once: one wins), the
 * timeline and the event.
 */
import type { EntityManager } from 'typeorm';
import type { MoveInAction, MoveInStatus } from '@wy/shared';
import type { EventActor } from '../../../events/events.js';
import type { MoveIn, MoveInBatch, MoveInDefect } from '../entities.js';
import type { MoveInStepDto } from '../move-in.dto.js';
import type { MoveInProject } from '../settings.js';

export interface MoveInContext {
  actor: EventActor;
  m: MoveIn;
  batch: MoveInBatch;
  input: MoveInStepDto;
  now: Date;
  em: EntityManager;
  project: MoveInProject;
  /** 缴费: the move-in's bills as billing has them now (read before the transaction) */
  bills: { title: string; status: string; totalFen: number; receiptNo: string | null }[];
}

export interface MoveInOutcome {
  patch: Partial<MoveIn>;
  to: MoveInStatus;
  note: string;
  /** what the owner reads; null: staff only */
  ownerNote: string | null;
  /** defect lines the step adds (验房) */
  defects?: Omit<MoveInDefect, 'id' | 'moveInId' | 'projectId' | 'version' | 'createdAt' | 'updatedAt' | 'status' | 'progressNote'>[];
  /** uploads the step keeps (signatures, photos) */
  uploads?: number[];
  /** the keys were handed over: announce movein.completed */
  completes?: boolean;
}

export interface MoveInActionDef {
  name: MoveInAction;
  /** the step reads the move-in's bills first */
  readsBills?: boolean;
  run(ctx: MoveInContext): Promise<MoveInOutcome> | MoveInOutcome;
}
