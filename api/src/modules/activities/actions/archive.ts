import { activityCallbackQuota } from '@wy/shared';
import { AppError } from '../../../common/app-error.js';
import type { ActivityActionDef } from './action.js';

/** R-ACT-05 归档: the file is closed once the summary is written and the callbacks (R-ACT-03: 10% of sign-ups) are made. */
export const archive: ActivityActionDef = {
  name: 'archive',
  perm: 'activity.manage',
  run: ({ p, now, signups, callbacksMade }) => {
    const quota = activityCallbackQuota(signups);
    if (callbacksMade < quota)
      throw new AppError('CONFLICT', `还需回访 ${quota - callbacksMade} 户（至少回访报名户数的10%）后才能归档`);
    return { patch: { archivedAt: now, archivedByName: p.name }, note: '活动资料归档' };
  },
};
