/**
 * The shape of one step of a visitor (one file per step: actions/enter.ts …): who may take it (the host, the
 * inviting occupant, or staff with a permission, within the shared state machine), what it checks and
 * changes. The dispatcher (VisitorMoves) runs it with the conditional update on the visitor's version (two
 * guards at once: one entry), the audit row and the visitor.moved event, in one transaction.
 */
import type { Permission, VisitorAction, VisitorStatus } from '@wy/shared';
import type { EventActor } from '../../../events/events.js';
import type { Visitor } from '../entities.js';
import type { VisitorActionDto } from '../visitors.dto.js';

export interface VisitorContext {
  actor: EventActor;
  v: Visitor;
  input: VisitorActionDto;
  now: Date;
  /** today's local date in the project's zone */
  today: string;
  encrypt(plain: string): string;
}

export interface VisitorOutcome {
  patch: Partial<Visitor>;
  to: VisitorStatus;
  note: string;
}

export interface VisitorActionDef {
  name: VisitorAction;
  /** 'host': the person visited or an approved owner of the room; 'inviter': who invited; else a staff permission */
  by: 'host' | 'inviter' | Permission;
  /** why the step may not be taken from the visitor's status (default: the generic words) */
  illegal?(v: Visitor, today: string): string | null;
  run(ctx: VisitorContext): VisitorOutcome;
}
