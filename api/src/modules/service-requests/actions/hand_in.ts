import { REPAIR_MACHINE } from '@wy/shared';
import type { RequestActionDef } from './action.js';

/**
 * 交回工单 (R-REP-05): the paper work order comes back to the centre with any receipts, once.
 * Handed in before the completion was entered: the details are due within 2 h (completion_entry).
 * Staff only.
 */
export const handIn: RequestActionDef = {
  type: 'repair',
  name: 'hand_in',
  move: REPAIR_MACHINE.hand_in,
  button: true,
  alreadyDone: (r) => (r.orderReturnedAt ? '该工单已交回' : null),
  async run({ r, input: b, now }) {
    return {
      patch: { orderReturnedAt: now },
      note: ['工单已交回客服中心', b.note].filter(Boolean).join('：'),
      clocks: r.status === 'arrived' || r.status === 'paused' ? [{ op: 'start', kind: 'completion_entry', from: now }] : [],
    };
  },
};
