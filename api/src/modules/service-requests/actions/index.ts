import { accept } from './accept.js';
import type { RequestActionDef } from './action.js';
import { arrive } from './arrive.js';
import { callback } from './callback.js';
import { cancel } from './cancel.js';
import { confirm } from './confirm.js';
import { contact } from './contact.js';
import { countersign } from './countersign.js';
import { dispatch } from './dispatch.js';
import { finish } from './finish.js';
import { grab } from './grab.js';
import { handIn } from './hand_in.js';
import { pause } from './pause.js';
import { reopen } from './reopen.js';
import { reschedule } from './reschedule.js';
import { resume } from './resume.js';
import { returnOrder } from './return.js';
import { review } from './review.js';
import { secondCallback } from './second_callback.js';
import { transfer } from './transfer.js';

/** The repair flow's actions (R-REP-*), one file each. Complaints and suggestions register their own. */
export const REPAIR_ACTION_DEFS: readonly RequestActionDef[] = [
  review,
  dispatch,
  grab,
  accept,
  transfer,
  returnOrder,
  contact,
  arrive,
  reschedule,
  pause,
  resume,
  finish,
  confirm,
  callback,
  reopen,
  cancel,
  handIn,
  countersign,
  secondCallback,
];
