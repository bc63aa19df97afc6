import { REPAIR_MACHINE } from '@wy/shared';
import { givenNote, type RequestActionDef } from './action.js';
import { nextCycle } from './cycle.js';

/** 重新处理 (R-SRV-08): the owner or the centre reopens a finished order, with the reason; a new cycle starts. */
export const reopen: RequestActionDef = {
  type: 'repair',
  name: 'reopen',
  move: REPAIR_MACHINE.reopen,
  button: true,
  async run({ r, input, now, actors }) {
    const again = nextCycle(r, now);
    return {
      patch: { ...again.patch, closedAt: null },
      note: givenNote(input),
      // the owner reads back their own reason, not the centre's
      ownerNote: actors.includes('requester') ? givenNote(input) : null,
      clocks: again.clocks,
    };
  },
};
