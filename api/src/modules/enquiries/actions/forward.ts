import { badRequest } from '../../../common/app-error.js';
import type { EnquiryActionDef } from './action.js';

/** 转交处理人 (R-SUG-01): a suggestion goes to the staff member who handles it, within 2 hours of intake. */
export const forward: EnquiryActionDef = {
  name: 'forward',
  perm: 'enquiry.desk',
  async run({ e, input: b, now, tools }) {
    if (!b.handlerStaffId) throw badRequest('请选择处理人');
    const h = await tools.memberOfProject(b.handlerStaffId, e.projectId);
    if (!h || h.archivedAt) throw badRequest('处理人不是本项目的在职员工');
    const late = e.forwardDueAt && now > e.forwardDueAt;
    return {
      patch: { forwardedAt: now, handlerStaffId: h.id },
      note: `转交${h.name}处理${late ? '（已超过2小时）' : ''}${b.note ? '：' + b.note : ''}`,
      assignedTo: h.id,
    };
  },
};
