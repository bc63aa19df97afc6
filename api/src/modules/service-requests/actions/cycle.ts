import type { ClockOp } from '../../../events/events.js';
import type { ServiceRequest } from '../entities.js';

/**
 * R-SRV-08 handled again: the order goes back to the centre for a new cycle, the old cycle's
 * promises are superseded, and dispatch and resolve start over.
 */
export function nextCycle(r: ServiceRequest, now: Date): { patch: Partial<ServiceRequest>; clocks: ClockOp[] } {
  const cycle = r.cycle + 1;
  return {
    patch: {
      assigneeStaffId: null,
      assigneeTeam: null,
      inPool: false,
      cycle,
      finishedAt: null,
      contactedAt: null,
      confirmedAt: null,
      ownerSatisfaction: null,
    },
    clocks: [
      { op: 'cancel', kinds: ['dispatch', 'contact', 'resolve', 'completion_entry', 'callback', 'second_callback'] },
      { op: 'start', kind: 'dispatch', from: now, cycle },
      { op: 'start', kind: 'resolve', from: now, cycle },
    ],
  };
}
