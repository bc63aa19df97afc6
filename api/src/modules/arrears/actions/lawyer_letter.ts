import { LAWYER_LETTER_AGES } from '@wy/shared';
import { AppError, badRequest } from '../../../common/app-error.js';
import type { ArrearsStepDef } from './action.js';

/**
 * R-ARR-02 a lawyer's letter (费用催缴律师函) sent by express mail: its tracking number is required. An ordinary
 * household gets two in all (at 6 and at 12 months): a third is refused — the next step is the suit (R-ARR-03).
 * R-ARR-04 a large customer gets one from 3 months.
 */
export const lawyerLetter: ArrearsStepDef = {
  kinds: ['lawyer_letter'],
  check: ({ input, household }) => {
    if (!input.trackingNo) throw badRequest('律师函须特快专递寄出，请填写快递单号');
    const sent = household.actions.filter((a) => a.kind === 'lawyer_letter').length;
    if (!household.largeCustomer && sent >= LAWYER_LETTER_AGES.length)
      throw new AppError('CONFLICT', `该户已发过${LAWYER_LETTER_AGES.length}次律师函，应书面委托法律顾问起诉`);
    return { signed: null, trackingNo: input.trackingNo, promisedOn: input.promisedOn ?? null };
  },
};
