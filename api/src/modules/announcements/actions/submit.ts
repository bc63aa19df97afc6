import type { AnnouncementActionDef } from './action.js';

/** 提交审核: the drafter hands the draft to the manager; it waits in 待审核 and is no longer edited. */
export const submit: AnnouncementActionDef = {
  name: 'submit',
  perm: 'announcement.write',
  run: ({ p, now }) => ({
    patch: { submittedByStaffId: p.id, submittedAt: now, rejectReason: null },
    note: '提交审核',
  }),
};
