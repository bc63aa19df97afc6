/** The parking screens' shared words and helpers. */
import {
  PARKING_DOC_LABELS,
  PARKING_SPACE_KIND_LABELS,
  PARKING_TERM_LABELS,
  type ParkingDoc,
  type ParkingSpaceKind,
  type ParkingTerm,
} from '@wy/shared';
import type { ResponseOf } from '../services/request';

export type MyParkingApp = ResponseOf<'/me/parking/applications/{id}', 'get'>;
export type ParkingPlan = ResponseOf<'/me/parking/plan', 'get'>;
export const kindText = (k: string) => PARKING_SPACE_KIND_LABELS[k as ParkingSpaceKind] ?? k;
export const termText = (t: string) => PARKING_TERM_LABELS[t as ParkingTerm] ?? t;
export const docText = (d: string) => PARKING_DOC_LABELS[d as ParkingDoc] ?? d;
