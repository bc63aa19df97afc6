import type { MoveInAction } from '@wy/shared';
import type { MoveInActionDef } from './action.js';
import { agreements } from './agreements.js';
import { arrive } from './arrive.js';
import { fees } from './fees.js';
import { identity } from './identity.js';
import { inspection } from './inspection.js';
import { keys } from './keys.js';
import { start } from './start.js';

/** A move-in's steps (R-MOV-02/03), one file each, keyed by name: no switch. */
export const MOVEIN_ACTION_DEFS: Record<MoveInAction, MoveInActionDef> = { arrive, start, identity, agreements, fees, inspection, keys };
