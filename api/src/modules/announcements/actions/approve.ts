import { AppError } from '../../../common/app-error.js';
import type { AnnouncementActionDef } from './action.js';

/**
 * 审核发布 (R-ACT-04): the manager or head office publishes it — never the one who drafted or submitted
 * it; one whose 截止时间 has passed is not published. Valid from the time set, or from now.
 */
export const approve: AnnouncementActionDef = {
  name: 'approve',
  perm: 'announcement.approve',
  run: ({ p, a, now }) => {
    if (a.createdByStaffId === p.id || a.submittedByStaffId === p.id)
      throw new AppError('FORBIDDEN', '不能审核自己起草或提交的公告，请由其他有审核权限的人员审核');
    if (a.validTo && a.validTo <= now) throw new AppError('CONFLICT', '截止时间已过，请退回修改有效期后再发布');
    return {
      patch: { approvedByStaffId: p.id, approvedByName: p.name, publishedAt: now },
      note: '审核发布',
    };
  },
};
