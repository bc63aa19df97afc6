import { FINISH_CHECKS, type FinishCheck } from '@wy/shared';

/** R-REP-16 every completion check confirmed, as a technician finishing an in-home repair does. */
export const ALL_CHECKED = Object.fromEntries(FINISH_CHECKS.map((c) => [c, true])) as Record<FinishCheck, true>;

/** A finish body with the completion checklist confirmed (tests whose subject is not the checklist). */
export const checked = <T extends Record<string, unknown>>(body: T): T & Record<FinishCheck, true> => ({
  ...body,
  ...ALL_CHECKED,
});
