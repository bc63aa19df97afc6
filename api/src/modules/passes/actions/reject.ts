import { badRequest } from '../../../common/app-error.js';
import type { PassActionDef } from './action.js';

/** 驳回: the desk refuses an application, with a reason the applicant reads. */
export const reject: PassActionDef = {
  name: 'reject',
  by: 'pass.desk',
  async run({ actor, input }) {
    const reason = input.reason?.trim();
    if (!reason || reason.length < 2) throw badRequest('请填写驳回原因（至少2个字）');
    return {
      patch: { refuseReason: reason },
      to: 'rejected',
      note: `${actor.name}驳回：${reason}`,
      ownerNote: `放行申请未通过：${reason}`,
    };
  },
};
