import { reasonOf, type ActivityActionDef } from './action.js';

/** 取消活动 with a reason: it leaves the owners' phones; sign-ups are kept in its file. */
export const cancel: ActivityActionDef = {
  name: 'cancel',
  perm: 'activity.manage',
  run: ({ input }) => {
    const reason = reasonOf(input, '取消原因');
    return { patch: { cancelReason: reason }, note: `取消活动：${reason}` };
  },
};
