import { AppError, badRequest } from '../../../common/app-error.js';
import type { ComplaintActionDef } from './action.js';

/** 明确答复 (R-CMP-08): a class A complainant gets a clear answer within 2 days (the complainant reads it). */
export const answer: ComplaintActionDef = {
  name: 'answer',
  perm: 'complaint.desk',
  async run({ c, input: b }) {
    if (c.importance !== 'A') throw new AppError('CONFLICT', '只有重大（A 类）投诉需要先行明确答复');
    const words = b.note?.trim();
    if (!words) throw badRequest('请填写给投诉人的答复');
    return {
      patch: {},
      note: `答复投诉人：${words}`,
      ownerNote: words,
      clocks: [{ op: 'meet', kind: 'answer', orElse: '已经答复过投诉人' }],
    };
  },
};
