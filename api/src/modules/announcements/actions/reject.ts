import { reasonOf, type AnnouncementActionDef } from './action.js';

/** 退回修改: the approver sends it back to draft with what to change; the drafter sees the reason. */
export const reject: AnnouncementActionDef = {
  name: 'reject',
  perm: 'announcement.approve',
  run: ({ input }) => {
    const reason = reasonOf(input, '退回原因');
    return { patch: { rejectReason: reason, submittedByStaffId: null, submittedAt: null }, note: `退回修改：${reason}` };
  },
};
