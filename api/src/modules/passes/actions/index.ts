import type { PassAction } from '@wy/shared';
import type { PassActionDef } from './action.js';
import { cancel } from './cancel.js';
import { confirm } from './confirm.js';
import { decline } from './decline.js';
import { issue } from './issue.js';
import { reject } from './reject.js';
import { release } from './release.js';

/** The release pass's steps (R-PAS-01…03), one file each, keyed by name: no switch. */
export const PASS_ACTION_DEFS: Record<PassAction, PassActionDef> = { confirm, decline, cancel, issue, reject, release };
