import { badRequest } from '../../../common/app-error.js';
import type { RenoActionDef } from './action.js';

/**
 * R-REN-03 退回补正: a problem found in the application is told to the applicant at once (the same day), with
 * the reason they read in the app; they fix it and submit it again. The review clock stops until then.
 */
export const ret: RenoActionDef = {
  name: 'return',
  by: 'renovation.desk',
  async run({ input, reno }) {
    const reason = input.reason?.trim();
    if (!reason || reason.length < 4) throw badRequest('请写明需要补正的内容（至少4个字），申请人会看到');
    return {
      patch: { returnReason: reason, returnCount: reno.returnCount + 1, reviewDueAt: null },
      to: 'returned',
      note: `退回补正：${reason}`,
      ownerNote: `申请需要补正：${reason}。请修改后重新提交`,
    };
  },
};
