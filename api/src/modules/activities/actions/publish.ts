import { activityPublishProblem } from '@wy/shared';
import { AppError } from '../../../common/app-error.js';
import type { ActivityActionDef } from './action.js';

/**
 * R-ACT-02 发布活动: the manager announces it to the project's owners (sign-up opens, the poll closes) — only
 * with the budget approved, the safety measures recorded (R-ACT-05), time, place and capacity set, the
 * owners' opinion asked, and at least ACTIVITY_NOTICE_DAYS before it starts.
 */
export const publish: ActivityActionDef = {
  name: 'publish',
  perm: 'activity.publish',
  run: ({ p, a, now }) => {
    const problem = activityPublishProblem(a, now);
    if (problem) throw new AppError('CONFLICT', problem);
    return { patch: { publishedAt: now, publishedByName: p.name }, note: '发布活动' };
  },
};
