import { reasonOf, type AnnouncementActionDef } from './action.js';

/** 撤回: a published announcement leaves the owners' lists at once, with the reason kept (it is never edited while published). */
export const withdraw: AnnouncementActionDef = {
  name: 'withdraw',
  perm: 'announcement.write',
  run: ({ p, input, now }) => {
    const reason = reasonOf(input, '撤回原因');
    return { patch: { withdrawnAt: now, withdrawnByName: p.name, withdrawReason: reason }, note: `撤回：${reason}` };
  },
};
