import type { ArrearsStepDef } from './action.js';

/** R-ARR-03 / R-ARR-04 the legal adviser instructed in writing to sue (委托起诉). */
export const sue: ArrearsStepDef = {
  kinds: ['sue'],
  check: ({ input }) => ({ signed: null, trackingNo: null, promisedOn: input.promisedOn ?? null }),
};
