import { callbackOutcome, REPAIR_MACHINE } from '@wy/shared';
import type { ServiceRequest } from '../entities.js';
import type { RequestActionDef } from './action.js';
import { callbackNote, checkCallbackAnswer, recordCallback } from './callbacks.js';
import { nextCycle } from './cycle.js';

/**
 * 回访 (R-REP-09): the centre calls the owner back within 24 h of completion. Satisfied: closed;
 * not satisfied (R-SRV-08): handled again in a new cycle. An owner who never confirmed in the app
 * confirms on the call. The answer and remarks stay with the centre (the owner reads the step name).
 */
export const callback: RequestActionDef = {
  type: 'repair',
  name: 'callback',
  move: REPAIR_MACHINE.callback,
  button: true,
  async run(ctx) {
    const { r, input: b, now } = ctx;
    checkCallbackAnswer(b);
    let note = `回访${callbackNote(b)}`;
    const patch: Partial<ServiceRequest> = { satisfaction: b.satisfaction, callbackComment: b.comment ?? null };
    if (r.status === 'finished') {
      // not confirmed in the app: the owner confirms completion on the callback (recorded as such)
      patch.confirmedAt = now;
      note = `业主在回访中确认完工；${note}`;
    }
    const again = callbackOutcome(b.satisfaction) === 'reopen' ? nextCycle(r, now) : null;
    return {
      patch: again ? { ...patch, ...again.patch } : { ...patch, closedAt: now },
      to: again ? 'received' : undefined,
      note,
      data: { method: b.method, satisfaction: b.satisfaction },
      within: recordCallback(ctx, b, 'callback', r.cycle),
      clocks: [{ op: 'meet', kind: 'callback' }, ...(again?.clocks ?? [])],
    };
  },
};
