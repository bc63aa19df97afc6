/**
 * The shape of one collection step (one file per step: actions/remind.ts …): which kinds it records, what it
 * checks of the input and of the household, and which of the input's fields it keeps. The dispatcher
 * (ArrearsMoves) checks the room, the dates and the once-a-month documents, then records the action.
 */
import type { ArrearsActionKind } from '@wy/shared';
import type { RecordArrearsActionDto } from '../arrears.dto.js';
import type { Household } from '../ledger.js';

export interface ArrearsStepContext {
  input: RecordArrearsActionDto;
  household: Household;
  /** the project's local date today */
  today: string;
}

/** The fields of the input a step keeps (the others are left empty). */
export interface ArrearsStepFields {
  signed: boolean | null;
  trackingNo: string | null;
  promisedOn: string | null;
}

export interface ArrearsStepDef {
  kinds: readonly ArrearsActionKind[];
  /** throws a 4xx in Chinese when the step may not be recorded; answers the fields it keeps */
  check(ctx: ArrearsStepContext): ArrearsStepFields;
}
