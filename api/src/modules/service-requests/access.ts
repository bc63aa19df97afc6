import { Inject, Injectable } from '@nestjs/common';
import { mayReadRequest, SERVICE_DESK_ROLES, ASSIGNABLE_ROLES, type Actor, type RepairStatus, type StaffRole } from '@wy/shared';
import { notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { ActionRegistry } from './actions/registry.js';
import type { RequestActionDef } from './actions/action.js';
import type { ServiceRequest } from './entities.js';
import { ServiceRequestRepository, type DetailRow } from './sr.repository.js';

const DESK = SERVICE_DESK_ROLES as readonly string[];
const WORKERS = ASSIGNABLE_ROLES as readonly string[];

/** Who may read a request, which parts the caller plays on it, and so which actions they may take. */
@Injectable()
export class RequestAccess {
  constructor(
    @Inject(ServiceRequestRepository) private readonly repo: ServiceRequestRepository,
    @Inject(ActionRegistry) private readonly actions: ActionRegistry,
  ) {}

  /** Loads a request the principal may read (its requester, its project's desk, its technician); else 404. */
  async load(p: Principal, id: number): Promise<ServiceRequest> {
    return this.readable(p, await this.repo.request(id).then((r) => (r ? { r } : null))).r;
  }

  /** What was read of a request, if the principal may read it; else 404. */
  readable<T extends { r: ServiceRequest }>(p: Principal, found: T | null): T {
    if (!found || !mayReadRequest(p, found.r)) throw notFound('工单');
    return found;
  }

  /**
   * `load`, with what its detail shows besides the timeline, clocks and bill (its category, room
   * label, key-customer flag and staff names) read in the same query: a move needs the category,
   * and answers with the detail built from this row and what the move changed.
   */
  async loadForMove(p: Principal, id: number): Promise<DetailRow> {
    return this.readable(p, await this.repo.detailRow(id));
  }

  actors(p: Principal, r: ServiceRequest): Actor[] {
    if (p.kind === 'owner') return r.requesterPersonId === p.id ? ['requester'] : [];
    const a: Actor[] = [];
    const roles = p.roles as readonly StaffRole[];
    if (roles.some((x) => DESK.includes(x))) a.push('centre');
    if (r.assigneeStaffId === p.id || (r.inPool && roles.some((x) => WORKERS.includes(x)))) a.push('technician');
    // a team or an outside vendor has no app: the centre records its steps on its behalf
    else if (r.assigneeTeam && a.includes('centre')) a.push('technician');
    if (r.requesterStaffId === p.id) a.push('requester'); // R-REP-15: the housekeeper who raised it accepts it
    return a;
  }

  /** May the caller take this action on the request now (its move's status and actors, and its own condition)? */
  mayTake(a: RequestActionDef, p: Principal, r: ServiceRequest, actors = this.actors(p, r)): boolean {
    return (
      a.move.from.includes(r.status as RepairStatus) &&
      !a.alreadyDone?.(r) &&
      !a.notYet?.(r) &&
      actors.some((x) => a.move.by.includes(x)) &&
      (a.may?.({ p, r, actors }) ?? true)
    );
  }

  /** The request's buttons for the caller (allowedActions), by part in the order the parts are played. */
  allowed(p: Principal, r: ServiceRequest): string[] {
    const actors = this.actors(p, r);
    const buttons = this.actions.buttons(r.type);
    const out = new Set<string>();
    for (const actor of actors)
      for (const a of buttons) if (a.move.from.includes(r.status as RepairStatus) && a.move.by.includes(actor)) out.add(a.name);
    return [...out].filter((name) => {
      const a = buttons.find((x) => x.name === name)!;
      return !a.alreadyDone?.(r) && !a.notYet?.(r) && (a.may?.({ p, r, actors }) ?? true);
    });
  }
}
