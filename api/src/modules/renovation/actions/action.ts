/**
 * The shape of one step of a renovation (one file per step: actions/review.ts …): who may take it (the
 * room's owner, the applicant, or staff with a permission, within the shared state machine), what it
 * checks, what it changes. The dispatcher (RenoMoves) runs it in one transaction with the conditional
 * update on the application's version (two at once: one wins), the timeline and the event.
 */
import type { EntityManager } from 'typeorm';
import type { Permission, RenoAction, RenoStatus } from '@wy/shared';
import type { EventActor } from '../../../events/events.js';
import type { Renovation, RenovationFee, RenovationWorker } from '../entities.js';
import type { RenoActionDto } from '../renovation.dto.js';
import type { RenoProject } from '../settings.js';

export interface RenoContext {
  actor: EventActor;
  reno: Renovation;
  input: RenoActionDto;
  now: Date;
  em: EntityManager;
  project: RenoProject;
  /** R-REN-05 the application's charges and its workers, read in the transaction */
  fees(): Promise<RenovationFee[]>;
  workers(): Promise<RenovationWorker[]>;
  /** R-REN-05 the charges of an approval become the room's bills (billing's, one per charge) */
  charge(kind: string, amountFen: number, title: string): Promise<void>;
  /** a worker's pass code is written */
  setPassCode(workerId: number, code: string): Promise<void>;
  /** the next permit code of the day (the counter row queues concurrent issues; the column is unique) */
  nextCode(): Promise<string>;
  /** R-REN-08 a paid charge's money (or part of it) asked back through payments' refund flow; the refund's id */
  requestRefund(billId: number, amountFen: number, reason: string): Promise<number>;
  /** a deposit's refund recorded on its charge */
  patchFee(feeId: number, patch: Partial<RenovationFee>): Promise<void>;
}

export interface RenoOutcome {
  patch: Partial<Renovation>;
  to: RenoStatus;
  note: string | null;
  ownerNote: string | null;
}

export type RenoStepName = Exclude<RenoAction, 'resubmit'>;
export type RenoActor = 'room_owner' | 'applicant' | Permission;

export interface RenoActionDef {
  name: RenoStepName;
  /** 'room_owner': an approved owner of the room; 'applicant': who applied; else a staff permission; a list: any of them */
  by: RenoActor | readonly RenoActor[];
  /** the step takes a permit code */
  takesCode?: boolean;
  run(ctx: RenoContext): Promise<RenoOutcome>;
}
