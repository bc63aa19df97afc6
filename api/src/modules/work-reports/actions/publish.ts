import type { WorkReportActionDef } from './action.js';

/** 公示 (R-RPT-02): after the committee's review, the owners of the project read it in the mini-program. */
export const publish: WorkReportActionDef = {
  name: 'publish',
  perm: 'work_report.send',
  run: async ({ p, now }) => ({ patch: { publishedAt: now, publishedByName: p.name }, note: '公示' }),
};
