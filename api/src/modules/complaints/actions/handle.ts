import { needsIdentityCheck } from '@wy/shared';
import { AppError, badRequest } from '../../../common/app-error.js';
import type { ComplaintActionDef } from './action.js';

/**
 * 处理完成 (R-CMP-01): the handling is done, with its result. The handling promise is kept (or
 * broken, if late); the result is owed to the complainant the same day, at most 2 days later
 * (R-CMP-10), and the callback within 3 days (R-CMP-11).
 */
export const handle: ComplaintActionDef = {
  name: 'handle',
  perm: 'complaint.desk',
  async run({ c, input: b, now, sla, tools }) {
    // R-CMP-23 a communication-type complaint is handled only after the complainant's identity and payments were checked
    if (needsIdentityCheck(c.category) && !c.identityCheckedAt)
      throw new AppError('CONFLICT', '沟通类投诉须先核实投诉人身份并查看缴费情况');
    const result = b.note?.trim();
    if (!result) throw badRequest('请填写处理结果');
    return {
      patch: { handledAt: now, result },
      note: `处理完成：${result}`,
      clocks: [
        { op: 'meet', kind: 'resolve' },
        { op: 'meet', kind: 'forward' },
        { op: 'start', kind: 'reply', from: now, dueAt: tools.due(now, sla.reply) },
        { op: 'start', kind: 'callback', from: now, dueAt: tools.due(now, sla.callback) },
      ],
    };
  },
};
