import { callbackOutcome, REPAIR_STATUSES } from '@wy/shared';
import { AppError } from '../../../common/app-error.js';
import type { RequestActionDef } from './action.js';
import { callbackNote, checkCallbackAnswer, recordCallback } from './callbacks.js';

/**
 * 二次回访 (R-REP-10): on an important request, the centre asks again within a month how the fix
 * holds (its own route, not a button). Not satisfied on a closed order: it is reopened after.
 */
export const secondCallback: RequestActionDef = {
  type: 'repair',
  name: 'second_callback',
  move: { from: REPAIR_STATUSES, to: 'same', by: ['centre'] },
  button: false,
  async run(ctx) {
    const { r, input: b, tools } = ctx;
    checkCallbackAnswer(b);
    const clock = await tools.runningClock(r.id, 'second_callback');
    if (!clock) throw new AppError('SRV_ILLEGAL_TRANSITION', '该工单没有待进行的二次回访');
    return {
      patch: {},
      note: `二次回访${callbackNote(b)}`,
      data: { method: b.method, satisfaction: b.satisfaction },
      within: recordCallback(ctx, b, 'second_callback', clock.cycle),
      clocks: [{ op: 'meet', kind: 'second_callback', cycle: clock.cycle, orElse: '二次回访刚被其他人记录，请刷新' }],
      then:
        callbackOutcome(b.satisfaction) === 'reopen' && r.status === 'closed'
          ? { action: 'reopen', input: { reason: `二次回访不满意：${b.comment ?? ''}` } }
          : undefined,
    };
  },
};
