/** The complaint screens' types, from the API's OpenAPI document (never copied by hand). */
import type { components } from '@wy/shared/api';

type S = components['schemas'];
export type ComplaintSummary = S['ComplaintSummaryDto'];
export type ComplaintDetail = S['ComplaintDetailDto'];
export type ComplaintClock = S['ComplaintClockDto'];
export type ComplaintActionBody = S['ComplaintActionDto'];
export type CreateComplaint = S['CreateComplaintDto'];
export type ClassItem = S['ClassItemDto'];
export type Handler = S['HandlerDto'];
