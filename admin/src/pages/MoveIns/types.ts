/** The move-in screens' types, from the API's OpenAPI document (never copied by hand). */
import type { components } from '@wy/shared/api';

type S = components['schemas'];
export type MoveInSummary = S['MoveInSummaryDto'];
export type MoveIn = S['MoveInDto'];
export type MoveInBatch = S['MoveInBatchDto'];
export type MoveInMonth = S['MoveInMonthDto'];
export type StepBody = S['MoveInStepDto'];
