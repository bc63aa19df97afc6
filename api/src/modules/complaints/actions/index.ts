import type { ComplaintAction } from '@wy/shared';
import { acknowledge } from './acknowledge.js';
import type { ComplaintActionDef } from './action.js';
import { answer } from './answer.js';
import { callback } from './callback.js';
import { compensate } from './compensate.js';
import { extend } from './extend.js';
import { forward } from './forward.js';
import { handle } from './handle.js';
import { regrade } from './regrade.js';
import { reply } from './reply.js';
import { review } from './review.js';
import { secondCallback } from './second_callback.js';
import { transfer } from './transfer.js';
import { verifyIdentity } from './verify_identity.js';

/** The complaint flow's steps (R-CMP-*), one file each, keyed by name: no switch. */
export const COMPLAINT_ACTION_DEFS: Record<ComplaintAction, ComplaintActionDef> = {
  review,
  regrade,
  acknowledge,
  forward,
  answer,
  handle,
  reply,
  callback,
  second_callback: secondCallback,
  extend,
  compensate,
  transfer,
  verify_identity: verifyIdentity,
};
