import { formatYuan } from '@wy/shared';
import { badRequest } from '../../../common/app-error.js';
import type { ActivityActionDef } from './action.js';

/** R-ACT-05 批准预算: finance approves the amount asked, or less (never more); the activity may then be published. */
export const approveBudget: ActivityActionDef = {
  name: 'approve_budget',
  perm: 'activity.budget',
  run: ({ p, a, input, now }) => {
    const asked = a.budgetRequestedFen ?? a.budgetFen;
    const amount = input.amountFen ?? asked;
    if (amount > asked) throw badRequest(`批准金额不能超过申请金额 ${formatYuan(asked)}`);
    return {
      patch: { budgetApprovedFen: amount, budgetApprovedByName: p.name, budgetApprovedAt: now },
      note: `批准预算 ${formatYuan(amount)}`,
    };
  },
};
