import { badRequest } from '../../../common/app-error.js';
import type { ParkingActionDef } from './action.js';

/** 取消申请: at the owner's word, with a reason; a reserved space is let go (and offered to the next in line). */
export const cancel: ParkingActionDef = {
  name: 'cancel',
  perm: 'parking.desk',
  async run({ a, input, tools }) {
    const reason = input.reason?.trim();
    if (!reason) throw badRequest('请填写取消原因');
    if (a.spaceId) await tools.release(a.spaceId);
    return { patch: { spaceId: null }, to: 'cancelled', note: `取消：${reason}`, ownerNote: `申请已取消：${reason}` };
  },
};
