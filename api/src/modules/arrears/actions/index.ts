import type { ArrearsActionKind } from '@wy/shared';
import type { ArrearsStepDef } from './action.js';
import { lawyerLetter } from './lawyer_letter.js';
import { litigation } from './litigation.js';
import { notice } from './notice.js';
import { remind } from './remind.js';
import { sue } from './sue.js';

const STEPS: readonly ArrearsStepDef[] = [remind, notice, lawyerLetter, sue, litigation];

/** The collection steps (R-ARR-01/02/03/05), one file each, keyed by action kind: no switch. */
export const ARREARS_STEPS = Object.fromEntries(STEPS.flatMap((s) => s.kinds.map((k) => [k, s]))) as Record<
  ArrearsActionKind,
  ArrearsStepDef
>;
