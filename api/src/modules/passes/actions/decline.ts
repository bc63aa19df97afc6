import { badRequest } from '../../../common/app-error.js';
import type { PassActionDef } from './action.js';

/** R-PAS-01 the room's owner does not agree to the items going out, with a reason the applicant reads. */
export const decline: PassActionDef = {
  name: 'decline',
  by: 'room_owner',
  async run({ actor, input }) {
    const reason = input.reason?.trim();
    if (!reason || reason.length < 2) throw badRequest('请填写不同意的原因（至少2个字）');
    return {
      patch: { refuseReason: reason },
      to: 'declined',
      note: `业主 ${actor.name} 不同意：${reason}`,
      ownerNote: `业主未同意放行：${reason}`,
    };
  },
};
