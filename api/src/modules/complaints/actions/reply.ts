import { CALLBACK_METHOD_LABELS, needsSecondCallback, type ComplaintImportance } from '@wy/shared';
import { badRequest } from '../../../common/app-error.js';
import type { ComplaintActionDef, ComplaintClockOp } from './action.js';

/**
 * 结果回复 (R-CMP-10): the result is told to the complainant the way they can be reached; class
 * A and B then owe one more callback within a month (R-CMP-12).
 */
export const reply: ComplaintActionDef = {
  name: 'reply',
  perm: 'complaint.desk',
  async run({ c, input: b, now, sla, tools }) {
    const words = b.note?.trim();
    if (!words) throw badRequest('请填写回复投诉人的内容');
    if (!b.method) throw badRequest('请选择回复方式');
    const clocks: ComplaintClockOp[] = [{ op: 'meet', kind: 'reply' }];
    if (needsSecondCallback(c.importance as ComplaintImportance))
      clocks.push({ op: 'start', kind: 'second_callback', from: now, dueAt: tools.due(now, sla.secondCallback) });
    return {
      patch: { repliedAt: now },
      note: `经${CALLBACK_METHOD_LABELS[b.method]}回复：${words}`,
      ownerNote: words,
      data: { method: b.method },
      clocks,
    };
  },
};
