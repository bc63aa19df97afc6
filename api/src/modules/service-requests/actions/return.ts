import { REPAIR_MACHINE } from '@wy/shared';
import { givenNote, type RequestActionDef } from './action.js';

/** 退单 (R-REP-04): the order goes back to the centre to be dispatched again, with the reason (staff only). */
export const returnOrder: RequestActionDef = {
  type: 'repair',
  name: 'return',
  move: REPAIR_MACHINE.return,
  button: true,
  may: ({ r, actors }) => !(r.status === 'dispatched' && r.inPool && !actors.includes('centre')),
  async run({ input }) {
    return {
      patch: { assigneeStaffId: null, assigneeTeam: null, inPool: false, acceptedAt: null, arrivedAt: null, contactedAt: null },
      // nobody to contact the owner until it is dispatched again (which starts the contact promise over)
      clocks: [{ op: 'cancel', kinds: ['contact'] }],
      note: givenNote(input),
    };
  },
};
