/**
 * The shape of one action on a request (one file per action: actions/dispatch.ts …). An action
 * says who may take it (the shared state machine, plus its own condition), validates its input,
 * and describes the move as data: what changes on the request, the timeline notes (the centre's
 * and the owner's), what it does to the SLA clocks, and the events it raises. The dispatcher
 * (RequestMoves) runs it: one conditional UPDATE, the timeline, the events — nothing else.
 */
import type { EntityManager } from 'typeorm';
import type { Actor, RepairStatus } from '@wy/shared';
import type { Principal } from '../../../common/principal.js';
import type { ClockOp, DomainEventName, DomainEvents } from '../../../events/events.js';
import type { ProjectSla, SlaClockRecord } from '../../sla/sla.service.js';
import type { CallbackRecord, RepairCategory, ServiceRequest } from '../entities.js';
import type { ActionDto } from '../sr.dto.js';

/** What an action may use besides the request itself (bound by the dispatcher). */
export interface ActionTools {
  /** active technicians of the project (who may be dispatched a work order), by id */
  technicians(projectId: number): Promise<{ id: number; name: string }[]>;
  /** the staff member if they work in the project (archived or not) */
  memberOfProject(
    staffId: number,
    projectId: number,
  ): Promise<{ id: number; name: string; roles: string[]; archivedAt: Date | null } | null>;
  /** photos named in the input must be the caller's own uploads */
  checkUploads(p: Principal, ids: number[]): Promise<void>;
  /** keeps a PNG signature as an upload of the caller; its id */
  storeSignature(p: Principal, pngBase64: string): Promise<number>;
  /** takes back a file stored for a move that did not happen */
  discardUpload(id: number): Promise<void>;
  /** a running clock of this kind, any cycle */
  runningClock(requestId: number, kind: 'second_callback'): Promise<SlaClockRecord | null>;
  /** a callback's record, judged on time against its promise in the same statement */
  insertCallbackRecord(em: EntityManager, row: Omit<CallbackRecord, 'id' | 'onTime'>): Promise<void>;
  /** takes the round-robin turn `cursor` of a category; false when a concurrent dispatch took it */
  advanceRota(em: EntityManager, categoryId: number, cursor: number): Promise<boolean>;
}

export interface ActionContext {
  p: Principal;
  /** the request as read before the move (its version is what the UPDATE is conditional on) */
  r: ServiceRequest;
  input: ActionDto;
  now: Date;
  /** the project's SLA settings and zone */
  settings: ProjectSla;
  /** the request's category, read once per move */
  category: RepairCategory | null;
  /** the caller's parts on this request */
  actors: Actor[];
  tools: ActionTools;
}

/** An event an action raises besides request.moved. */
export type RaisedEvent = { [K in DomainEventName]: { name: K; payload: DomainEvents[K] } }[DomainEventName];

export interface ActionOutcome {
  /** what changes on the request (the dispatcher adds the status and updatedAt) */
  patch: Partial<ServiceRequest>;
  /** the status after the move when the action decides it (a callback that reopens); else the state machine's */
  to?: RepairStatus;
  /** the timeline note in the centre's words */
  note: string | null;
  /** the note the owner reads (owner-audience steps; none: the owner step name alone) */
  ownerNote?: string | null;
  photoIds?: number[];
  data?: Record<string, unknown> | null;
  /** what the move does to the SLA clocks (the sla module applies it) */
  clocks?: ClockOp[];
  /** the staff member the move gives the order to (told in the console) */
  assignedTo?: number | null;
  /** its own writes in the move's transaction (a callback record, a rota turn) */
  within?: (em: EntityManager) => Promise<void>;
  /** what to take back when the move is refused after the action stored something (a signature file) */
  undo?: () => Promise<void>;
  /** events it raises besides request.moved (in the move's transaction) */
  raises?: RaisedEvent[];
  /** a move to run after this one commits (a second callback that finds the owner dissatisfied reopens) */
  then?: { action: string; input: ActionDto };
}

/** The move an action makes in the request's state machine. */
export interface ActionMove {
  from: readonly RepairStatus[];
  to: RepairStatus | 'same';
  by: readonly Actor[];
  needsReason?: boolean;
}

export interface RequestActionDef {
  /** the request type it is for ('repair'; complaints and suggestions add theirs) */
  type: string;
  name: string;
  /** its move: from the shared state machine for the machine's actions */
  move: ActionMove;
  /** whether it is one of the buttons of the request (allowedActions), or reached by its own route */
  button: boolean;
  /** a one-time step already taken: the message of the 409 it answers (and it is no longer a button) */
  alreadyDone?(r: ServiceRequest): string | null;
  /** a step that must come first (a mini-program request is reviewed before dispatch): the message of the 409, else null */
  notYet?(r: ServiceRequest): string | null;
  /** who may take it beyond the move's actors (e.g. grab: only while in the pool) */
  may?(v: { p: Principal; r: ServiceRequest; actors: Actor[] }): boolean;
  /** validates the input and describes the move */
  run(ctx: ActionContext): Promise<ActionOutcome>;
}

/** The note most steps carry: the reason, else the note typed with it. */
export const givenNote = (b: ActionDto): string | null => b.reason ?? b.note ?? null;
