import type { EnquiryAction } from '@wy/shared';
import type { EnquiryActionDef } from './action.js';
import { askDeveloper } from './ask_developer.js';
import { consult } from './consult.js';
import { forward } from './forward.js';
import { reply } from './reply.js';
import { thank } from './thank.js';

/** The steps of suggestions and inquiries (R-SUG-*, R-INQ-*), one file each, keyed by name. */
export const ENQUIRY_ACTION_DEFS: Record<EnquiryAction, EnquiryActionDef> = {
  forward,
  consult,
  ask_developer: askDeveloper,
  reply,
  thank,
};
