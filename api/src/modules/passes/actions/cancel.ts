import type { PassActionDef } from './action.js';

/** 撤回: the applicant withdraws an application not yet issued. */
export const cancel: PassActionDef = {
  name: 'cancel',
  by: 'applicant',
  async run({ input }) {
    const reason = input.reason?.trim() || null;
    return {
      patch: {},
      to: 'cancelled',
      note: `申请人撤回${reason ? '：' + reason : ''}`,
      ownerNote: `已撤回放行申请${reason ? '：' + reason : ''}`,
    };
  },
};
