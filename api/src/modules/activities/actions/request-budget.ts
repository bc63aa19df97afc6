import { formatYuan } from '@wy/shared';
import type { ActivityActionDef } from './action.js';

/** R-ACT-05 申请预算: the desk asks finance for the activity's money (the planned budget unless another amount is given). */
export const requestBudget: ActivityActionDef = {
  name: 'request_budget',
  perm: 'activity.manage',
  run: ({ a, input }) => {
    const amount = input.amountFen ?? a.budgetFen;
    const note = input.note?.trim() || null;
    return {
      patch: { budgetRequestedFen: amount, budgetNote: note, budgetRejectReason: null },
      note: `申请预算 ${formatYuan(amount)}${note ? `：${note}` : ''}`,
    };
  },
};
