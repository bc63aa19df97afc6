import { badRequest } from '../../../common/app-error.js';
import type { VisitorActionDef } from './action.js';

/** 电话确认拒绝 (R-PAS-05): the host, on the guard's call, refuses the visitor; who answered is recorded. */
export const phoneRefuse: VisitorActionDef = {
  name: 'phone_refuse',
  by: 'visitor.gate',
  run: ({ actor, input, now }) => {
    const who = input.answeredBy?.trim();
    if (!who) throw badRequest('请填写接听电话的人');
    const reason = input.reason?.trim() || null;
    return {
      to: 'refused',
      patch: {
        confirmedVia: 'phone',
        confirmedByName: actor.name.slice(0, 50),
        confirmedAt: now,
        answeredBy: who.slice(0, 50),
        refuseReason: reason,
      },
      note: `${actor.name} 电话联系住户，${who} 拒绝来访${reason ? '：' + reason : ''}`,
    };
  },
};
