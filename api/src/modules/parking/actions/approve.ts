import { parkingFlowOf } from '@wy/shared';
import type { ParkingActionDef } from './action.js';

/**
 * 经理审批 (R-PRK-03, R-PRK-07): the project manager approves. A rented space's rent bill is made at
 * once through billing (the owner pays online or at the desk); a fixed space's applicant chooses
 * the space next.
 */
export const approve: ParkingActionDef = {
  name: 'approve',
  perm: 'parking.approve',
  async run({ p, a, now, tools }) {
    const base = { approvedByStaffId: p.id, approvedAt: now };
    if (parkingFlowOf(a.kind) === 'vip')
      return { patch: base, to: 'approved', note: `${p.name}审批通过`, ownerNote: '审批通过，请到服务中心选定固定车位' };
    const space = a.spaceId ? await tools.space(a.spaceId) : null;
    const rent = await tools.firstRent(space?.no ?? '');
    return {
      patch: { ...base, startOn: rent.startOn, endOn: rent.endOn },
      to: 'awaiting_payment',
      note: `${p.name}审批通过，已出租金账单`,
      ownerNote: '合同已审批通过，请缴纳车位租金',
    };
  },
};
