import { reasonOf, type ActivityActionDef } from './action.js';

/** R-ACT-05 退回预算: finance sends the request back with a reason; the activity is planned again. */
export const rejectBudget: ActivityActionDef = {
  name: 'reject_budget',
  perm: 'activity.budget',
  run: ({ input }) => {
    const reason = reasonOf(input, '退回原因');
    return { patch: { budgetRejectReason: reason, budgetRequestedFen: null }, note: `退回预算：${reason}` };
  },
};
