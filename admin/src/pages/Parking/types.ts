/** The parking screens' types, from the API's OpenAPI document (never copied by hand). */
import type { components } from '@wy/shared/api';

type S = components['schemas'];
export type ParkingAppSummary = S['ApplicationSummaryDto'];
export type ParkingApp = S['ApplicationDto'];
export type ParkingActionBody = S['ParkingActionDto'];
export type LedgerRow = S['LedgerRowDto'];
export type ParkingSpace = S['SpaceDto'];
export type ParkingArea = S['AreaDto'];
export type ParkingPlan = S['PlanDto'];
export type SavePlan = S['SavePlanDto'];
