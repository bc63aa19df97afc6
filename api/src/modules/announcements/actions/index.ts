import type { AnnouncementAction } from '@wy/shared';
import type { AnnouncementActionDef } from './action.js';
import { approve } from './approve.js';
import { redraft } from './redraft.js';
import { reject } from './reject.js';
import { submit } from './submit.js';
import { withdraw } from './withdraw.js';

/** The steps of an announcement (R-ACT-04), one file each, keyed by name. */
export const ANNOUNCEMENT_ACTION_DEFS: Record<AnnouncementAction, AnnouncementActionDef> = {
  submit,
  approve,
  reject,
  withdraw,
  redraft,
};
