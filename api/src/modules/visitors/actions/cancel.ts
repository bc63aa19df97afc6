import type { VisitorActionDef } from './action.js';

/** 取消预约: the occupant who invited the visitor cancels it before it is used; the code no longer opens the gate. */
export const cancel: VisitorActionDef = {
  name: 'cancel',
  by: 'inviter',
  run: ({ actor, input }) => ({
    to: 'cancelled',
    patch: {},
    note: `${actor.name} 取消预约${input.reason?.trim() ? '：' + input.reason.trim() : ''}`,
  }),
};
