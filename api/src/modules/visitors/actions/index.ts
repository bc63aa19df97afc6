import type { VisitorAction } from '@wy/shared';
import type { VisitorActionDef } from './action.js';
import { approve } from './approve.js';
import { cancel } from './cancel.js';
import { enter } from './enter.js';
import { leave } from './leave.js';
import { phoneApprove } from './phone-approve.js';
import { phoneRefuse } from './phone-refuse.js';
import { refuse } from './refuse.js';

/** Every step of a visitor, by name (the dispatcher looks them up here: no switch). */
export const VISITOR_ACTION_DEFS: Record<VisitorAction, VisitorActionDef> = {
  approve,
  refuse,
  cancel,
  phone_approve: phoneApprove,
  phone_refuse: phoneRefuse,
  enter,
  leave,
};
