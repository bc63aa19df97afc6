import type { components } from '@wy/shared/api';

export type ActivitySummary = components['schemas']['ActivitySummaryDto'];
export type ActivityDetail = components['schemas']['ActivityDetailDto'];
export type ActivityPlan = components['schemas']['ActivityPlanDto'];
export type ActivityCallbacks = components['schemas']['ActivityCallbacksDto'];
