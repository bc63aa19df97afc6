import { AppError } from '../../../common/app-error.js';
import type { ArrearsStepDef } from './action.js';

/**
 * R-ARR-05 the suit followed up (诉讼跟进), a preservation application (保全申请) among the steps: only after the
 * instruction to sue was recorded for these arrears.
 */
export const litigation: ArrearsStepDef = {
  kinds: ['litigation', 'preservation'],
  check: ({ input, household }) => {
    if (!household.actions.some((a) => a.kind === 'sue'))
      throw new AppError('CONFLICT', '该户尚未委托起诉，不能登记诉讼跟进或保全申请');
    return { signed: null, trackingNo: null, promisedOn: input.promisedOn ?? null };
  },
};
