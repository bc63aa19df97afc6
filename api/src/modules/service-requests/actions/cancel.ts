import { REPAIR_MACHINE } from '@wy/shared';
import { givenNote, type RequestActionDef } from './action.js';

/** 取消: before the work starts, by the centre or the requester, with the reason; its promises leave the KPIs. */
export const cancel: RequestActionDef = {
  type: 'repair',
  name: 'cancel',
  move: REPAIR_MACHINE.cancel,
  button: true,
  async run({ input, actors }) {
    return {
      patch: {},
      note: givenNote(input),
      // the owner reads back their own reason, not the centre's
      ownerNote: actors.includes('requester') ? givenNote(input) : null,
      clocks: [{ op: 'cancel', kinds: ['dispatch', 'contact', 'resolve', 'completion_entry'] }],
    };
  },
};
