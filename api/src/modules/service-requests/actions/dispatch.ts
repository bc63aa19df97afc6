import { formatLocal, REPAIR_MACHINE } from '@wy/shared';
import { contactClock } from './contact.js';
import { badRequest } from '../../../common/app-error.js';
import type { RequestActionDef } from './action.js';
import { assignment, takeRotaTurn } from './assign.js';
import { awaitsReview } from './review.js';

/**
 * 派单 (R-REP-04): the centre gives a received order to a technician, a team or vendor, the grab
 * pool, or the category's rota, optionally with a required completion time (R-REP-13).
 * Clocks: the dispatch promise is kept; a required-by time becomes the resolve promise's due time;
 * an in-home repair's contact promise starts, unless the order goes to the grab pool (R-REP-16).
 */
export const dispatch: RequestActionDef = {
  type: 'repair',
  name: 'dispatch',
  move: REPAIR_MACHINE.dispatch,
  button: true,
  notYet: (r) => (awaitsReview(r) ? '小程序报修需先审核（确定紧急程度）再派单' : null),
  async run(ctx) {
    const { input: b, now, settings } = ctx;
    const a = await assignment(ctx);
    let requiredBy: Date | null = null;
    if (b.requiredBy) {
      requiredBy = new Date(b.requiredBy);
      if (requiredBy <= now) throw badRequest('要求完成时间必须晚于现在');
    }
    return {
      patch: { ...a.patch, dispatchedAt: now, contactedAt: null, ...(requiredBy ? { requiredBy } : {}) },
      note: [a.who, requiredBy ? `要求 ${formatLocal(requiredBy, settings.calendar.timeZone)} 前完成` : null, b.note]
        .filter(Boolean)
        .join('；'),
      clocks: [
        { op: 'meet', kind: 'dispatch' },
        ...contactClock(ctx.r, now, !!a.patch.inPool),
        ...(requiredBy ? [{ op: 'setDue' as const, kind: 'resolve' as const, dueAt: requiredBy }] : []),
      ],
      assignedTo: a.assignedTo,
      within: takeRotaTurn(a, ctx),
    };
  },
};
