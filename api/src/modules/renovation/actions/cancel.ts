import type { RenoActionDef } from './action.js';

/** The applicant withdraws the application before it is approved. */
export const cancel: RenoActionDef = {
  name: 'cancel',
  by: 'applicant',
  async run({ input }) {
    const reason = input.reason?.trim() || null;
    return {
      patch: {},
      to: 'cancelled',
      note: `申请人撤回${reason ? '：' + reason : ''}`,
      ownerNote: '您已撤回装修申请',
    };
  },
};
