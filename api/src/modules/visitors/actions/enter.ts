import { visitorEntryRefusal, visitorIdProblem } from '@wy/shared';
import { AppError, badRequest } from '../../../common/app-error.js';
import type { VisitorActionDef } from './action.js';

/**
 * 登记进入 (R-PAS-05): only a confirmed visitor (the host approved, in the app or on the phone) or an
 * invitation on its day in the project's zone goes in, once; the entry time is recorded. A visitor invited in
 * advance shows an identity document at the gate: its number is recorded now.
 */
export const enter: VisitorActionDef = {
  name: 'enter',
  by: 'visitor.gate',
  illegal: (v, today) => visitorEntryRefusal(v, today),
  run: ({ actor, v, input, now, today, encrypt }) => {
    const refusal = visitorEntryRefusal(v, today);
    if (refusal) throw new AppError('VIS_ILLEGAL_TRANSITION', refusal);
    const id = input.idNumber?.trim().toUpperCase();
    if (!v.idNoEnc && !id) throw badRequest('请登记访客的证件号码');
    if (id) {
      const bad = visitorIdProblem(id);
      if (bad) throw badRequest(bad);
    }
    return {
      to: 'in',
      patch: { enteredAt: now, enteredByName: actor.name.slice(0, 50), ...(id ? { idNoEnc: encrypt(id) } : {}) },
      note: `${actor.name} 登记进入${v.code ? `（访客码 ${v.code}）` : ''}`,
    };
  },
};
