import {
  CALLBACK_METHOD_LABELS,
  callbackNeedsReason,
  callbackOutcome,
  complaintResolveDue,
  SATISFACTION_LABELS,
  type ComplaintImportance,
} from '@wy/shared';
import { badRequest } from '../../../common/app-error.js';
import type { ComplaintActionDef } from './action.js';

/**
 * 回访 (R-CMP-11): within 3 days after the handling. Satisfied: closed (archived); not satisfied
 * (R-CMP-01): handled again in a new cycle, with a new handling limit of its class from now.
 */
export const callback: ComplaintActionDef = {
  name: 'callback',
  perm: 'complaint.desk',
  async run({ c, input: b, now, sla, tools }) {
    if (!b.satisfaction) throw badRequest('请选择投诉人的满意度');
    if (!b.method) throw badRequest('请选择回访方式');
    if (callbackNeedsReason(b.satisfaction) && !b.note?.trim()) throw badRequest('请记录投诉人不满意的原因');
    const said = `经${CALLBACK_METHOD_LABELS[b.method]}回访，${SATISFACTION_LABELS[b.satisfaction]}${b.note ? '：' + b.note : ''}`;
    if (callbackOutcome(b.satisfaction) === 'close')
      return {
        patch: { closedAt: now, satisfaction: b.satisfaction },
        note: said,
        data: { method: b.method, satisfaction: b.satisfaction },
        clocks: [{ op: 'meet', kind: 'callback' }],
      };
    const cycle = c.cycle + 1;
    return {
      patch: { satisfaction: b.satisfaction, cycle, handledAt: null, repliedAt: null, result: null },
      to: 'handling',
      note: `${said}；重新处理`,
      data: { method: b.method, satisfaction: b.satisfaction },
      clocks: [
        { op: 'meet', kind: 'callback' },
        { op: 'cancel', kinds: ['second_callback'] },
        {
          op: 'start',
          kind: 'resolve',
          from: now,
          dueAt: complaintResolveDue(c.importance as ComplaintImportance, now, null, (d) => tools.due(now, d), sla),
        },
      ],
    };
  },
};
