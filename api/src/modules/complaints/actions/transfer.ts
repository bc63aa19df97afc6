import { COMPLAINT_TRANSFER_LABELS } from '@wy/shared';
import { badRequest } from '../../../common/app-error.js';
import type { ComplaintActionDef } from './action.js';

/**
 * 转交上级单位 (R-CMP-15): a complaint the project cannot resolve goes to the company or another party
 * (the developer…), decided by the manager; the complainant is told, and the centre keeps tracking it —
 * it stays in handling with its promises running.
 */
export const transfer: ComplaintActionDef = {
  name: 'transfer',
  perm: 'complaint.manage',
  async run({ c, input: b, now }) {
    if (!b.transferTo) throw badRequest('请选择转交的单位');
    const to = b.note?.trim();
    if (!to) throw badRequest('请填写转交的单位、联系人或函件');
    if (c.transferredTo) throw badRequest('该投诉已转交过');
    const label = COMPLAINT_TRANSFER_LABELS[b.transferTo];
    return {
      patch: { transferredTo: b.transferTo, transferNote: to, transferredAt: now },
      note: `转交${label}处理：${to}；服务中心继续跟踪`,
      ownerNote: `您的投诉已转交${label}处理，服务中心会继续跟踪并把结果答复您`,
      data: { transferTo: b.transferTo },
    };
  },
};
