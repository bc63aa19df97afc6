import { CALLBACK_METHOD_LABELS, needsSecondCallback, SATISFACTION_LABELS, type ComplaintImportance } from '@wy/shared';
import { AppError, badRequest } from '../../../common/app-error.js';
import type { ComplaintActionDef } from './action.js';

/** 二次回访 (R-CMP-12): class A and B, once more within a month after the reply. */
export const secondCallback: ComplaintActionDef = {
  name: 'second_callback',
  perm: 'complaint.desk',
  async run({ c, input: b }) {
    if (!needsSecondCallback(c.importance as ComplaintImportance)) throw new AppError('CONFLICT', '轻微（C 类）投诉无需二次回访');
    if (!b.satisfaction) throw badRequest('请选择投诉人的满意度');
    if (!b.method) throw badRequest('请选择回访方式');
    return {
      patch: {},
      note: `二次回访（${CALLBACK_METHOD_LABELS[b.method]}），${SATISFACTION_LABELS[b.satisfaction]}${b.note ? '：' + b.note : ''}`,
      data: { method: b.method, satisfaction: b.satisfaction },
      clocks: [{ op: 'meet', kind: 'second_callback', orElse: '二次回访已经做过' }],
    };
  },
};
