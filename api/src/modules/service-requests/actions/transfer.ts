import { REPAIR_MACHINE } from '@wy/shared';
import type { RequestActionDef } from './action.js';
import { assignment, takeRotaTurn } from './assign.js';

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
      patch: a.patch,
      note: `${a.who}；原因：${ctx.input.reason}`,
      assignedTo: a.assignedTo,
      within: takeRotaTurn(a, ctx),
    };
  },
};
