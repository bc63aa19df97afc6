import type { ParkingActionDef } from './action.js';

/** 测试 (R-PRK-07): the card is tried at the gate before it is handed over. */
export const test: ParkingActionDef = {
  name: 'test',
  perm: 'parking.desk',
  async run({ input }) {
    return { patch: {}, to: 'tested', note: `停车卡测试通过${input.note ? '：' + input.note : ''}`, ownerNote: null };
  },
};
