import type { VisitorActionDef } from './action.js';

/** 拒绝来访 (R-PAS-05): the host refuses in the mini-program; the guard does not let the visitor in. */
export const refuse: VisitorActionDef = {
  name: 'refuse',
  by: 'host',
  run: ({ actor, input, now }) => {
    const reason = input.reason?.trim() || null;
    return {
      to: 'refused',
      patch: { confirmedVia: 'app', confirmedByName: actor.name.slice(0, 50), confirmedAt: now, refuseReason: reason },
      note: `${actor.name} 在小程序拒绝来访${reason ? '：' + reason : ''}`,
    };
  },
};
