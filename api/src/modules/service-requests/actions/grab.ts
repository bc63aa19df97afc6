import { REPAIR_MACHINE } from '@wy/shared';
import { givenNote, type RequestActionDef } from './action.js';
import { contactClock } from './contact.js';

/**
 * 抢单 (R-REP-04): a technician of the project takes an order waiting in the grab pool (two at once: one gets it).
 * R-REP-16 the contact promise starts now, when a technician has the order, not while it waited in the pool.
 */
export const grab: RequestActionDef = {
  type: 'repair',
  name: 'grab',
  move: REPAIR_MACHINE.grab,
  button: true,
  may: ({ r }) => r.inPool,
  async run({ r, p, input, now }) {
    return {
      patch: { assigneeStaffId: p.id, inPool: false, assigneeTeam: null, acceptedAt: now, contactedAt: null },
      note: givenNote(input),
      assignedTo: p.id,
      clocks: contactClock(r, now),
    };
  },
};
