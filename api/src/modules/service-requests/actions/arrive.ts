import { REPAIR_MACHINE } from '@wy/shared';
import { givenNote, type RequestActionDef } from './action.js';

/** 到场签到 (R-REP-05): the technician checks in at the site; the arrival time is recorded. */
export const arrive: RequestActionDef = {
  type: 'repair',
  name: 'arrive',
  move: REPAIR_MACHINE.arrive,
  button: true,
  async run({ input, now }) {
    // R-REP-16 at the door the visit is confirmed: a contact promise still running is kept now (late if past due)
    return { patch: { arrivedAt: now }, note: givenNote(input), clocks: [{ op: 'meet', kind: 'contact' }] };
  },
};
