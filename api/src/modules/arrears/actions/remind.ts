import { ARREARS_REMINDER_KINDS } from '@wy/shared';
import type { ArrearsStepDef } from './action.js';

/**
 * R-ARR-01 a reminder — verbal, phone, SMS or mini-program message — stating the amount and the late fee that
 * may accrue; several a month are fine. A payment date the owner promises is kept (R-ARR-07).
 */
export const remind: ArrearsStepDef = {
  kinds: ARREARS_REMINDER_KINDS,
  check: ({ input }) => ({ signed: null, trackingNo: null, promisedOn: input.promisedOn ?? null }),
};
