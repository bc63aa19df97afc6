import { badRequest } from '../../../common/app-error.js';
import type { WorkReportActionDef } from './action.js';

/**
 * 提交业委会 (R-RPT-02): the report goes to the owners' committee with 本月工作 and 下月计划 written; its
 * figures are frozen as they stand, so what the committee reads is what the owners will. Due by the end of
 * the 28th (late is shown, never refused: a late report still goes).
 */
export const submit: WorkReportActionDef = {
  name: 'submit',
  perm: 'work_report.send',
  run: async ({ p, r, now, figures }) => {
    if (r.summary.trim().length < 10) throw badRequest('请先写好“本月工作”（至少10个字）再提交业委会');
    if (r.plan.trim().length < 10) throw badRequest('请先写好“下月计划”（至少10个字）再提交业委会');
    return {
      patch: { figures: await figures(), submittedAt: now, submittedByName: p.name, returnReason: null },
      note: '提交业委会',
    };
  },
};
