import { REPAIR_MACHINE } from '@wy/shared';
import type { RequestActionDef } from './action.js';
import { assignment, takeRotaTurn } from './assign.js';
import { contactClock } from './contact.js';

/**
 * 转单 (R-REP-04): the order goes to someone else, with the reason (staff only: the owner does not
 * read transfer reasons). A technician may not pass on a pool order he has not taken.
 */
export const transfer: RequestActionDef = {
  type: 'repair',
  name: 'transfer',
  move: REPAIR_MACHINE.transfer,
  button: true,
  may: ({ r, actors }) => !(r.status === 'dispatched' && r.inPool && !actors.includes('centre')),
  async run(ctx) {
    const a = await assignment(ctx);
    return {
      // R-REP-16 the new technician contacts the owner again: a new round's contact promise (none while in the pool)
      patch: { ...a.patch, contactedAt: null },
      note: `${a.who}；原因：${ctx.input.reason}`,
      clocks: contactClock(ctx.r, ctx.now, !!a.patch.inPool),
      assignedTo: a.assignedTo,
      within: takeRotaTurn(a, ctx),
    };
  },
};
