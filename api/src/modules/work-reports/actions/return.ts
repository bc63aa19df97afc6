import type { WorkReportActionDef } from './action.js';
import { wordsOf } from './action.js';

/** 业委会退回 (R-RPT-02): the committee sends it back with its reason; a draft again, its figures read live until it goes again. */
export const returnToDraft: WorkReportActionDef = {
  name: 'return',
  perm: 'work_report.send',
  run: async ({ input }) => ({
    patch: { returnReason: wordsOf(input.reason, '业委会退回的原因'), figures: null, submittedAt: null, submittedByName: null },
    note: '业委会退回',
  }),
};
