import { AppError, badRequest } from '../../../common/app-error.js';
import type { ActivityActionDef } from './action.js';

/** R-ACT-05 活动总结: after it ends, the summary (what went well, what fell short) and its photos go into its file. */
export const finish: ActivityActionDef = {
  name: 'finish',
  perm: 'activity.manage',
  run: ({ a, input, now }) => {
    if (!a.endsAt || now < a.endsAt) throw new AppError('CONFLICT', '活动结束后才能填写总结');
    const summary = input.summary?.trim() ?? '';
    if (summary.length < 10) throw badRequest('请填写活动总结（至少10个字）');
    return { patch: { summary, finishedAt: now }, note: '活动总结', photoIds: [...new Set(input.photoIds ?? [])] };
  },
};
