import type { ParkingAction } from '@wy/shared';
import type { ParkingActionDef } from './action.js';
import { approve } from './approve.js';
import { cancel } from './cancel.js';
import { check } from './check.js';
import { contract } from './contract.js';
import { handOver } from './hand_over.js';
import { makeCard } from './make_card.js';
import { refuse } from './refuse.js';
import { test } from './tested.js';

/** The parking application's steps (R-PRK-*), one file each, keyed by name: no switch. */
export const PARKING_ACTION_DEFS: Record<ParkingAction, ParkingActionDef> = {
  check,
  contract,
  approve,
  refuse,
  make_card: makeCard,
  test,
  hand_over: handOver,
  cancel,
};
