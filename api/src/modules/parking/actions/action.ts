/**
 * The shape of one step of a parking application (one file per step: actions/check.ts …): who may
 * (a permission and the shared state machine, per flow), what it checks, what it changes. The
 * dispatcher (ParkingMoves) runs it in one transaction with the conditional update on the
 * application's version, the timeline (staff and owner words) and the event.
 */
import type { EntityManager } from 'typeorm';
import type { ParkingAction, ParkingAppStatus, Permission } from '@wy/shared';
import type { StaffPrincipal } from '../../../common/principal.js';
import type { ParkingActionDto } from '../parking.dto.js';
import type { ParkingApplication, ParkingSpace } from '../entities.js';
import type { ParkingProject } from '../settings.js';

/** What steps may do to spaces, prices and rent, inside the step's transaction. */
export interface ParkingTools {
  /** takes this free space for the application (R-PRK-03: never two holders); 409 when it is not free */
  takeSpace(spaceId: number): Promise<ParkingSpace>;
  /** takes the first free space of the kind, or null when none is left (R-PRK-04) */
  takeAnyFree(kind: string): Promise<ParkingSpace | null>;
  /** the application's held space moves on (rented, fixed) */
  setHeld(spaceId: number, state: 'rented' | 'fixed' | 'reserved'): Promise<void>;
  /** lets the held space go and offers it to the first in its waiting list (R-PRK-04) */
  release(spaceId: number): Promise<void>;
  space(spaceId: number): Promise<ParkingSpace | null>;
  /** R-PRK-01 the published price of a kind and term; 409 when the plan has none */
  price(kind: string, term: string): Promise<number>;
  /** the first rent period and its bill through billing (R-PRK-03): from today for the term */
  firstRent(spaceNo: string): Promise<{ startOn: string; endOn: string; billId: number }>;
}

export interface ParkingContext {
  p: StaffPrincipal;
  a: ParkingApplication;
  input: ParkingActionDto;
  now: Date;
  em: EntityManager;
  project: ParkingProject;
  tools: ParkingTools;
}

export interface ParkingOutcome {
  patch: Partial<ParkingApplication>;
  to: ParkingAppStatus;
  /** the staff note on the timeline */
  note: string | null;
  /** what the owner reads on their timeline (owner words); none: the step is not shown to them */
  ownerNote?: string | null;
  /** the step's name on the timeline when it is not the action's (a contract that found no space) */
  event?: string;
}

export interface ParkingActionDef {
  name: ParkingAction;
  perm: Permission;
  run(ctx: ParkingContext): Promise<ParkingOutcome>;
}
