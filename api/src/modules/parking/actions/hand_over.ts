import type { ParkingActionDef } from './action.js';

/** 交付 (R-PRK-07): the card and the plate are handed to the owner; the fixed space is theirs (the ledger shows it). */
export const handOver: ParkingActionDef = {
  name: 'hand_over',
  perm: 'parking.desk',
  async run({ a, tools }) {
    if (a.spaceId) await tools.setHeld(a.spaceId, 'fixed');
    return {
      patch: {},
      to: 'active',
      note: '停车卡与车位牌已交付业主',
      ownerNote: `停车卡 ${a.cardNo ?? ''} 已交付，固定车位已开通`,
    };
  },
};
