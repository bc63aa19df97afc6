/** The suggestion and inquiry screens' types, from the API's OpenAPI document (never copied by hand). */
import type { components } from '@wy/shared/api';

type S = components['schemas'];
export type EnquirySummary = S['EnquirySummaryDto'];
export type EnquiryDetail = S['EnquiryDetailDto'];
export type EnquiryActionBody = S['EnquiryActionDto'];
export type CreateEnquiry = S['CreateEnquiryDto'];
export type FaqEntry = S['FaqEntryDto'];
