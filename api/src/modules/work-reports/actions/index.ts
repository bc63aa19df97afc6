import type { WorkReportAction } from '@wy/shared';
import type { WorkReportActionDef } from './action.js';
import { publish } from './publish.js';
import { returnToDraft } from './return.js';
import { review } from './review.js';
import { submit } from './submit.js';

/** The steps of a monthly work report (R-RPT-02), one file each, keyed by name. */
export const WORK_REPORT_ACTION_DEFS: Record<WorkReportAction, WorkReportActionDef> = {
  submit,
  return: returnToDraft,
  review,
  publish,
};
