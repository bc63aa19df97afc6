import type { AnnouncementActionDef } from './action.js';

/** 重新编辑: a withdrawn announcement goes back to draft, to be corrected and approved again before it shows. */
export const redraft: AnnouncementActionDef = {
  name: 'redraft',
  perm: 'announcement.write',
  run: () => ({
    patch: { submittedByStaffId: null, submittedAt: null, approvedByStaffId: null, approvedByName: null, publishedAt: null },
    note: '重新编辑',
  }),
};
