import type { RenoActionDef, RenoStepName } from './action.js';
import { accept } from './accept.js';
import { approve } from './approve.js';
import { cancel } from './cancel.js';
import { confirm } from './confirm.js';
import { decline } from './decline.js';
import { failAcceptance } from './fail-acceptance.js';
import { permit } from './permit.js';
import { refundDeposits } from './refund-deposits.js';
import { refuse } from './refuse.js';
import { requestAcceptance } from './request-acceptance.js';
import { ret } from './return.js';
import { review } from './review.js';

/** A renovation's steps (R-REN-02…08), one file each, keyed by name: no switch. Resubmitting takes the form (RenoIntake). */
export const RENO_ACTION_DEFS: Record<RenoStepName, RenoActionDef> = {
  confirm,
  decline,
  cancel,
  return: ret,
  review,
  approve,
  refuse,
  permit,
  request_acceptance: requestAcceptance,
  fail_acceptance: failAcceptance,
  accept,
  refund_deposits: refundDeposits,
};
