/**
 * The shape of one step of a suggestion or inquiry (one file per step: actions/forward.ts …): who
 * may (a permission and the shared state machine), what it checks, and the move as data — the
 * change and the timeline notes (the centre's and the customer's). EnquiryMoves runs it in one
 * transaction.
 */
import type { EnquiryAction, EnquiryStatus, Permission } from '@wy/shared';
import type { StaffPrincipal } from '../../../common/principal.js';
import type { EnquiryActionDto } from '../enquiries.dto.js';
import type { Enquiry } from '../entities.js';

export interface EnquiryTools {
  /** the staff member if they work in the project */
  memberOfProject(staffId: number, projectId: number): Promise<{ id: number; name: string; archivedAt: Date | null } | null>;
  /** R-FAQ-03 a published FAQ entry of the project (its answer) */
  faqAnswer(projectId: number, entryId: number): Promise<{ id: number; question: string; answer: string } | null>;
}

export interface EnquiryContext {
  p: StaffPrincipal;
  e: Enquiry;
  input: EnquiryActionDto;
  now: Date;
  timeZone: string;
  tools: EnquiryTools;
}

export interface EnquiryOutcome {
  patch: Partial<Enquiry>;
  to?: EnquiryStatus;
  note: string | null;
  /** what the customer reads (owner audience steps only) */
  ownerNote?: string | null;
  /** the staff member the step gives it to */
  assignedTo?: number | null;
}

export interface EnquiryActionDef {
  name: EnquiryAction;
  perm: Permission;
  run(ctx: EnquiryContext): Promise<EnquiryOutcome>;
}
