/** The release-pass screens' types, from the API's OpenAPI document (never copied by hand). */
import type { components } from '@wy/shared/api';

type S = components['schemas'];
export type PassSummary = S['PassSummaryDto'];
export type Pass = S['PassDto'];
export type DeskPass = S['DeskPassDetailDto'];
export type GatePass = S['GatePassDto'];
export type DeskPassBody = S['DeskPassDto'];
