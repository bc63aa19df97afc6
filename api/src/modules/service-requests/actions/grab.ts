import { REPAIR_MACHINE } from '@wy/shared';
import { givenNote, type RequestActionDef } from './action.js';

/** 抢单 (R-REP-04): a technician of the project takes an order waiting in the grab pool (two at once: one gets it). */
export const grab: RequestActionDef = {
  type: 'repair',
  name: 'grab',
  move: REPAIR_MACHINE.grab,
  button: true,
  may: ({ r }) => r.inPool,
  async run({ p, input, now }) {
    return {
      patch: { assigneeStaffId: p.id, inPool: false, assigneeTeam: null, acceptedAt: now },
      note: givenNote(input),
      assignedTo: p.id,
    };
  },
};
