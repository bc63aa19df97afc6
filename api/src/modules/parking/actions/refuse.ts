import { badRequest } from '../../../common/app-error.js';
import type { ParkingActionDef } from './action.js';

/** 经理不批准 (R-PRK-03): with a reason the owner is told; a reserved space is let go (and offered to the next in line). */
export const refuse: ParkingActionDef = {
  name: 'refuse',
  perm: 'parking.approve',
  async run({ p, a, input, tools }) {
    const reason = input.reason?.trim();
    if (!reason) throw badRequest('请填写不批准的原因');
    if (a.spaceId) await tools.release(a.spaceId);
    return {
      patch: { refuseReason: reason, spaceId: null },
      to: 'rejected',
      note: `${p.name}不批准：${reason}`,
      ownerNote: `很抱歉，您的车位申请未获批准：${reason}`,
    };
  },
};
