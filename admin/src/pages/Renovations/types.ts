/** The renovation screens' types, from the API's OpenAPI document (never copied by hand). */
import type { components } from '@wy/shared/api';

type S = components['schemas'];
export type RenoSummary = S['RenoSummaryDto'];
export type DeskReno = S['DeskRenoDetailDto'];
export type RenoGuide = S['RenoGuideDto'];
