import { compensationLimitFen, formatYuan } from '@wy/shared';
import { AppError, badRequest } from '../../../common/app-error.js';
import type { ComplaintActionDef } from './action.js';

/**
 * 承诺赔偿 (R-CMP-13): only after the facts are confirmed and assessed, and only within the promiser's
 * authority — a discipline supervisor ¥1000, the quality supervisor ¥2000, the project manager per the
 * project's annual authorisation; above it (or without any) it goes up. The promise is reported to the
 * superior the same day (the event reaches them at once).
 */
export const compensate: ComplaintActionDef = {
  name: 'compensate',
  perm: 'complaint.desk',
  async run({ p, input: b, managerCompensationFen }) {
    if (!b.factsConfirmed) throw badRequest('请先核实并评估事实，再承诺赔偿');
    if (!b.amountFen) throw badRequest('请填写赔偿金额');
    const what = b.note?.trim();
    if (!what) throw badRequest('请填写赔偿内容与依据');
    const limit = compensationLimitFen(p.roles, managerCompensationFen);
    if (limit === 0) throw new AppError('FORBIDDEN', '您没有赔偿权限，请报上级处理');
    if (limit !== null && b.amountFen > limit)
      throw new AppError('FORBIDDEN', `超出您的赔偿权限（${formatYuan(limit)}），请报上级审批`);
    return {
      patch: { compensationFen: b.amountFen, compensationNote: what, compensatedBy: p.id },
      note: `承诺赔偿 ${formatYuan(b.amountFen)}：${what}（已当天报上级）`,
      data: { amountFen: b.amountFen },
      compensation: { amountFen: b.amountFen, note: what },
    };
  },
};
