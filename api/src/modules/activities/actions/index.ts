import type { ActivityAction } from '@wy/shared';
import type { ActivityActionDef } from './action.js';
import { approveBudget } from './approve-budget.js';
import { archive } from './archive.js';
import { cancel } from './cancel.js';
import { finish } from './finish.js';
import { publish } from './publish.js';
import { rejectBudget } from './reject-budget.js';
import { requestBudget } from './request-budget.js';

/** The steps of an activity (R-ACT-01/02/05), one file each, keyed by name. */
export const ACTIVITY_ACTION_DEFS: Record<ActivityAction, ActivityActionDef> = {
  request_budget: requestBudget,
  approve_budget: approveBudget,
  reject_budget: rejectBudget,
  publish,
  finish,
  archive,
  cancel,
};
