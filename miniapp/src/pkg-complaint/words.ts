/**
 * The complaint screens' fixed words for owners: where and how to complain, the flow and the time limits
 * (R-CMP-20), all from shared — the limits are written from the complaint durations the clocks run on.
 */
import { COMPLAINT_GUIDE_FLOW, COMPLAINT_GUIDE_WAYS, COMPLAINT_INVITATION, complaintGuideLimits, durationWords } from '@wy/shared';

export { COMPLAINT_INVITATION };
export const durationText = durationWords;
export const GUIDE_WAYS = COMPLAINT_GUIDE_WAYS;
export const GUIDE_FLOW = COMPLAINT_GUIDE_FLOW;
export const GUIDE_LIMITS = complaintGuideLimits();
