import { REPAIR_MACHINE } from '@wy/shared';
import { givenNote, type RequestActionDef } from './action.js';

/**
 * 接单 (R-REP-05): the assigned technician collects the work order; for a team or outside vendor
 * the centre records it on their behalf. Not for pool orders (those are grabbed).
 */
export const accept: RequestActionDef = {
  type: 'repair',
  name: 'accept',
  move: REPAIR_MACHINE.accept,
  button: true,
  may: ({ p, r }) => !r.inPool && (!!r.assigneeTeam || r.assigneeStaffId === (p.kind === 'staff' ? p.id : -1)),
  async run({ r, input: b, now }) {
    return {
      patch: { acceptedAt: now },
      note: r.assigneeTeam ? `代${r.assigneeTeam}接单${b.note ? '：' + b.note : ''}` : givenNote(b),
    };
  },
};
