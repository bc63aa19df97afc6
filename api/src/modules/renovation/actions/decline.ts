import { badRequest } from '../../../common/app-error.js';
import type { RenoActionDef } from './action.js';

/** R-REN-02 the room's owner does not consent; the applicant reads the reason. */
export const decline: RenoActionDef = {
  name: 'decline',
  by: 'room_owner',
  async run({ actor, input }) {
    const reason = input.reason?.trim();
    if (!reason || reason.length < 2) throw badRequest('请填写不同意的原因（至少2个字）');
    return {
      patch: { refuseReason: reason },
      to: 'declined',
      note: `业主 ${actor.name} 不同意：${reason}`,
      ownerNote: `业主不同意本次装修申请：${reason}`,
    };
  },
};
