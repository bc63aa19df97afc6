import { parkingCardNo } from '@wy/shared';
import type { ParkingActionDef } from './action.js';

/** 制卡与车位牌 (R-PRK-07): after payment, the fixed space's card and plate are made. */
export const makeCard: ParkingActionDef = {
  name: 'make_card',
  perm: 'parking.desk',
  async run({ a, now, project }) {
    const cardNo = parkingCardNo(project.code, a.id);
    return {
      patch: { cardNo, cardIssuedAt: now },
      to: 'card_made',
      note: `停车卡 ${cardNo} 与固定车位牌已制作`,
      ownerNote: '停车卡与车位牌已制作，测试后交付',
    };
  },
};
