import type { RenoActionDef, RenoStepName } from './action.js';
import { approve } from './approve.js';
import { cancel } from './cancel.js';
import { confirm } from './confirm.js';
import { decline } from './decline.js';
import { permit } from './permit.js';
import { refuse } from './refuse.js';
import { ret } from './return.js';
import { review } from './review.js';

/** A renovation's steps (R-REN-02…05), one file each, keyed by name: no switch. Resubmitting takes the form (RenoIntake). */
export const RENO_ACTION_DEFS: Record<RenoStepName, RenoActionDef> = {
  confirm,
  decline,
  cancel,
  return: ret,
  review,
  approve,
  refuse,
  permit,
};
