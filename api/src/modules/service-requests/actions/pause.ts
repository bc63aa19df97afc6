import { REPAIR_MACHINE } from '@wy/shared';
import { givenNote, type RequestActionDef } from './action.js';

/** 暂停 (R-REP-14): waiting for the owner's consent to a change, or for parts; the promises stand still. */
export const pause: RequestActionDef = {
  type: 'repair',
  name: 'pause',
  move: REPAIR_MACHINE.pause,
  button: true,
  async run({ input }) {
    return { patch: {}, note: givenNote(input), clocks: [{ op: 'pause' }] };
  },
};
