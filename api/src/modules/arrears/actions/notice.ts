import type { ArrearsStepDef } from './action.js';

/**
 * R-ARR-01 the month's written collection notice (费用催缴通知单), delivered with the customer's signature
 * where possible (`signed`). Once a room and month: the dispatcher's unique key refuses a second.
 */
export const notice: ArrearsStepDef = {
  kinds: ['notice'],
  check: ({ input }) => ({ signed: input.signed ?? false, trackingNo: null, promisedOn: input.promisedOn ?? null }),
};
