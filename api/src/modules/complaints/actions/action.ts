/**
 * The shape of one step of a complaint (one file per step: actions/review.ts …), as the repair
 * actions are shaped: who may (a permission and the shared state machine), what it checks, and
 * the move as data — the change, the timeline notes (the centre's and the complainant's), the
 * clocks, the code it gives. The dispatcher (ComplaintMoves) runs it in one transaction.
 */
import type {
  ComplaintAction,
  ComplaintCategory,
  ComplaintClockKind,
  ComplaintImportance,
  ComplaintSlaSettings,
  ComplaintStatus,
  Permission,
  SlaDuration,
  WorkCalendar,
} from '@wy/shared';
import type { StaffPrincipal } from '../../../common/principal.js';
import type { ComplaintClassItem, ComplaintClock, Complaint } from '../entities.js';
import type { ComplaintActionDto } from '../complaints.dto.js';

/** What a step does to the complaint's promises (applied by ComplaintClocks in the move's transaction). */
export type ComplaintClockOp =
  | { op: 'start'; kind: ComplaintClockKind; from: Date; dueAt: Date; metAt?: Date }
  /** kept now; `orElse`: refuse the whole step with this 409 when it was not running */
  | { op: 'meet'; kind: ComplaintClockKind; orElse?: string }
  | { op: 'cancel'; kinds: readonly ComplaintClockKind[] }
  | { op: 'setDue'; kind: ComplaintClockKind; dueAt: Date }
  /** R-CMP-09 an approved extension: the due time in force moves, with who approved it and why */
  | { op: 'extend'; kind: ComplaintClockKind; until: Date; by: number; reason: string };

export interface ComplaintTools {
  /** a due time on the project's calendar */
  due(from: Date, d: SlaDuration): Date;
  /** the staff member if they work in the project (with roles) */
  memberOfProject(
    staffId: number,
    projectId: number,
  ): Promise<{ id: number; name: string; roles: string[]; archivedAt: Date | null } | null>;
  classItem(id: number): Promise<ComplaintClassItem | null>;
  clocks(complaintId: number): Promise<ComplaintClock[]>;
  /** R-CMP-23 who the complainant is to the room, and what the room owes */
  identity(c: Complaint): Promise<{ relation: string | null; unpaidFen: number; unpaidCount: number }>;
}

export interface ComplaintContext {
  p: StaffPrincipal;
  c: Complaint;
  input: ComplaintActionDto;
  now: Date;
  sla: ComplaintSlaSettings;
  calendar: WorkCalendar;
  tools: ComplaintTools;
  /** R-CMP-13 the project manager's annual compensation authorisation (fen) */
  managerCompensationFen: number;
}

export interface ComplaintOutcome {
  patch: Partial<Complaint>;
  /** the status after the step when the step decides it (invalid, a dissatisfied callback); else the machine's */
  to?: ComplaintStatus;
  /** the step's name on the timeline when it is not the action's own (a review that finds it invalid) */
  event?: string;
  note: string | null;
  ownerNote?: string | null;
  data?: Record<string, unknown> | null;
  clocks?: ComplaintClockOp[];
  /** R-CMP-02 the grade that makes the code: a new serial the first time, the same serial after */
  grade?: { importance: ComplaintImportance; category: ComplaintCategory };
  /** the staff member the step gives the complaint to (told in the console) */
  assignedTo?: number | null;
  /** R-CMP-08 the step sends a class A complaint to the project manager */
  escalate?: boolean;
  /** R-CMP-13 a compensation promised: reported to the promiser's superior the same day */
  compensation?: { amountFen: number; note: string };
}

export interface ComplaintActionDef {
  name: ComplaintAction;
  /** who may take it besides the state machine's statuses */
  perm: Permission;
  run(ctx: ComplaintContext): Promise<ComplaintOutcome>;
}
