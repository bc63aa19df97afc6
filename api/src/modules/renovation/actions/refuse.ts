import { badRequest } from '../../../common/app-error.js';
import type { RenoActionDef } from './action.js';

/** R-REN-04 the manager does not approve a reviewed plan, with a reason the applicant reads. */
export const refuse: RenoActionDef = {
  name: 'refuse',
  by: 'renovation.approve',
  async run({ input }) {
    const reason = input.reason?.trim();
    if (!reason || reason.length < 4) throw badRequest('请填写不予批准的原因（至少4个字），申请人会看到');
    return {
      patch: { refuseReason: reason },
      to: 'refused',
      note: `经理不予批准：${reason}`,
      ownerNote: `装修申请未获批准：${reason}`,
    };
  },
};
