import { badRequest } from '../../../common/app-error.js';
import type { VisitorActionDef } from './action.js';

/** 电话确认同意 (R-PAS-05): the guard calls the host; who answered is recorded with the confirmation. */
export const phoneApprove: VisitorActionDef = {
  name: 'phone_approve',
  by: 'visitor.gate',
  run: ({ actor, input, now }) => {
    const who = input.answeredBy?.trim();
    if (!who) throw badRequest('请填写接听电话的人');
    return {
      to: 'confirmed',
      patch: { confirmedVia: 'phone', confirmedByName: actor.name.slice(0, 50), confirmedAt: now, answeredBy: who.slice(0, 50) },
      note: `${actor.name} 电话联系住户，${who} 同意来访`,
    };
  },
};
